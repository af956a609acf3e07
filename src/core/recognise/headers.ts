import { labelKey, moneyUnitIn } from "../value/normalize";
import type { MoneyUnit } from "../value/units";
import { memoize } from "../memoize";

/** Roles of an indicator table's own columns: the only columns template insertion writes (on new rows). */
export const INDICATOR_ROLES = [
  "level1",
  "level2",
  "name",
  "description",
  "value",
  "operator",
  "unit",
  "basis",
  "weight",
  "direction",
  "nature",
] as const;

/** Project columns of a summary table (one row per indicator). */
/** `fiscal` / `other`: the parts of the budget (其中：财政资金 | 其他资金). */
export const PROJECT_ROLES = ["seq", "project", "code", "budget", "fiscal", "other", "purpose", "goal", "org"] as const;

/**
 * Roles a column can play, found by header words and content, never by position. `label`: a column holding
 * one constant word merged over the block (`绩效指标`) — nobody's data.
 */
export const COLUMN_ROLES = [...INDICATOR_ROLES, ...PROJECT_ROLES, "label"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Header words per role, compared after `labelKey` (no spaces, no bracketed unit). Exact matches first. */
const EXACT: ReadonlyArray<[ColumnRole, readonly string[]]> = [
  ["level1", ["一级指标", "一级", "一级指标名称"]],
  ["level2", ["二级指标", "二级", "二级指标名称"]],
  ["name", ["三级指标", "三级", "三级指标名称", "指标名称", "绩效指标", "指标内容", "具体指标", "明细指标", "核心绩效指标", "指标"]],
  ["description", ["绩效指标描述", "指标描述", "指标解释", "指标说明", "指标内涵", "指标定义"]],
  ["value", ["指标值", "年度目标值", "目标值", "指标目标值", "年度指标值", "预期目标值", "预期值", "绩效目标值", "全年目标值", "年度目标"]],
  ["operator", ["运算符", "运算符号", "符号", "比较符", "比较符号", "计算符号", "关系符"]],
  ["unit", ["单位", "度量单位", "计量单位", "指标单位", "指标值单位", "计量"]],
  ["basis", ["指标值确定依据", "确定依据", "目标值确定依据", "指标值设定依据", "设定依据", "依据", "评价依据", "指标来源"]],
  ["weight", ["权重", "分值", "指标分值", "指标权重", "权重分值"]],
  ["direction", ["指标方向性", "方向性", "指标属性", "指标方向", "方向"]],
  // 指标性质 / 指标方向 hold operators in some tables (大于等于 / 定性) and 正向/反向 in others: decided by content.
  ["nature", ["指标性质", "指标类型", "指标性质类型"]],
  ["seq", ["序号", "编号"]],
  ["project", ["项目名称", "项目", "项目名"]],
  ["code", ["项目编码", "项目代码", "项目编号"]],
  [
    "budget",
    ["本年预算金额", "预算数", "预算金额", "年度资金总额", "资金总额", "项目金额", "预算总额", "年度预算", "本年预算", "预算", "金额"],
  ],
  ["purpose", ["项目概况", "资金用途", "项目内容", "主要内容", "项目简介", "实施内容", "预算规模及资金用途"]],
  ["goal", ["年度绩效目标", "绩效目标", "项目绩效目标", "总体目标", "年度总体目标"]],
  ["org", ["实施单位", "单位名称", "填报单位", "预算单位", "部门", "单位"]],
];

const BY_WORD = new Map<string, ColumnRole>();
for (const [role, words] of EXACT) for (const w of words) if (!BY_WORD.has(w)) BY_WORD.set(w, role);

// The text classifiers below are memoised: sheets repeat the same strings (headers, levels, units) thousands of times.

/** Role of a header cell, or null. `单位` is a unit column inside an indicator table, so it maps to unit. */
export const headerRole = memoize(headerRoleOf);

/**
 * Header words that mean different things in different tables; the column's content settles them
 * (see column-roles.ts). The first role is the one a header alone would suggest.
 */
const AMBIGUOUS: ReadonlyMap<string, readonly ColumnRole[]> = new Map<string, readonly ColumnRole[]>([
  ["绩效指标", ["name", "label"]],
  ["年度绩效指标", ["label", "name"]],
  ["指标", ["name", "label"]],
  ["年度目标", ["value", "goal"]],
  ["目标", ["value", "goal"]],
  ["年度指标", ["value", "name"]],
  ["单位", ["unit", "org"]],
]);

/** Every role a header cell may play: one for plain words, several for ambiguous ones. */
export const headerRoles = memoize((text: string): readonly ColumnRole[] => {
  const k = labelKey(text);
  const amb = AMBIGUOUS.get(k);
  if (amb) return amb;
  const role = headerRole(text);
  return role ? [role] : [];
});

/** A header that names its own period (`中长期指标值`, `上年实际值`, `年度目标值`): which group it belongs to. */
export const ownGroupKind = memoize(ownGroupKindOf);

function ownGroupKindOf(text: string): "annual" | "other" | null {
  const k = labelKey(text);
  if (/^(中长期|长期|实施期|中期|总体|整体|上年度?|去年|前年|往年|历史)/.test(k)) return "other";
  if (/^(年度|本年度?|当年|今年)/.test(k)) return "annual";
  return null;
}

/** Column-group labels over a two-row header: the annual / this-year group is the one to check. */
export const groupKind = memoize(groupKindOf);

function groupKindOf(text: string): "annual" | "other" | null {
  const k = labelKey(text).replace(/\d{4}年?/, "");
  const m =
    /^(中长期|长期|实施期|中期|总体|整体|往年|历史|上年度?|去年|前年|年度|本年度?|当年|今年)(绩效)?(目标|指标|实际|预期|计划|完成情况|实际完成|完成值|目标值|指标值|实际值|预期值)?$/.exec(
      k,
    );
  if (!m) return null;
  return /^(年度|本年|当年|今年)/.test(m[1]) ? "annual" : "other";
}

function headerRoleOf(text: string): ColumnRole | null {
  if (text.length > 40) return null;
  const k = labelKey(text);
  if (!k || k.length > 16) return null;
  const exact = BY_WORD.get(k);
  if (exact) return exact;
  // Looser forms: 指标值（包含数字及文字描述）, 三级指标（名称）, 年度目标值（2024年）
  if (/依据/.test(k)) return "basis";
  if (/^三级指标/.test(k)) return "name";
  if (/^一级指标/.test(k)) return "level1";
  if (/^二级指标/.test(k)) return "level2";
  if (/(指标值|目标值)$/.test(k) || /^(年度)?(指标值|目标值)/.test(k)) return "value";
  if (/描述$/.test(k)) return "description";
  if (/(权重|分值)$/.test(k)) return "weight";
  // the budget's parts, before 预算 below: `其中：财政拨款`, `其他资金（万元）`
  const part = k.replace(/^其中[:：]?/, "");
  if (/^(财政资金|财政拨款|财政拨款资金|本级财政资金)$/.test(part)) return "fiscal";
  if (OTHER_FUNDS.test(part)) return "other";
  if (/预算(金额|数|资金)?$|资金总额$|项目金额$|申请.{0,8}资金$/.test(k)) return "budget";
  return null;
}

/** 其他资金: money from outside the budget's fiscal part (not 上级补助, which is fiscal money too). */
const OTHER_FUNDS = /^(其他资金|其它资金|其他来源资金|其他资金来源|其他来源|自有资金|单位自有资金)$/;

/** Labels of a project form (key → value to its right or below). */
export type FormLabel = "project" | "code" | "budget" | "fiscal" | "other" | "plan" | "goal" | "org" | "dept" | "nature" | "purpose";

const FORM_LABELS: ReadonlyArray<[FormLabel, RegExp]> = [
  ["project", /^(项目名称|项目支出名称|项目名|项目|项目全称|支出项目名称|二级项目名称)$/],
  ["code", /^项目(编码|代码|编号)$/],
  [
    "budget",
    /^(本年度?|年度|当年|项目)?(本级)?(项目)?(预算数|预算金额|预算资金|资金总额|总金额|项目金额|预算总额|申请.{0,8}资金|申请金额|资金规模)$/,
  ],
  ["fiscal", /^(其中[:：]?)?(财政资金|财政拨款|财政拨款资金|一般公共预算|其中财政资金|财政预算资金|本级财政资金)$/],
  ["other", /^(其中)?(其他资金|其它资金|其他来源资金|其他资金来源|其他来源|自有资金|单位自有资金)$/],
  ["plan", /^资金支出计划(\(%\))?$/],
  ["goal", /^(年度)?(绩效目标|总体目标|年度目标|项目绩效目标)$/],
  ["org", /^(实施单位|填报单位|项目实施单位|预算单位|单位名称)$/],
  ["dept", /^(主管部门|主管单位)$/],
  ["nature", /^项目(属性|性质|类型)$/],
  ["purpose", /^(资金用途|预算规模及资金用途|项目概况|项目内容)$/],
];

/**
 * What the scans of a sheet ask of a cell's text, worked out once per distinct text: a scan looks a cell up
 * once instead of once per question (a 30,000-row sheet asks these about a million times).
 */
export interface TextTraits {
  title: boolean;
  footer: boolean;
  formLabel: FormLabel | null;
  planPoint: boolean;
  moneyUnit: MoneyUnit | null;
  /** `headerRoles` of the text. */
  headerRoles: readonly ColumnRole[];
  /** Holds a colon or a space: may be `项目名称：…` (a label and its value in one cell). */
  inlineHint: boolean;
  /** Any of title, footer, moneyUnit, formLabel, planPoint, inlineHint: a cell the form and table scans look at. */
  marked: boolean;
  /** Any of title, footer, moneyUnit, formLabel: a cell that may end a table. */
  endsTable: boolean;
}

export const textTraits = memoize((text: string): TextTraits => {
  const t = {
    title: isTitleTextOf(text),
    footer: FOOTER.test(text.trimStart()) || FOOTER.test(labelKey(text.slice(0, 12))),
    formLabel: formLabelOf(text),
    planPoint: isPlanPointLabelOf(text),
    moneyUnit: moneyUnitIn(text),
    headerRoles: headerRoles(text),
    inlineHint: /[\s:：]/.test(text),
  };
  const endsTable = t.title || t.footer || !!t.moneyUnit || !!t.formLabel;
  return { ...t, marked: endsTable || t.planPoint || t.inlineHint, endsTable };
});

export const formLabel = (text: string): FormLabel | null => textTraits(text).formLabel;

function formLabelOf(text: string): FormLabel | null {
  if (text.length > 30) return null;
  const k = labelKey(text).replace(/[:：]/g, "");
  if (!k || k.length > 14) return null;
  for (const [label, re] of FORM_LABELS) if (re.test(k)) return label;
  return null;
}

/** A title such as `1.法律培训费绩效目标表` or `项目支出绩效目标申报表`. */
export const isTitleText = (text: string): boolean => textTraits(text).title;

function isTitleTextOf(text: string): boolean {
  if (text.length > 80 || !/表\s*$/.test(text)) return false;
  const k = labelKey(text);
  return k.length <= 60 && /(绩效目标|绩效指标)(申报|汇总|自评)?表$/.test(k);
}

/** Spending-plan column labels: 3月底, 6月底, 一季度, 上半年, 全年 … */
export const isPlanPointLabel = (text: string): boolean => textTraits(text).planPoint;

function isPlanPointLabelOf(text: string): boolean {
  if (text.length > 12) return false;
  const k = labelKey(text);
  return /^(\d{1,2}月(底|末|份)?|[一二三四1-4]季度(末)?|上半年|下半年|全年|年底|年末|第[一二三四1-4]季度)$/.test(k);
}

/** Lines that end a table: 填报人, 联系电话, 审核人, 备注 … */
const FOOTER = /^(填报人|填表人|联系人|联系电话|审核人|单位负责人|财务负责人|项目负责人|制表|备注|注[:：]|说明[:：])/;

export const isFooterText = (text: string): boolean => textTraits(text).footer;

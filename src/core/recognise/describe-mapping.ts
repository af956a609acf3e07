/** A table's column mapping in words (`一级指标 = B 列，三级指标 = D 列，指标值 = I 列`), zh-CN and English. */
import { columnLetter } from "../grid";
import type { ColumnMap, TableInfo } from "../model";
import type { ColumnRole } from "./headers";

export const ROLE_NAMES: Readonly<Record<ColumnRole, { zh: string; en: string }>> = {
  level1: { zh: "一级指标", en: "Level 1" },
  level2: { zh: "二级指标", en: "Level 2" },
  name: { zh: "三级指标", en: "Indicator name" },
  description: { zh: "指标描述", en: "Description" },
  value: { zh: "指标值", en: "Target value" },
  operator: { zh: "运算符", en: "Operator" },
  unit: { zh: "计量单位", en: "Unit" },
  basis: { zh: "确定依据", en: "Basis" },
  weight: { zh: "权重", en: "Weight" },
  direction: { zh: "指标方向", en: "Direction" },
  nature: { zh: "指标性质", en: "Nature" },
  seq: { zh: "序号", en: "No." },
  project: { zh: "项目名称", en: "Project" },
  code: { zh: "项目编码", en: "Project code" },
  budget: { zh: "预算数", en: "Budget" },
  fiscal: { zh: "财政资金", en: "Fiscal funds" },
  other: { zh: "其他资金", en: "Other funds" },
  purpose: { zh: "资金用途", en: "Purpose" },
  goal: { zh: "绩效目标", en: "Goal" },
  org: { zh: "单位", en: "Unit (organisation)" },
  label: { zh: "标签列", en: "Label column" },
};

/** Roles in the order people read an indicator table. */
export const ROLE_ORDER: readonly ColumnRole[] = [
  "seq",
  "org",
  "project",
  "code",
  "budget",
  "fiscal",
  "other",
  "purpose",
  "goal",
  "level1",
  "level2",
  "name",
  "description",
  "operator",
  "value",
  "unit",
  "nature",
  "direction",
  "weight",
  "basis",
  "label",
];

export function describeColumns(columns: ColumnMap, locale: "zh-CN" | "en"): string {
  const parts: string[] = [];
  for (const role of ROLE_ORDER) {
    const col = columns[role];
    if (col === undefined) continue;
    const name = ROLE_NAMES[role];
    parts.push(locale === "en" ? `${name.en} = column ${columnLetter(col)}` : `${name.zh} = ${columnLetter(col)} 列`);
  }
  return parts.join(locale === "en" ? ", " : "，");
}

/** What the reader left out on purpose (a label column, the long-term group), in words. */
export function describeSkipped(t: TableInfo, locale: "zh-CN" | "en"): string {
  const why = {
    label: { zh: "标签列", en: "label column" },
    "other-group": { zh: "非年度列组", en: "not the annual group" },
    prose: { zh: "项目目标文字", en: "goal prose" },
    duplicate: { zh: "重复的列", en: "duplicate column" },
  } as const;
  return t.skipped
    .map((s) =>
      locale === "en"
        ? `column ${columnLetter(s.col)} “${s.header}” (${why[s.reason].en})`
        : `${columnLetter(s.col)} 列“${s.header}”（${why[s.reason].zh}）`,
    )
    .join(locale === "en" ? ", " : "，");
}

/** One line per table for `kpi-lint inspect` and the task pane: where it is, its mapping, what was left out. */
export function describeTable(t: TableInfo, locale: "zh-CN" | "en"): string {
  const skipped = describeSkipped(t, locale);
  const source = t.source === "override" ? (locale === "en" ? " (your mapping)" : "（按您指定的列）") : "";
  const doubt = t.plausibility.problems.length > 0 ? (locale === "en" ? " — reads implausibly" : " —— 读不通，请核对列映射") : "";
  if (locale === "en") {
    return `table, header row ${t.headerRow}${source}: ${describeColumns(t.columns, "en")}${skipped ? `; not read: ${skipped}` : ""}${doubt}`;
  }
  return `指标表（表头第 ${t.headerRow} 行）${source}：${describeColumns(t.columns, "zh-CN")}${skipped ? `；未读取：${skipped}` : ""}${doubt}`;
}

/** Seeded random tables and layouts for the property test (mulberry32; no dependency). */
import type {
  BudgetLabel,
  GroupKind,
  IndicatorColumn,
  IndicatorSpec,
  LayoutOptions,
  NameLabel,
  ProjectSpec,
  TableSpec,
  ValueStyle,
} from "./spec";
import { ind, q, tx } from "./samples";

export type Rng = () => number;

export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng: Rng, p: number): boolean => rng() < p;

function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const PROJECTS = [
  "行政复议应诉工作经费",
  "法治政府建设考评经费",
  "公证质量监管专项",
  "仲裁案件办理经费",
  "戒毒场所医疗保障经费",
  "法律职业资格考试组织经费",
  "司法鉴定机构监管经费",
  "基层司法所标准化建设",
  "市场主体信用监管平台运维",
  "动物疫病强制免疫补助",
  "老年人助餐服务补贴",
  "城市河道保洁养护经费",
];
const ORGS = ["某市司法局", "某区司法局", "某县法律援助中心", "某市仲裁委员会办公室", "某区市场监督管理局", "某县农业农村局"];
const GOALS = [
  "按期完成年度工作任务，提高服务质量和群众满意度。",
  "1.完善工作机制；2.提升办理质效；3.确保资金使用规范高效。",
  "保障各项业务正常开展，为经济社会发展提供法治保障。",
];

type Make = (rng: Rng) => IndicatorSpec;
const POOL: Record<string, Make[]> = {
  数量指标: [
    (r) => ind("产出指标", "数量指标", "培训人次", q("≥", int(r, 2, 90) * 10, "人次")),
    (r) => ind("产出指标", "数量指标", "办理案件数", q("≥", int(r, 30, 900), "件")),
    (r) => ind("产出指标", "数量指标", "宣传活动场次", q("≥", int(r, 4, 40), "场")),
    (r) => ind("产出指标", "数量指标", "采购设备数量", q("=", int(r, 2, 60), "台")),
    (r) => ind("产出指标", "数量指标", "覆盖乡镇街道", q("", int(r, 5, 30), "个")),
  ],
  质量指标: [
    (r) => ind("产出指标", "质量指标", "验收合格率", q(pick(r, ["≥", "="] as const), int(r, 90, 100), "%")),
    (r) => ind("产出指标", "质量指标", "案件办结率", q("≥", int(r, 85, 99), "%")),
    (r) => ind("产出指标", "质量指标", "数据准确率", q("≥", int(r, 95, 99), "%")),
  ],
  时效指标: [
    (r) => ind("产出指标", "时效指标", "任务完成时间", tx(`2024年${int(r, 6, 12)}月底前`)),
    (r) => ind("产出指标", "时效指标", "问题响应时间", q("≤", int(r, 1, 24), "小时")),
    (r) => ind("产出指标", "时效指标", "办结时限", q("≤", int(r, 5, 60), "个工作日")),
  ],
  经济成本指标: [
    (r) => ind("成本指标", "经济成本指标", "人均培训成本", q("≤", int(r, 80, 600), "元/人")),
    (r) => ind("成本指标", "经济成本指标", "项目成本控制数", q("≤", int(r, 5, 300), "万元")),
  ],
  社会效益指标: [
    (r) => ind("效益指标", "社会效益指标", "群众法治意识", tx(pick(r, ["有效提升", "明显提高"]))),
    (r) => ind("效益指标", "社会效益指标", "基层治理水平", tx(pick(r, ["持续改善", "稳步提升"]))),
    (r) => ind("效益指标", "社会效益指标", "矛盾纠纷化解率", q("≥", int(r, 80, 98), "%")),
  ],
  可持续影响指标: [(r) => ind("效益指标", "可持续影响指标", "长效机制建设", tx(pick(r, ["逐步完善", "持续健全"])))],
  服务对象满意度指标: [
    (r) => ind("满意度指标", "服务对象满意度指标", "服务对象满意度", q("≥", int(r, 80, 95), "%")),
    (r) => ind("满意度指标", "服务对象满意度指标", "群众满意率", q("≥", int(r, 85, 98), "%")),
  ],
};

/** A project: one or two indicators under each 二级 drawn, names distinct within the project. */
function randomProject(rng: Rng, name: string, moneyUnit: "万元" | "元"): ProjectSpec {
  const groups: string[][] = [
    ["数量指标", "质量指标", "时效指标"],
    ["经济成本指标"],
    ["社会效益指标", "可持续影响指标"],
    ["服务对象满意度指标"],
  ];
  const indicators: IndicatorSpec[] = [];
  for (const level2s of groups) {
    for (const l2 of level2s) {
      if (indicators.length > 0 && l2 !== level2s[0] && chance(rng, 0.4)) continue;
      const makers = shuffle(rng, POOL[l2]).slice(0, int(rng, 1, Math.min(2, POOL[l2].length)));
      for (const m of makers) indicators.push(m(rng));
    }
  }
  const budget = moneyUnit === "万元" ? int(rng, 30, 9000) / 10 : int(rng, 20, 900) * 1000;
  return {
    name,
    org: pick(rng, ORGS),
    budget,
    goal: pick(rng, GOALS),
    indicators,
    code: chance(rng, 0.5) ? `4101${int(rng, 100000, 999999)}P${int(rng, 1000000, 9999999)}` : undefined,
  };
}

export function randomTable(rng: Rng, moneyUnit: "万元" | "元"): TableSpec {
  const names = shuffle(rng, PROJECTS).slice(0, int(rng, 1, 3));
  return { department: pick(rng, ORGS), year: 2024, moneyUnit, projects: names.map((n) => randomProject(rng, n, moneyUnit)) };
}

const ORDER: IndicatorColumn[] = ["level1", "level2", "name", "value", "basis"];
const FORM_BUDGETS: BudgetLabel[] = [
  "预算数",
  "项目金额",
  "年度本级预算金额",
  "项目预算金额（万元）",
  "本年度申请市财政预算资金（万元）",
  "multiline",
  "prose",
];
const SUMMARY_BUDGETS: BudgetLabel[] = ["预算数", "项目金额", "金额（万元）"];
const NAMES: NameLabel[] = ["项目名称", "项目支出名称", "项目(名称)", "项目（名称）", "title"];
const STYLES: ValueStyle[] = ["plain", "merged", "withUnitHeader", "withNote", "split", "opDirection", "opNature"];
const GROUPS: GroupKind[] = ["长期目标|年度目标", "实施期目标|年度目标", "上年实际|本年预期"];
const WORDS = ["绩效指标", "年度绩效指标", "绩 效 指 标", "绩效\n指标"];

/** Random options; the money unit follows the budget label (a `（万元）` label means 万元). */
export function randomLayout(rng: Rng): { options: LayoutOptions; moneyUnit: "万元" | "元" } {
  const form = chance(rng, 0.5) ? "form" : "summary";
  const budgetLabel = pick(rng, form === "form" ? FORM_BUDGETS : SUMMARY_BUDGETS);
  const groups = chance(rng, 0.2) ? { kind: pick(rng, GROUPS), otherBlank: chance(rng, 0.5) } : null;
  const options: LayoutOptions = {
    form,
    levelColumns: pick(rng, ["both", "both", "both", "none", "level1Only"] as const),
    levelFill: pick(rng, ["merged", "repeated", "blank"] as const),
    levelSpelling: pick(rng, ["full", "full", "short", "older"] as const),
    columnOrder: chance(rng, 0.5) ? ORDER : shuffle(rng, ORDER),
    labelColumn: chance(rng, 0.3) ? { word: pick(rng, WORDS), header: pick(rng, ["绩效指标", ""] as const) } : null,
    groups,
    valueStyle: groups ? "plain" : pick(rng, STYLES),
    mergeWidth: pick(rng, [2, 3] as const),
    budgetLabel,
    nameLabel: form === "form" && budgetLabel !== "multiline" ? pick(rng, NAMES) : "项目名称",
    spacedHeaders: chance(rng, 0.2),
    blankRowEvery: pick(rng, [0, 0, 2, 3]),
    repeatHeaderAfter: form === "form" ? pick(rng, [0, 0, 3, 4]) : 0,
    summaryFill: pick(rng, ["merged", "blank"] as const),
    subtotalRow: form === "summary" && chance(rng, 0.3),
    goalHeader: pick(rng, ["年度目标", "年度绩效目标"] as const),
  };
  const moneyUnit = budgetLabel.includes("万元") || chance(rng, 0.8) ? "万元" : "元";
  return { options, moneyUnit };
}

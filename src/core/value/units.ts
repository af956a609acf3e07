/**
 * Units of measure seen in performance targets, their canonical spelling and their family.
 * Nonstandard spellings (百分率, 人、次 …) map to the standard one; `isStandard` tells them apart.
 */
export type UnitFamily = "percent" | "money" | "time" | "count" | "rate" | "other";
export type MoneyUnit = "元" | "万元" | "亿元";

/** Multiplier to 元 for every money unit we accept. */
export const MONEY_FACTORS: Readonly<Record<string, number>> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  百万元: 1e6,
  亿元: 1e8,
};

/** 万 / 亿 written with no 元 (`250万`): money in a money context (a cost, a budget); the parser keeps it as `unitPrefix`. */
export const MONEY_PREFIXES: Readonly<Record<string, string>> = { 万: "万元", 亿: "亿元" };

const PERCENT = ["%", "‰", "百分点"];
const TIME = ["个工作日", "工作日", "小时", "分钟", "秒", "天", "日", "周", "个月", "月", "季度", "年", "学时", "课时", "人天", "人日"];
const COUNT = [
  "人次",
  "场次",
  "班次",
  "批次",
  "户次",
  "家次",
  "车次",
  "架次",
  "套次",
  "件次",
  "期次",
  "次",
  "个",
  "件",
  "人",
  "册",
  "套",
  "本",
  "份",
  "条",
  "项",
  "家",
  "台",
  "辆",
  "张",
  "门",
  "场",
  "期",
  "批",
  "篇",
  "名",
  "所",
  "类",
  "户",
  "处",
  "座",
  "间",
  "部",
  "支",
  "只",
  "块",
  "把",
  "盒",
  "卷",
  "幅",
  "页",
  "节",
  "组",
  "班",
  "宗",
  "起",
  "单",
  "例",
  "床",
  "棵",
  "株",
  "亩",
  "平方米",
  "㎡",
  "m²",
  "立方米",
  "公里",
  "千米",
  "米",
  "吨",
  "千克",
  "公斤",
  "所",
  "栋",
  "处",
  "集",
  "期",
  "通",
  "种",
  "位",
  "笔",
  "桌",
  "片",
  "根",
  "箱",
  "袋",
  "瓶",
  "颗",
  "枚",
  "串",
  "头",
  "匹",
  "艘",
  "架",
  "层",
  "级",
  "字",
  "分",
  "GB",
  "TB",
  "M",
  "G",
  "T",
  "兆",
  "路",
  "点",
  "网点",
  "端",
  "户数",
  "个数",
];

/** Nonstandard spelling → standard unit. Keys are compared after whitespace removal. */
export const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  "％": "%",
  百分比: "%",
  百分率: "%",
  百分数: "%",
  百分之: "%",
  百分: "%",
  "人、次": "人次",
  个数: "个",
  次数: "次",
  件数: "件",
  人数: "人",
  天数: "天",
  户数: "户",
  "元/人·天": "元/人/天",
  "元/人.天": "元/人/天",
  "元/人*天": "元/人/天",
  "元/人天": "元/人/天",
  RMB: "元",
  人民币元: "元",
  圆: "元",
};

const ALL_SIMPLE = [...PERCENT, ...Object.keys(MONEY_FACTORS), ...TIME, ...COUNT];
/** Longest first, so that 人次 wins over 人 and 个工作日 over 个. */
export const KNOWN_UNITS: readonly string[] = [...new Set([...ALL_SIMPLE, ...Object.keys(UNIT_SYNONYMS)])].sort(
  (a, b) => b.length - a.length,
);

const FAMILY = new Map<string, UnitFamily>();
for (const u of PERCENT) FAMILY.set(u, "percent");
for (const u of Object.keys(MONEY_FACTORS)) FAMILY.set(u, "money");
for (const u of TIME) FAMILY.set(u, "time");
for (const u of COUNT) if (!FAMILY.has(u)) FAMILY.set(u, "count");

export function canonicalUnit(unit: string): string {
  const u = unit.replace(/\s+/g, "");
  return UNIT_SYNONYMS[u] ?? u;
}

export function isStandardUnit(unit: string): boolean {
  const u = unit.replace(/\s+/g, "");
  return !(u in UNIT_SYNONYMS) || UNIT_SYNONYMS[u] === u;
}

/** The family of a canonical unit; compound units (元/人/天, 件/年) are "rate" unless money per unit. */
export function unitFamily(unit: string | null): UnitFamily | null {
  if (!unit) return null;
  const u = canonicalUnit(unit);
  if (u.includes("/")) return moneyFactor(u.split("/")[0]) !== null ? "money" : "rate";
  if (u in MONEY_PREFIXES) return "money";
  return FAMILY.get(u) ?? "other";
}

/** Factor to 元 of a money unit (the head of 元/人/天 counts), or null. */
export function moneyFactor(unit: string | null): number | null {
  if (!unit) return null;
  const head = canonicalUnit(unit).split("/")[0];
  const money = MONEY_PREFIXES[head] ?? head;
  return MONEY_FACTORS[money] ?? null;
}

/** The unit at the start of `s`, longest known match first; null when none. */
export function matchUnitAt(s: string): string | null {
  for (const u of KNOWN_UNITS) if (s.startsWith(u)) return u;
  return null;
}

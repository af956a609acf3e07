/**
 * Whether a block already has an indicator that means the same as a template one: the same normalised
 * 三级 name anywhere in the block; or, under the same 二级, a name that reads alike once synonyms are
 * folded (满意率 ≈ 满意度, 次数 ≈ 数量 …), or a target in the same per-unit family (培训费支出标准
 * ≤550元（每人每天） ≈ 人均培训成本 ≤N元/人/天: both money per person per day).
 */
import type { IndicatorRow } from "../model";
import { canonicalLevel2, isCostIndicator } from "../recognise/levels";
import { nameKey } from "../value/normalize";
import type { TemplateIndicator } from "./schema";

/** Words that name the same thing in indicator names, folded to one spelling before comparing. */
const NAME_SYNONYMS: ReadonlyArray<[RegExp, string]> = [
  [/满意率|满意程度|满意度率/g, "满意度"],
  [/人次数|人次/g, "人数"],
  [/次数|个数|件数|场次|数目/g, "数量"],
  [/知晓度/g, "知晓率"],
  [/覆盖面/g, "覆盖率"],
  [/达标率/g, "合格率"],
  [/及时性/g, "及时率"],
  [/控制额|控制金额/g, "控制数"],
  [/经费|费用|资金/g, "费"],
];

/** Bigram similarity at or above which two names under one 二级 are taken to mean the same. */
export const NAME_SIMILARITY = 0.6;

export function canonicalName(name: string): string {
  let k = nameKey(name);
  for (const [re, to] of NAME_SYNONYMS) k = k.replace(re, to);
  return k;
}

function bigrams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient over character bigrams (0..1), counting repeated bigrams once each time they occur. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(canonicalName(a));
  const y = bigrams(canonicalName(b));
  if (x.length === 0 || y.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** The 二级 an indicator sits under, cost indicators pooled (产出/成本指标 and 成本指标/经济成本指标 alike). */
function level2Bucket(level1: string | null, level2: string | null): string | null {
  if (isCostIndicator(level1, level2)) return "cost";
  return level2 ? canonicalLevel2(level2) : null;
}

const PER: ReadonlyArray<[RegExp, string]> = [
  [/\/人|每人|人均|每名|\/名/, "人"],
  [/\/天|\/日|每天|每日|人天|人·天|人\.天|人\*天/, "天"],
  [/\/次|每次|次均/, "次"],
  [/\/月|每月|月均/, "月"],
  [/\/年|每年|年均/, "年"],
  [/\/件|每件|单件/, "件"],
  [/\/户|每户|户均/, "户"],
];

/**
 * A per-unit target's family, such as `money/人/天`, read from the unit, the value text and the name;
 * null for plain units (a percentage or a count is too common a family to mean the same indicator).
 */
export function perUnitFamily(name: string, unitText: string): string | null {
  const text = `${name}|${unitText}`.normalize("NFKC");
  const per = PER.filter(([re]) => re.test(text)).map(([, u]) => u);
  if (per.length === 0) return null;
  const base = /元/.test(unitText) ? "money" : /%/.test(unitText) ? "percent" : /小时|分钟|天|日|月|年/.test(unitText) ? "time" : "count";
  return [base, ...per].join("/");
}

export type Equivalence = { existing: IndicatorRow; kind: "name" | "similar" | "unit"; detail: string };

/** The block's indicator that already means what `t` means, if any (exact name first, then similar, then unit family). */
export function findEquivalent(
  t: TemplateIndicator & { level1: string; level2: string },
  inds: readonly IndicatorRow[],
): Equivalence | null {
  const key = nameKey(t.name);
  const same = inds.find((i) => nameKey(i.name) === key);
  if (same) return { existing: same, kind: "name", detail: "" };
  const bucket = level2Bucket(t.level1, t.level2);
  // a block without level columns: names alone decide
  const peers = inds.filter((i) => i.level2 === null || level2Bucket(i.level1, i.level2) === bucket);
  let best: { ind: IndicatorRow; score: number } | null = null;
  for (const i of peers) {
    const score = nameSimilarity(t.name, i.name);
    if (score >= NAME_SIMILARITY && (!best || score > best.score)) best = { ind: i, score };
  }
  if (best) return { existing: best.ind, kind: "similar", detail: best.score.toFixed(2) };
  // one satisfaction indicator per audience: 培训对象满意度 ≈ 参训人员满意度 under the same 二级
  if (bucket?.includes("满意度") && canonicalName(t.name).endsWith("满意度")) {
    const sat = peers.find((i) => i.level2 !== null && canonicalName(i.name).endsWith("满意度"));
    if (sat) return { existing: sat, kind: "similar", detail: "满意度" };
  }
  if (t.target.kind === "quantitative") {
    const family = perUnitFamily(t.name, t.target.unit);
    if (family) {
      const hit = peers.find(
        (i) => i.level2 !== null && perUnitFamily(i.name, `${i.value.unit ?? ""}|${i.value.raw}|${i.split?.unit ?? ""}`) === family,
      );
      if (hit) return { existing: hit, kind: "unit", detail: family };
    }
  }
  return null;
}

/** Comparison operators as written in targets: symbols, words before the number, words after the unit. */
import { normalizeValueText } from "./normalize";

export type Operator = "≥" | "≤" | "=" | ">" | "<";

/** The word for each operator, as operator columns (运算符 / 指标方向) write it: 大于等于, 小于等于 … */
export const OPERATOR_WORDS: Readonly<Record<Operator, string>> = {
  "≥": "大于等于",
  "≤": "小于等于",
  "=": "等于",
  ">": "大于",
  "<": "小于",
};

export const OPERATOR_SYMBOLS: ReadonlyArray<[string, Operator]> = [
  ["≥", "≥"],
  ["≤", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Every word that spells an operator before a number, longest first so 大于等于 wins over 大于. */
export const OPERATOR_PHRASES: ReadonlyArray<[string, Operator]> = (
  [
    ["大于或等于", "≥"],
    ["大于等于", "≥"],
    ["小于或等于", "≤"],
    ["小于等于", "≤"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["不小于", "≥"],
    ["不超过", "≤"],
    ["不高于", "≤"],
    ["不大于", "≤"],
    ["不多于", "≤"],
    ["控制在", "≤"],
    ["至少", "≥"],
    ["至多", "≤"],
    ["最多", "≤"],
    ["最少", "≥"],
    ["等于", "="],
    ["超过", ">"],
    ["大于", ">"],
    ["高于", ">"],
    ["多于", ">"],
    ["低于", "<"],
    ["小于", "<"],
    ["少于", "<"],
    ["不足", "<"],
    ["不到", "<"],
    ["达到", "≥"],
    ["达", "≥"],
  ] as Array<[string, Operator]>
).sort((a, b) => b[0].length - a[0].length);

/** Words after the unit that carry the operator: `95%以上`, `2小时以内`. 以上 is inclusive, as in statute usage. */
export const SUFFIX_WORDS: ReadonlyArray<[string, Operator]> = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
];

/** A ± tolerance (`±3%以内`): the bound is on the absolute deviation, so the operator is ≤. */
export const TOLERANCE_SIGNS: readonly string[] = ["±", "+/-", "+-", "正负"];

/** Operator from an operator column's text (运算符 / 指标性质 / 指标方向), or null when it holds none. */
export function parseOperatorWord(text: string): Operator | null {
  const t = normalizeValueText(text);
  if (!t) return null;
  for (const [sym, op] of OPERATOR_SYMBOLS) if (t === sym) return op;
  for (const [word, op] of OPERATOR_PHRASES) if (t === word) return op;
  for (const [word, op] of SUFFIX_WORDS) if (t === word && word !== "内") return op;
  return null;
}

/** Words in an operator column that mark a qualitative target. */
export function isQualitativeMarker(text: string): boolean {
  return /^(定性|定性指标|文字描述|描述)$/.test(normalizeValueText(text));
}

/** The operator that ends `before` (a symbol or a word), for targets restated in prose: `完成率达85%`. */
export function operatorEnding(before: string): Operator | null {
  for (const [word, op] of OPERATOR_PHRASES) if (before.endsWith(word)) return op;
  for (const [sym, op] of OPERATOR_SYMBOLS) if (before.endsWith(sym)) return op;
  return null;
}

/** The operator a suffix word at the start of `tail` carries (以上, 以内 …; not the bare 内). */
export function suffixOperatorAt(tail: string): Operator | null {
  for (const [word, op] of SUFFIX_WORDS) if (word !== "内" && tail.startsWith(word)) return op;
  return null;
}

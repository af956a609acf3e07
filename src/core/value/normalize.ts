/** Text normalisation shared by the parser and the recognisers. */
import { memoize } from "../memoize";

const OPERATOR_LOOKALIKES: Record<string, string> = {
  "≧": "≥",
  "≦": "≤",
  "⩾": "≥",
  "⩽": "≤",
  "＞＝": "≥",
  "＜＝": "≤",
  ">=": "≥",
  "=>": "≥",
  "<=": "≤",
  "=<": "≤",
  "〉": ">",
  "〈": "<",
};

/**
 * NFKC (full-width digits and letters, ％ ＞ ＜ ＝), operator look-alikes to ≥ ≤, and no white space:
 * PDF-derived cells break words (`百分 率`, `法律援助咨 询数`), so spaces carry no meaning here.
 */
const LOOKALIKE_RE = new RegExp(
  Object.keys(OPERATOR_LOOKALIKES)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\=<>]/g, "\\$&"))
    .join("|"),
  "g",
);
/** Characters NFKC changes that occur in these tables: full-width forms, ideographic space, ㎡, ①, compatibility ideographs. */
const NEEDS_NFKC = /[\u2150-\u218f\u2460-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]/;

/** Remembered: the parser, the recogniser and several rules each normalise the same cell texts. */
export const normalizeValueText = memoize(normalizeValueTextOf);

function normalizeValueTextOf(s: string): string {
  const t = (NEEDS_NFKC.test(s) ? s.normalize("NFKC") : s).replace(/[\s\u00a0\u3000]+/g, "");
  return t.replace(LOOKALIKE_RE, (m) => OPERATOR_LOOKALIKES[m]);
}

/** Key for comparing names: no white space, no punctuation, NFKC, lower case. */
export function nameKey(s: string | null | undefined): string {
  // remembered: the rules ask for the same names (and values) many times over a large sheet
  return s ? nameKeyMemo(s) : "";
}

const nameKeyMemo = memoize(nameKeyOf);

function nameKeyOf(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[，,。.、；;：:！!？?“”"‘’'（）()【】[\]《》<>·\-—_/\\]/g, "");
}

/** A header or label cell reduced to its words: no spaces, no bracketed unit, no trailing colon. */
export const labelKey = memoize(labelKeyOf);

function labelKeyOf(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/[:：*＊]+$/g, "")
    .replace(/^[*＊]+/, "");
}

/** Money unit stated in a text such as `单位：万元` or `本年预算金额（万元）`. */
export function moneyUnitIn(s: string): "元" | "万元" | "亿元" | null {
  if (!s.includes("元") && !/[\uff10-\uff5a]/.test(s)) return null;
  const t = s.normalize("NFKC").replace(/\s+/g, "");
  const m = /(?:单位|金额单位|计量单位)[:：]?(万元|亿元|元)/.exec(t) ?? /\((万元|亿元|元)\)/.exec(t);
  return m ? (m[1] as "元" | "万元" | "亿元") : null;
}

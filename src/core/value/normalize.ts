/** Text normalisation shared by the parser and the recognisers. */

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
export function normalizeValueText(s: string): string {
  let t = s.normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");
  for (const [from, to] of Object.entries(OPERATOR_LOOKALIKES)) t = t.split(from).join(to);
  return t;
}

/** Key for comparing names: no white space, no punctuation, NFKC, lower case. */
export function nameKey(s: string | null | undefined): string {
  if (!s) return "";
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[，,。.、；;：:！!？?“”"‘’'（）()【】\[\]《》<>·\-—_/\\]/g, "");
}

/** A header or label cell reduced to its words: no spaces, no bracketed unit, no trailing colon. */
export function labelKey(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/[:：*＊]+$/g, "")
    .replace(/^[*＊]+/, "");
}

/** Money unit stated in a text such as `单位：万元` or `本年预算金额（万元）`. */
export function moneyUnitIn(s: string): "元" | "万元" | "亿元" | null {
  const t = s.normalize("NFKC").replace(/\s+/g, "");
  const m = /(?:单位|金额单位|计量单位)[:：]?(万元|亿元|元)/.exec(t) ?? /\((万元|亿元|元)\)/.exec(t);
  return m ? (m[1] as "元" | "万元" | "亿元") : null;
}

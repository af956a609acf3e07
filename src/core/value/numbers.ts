/** Number reading and printing shared by the parser, the rules and the report. */

/** Drops floating-point noise: 0.1 + 0.2 → 0.3, 1030700.0000001 → 1030700 (12 significant digits). */
export function roundNumber(n: number, digits = 12): number {
  // integers below 10^digits carry no noise (the common case: counts, years, amounts)
  if (Number.isInteger(n) && Math.abs(n) < 10 ** digits) return n;
  return Number.parseFloat(n.toPrecision(digits));
}

/** A number printed plainly, without floating-point noise (`0.30000000000000004` → `0.3`). */
export function formatPlain(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(roundNumber(n));
}

/** A number as written: thousands separators (`1,030,700.00`) and decimals; full-width digits are NFKC'd before. */
export const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/** The number at the start of `t`, with its text as written. */
export function readNumberAt(t: string): { value: number; text: string } | null {
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  return { value: Number.parseFloat(m[0].replace(/,/g, "")), text: m[0] };
}

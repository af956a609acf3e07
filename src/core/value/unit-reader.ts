/** Reading a unit as written: known units, compounds (元/人/天), a `(每人每天)` qualifier, a unit column's text. */
import { memoize } from "../memoize";
import { normalizeValueText } from "./normalize";
import { canonicalUnit, isStandardUnit, matchUnitAt } from "./units";
import type { ParsedValue } from "./types";

export interface UnitMatch {
  raw: string;
  unit: string;
  consumed: number;
}

/** Reads a unit at the start of `t`: a known unit, compounds with `/` (元/人/天) and a `(每人每天)` qualifier. */
export function readUnit(t: string): UnitMatch | null {
  const first = matchUnitAt(t);
  if (!first) return null;
  let consumed = first.length;
  let raw = first;
  // compound: 元/人/天, 件/年, 个/小时
  for (;;) {
    const m = /^[/／]/.exec(t.slice(consumed));
    if (!m) break;
    const next = matchUnitAt(t.slice(consumed + 1));
    if (!next) break;
    raw += `/${next}`;
    consumed += 1 + next.length;
  }
  let unit = raw
    .split("/")
    .map((p) => canonicalUnit(p))
    .join("/");
  unit = canonicalUnit(unit);
  // qualifier: 元(每人每天) → 元/人/天
  const q = /^\((每[^)]{1,8})\)/.exec(t.slice(consumed));
  if (q) {
    const per = q[1].split("每").filter(Boolean);
    if (per.length > 0 && per.every((p) => matchUnitAt(p) === p)) {
      unit = `${unit}/${per.join("/")}`;
      raw += q[0];
      consumed += q[0].length;
    }
  }
  return { raw, unit, consumed };
}

/** A unit written in its own column (`元（每人每天）`, `人、次`, `百分比`): canonical form, read like an inline unit. */
export function parseUnitText(text: string): string {
  const t = normalizeValueText(text);
  const u = readUnit(t);
  return u && u.consumed === t.length ? u.unit : canonicalUnit(t);
}

/** True when the unit was written in a nonstandard spelling (百分率, ％ counts as standard after NFKC). */
export function hasNonstandardUnit(v: ParsedValue): boolean {
  return v.unitRaw ? isNonstandardSpelling(v.unitRaw) : false;
}

/** Remembered per spelling: a large sheet repeats a few dozen units thousands of times. */
const isNonstandardSpelling = memoize((unitRaw: string): boolean => {
  const parts = unitRaw.replace(/\(.*\)$/, "").split("/");
  return parts.some((p) => !isStandardUnit(p)) || unitRaw === "百分之";
});

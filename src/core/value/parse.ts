/**
 * Parses one target value in any spelling the domain guide lists. The stages live in stages.ts
 * (operator → date → number → scale → unit → range → suffix); this module keeps the public entry points.
 */
import { memoize } from "../memoize";
import { normalizeValueText } from "./normalize";
import { readNumberAt, roundNumber } from "./numbers";
import { type Operator, operatorEnding, suffixOperatorAt } from "./operators";
import { readUnit } from "./unit-reader";
import { serialDeadline } from "./dates";
import { readMultiple } from "./multiple";
import { parseSingle } from "./stages";
import { type ParseOptions, type ParsedValue, completeValue, emptyValue, qualitativeValue } from "./types";

export type { Operator } from "./operators";
export type { OperatorSource, ParseOptions, ParsedValue, ValueKind } from "./types";
export { OPERATOR_WORDS, isQualitativeMarker, parseOperatorWord } from "./operators";
export { formatPlain, roundNumber } from "./numbers";
export { hasNonstandardUnit, parseUnitText } from "./unit-reader";
export { excelSerialDate } from "./dates";

/**
 * Parses one target value in any spelling the domain guide lists. Never throws; keeps `raw`.
 * Examples: `≥400 件`, `不低于９５％`, `≤291.2万元`, `≤550元/人/天`, `3.5万册`, `95%以上`, `有效提升`,
 * `±3%以内`, `3-5个工作日`, `2023.07-2024.01`, `2024年全年`, `60人，1次` (kind "multiple").
 * With `{ hint: "deadline" }` an Excel date serial (44561) reads as the date it stores.
 */
export function parseTarget(input: string | number | boolean | null | undefined, options: ParseOptions = {}): ParsedValue {
  return completeValue(parsedValue(input, options));
}

function parsedValue(input: string | number | boolean | null | undefined, options: ParseOptions): ParsedValue {
  if (input === null || input === undefined) return emptyValue("");
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return emptyValue(String(input));
    const asDate = options.hint === "deadline" ? serialDeadline(String(input), input) : null;
    return (
      asDate ?? {
        ...emptyValue(String(input)),
        kind: "quantitative",
        number: input,
        numberText: String(input),
        operator: "=",
        operatorSource: "implicit",
      }
    );
  }
  const raw = String(input);
  // tables repeat the same values thousands of times: parse each text once (parseTarget returns a copy, so a
  // caller that spreads or edits its value never changes another's)
  const key = options.hint ? `${options.hint}\u0000${raw}` : raw;
  let parsed = parsedCache.get(key);
  if (!parsed) {
    try {
      parsed = parseText(raw, options);
    } catch {
      parsed = qualitativeValue(raw, null, null, raw.trim());
    }
    if (parsedCache.size > 50000) parsedCache.clear();
    parsedCache.set(key, parsed);
  }
  return parsed;
}

const parsedCache = new Map<string, ParsedValue>();

function parseText(raw: string, options: ParseOptions): ParsedValue {
  const t = normalizeValueText(raw);
  if (t === "" || /^[-—/\\]+$/.test(t)) return emptyValue(raw);
  if (options.hint === "deadline" && /^\d{5}(\.\d+)?$/.test(t)) {
    const asDate = serialDeadline(raw, Number.parseFloat(t));
    if (asDate) return asDate;
  }
  return readMultiple(raw) ?? parseSingle(raw, t);
}

/**
 * Finds a target restated inside prose: `援助案件完成率达85%以上` → ≥ 85 %. Used to suggest a clean value
 * when prose is glued to the number. Takes the last number that carries a unit.
 */
export const findEmbeddedTarget = memoize(findEmbeddedTargetIn);

/** What findEmbeddedTarget finds (one object per distinct text: read it, do not change it). */
export type EmbeddedTarget = Readonly<{ operator: Operator | null; number: number; unit: string }>;

function findEmbeddedTargetIn(text: string): EmbeddedTarget | null {
  const t = normalizeValueText(text);
  let best: EmbeddedTarget | null = null;
  const re = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    let rest = t.slice(m.index + m[0].length);
    let scaleMul = 1;
    if (/^万(?!元)/.test(rest)) {
      scaleMul = 1e4;
      rest = rest.slice(1);
    }
    const u = readUnit(rest);
    if (!u) continue;
    const op = operatorEnding(t.slice(0, m.index)) ?? suffixOperatorAt(rest.slice(u.consumed));
    const num = readNumberAt(m[0]);
    best = { operator: op, number: roundNumber((num ? num.value : 0) * scaleMul), unit: u.unit };
  }
  return best;
}

/**
 * The parse of one target, in stages: operator → date → number → scale → unit → range → suffix.
 * Each stage reads from the front of `Scan.t` and leaves the rest to the next one.
 */
import { MONEY_PREFIXES, canonicalUnit, matchUnitAt } from "./units";
import { readUnit } from "./unit-reader";
import { readNumberAt, roundNumber } from "./numbers";
import { OPERATOR_PHRASES, OPERATOR_SYMBOLS, SUFFIX_WORDS, TOLERANCE_SIGNS } from "./operators";
import { readDate } from "./dates";
import { type ParsedValue, type Scan, qualitativeValue } from "./types";

/** Stage 1: an operator symbol, ± (a tolerance, ≤ on the deviation), or an operator word before a number. */
export function readOperator(s: Scan): void {
  for (const sign of TOLERANCE_SIGNS) {
    if (s.t.startsWith(sign) && /^\d/.test(s.t.slice(sign.length))) {
      s.operator = "≤";
      s.source = "symbol";
      s.tolerance = true;
      s.t = s.t.slice(sign.length);
      return;
    }
  }
  for (const [sym, op] of OPERATOR_SYMBOLS) {
    if (s.t.startsWith(sym)) {
      s.operator = op;
      s.source = "symbol";
      s.t = s.t.slice(sym.length);
      return;
    }
  }
  for (const [word, op] of OPERATOR_PHRASES) {
    // A word is an operator only before a number: 达标率 is a name, 达到95% a target.
    if (s.t.startsWith(word) && /^[\d百±]/.test(s.t.slice(word.length))) {
      s.operator = op;
      s.source = "word";
      s.t = s.t.slice(word.length);
      return;
    }
  }
}

export { readDate };

export interface NumberRead {
  value: number;
  text: string;
  /** 百分之 written before the number. */
  unitBefore: string | null;
}

/** Stage 3: the number (百分之95 spelled before it); null when none, or a 7*24 service-hours formula. */
export function readNumber(s: Scan): NumberRead | null {
  let unitBefore: string | null = null;
  let t = s.t;
  if (t.startsWith("百分之") && /^\d/.test(t.slice(3))) {
    unitBefore = "百分之";
    t = t.slice(3);
  }
  const num = readNumberAt(t);
  if (!num || /^\d+[*×xX]\d+/.test(t)) return null;
  s.t = t.slice(num.text.length);
  return { value: num.value, text: num.text, unitBefore };
}

export interface ScaleRead {
  /** Multiplier applied to the number (3.5万册 → 1e4). */
  scale: number;
  /** 万 / 亿 with no 元 after it (`291.2万`, `620万/月`): a money prefix, not applied. */
  prefix: string | null;
}

/** Stage 4: 万 / 亿 / 千 after the number. Before 元 it belongs to the unit; alone or before `/` it is a half-written 万元. */
export function readScale(s: Scan): ScaleRead {
  const mult = /^(万|亿|千)/.exec(s.t);
  if (!mult) return { scale: 1, prefix: null };
  const rest = s.t.slice(1);
  if (mult[1] !== "千" && (rest === "" || (/^[/／]/.test(rest) && matchUnitAt(rest.slice(1))))) {
    s.t = rest;
    return { scale: 1, prefix: mult[1] };
  }
  if (/^元/.test(rest) || /^千(米|克)/.test(s.t)) return { scale: 1, prefix: null };
  s.t = rest;
  return { scale: mult[1] === "万" ? 1e4 : mult[1] === "亿" ? 1e8 : 1e3, prefix: null };
}

export interface UnitRead {
  unit: string | null;
  unitRaw: string | null;
}

/** Stage 5: the unit — known units and compounds, a money prefix's rate (`万/月` → 万元/月), or an unlisted measure word. */
export function readUnitStage(s: Scan, scale: ScaleRead, unitBefore: string | null): UnitRead {
  if (unitBefore) return { unit: "%", unitRaw: unitBefore };
  if (scale.prefix) {
    const per = readUnit(s.t.slice(1));
    if (!per) return { unit: null, unitRaw: null };
    s.t = s.t.slice(1 + per.consumed);
    return { unit: canonicalUnit(`${MONEY_PREFIXES[scale.prefix]}/${per.unit}`), unitRaw: `${scale.prefix}/${per.raw}` };
  }
  const u = readUnit(s.t);
  if (u) {
    s.t = s.t.slice(u.consumed);
    return { unit: u.unit, unitRaw: u.raw };
  }
  // a measure word we do not list (棵, 尾, 羽 …) ends the value, alone or before 以上/以内
  const m = /^([\u4e00-\u9fff]{1,2})(?=(及以上|以上|及以下|以下|以内|之内)?$)/.exec(s.t);
  if (m && !/^(以上|以下|以内|之内|及以)/.test(s.t)) {
    s.t = s.t.slice(m[1].length);
    return { unit: m[1], unitRaw: m[1] };
  }
  return { unit: null, unitRaw: null };
}

const RANGE_SEP = /^(?:-|—|–|~|至|到)+/;

/** Stage 6: the high end of a range (`3-5个工作日`, `90%-95%`), same unit or none on the low end. */
export function readRangeEnd(s: Scan, low: number, unit: UnitRead): { high: number; unit: UnitRead } | null {
  const sep = RANGE_SEP.exec(s.t);
  if (!sep) return null;
  const probe: Scan = { ...s, t: s.t.slice(sep[0].length) };
  const num = readNumber(probe);
  if (!num) return null;
  const scale = readScale(probe);
  const second = readUnitStage(probe, scale, null);
  if (unit.unit !== null && second.unit !== null && second.unit !== unit.unit) return null;
  const high = roundNumber(num.value * scale.scale);
  if (!(high > low)) return null;
  s.t = probe.t;
  return { high, unit: unit.unit !== null ? unit : second };
}

/** Stage 7: an operator word after the unit (`95%以上`), `(含)`, and a bracketed remark (`（按季度考核）`). */
export function readSuffix(s: Scan, unit: string | null): { note: string | null } {
  if (!s.operator) {
    for (const [word, op] of SUFFIX_WORDS) {
      if (s.t.startsWith(word) && (word !== "内" || unit !== null)) {
        s.operator = op;
        s.source = "suffix";
        s.t = s.t.slice(word.length);
        break;
      }
    }
  } else {
    // `≥95%以上` repeats the operator; drop the redundant suffix.
    for (const [word] of SUFFIX_WORDS) {
      if (word !== "内" && s.t.startsWith(word)) {
        s.t = s.t.slice(word.length);
        break;
      }
    }
  }
  if (!s.operator) {
    s.operator = "=";
    s.source = "implicit";
  }
  s.t = s.t.replace(/^\((含|含本数|含本值|包含)\)/, "");
  const note = /^[(【[]([^()【】[\]]{1,40})[)】\]]$/.exec(s.t);
  if (note) {
    s.t = "";
    return { note: note[1] };
  }
  return { note: null };
}

/** One target, through every stage. */
export function parseSingle(raw: string, t: string): ParsedValue {
  const s: Scan = { raw, t, operator: null, source: null, tolerance: false };
  readOperator(s);
  const date = readDate(s);
  if (date) return date;
  const num = readNumber(s);
  if (!num) return qualitativeValue(raw, s.operator, s.source, s.t);
  const scale = readScale(s);
  let unit = readUnitStage(s, scale, num.unitBefore);
  const low = roundNumber(num.value * scale.scale);
  const range = readRangeEnd(s, low, unit);
  if (range) unit = range.unit;
  const { note } = readSuffix(s, unit.unit);
  const text = s.t.replace(/^[，,。；;、]+|[，,。；;、]+$/g, "");
  // a range bounds both ways: no implied =
  const implicitRange = range !== null && s.source === "implicit";
  const v: ParsedValue = {
    raw,
    operator: implicitRange ? null : s.operator,
    operatorSource: implicitRange ? null : s.source,
    number: range ? null : low,
    numberText: num.text,
    unit: unit.unit,
    unitRaw: unit.unitRaw,
    kind: range ? "range" : "quantitative",
    text: text === "" ? null : text,
    scale: scale.scale,
    deadline: null,
  };
  if (scale.prefix) v.unitPrefix = scale.prefix;
  if (s.tolerance) v.tolerance = true;
  if (range) v.range = { low, high: range.high };
  if (note) v.note = note;
  return v;
}

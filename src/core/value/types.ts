import type { Operator } from "./operators";

export type { Operator } from "./operators";

/**
 * quantitative: operator + number + unit (`≥95%`, `±3%`). qualitative: graded text or a time expression
 * (`有效提升`, `2024年12月底前`, `2024年全年`: see `deadline` / `period`). range: `3-5个工作日`.
 * multiple: two or more targets in one cell (`60人，1次`): see `parts`. empty: nothing written.
 */
export type ValueKind = "quantitative" | "qualitative" | "range" | "multiple" | "empty";

export type OperatorSource = "symbol" | "word" | "suffix" | "implicit" | "column" | null;

export interface ParseOptions {
  /**
   * What the row is known to hold. `"deadline"` (时效指标 rows): a number between 36526 (2000-01-01) and
   * 55153 (2050-12-31) is an Excel date serial and reads as that date. Without the hint numbers stay numbers.
   */
  hint?: "deadline";
}

export interface ParsedValue {
  /** The text as written, never altered. */
  raw: string;
  operator: Operator | null;
  /** How the operator was written: a symbol, a word (不低于), a suffix (以上), implied (bare `100%`), or its own column. */
  operatorSource: OperatorSource;
  number: number | null;
  /** The number as written (`1,030,700.00`, `０.８５`). */
  numberText: string | null;
  /** Canonical unit (`%` for 百分率); null when none was written. */
  unit: string | null;
  /** The unit as written, when it differs from the canonical one or to locate it. */
  unitRaw: string | null;
  kind: ValueKind;
  /** Prose left over after operator, number and unit (`援助案件完成率达85%以上`). */
  text: string | null;
  /** 万/亿 written before a non-money unit (`3.5万册`): `number` already includes it. */
  scale: number;
  /** A date target (`2024年12月底前`), as yyyy-mm or yyyy-mm-dd or mm; for a period, its end. */
  deadline: string | null;
  /**
   * 万 or 亿 written after the number with no 元 (`≤291.2万`, `250万`): the unit is still to be completed; unitFamily("万")
   * is "money" and moneyFactor("万") is 1e4, so a cost row can read it as 万元. In `≤620万/月` the unit is completed to 万元/月.
   */
  unitPrefix?: string;
  /** A ± tolerance (`±3%以内`): operator ≤ bounds the absolute deviation; the value stays quantitative. */
  tolerance?: boolean;
  /** kind "range": low and high ends (`3-5个工作日` → 3, 5); `number` is null, `unit` the shared unit. */
  range?: { low: number; high: number };
  /** A time span (`2023.07-2024.01`, `2024年1-12月`, `全年`): ends as yyyy-mm or mm; `deadline` is its end. */
  period?: { from: string; to: string };
  /** kind "multiple": each target in the cell, parsed on its own (`合格率≥95%,优秀率≥90%`). */
  parts?: ParsedValue[];
  /** The name written before one part's target (`合格率` in `合格率≥95%`). */
  label?: string;
  /** A remark in brackets after the target (`≥95%\n（按季度考核）` → 按季度考核): not prose glued to the value. */
  note?: string;
  /** How a stored value reads when that differs from `raw` (Excel date serial 44561 → 2021年12月31日). */
  display?: string;
}

export function emptyValue(raw: string): ParsedValue {
  return {
    raw,
    operator: null,
    operatorSource: null,
    number: null,
    numberText: null,
    unit: null,
    unitRaw: null,
    kind: "empty",
    text: null,
    scale: 1,
    deadline: null,
  };
}

/**
 * `v` as an object of the one shape every parsed value shares: each field, the optional ones too (undefined when
 * absent), in this order. Values whose shapes differed by the optional fields they carried made every rule's code
 * reading them polymorphic, and a shape that no value held any longer was dropped by the garbage collector and made
 * anew on the next workbook, throwing away the compiled code that knew it.
 */
export function completeValue(v: ParsedValue): ParsedValue {
  // every field listed, the compiler checks: a field added to ParsedValue and not here would be dropped
  const complete: { [K in keyof Required<ParsedValue>]: ParsedValue[K] } = {
    raw: v.raw,
    operator: v.operator,
    operatorSource: v.operatorSource,
    number: v.number,
    numberText: v.numberText,
    unit: v.unit,
    unitRaw: v.unitRaw,
    kind: v.kind,
    text: v.text,
    scale: v.scale,
    deadline: v.deadline,
    unitPrefix: v.unitPrefix,
    tolerance: v.tolerance,
    range: v.range,
    period: v.period,
    parts: v.parts,
    label: v.label,
    note: v.note,
    display: v.display,
  };
  return complete;
}

export function qualitativeValue(raw: string, operator: Operator | null, source: OperatorSource, text: string | null): ParsedValue {
  return { ...emptyValue(raw), kind: "qualitative", operator, operatorSource: source, text };
}

/** What the parse stages pass along: the text still to read and the operator read so far. */
export interface Scan {
  raw: string;
  t: string;
  operator: Operator | null;
  source: OperatorSource;
  tolerance: boolean;
}

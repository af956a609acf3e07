/** How a target value is written in one cell or over split columns, and how a person reads it back. */
import type { CellValue } from "../../../src/core/grid";
import { formatNumber } from "../../../src/core/grid";
import type { Op, ValueSpec } from "./spec";

const OP_WORDS: Record<Op | "", string> = { "≥": "大于等于", "≤": "小于等于", "=": "等于", ">": "大于", "<": "小于", "": "等于" };

/** The whole value in one cell: `≥95%`, a text as written, or the date serial as a number. */
export function combinedCell(v: ValueSpec): CellValue {
  if (v.kind === "quant") return `${v.op}${formatNumber(v.num)}${v.unit}`;
  if (v.kind === "text") return v.text;
  return v.serial;
}

export interface SplitCells {
  operator: CellValue;
  number: CellValue;
  unit: CellValue;
}

/** Split columns. `words`: the operator column holds 大于等于/小于等于/等于/定性 instead of symbols. */
export function splitCells(v: ValueSpec, words: boolean): SplitCells {
  if (v.kind === "quant") return { operator: words ? OP_WORDS[v.op] : v.op || null, number: v.num, unit: v.unit || null };
  if (v.kind === "text") return { operator: words ? "定性" : null, number: v.text, unit: null };
  return { operator: words ? "定性" : null, number: v.serial, unit: null };
}

function text(c: CellValue): string {
  if (c === null) return "";
  return typeof c === "number" ? formatNumber(c) : String(c);
}

/** Whitespace removed: how values and names are compared. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, "");
}

/**
 * The value as a person reads the row: operator, number, unit run together (the engine's
 * `composeSplitValue` composes the same way); `定性` in the operator column is not part of the value.
 * Null for a date serial, which is asserted as a date instead.
 */
export function expectedRaw(v: ValueSpec, split: SplitCells | null): string | null {
  if (v.kind === "serial") return null;
  if (!split) return squash(text(combinedCell(v)));
  const op = text(split.operator);
  return squash(`${op === "定性" ? "" : op}${text(split.number)}${text(split.unit)}`);
}

/** A second reading of the same indicator for the other column group (long-term target, last year's actual). */
export function otherGroupValue(v: ValueSpec, lastYear: boolean): CellValue {
  if (v.kind === "serial") return null;
  if (v.kind === "text") return lastYear ? "已完成" : v.text;
  if (v.unit === "%" || v.unit === "％") return lastYear ? `${formatNumber(v.num)}${v.unit}` : combinedCell(v);
  return lastYear ? `${formatNumber(Math.round(v.num * 0.9))}${v.unit}` : `${v.op}${formatNumber(v.num * 3)}${v.unit}`;
}

/** Direction for 指标方向性: a ceiling is 反向, otherwise 正向. */
export function direction(v: ValueSpec): string {
  return v.kind === "quant" && (v.op === "≤" || v.op === "<") ? "反向" : "正向";
}

import type { CellValue } from "../core/grid";

/** A string Excel must store as text: a leading = + - @ would start a formula. */
export function toExcelInput(v: CellValue): CellValue {
  if (typeof v === "string" && /^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?%?$/.test(v)) return `'${v}`;
  return v;
}

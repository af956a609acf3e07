/**
 * A1 references as Excel moves them when rows are inserted: a reference at or below the insertion point moves
 * down, a range across it grows, one above it stays. Used for the sheet's own ranges (merges, conditional
 * formats, validations, hyperlinks, the dimension) and for the cell references inside formulas.
 */
import { type MergedArea, cellAddress as cellRef } from "../core/grid";

/** `A5` → { row: 5, col: 1 }, `A5:C9` → an area: the reader's own (src/xlsx), so that writer and reader agree. */
export { parseCellRef as parseCell } from "../xlsx/cell-numbers";
export { parseRange as parseArea } from "../xlsx/workbook";
export type { MergedArea as Area } from "../core/grid";
export { cellRef };

/** Inserting `count` rows before row `at`. */
export interface RowShift {
  at: number;
  count: number;
}

export function shiftRow(row: number, s: RowShift): number {
  return row >= s.at ? row + s.count : row;
}

/** One end of a range, `$` signs kept: `B$7` → `B$9`; a bare column (`A` of `A:C`) does not move. */
function shiftEnd(end: string, s: RowShift): string {
  const m = /^(\$?[A-Za-z]{1,3})?(\$?)(\d+)$/.exec(end);
  if (!m) return end;
  return `${m[1] ?? ""}${m[2]}${shiftRow(Number(m[3]), s)}`;
}

/** `A5`, `A5:C9`, `$A$5:$C$9`, `5:9` (whole rows), `A:C` (whole columns, unchanged). */
export function shiftRange(range: string, s: RowShift): string {
  return range
    .split(":")
    .map((end) => shiftEnd(end, s))
    .join(":");
}

/** A space-separated list of ranges, as `sqref` holds them. */
export function shiftSqref(sqref: string, s: RowShift): string {
  return sqref.replace(/[^\s]+/g, (r) => shiftRange(r, s));
}

/** The smallest area holding every one of `cells` (at least one). */
export function boundsOf(cells: ReadonlyArray<{ row: number; col: number }>): MergedArea {
  // in locals, the area made once: storing into an area's fields again would make V8 discard the compiled code
  // of everything that reads merged areas (they share one shape)
  let top = cells[0].row;
  let left = cells[0].col;
  let bottom = top;
  let right = left;
  for (const c of cells) {
    top = Math.min(top, c.row);
    bottom = Math.max(bottom, c.row);
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  return { top, left, bottom, right };
}

export function areaRef(a: MergedArea): string {
  const tl = cellRef(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellRef(a.bottom, a.right)}`;
}

/**
 * References in a formula: an optional sheet (`Sheet1!`, `'My sheet'!`), then a cell, a range of cells or of
 * whole rows. Strings (`"…"`) are matched first so their contents are never taken for references; a name followed
 * by `(` is a function (LOG10) and left alone.
 */
const FORMULA_TOKEN =
  /("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)(?![\w(!.])/g;

function sheetOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Rewrites each reference of a formula: `own` says whether the reference (its sheet prefix, if any) is to be shifted. */
function eachRef(formula: string, own: (prefix: string | undefined) => boolean, s: RowShift): string {
  return formula.replace(
    FORMULA_TOKEN,
    (whole: string, str: string | undefined, prefix: string | undefined, ref: string, offset: number) => {
      // inside a name (LOG10, A1B2), a number (1E10) or an external reference ([1]Sheet1!A1): not a reference here
      if (str !== undefined || /[\w$.\]]/.test(offset > 0 ? formula[offset - 1] : "") || !own(prefix)) return whole;
      return `${prefix ?? ""}${shiftRange(ref, s)}`;
    },
  );
}

/**
 * Shifts the references of a formula on `sheet` that point to that sheet (unqualified, or qualified with its own
 * name); references to other sheets are left alone.
 */
export function shiftFormula(formula: string, sheet: string, s: RowShift): string {
  return eachRef(formula, (prefix) => !prefix || sheetOf(prefix) === sheet, s);
}

/** The same, for a formula elsewhere (a defined name, another sheet's cell): only references qualified with `sheet`. */
export function shiftQualified(formula: string, sheet: string, s: RowShift): string {
  return eachRef(formula, (prefix) => prefix !== undefined && sheetOf(prefix) === sheet, s);
}

/** True when a formula on another sheet refers to `sheet`. */
export function refersTo(formula: string, sheet: string): boolean {
  return shiftQualified(formula, sheet, { at: 1, count: 1 }) !== formula;
}

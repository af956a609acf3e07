/**
 * An .xlsx as the engine's Grid, read in one pass over each part: cell values as the user sees them
 * (95% for 0.95 in a percent cell, dates as 2024年1月31日), merged areas holding their top-left value in
 * every cell (as the engine has always been given them), hidden sheets included. Runs in Node and in the
 * browser; every way a file can fail is a KpiLintError (src/core/read-error-codes.ts).
 */
import { KpiLintError } from "../core/read-error-codes";
import { type CellValue, type SheetGrid, type WorkbookGrid, cellAddress, displayValue, excelDateText } from "../core/grid";
import { isDateFormat } from "./number-formats";
import type { RawCell } from "./sheet-xml";
import { MAX_CELLS, type ReadOptions, type SheetStart, type SheetVisitor, walkXlsx } from "./workbook";

export type { ReadOptions } from "./workbook";

/** What a cell shows, as the engine reads it; `dateStyles[i]`: style i's number format shows a date. */
function displayed(c: RawCell, start: SheetStart, dateStyles: readonly boolean[]): CellValue {
  const v = c.value;
  if (typeof v !== "number") return v;
  if (c.isoDate) return excelDateText(v);
  if (c.numeric && dateStyles[c.style]) return excelDateText(start.date1904 ? v + 1462 : v);
  return displayValue(v, start.styles[c.style]?.numFmt);
}

function gridBuilder(start: SheetStart, path: string, maxCells: number, out: SheetGrid[]): SheetVisitor {
  const dateStyles = start.styles.map((s) => isDateFormat(s.numFmt));
  const rows: CellValue[][] = [];
  let lastRow = 0;
  let lastCol = 0;
  let filled = 0;
  const tooMany = (row: number, col: number) =>
    new KpiLintError("SHEET_TOO_LARGE", { path, sheet: start.name, cell: cellAddress(row, col), limit: maxCells });
  const set = (row: number, col: number, v: CellValue) => {
    let r = rows[row - 1];
    if (!r) {
      // fill small gaps so that the array stays packed; a far-away row is left as a hole
      if (row - rows.length < 1000) for (let i = rows.length; i < row - 1; i++) rows[i] = [];
      r = rows[row - 1] = [];
    }
    if (v === null || v === "") {
      if (r[col - 1] !== undefined) r[col - 1] = null;
      return;
    }
    if (r[col - 1] == null && ++filled > maxCells) throw tooMany(row, col);
    if (col - r.length < 1000) for (let i = r.length; i < col - 1; i++) r[i] = null;
    r[col - 1] = v;
    if (col > lastCol) lastCol = col;
  };
  return {
    onCell(c) {
      if (c.present && c.row > lastRow) lastRow = c.row;
      set(c.row, c.col, displayed(c, start, dateStyles));
    },
    done(merges) {
      for (const m of merges) {
        // every cell of a merged area shows the top-left cell's value (what was read before the merge is gone)
        const v = rows[m.top - 1]?.[m.left - 1] ?? null;
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) {
            if (r === m.top && c === m.left) continue;
            if (v !== null || rows[r - 1]?.[c - 1] != null) set(r, c, v);
          }
        }
        if (m.bottom > lastRow) lastRow = m.bottom;
        if (m.right > lastCol) lastCol = m.right;
      }
      out.push({ name: start.name, rows, rowCount: lastRow, columnCount: lastCol, merges });
    },
  };
}

/**
 * The workbook's sheets as Grids. Throws KpiLintError for a file that is not a workbook, is damaged,
 * encrypted or hostile, or holds a sheet with more than `maxCells` non-empty cells.
 */
export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  const path = options.path ?? "";
  const maxCells = options.maxCells ?? MAX_CELLS;
  walkXlsx(bytes, options, (start) => gridBuilder(start, path, maxCells, sheets));
  return { sheets };
}

import { roundNumber } from "./value/numbers";

/**
 * The one input type of the engine: the cell values of one sheet plus its merged areas.
 * Rows and columns are 1-based, as Excel shows them. A merged area holds its value only in
 * its top-left cell, as in Excel; `valueAt` does not spread it, `mergedValue` does.
 */
export type CellValue = string | number | boolean | null;

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r - 1][c - 1]; rows may be shorter than `columnCount` (missing cells are empty). */
  rows: CellValue[][];
  rowCount: number;
  columnCount: number;
  merges: MergedArea[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function makeSheet(name: string, rows: CellValue[][], merges: MergedArea[] = []): SheetGrid {
  let columnCount = 0;
  for (const row of rows) if (row.length > columnCount) columnCount = row.length;
  for (const m of merges) if (m.right > columnCount) columnCount = m.right;
  let rowCount = rows.length;
  for (const m of merges) if (m.bottom > rowCount) rowCount = m.bottom;
  return { name, rows, rowCount, columnCount, merges };
}

/** How far `row` holds cells: columns right of it are empty (merged areas aside, see MergeIndex.lastColumn). */
export function rowLength(sheet: SheetGrid, row: number): number {
  return Math.min(sheet.columnCount, sheet.rows[row - 1]?.length ?? 0);
}

/** The raw value of a cell (null when empty or outside the sheet). */
export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined || v === "" ? null : v;
}

/** The cell's text, trimmed; numbers are printed as Excel would show a General cell. */
export function textAt(sheet: SheetGrid, row: number, col: number): string {
  return cellText(valueAt(sheet, row, col));
}

export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.trim();
}

/** Prints a number without floating-point noise (0.1 + 0.2 → "0.3"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(roundNumber(n));
}

/**
 * Index of merged areas by their cells, built once per sheet: per row, the areas crossing it (rarely more
 * than a few), so a lookup is an array index and a short scan — every scan of the sheet asks it per cell.
 */
export class MergeIndex {
  private readonly byRow: Array<MergedArea[] | undefined> = [];
  /** Per row, the right edge of the merged areas crossing it. */
  private readonly mergedRight: number[] = [];

  constructor(private readonly sheet: SheetGrid) {
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        if ((this.mergedRight[r] ?? 0) < m.right) this.mergedRight[r] = m.right;
        const list = this.byRow[r];
        if (list) list.push(m);
        else this.byRow[r] = [m];
      }
    }
  }

  /**
   * The last column of `row` holding a value or lying in a merged area: every cell right of it is empty
   * and unmerged, so a scan along the row may stop there (a stray far cell elsewhere costs nothing here).
   */
  lastColumn(row: number): number {
    return Math.min(this.sheet.columnCount, Math.max(rowLength(this.sheet, row), this.mergedRight[row] ?? 0));
  }

  /** The merged areas crossing `row` (undefined: none), for a scan along the row that looks them up itself. */
  areasIn(row: number): readonly MergedArea[] | undefined {
    return this.byRow[row];
  }

  areaAt(row: number, col: number): MergedArea | undefined {
    const list = this.byRow[row];
    if (!list) return undefined;
    // overlapping areas (Excel refuses them, a damaged file may not): the last listed wins
    for (let i = list.length - 1; i >= 0; i--) if (col >= list[i].left && col <= list[i].right) return list[i];
    return undefined;
  }

  /** Whether (row, col) is the top-left cell of its merged area, or in none (the cell a scan reads once). */
  isAnchor(row: number, col: number): boolean {
    const m = this.areaAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** The top-left cell of the merge holding (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.areaAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }
}

/** The value shown in a cell, spreading merged areas' top-left value over the whole area. */
export function mergedText(sheet: SheetGrid, merges: MergeIndex, row: number, col: number): string {
  const m = merges.areaAt(row, col);
  return m ? textAt(sheet, m.top, m.left) : textAt(sheet, row, col);
}

export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `D` → 4, `aa` → 27: a column's letters as its 1-based number (the inverse of `columnLetter`). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function isRowEmpty(sheet: SheetGrid, row: number): boolean {
  const r = sheet.rows[row - 1];
  if (!r) return true;
  // a number or a boolean always prints as something: only strings can be blank
  for (const v of r) if (v !== null && v !== undefined && (typeof v !== "string" || v.trim() !== "")) return false;
  return true;
}

/**
 * A number as the user sees it when its number format says so: 0.95 in a `0%` cell is "95%",
 * a date serial in a `yyyy"年"m"月"d"日"` cell is a date. Other values pass through.
 */
export function displayValue(v: CellValue, numberFormat: string | null | undefined): CellValue {
  if (typeof v !== "number" || !numberFormat || numberFormat === "General") return v;
  const f = numberFormat.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (f.includes("%")) return `${formatNumber(v * 100)}%`;
  if (/[ymd]/i.test(f) && !/[#0?]/.test(f.replace(/[ymdhs]+/gi, ""))) return excelDateText(v);
  return v;
}

/** Excel's serial date (1900 system) as 2024年12月31日. */
export function excelDateText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

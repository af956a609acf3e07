/** The rows of an indicator table: where it starts and ends, and reading its indicator rows. */
import { type MergeIndex, type SheetGrid, isRowEmpty } from "../grid";
import type { ColumnMap, IndicatorRow } from "../model";
import { type RowWords, rowWords } from "./row-words";
import { type RowContext, isBannerRow, readIndicatorRow } from "./indicator-rows";
import type { HeaderRow } from "./header-rows";

export interface TableRows {
  indicators: IndicatorRow[];
  lastRow: number;
}

/**
 * Last row of a header (its cells may be merged over two rows). Only columns whose header words are
 * unambiguous count: a label column merged from the header down over the block is not part of the header.
 */
export function headerBottom(h: HeaderRow, merges: MergeIndex): number {
  let bottom = h.row;
  for (const cell of h.cells) {
    if (cell.roles.length !== 1 || cell.roles[0] === "label") continue;
    const m = merges.areaAt(h.row, cell.col);
    if (m && m.top === h.row && m.bottom > bottom && m.bottom - m.top <= 2) bottom = m.bottom;
  }
  return bottom;
}

/** A row that starts the next form (a title, a 项目名称 label, a `单位：` line) or a footer (填报人 …). */
function endsTable(words: RowWords, row: number, cols: ColumnMap, own: ReadonlySet<number | undefined>): boolean {
  if (!words.mayEnd(row)) return false;
  for (const { col: c, traits } of words.marksOf(row)) {
    if (traits.title || traits.footer || traits.moneyUnit) return true;
    const label = own.has(c) ? null : traits.formLabel;
    if (label && label !== "goal" && label !== "org") return true;
    if (label === "org" && c === (cols.level1 ?? cols.name)) return true;
  }
  return false;
}

/** Non-empty, non-banner rows from `start` to `end`; in a form, up to the next form's preamble. */
export function bodyRows(
  sheet: SheetGrid,
  merges: MergeIndex,
  start: number,
  end: number,
  cols: ColumnMap,
  stopAtPreamble: boolean,
  skip?: ReadonlySet<number>,
): number[] {
  const rows: number[] = [];
  // an indicator's own text (a basis `年度预算`, a name `项目名称规范率`) is no form label
  const own = new Set([cols.name, cols.description, cols.value, cols.basis, cols.unit, cols.operator]);
  const mapped: number[] = Object.values(cols);
  const words = rowWords(sheet, merges);
  for (let r = start; r <= end; r++) {
    if (skip?.has(r) || isRowEmpty(sheet, r)) continue;
    if (stopAtPreamble && endsTable(words, r, cols, own)) break;
    if (isBannerRow(sheet, merges, r, cols, mapped)) continue;
    rows.push(r);
  }
  return rows;
}

/** Indicator rows of a form's table. */
export function readTableRows(
  sheet: SheetGrid,
  merges: MergeIndex,
  rows: readonly number[],
  cols: ColumnMap,
  fallbackLast: number,
): TableRows {
  const ctx: RowContext = { level1: null, level2: null };
  const indicators: IndicatorRow[] = [];
  let lastRow = fallbackLast;
  for (const r of rows) {
    const ind = readIndicatorRow(sheet, merges, r, cols, ctx);
    if (ind) {
      indicators.push(ind);
      lastRow = r;
    }
  }
  return { indicators, lastRow };
}

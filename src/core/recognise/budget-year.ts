/** The budget year a sheet's titles state: `（2024年）`, `2024年度项目支出绩效目标表`, `XX局2024年部门预算绩效目标`. */
import type { CellValue, SheetGrid } from "../grid";
import { isTitleText } from "./headers";
import { memoize } from "../memoize";

/** A title's words (or a cell holding only the year): prose that mentions a year is no title. */
const TITLE_WORDS = /绩效目标|绩效指标|项目支出|部门预算|预算项目|申报表|汇总表|目标表/;
const YEAR_ONLY = /^[(（]?(\d{4})年度?[)）]?$/;
const YEAR_IN_TITLE = /(\d{4})\s*年度?/;
/** Rows read above each table after the first (a form's title and identity lines). */
const PREAMBLE_ROWS = 8;

/** Remembered per text: the preamble rows of 2,000 forms repeat the same few titles. */
const yearOfMemo = memoize(yearOfText);

/** The year a cell adds to the titles' count (see titleBudgetYear), or null. */
export function titleYearOf(v: CellValue): number | null {
  // a number prints without 年: no year; most texts hold no digit
  return typeof v === "string" && /\d/.test(v) ? yearOfMemo(v.trim()) : null;
}

function yearOfText(text: string): number | null {
  const t = text.replace(/\s+/g, "");
  if (!t || t.length > 60) return null;
  const only = YEAR_ONLY.exec(t);
  const m = only ?? (TITLE_WORDS.test(t) || isTitleText(t) ? YEAR_IN_TITLE.exec(t) : null);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 2000 && y <= 2100 ? y : null;
}

/**
 * The year most titles above the sheet's tables name (the rows before the first table, and a few rows
 * above each later one); null when no title states one. `tableTops`: the first row of each table's header.
 */
export function titleBudgetYear(sheet: SheetGrid, tableTops: readonly number[]): number | null {
  const counts = new Map<number, number>();
  const countRow = (r: number) => {
    const cells = sheet.rows[r - 1];
    if (!cells) return;
    for (let c = 0, end = Math.min(cells.length, sheet.columnCount); c < end; c++) {
      const y = titleYearOf(cells[c]);
      if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  };
  const first = tableTops.length > 0 ? tableTops[0] : Math.min(sheet.rowCount + 1, 21);
  const ranges: Array<[number, number]> = [[1, first - 1]];
  for (const top of tableTops.slice(1)) ranges.push([Math.max(1, top - PREAMBLE_ROWS), top - 1]);
  if (tableTops.every((t, i) => i === 0 || t >= tableTops[i - 1])) {
    // tables in row order: each range adds the rows below the last one counted
    let done = 0;
    for (const [from, to] of ranges) {
      for (let r = Math.max(from, done + 1); r <= to; r++) countRow(r);
      done = Math.max(done, to);
    }
  } else {
    const rows = new Set<number>();
    for (const [from, to] of ranges) for (let r = from; r <= to; r++) rows.add(r);
    for (const r of rows) countRow(r);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

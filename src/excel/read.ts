/**
 * Reading the workbook: the sheet list, the sheets' values, number formats and merged areas as the engine's
 * grid, and the selection. A read takes a constant number of syncs whatever the sheet's size, plus one per
 * ~4 MB of payload (Excel on the web refuses responses over 5 MB).
 */
import { displayValue, type CellValue, type MergedArea, type SheetGrid, type WorkbookGrid } from "../core/grid";
import { REPORT_SHEET_NAME } from "../app/messages";
import type { ReadProgress, SheetInfo } from "./adapter";
import { areaAddress, parseAreasAddress } from "./addresses";

/** Bytes per cell of a values + numberFormat response, for planning chunks (texts of these tables average well under this). */
const BYTES_PER_CELL = 40;
const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** getMergedAreasOrNullObject fails beyond 512 areas: ask for merges a slice of rows at a time. */
const MERGE_CHUNK_ROWS = 100;

/** The workbook's sheets with which is active, in one sync. */
export async function loadSheetList(context: Excel.RequestContext): Promise<{ list: SheetInfo[]; sheets: Excel.WorksheetCollection }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const activeName = active.name;
  return { sheets, list: sheets.items.map((s) => ({ name: s.name, active: s.name === activeName, visible: s.visibility === "Visible" })) };
}

/** Queues a read; the function it returns is called after the sync that carries it, and stores what was read. */
type Job = () => () => void;

/** One row chunk's values and number formats into the grid's rows (values shown as Excel shows them). */
function valuesJob(ws: Excel.Worksheet, grid: SheetGrid, r0: number, n: number, cols: number): Job {
  return () => {
    const chunk = ws.getRangeByIndexes(r0, 0, n, cols);
    chunk.load("values,numberFormat");
    return () => {
      const { values, numberFormat } = chunk; // loaded above, synced by readSheets before this runs
      for (let i = 0; i < n; i++) {
        const vals = values[i];
        const fmts = numberFormat[i];
        const out: CellValue[] = [];
        let last = -1;
        for (let c = 0; c < cols; c++) {
          const v = displayValue(vals[c] as CellValue, fmts[c] as string);
          out.push(v === "" ? null : v);
          if (v !== "" && v !== null) last = c;
        }
        out.length = last + 1;
        grid.rows[r0 + i] = out;
      }
    };
  };
}

/** One slice of rows' merged areas into the grid's merges. */
function mergesJob(ws: Excel.Worksheet, grid: SheetGrid, r0: number, n: number, cols: number): Job {
  return () => {
    const areas = ws.getRangeByIndexes(r0, 0, n, cols).getMergedAreasOrNullObject();
    areas.load("address");
    return () => {
      if (!areas.isNullObject) grid.merges.push(...parseAreasAddress(areas.address));
    };
  };
}

/** Values and merged areas of the named sheets (or the active one, or all visible ones but the report). */
export async function readSheets(
  context: Excel.RequestContext,
  which: "active" | "all" | string[],
  progress?: ReadProgress,
): Promise<WorkbookGrid> {
  const { list, sheets } = await loadSheetList(context);
  const names =
    which === "active"
      ? list.filter((s) => s.active).map((s) => s.name)
      : which === "all"
        ? list.filter((s) => s.visible && s.name !== REPORT_SHEET_NAME).map((s) => s.name)
        : which;
  const used = names.map((name) => {
    const ws = sheets.getItem(name);
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name, ws, range };
  });
  await context.sync();

  // Plan: values + formats in row chunks, merges in slices; group chunks into syncs under the payload budget.
  const jobs: Array<{ bytes: number; job: Job }> = [];
  const grids: SheetGrid[] = [];
  for (const { name, ws, range } of used) {
    const grid: SheetGrid = { name, rows: [], rowCount: 0, columnCount: 0, merges: [] };
    grids.push(grid);
    if (range.isNullObject) continue;
    const rows = range.rowIndex + range.rowCount;
    const cols = range.columnIndex + range.columnCount;
    grid.rowCount = rows;
    grid.columnCount = cols;
    const chunkRows = Math.max(1, Math.floor(PAYLOAD_BUDGET / 4 / BYTES_PER_CELL / cols));
    for (let r0 = 0; r0 < rows; r0 += chunkRows) {
      const n = Math.min(chunkRows, rows - r0);
      jobs.push({ bytes: n * cols * BYTES_PER_CELL, job: valuesJob(ws, grid, r0, n, cols) });
    }
    for (let r0 = 0; r0 < rows; r0 += MERGE_CHUNK_ROWS) {
      jobs.push({ bytes: 2000, job: mergesJob(ws, grid, r0, Math.min(MERGE_CHUNK_ROWS, rows - r0), cols) });
    }
  }
  let done = 0;
  while (done < jobs.length) {
    let bytes = 0;
    const batch: Array<() => void> = [];
    while (done < jobs.length && (batch.length === 0 || bytes + jobs[done].bytes <= PAYLOAD_BUDGET)) {
      bytes += jobs[done].bytes;
      batch.push(jobs[done].job());
      done++;
    }
    // one sync per batch under the payload budget: the number of syncs grows with the payload, not with the cells
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB, by design (Excel on the web's 5 MB limit)
    await context.sync();
    batch.forEach((finish) => finish());
    progress?.(done, jobs.length);
  }
  for (const g of grids) {
    for (let i = 0; i < g.rowCount; i++) if (!g.rows[i]) g.rows[i] = [];
    g.merges = dedupeAreas(g.merges);
  }
  return { sheets: grids };
}

/** The selected cell (top-left of the selection) and its sheet. */
export async function readSelection(context: Excel.RequestContext): Promise<{ sheet: string; row: number; col: number }> {
  const range = context.workbook.getSelectedRange();
  range.load("rowIndex,columnIndex");
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property: a proxy, no load needed
  const ws = range.worksheet;
  ws.load("name");
  await context.sync();
  return { sheet: ws.name, row: range.rowIndex + 1, col: range.columnIndex + 1 };
}

function dedupeAreas(areas: MergedArea[]): MergedArea[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const k = areaAddress(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

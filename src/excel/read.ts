/**
 * Reading the workbook: the sheet list, the sheets' values, number formats and merged areas as the engine's grid,
 * and the selection. Reads the used range of values only (a formatted empty column does not count), in chunks
 * planned from the bytes per cell measured on each sheet (read-plan.ts), split and retried when Excel refuses.
 */
import { displayValue, type CellValue, type MergedArea, type SheetGrid, type WorkbookGrid } from "../core/grid";
import { KpiLintError } from "../core/errors";
import { REPORT_SHEET_NAME } from "../app/messages";
import type { ReadProgress, SheetInfo } from "./adapter";
import { areaAddress, parseAreasAddress, parseRangeAddress } from "./addresses";
import { type Job, runJobs } from "./batches";
import {
  halve,
  MAX_READ_CELLS,
  PAYLOAD_BUDGET,
  plannedBytesPerCell,
  PROBE_ROWS,
  responseBytes,
  type RowChunk,
  rowChunks,
  WORST_BYTES_PER_CELL,
} from "./read-plan";

/** Rows per getMergedAreasOrNullObject call to start with; halved where Excel refuses (more than 512 areas). */
const MERGE_SLICE_ROWS = 500;
/** Merge calls per sync: their responses are small. */
const MERGE_CALLS_PER_SYNC = 64;

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

/** One row chunk's values and number formats into the grid's rows (values shown as Excel shows them). */
function valuesJob(
  ws: Excel.Worksheet,
  grid: SheetGrid,
  chunk: RowChunk,
  cols: number,
  bytesPerCell: number,
  measure?: (bytes: number) => void,
): Job {
  return {
    bytes: chunk.n * cols * bytesPerCell,
    queue: () => {
      const range = ws.getRangeByIndexes(chunk.r0, 0, chunk.n, cols);
      range.load("values,numberFormat");
      return () => {
        const { values, numberFormat } = range; // synced by runJobs before this runs
        measure?.(responseBytes(values, numberFormat));
        for (let i = 0; i < chunk.n; i++) {
          const out: CellValue[] = [];
          let last = -1;
          for (let c = 0; c < cols; c++) {
            const v = displayValue(values[i][c] as CellValue, numberFormat[i][c] as string);
            out.push(v === "" ? null : v);
            if (v !== "" && v !== null) last = c;
          }
          out.length = last + 1;
          grid.rows[chunk.r0 + i] = out;
        }
      };
    },
    split: () => halve(chunk)?.map((c) => valuesJob(ws, grid, c, cols, bytesPerCell, measure)) ?? null,
  };
}

/** One slice of rows' merged areas: Excel returns those whose top-left cell is in the slice (office-js#3611), so slices from row 1 find each once. */
function mergesJob(ws: Excel.Worksheet, out: MergedArea[], chunk: RowChunk, cols: number): Job {
  return {
    bytes: PAYLOAD_BUDGET / MERGE_CALLS_PER_SYNC,
    queue: () => {
      const areas = ws.getRangeByIndexes(chunk.r0, 0, chunk.n, cols).getMergedAreasOrNullObject();
      areas.load("address");
      return () => {
        if (!areas.isNullObject) out.push(...parseAreasAddress(areas.address));
      };
    },
    split: () => halve(chunk)?.map((c) => mergesJob(ws, out, c, cols)) ?? null,
  };
}

/** The merged areas of rows 1..`rows` over columns 1..`cols`, in slices adapted to Excel's 512-area limit. */
export async function readMerges(context: Excel.RequestContext, ws: Excel.Worksheet, rows: number, cols: number): Promise<MergedArea[]> {
  const out: MergedArea[] = [];
  const jobs = rowChunks(0, rows, 1, 1, MERGE_SLICE_ROWS).map((c) => mergesJob(ws, out, c, cols));
  await runJobs(context, jobs);
  return dedupeAreas(out);
}

/** A used range too large to read: name the far cells that make it so (the last row's and the last column's values). */
async function tooLarge(context: Excel.RequestContext, name: string, range: Excel.Range, cells: number): Promise<KpiLintError> {
  const lastRow = range.getLastRow().getUsedRangeOrNullObject(true);
  const lastCol = range.getLastColumn().getUsedRangeOrNullObject(true);
  lastRow.load("address");
  lastCol.load("address");
  range.load("address");
  await context.sync();
  const corner = (r: Excel.Range) => {
    const a = r.isNullObject ? null : parseRangeAddress(r.address.split(",")[0]);
    return a ? areaAddress({ top: a.area.top, left: a.area.left, bottom: a.area.top, right: a.area.left }) : null;
  };
  const far = [...new Set([corner(lastRow), corner(lastCol)].filter((c): c is string => !!c))];
  const used = range.address.includes("!") ? range.address.split("!")[1] : range.address;
  return new KpiLintError("USED_RANGE_TOO_LARGE", { sheet: name, range: used, cells, cell: far.join(", "), limit: MAX_READ_CELLS });
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

  const sheetsToRead: Array<{ ws: Excel.Worksheet; grid: SheetGrid; rows: number; cols: number }> = [];
  const grids: SheetGrid[] = [];
  for (const { name, ws, range } of used) {
    const grid: SheetGrid = { name, rows: [], rowCount: 0, columnCount: 0, merges: [] };
    grids.push(grid);
    if (range.isNullObject) continue;
    const rows = range.rowIndex + range.rowCount;
    const cols = range.columnIndex + range.columnCount;
    if (rows * cols > MAX_READ_CELLS) throw await tooLarge(context, name, range, rows * cols);
    grid.rowCount = rows;
    grid.columnCount = cols;
    sheetsToRead.push({ ws, grid, rows, cols });
  }

  // 1. the first rows of each sheet, planned at the worst case, measure the sheet's bytes per cell
  const measured = sheetsToRead.map(() => 0);
  const probes = sheetsToRead.map((s, i) => {
    const n = Math.min(s.rows, PROBE_ROWS, Math.max(1, Math.floor(PAYLOAD_BUDGET / (WORST_BYTES_PER_CELL * s.cols))));
    return { n, job: valuesJob(s.ws, s.grid, { r0: 0, n }, s.cols, WORST_BYTES_PER_CELL, (b) => (measured[i] += b)) };
  });
  const mergeJobs = sheetsToRead.flatMap((s) =>
    rowChunks(0, s.rows, 1, 1, MERGE_SLICE_ROWS).map((c) => mergesJob(s.ws, s.grid.merges, c, s.cols)),
  );
  let base = 0;
  const step = (total: () => number) => (done: number) => progress?.(base + done, total());
  const rest: Job[] = [];
  const totalOf = () => probes.length + rest.length + mergeJobs.length;
  await runJobs(
    context,
    probes.map((p) => p.job),
    step(() => probes.length + mergeJobs.length + sheetsToRead.length),
  );
  base = probes.length;
  // 2. the rest at the measured bytes per cell, with headroom
  sheetsToRead.forEach((s, i) => {
    const bpc = plannedBytesPerCell(measured[i], probes[i].n * s.cols);
    for (const c of rowChunks(probes[i].n, s.rows, s.cols, bpc)) rest.push(valuesJob(s.ws, s.grid, c, s.cols, bpc));
  });
  await runJobs(context, rest, step(totalOf));
  base += rest.length;
  // 3. merged areas
  await runJobs(context, mergeJobs, step(totalOf));
  for (const g of grids) {
    for (let i = 0; i < g.rowCount; i++) if (!g.rows[i]) g.rows[i] = [];
    g.merges = dedupeAreas(g.merges);
  }
  return { sheets: grids };
}

/** The selected cell (top-left of the selection) and its sheet; a multi-area selection (Ctrl+click) is said so. */
export async function readSelection(context: Excel.RequestContext): Promise<{ sheet: string; row: number; col: number }> {
  const areas = context.workbook.getSelectedRanges();
  areas.load("address,areaCount");
  await context.sync();
  if (areas.areaCount > 1) throw new KpiLintError("MULTI_AREA_SELECTION");
  const r = parseRangeAddress(areas.address.split(",")[0]);
  if (!r?.sheet) throw new KpiLintError("MULTI_AREA_SELECTION");
  return { sheet: r.sheet, row: r.area.top, col: r.area.left };
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

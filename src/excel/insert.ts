/**
 * Template rows, journaled: the plan's operations, with formats copied only where Excel allows it. copyFrom
 * behaves like Paste Special → Formats: it refuses a destination that cuts a merged area and carries merge state
 * (office-js#4800), so formats are copied column segment by segment around the merged areas of the rows concerned
 * (those columns keep what Excel's Insert gave them: the row above's formats). The journal entry is saved before
 * the rows go in and marked done, with a snapshot of what the rows hold, in the batch that writes them.
 */
import { KpiLintError } from "../core/errors";
import { displayValue, type CellValue, type MergedArea, type SheetGrid } from "../core/grid";
import { unchangedSince } from "../core/fixes";
import { MergeSim } from "../core/templates/merge-sim";
import type { InsertPlan } from "../core/templates/planner";
import type { InsertedRows, JournalEntry } from "./adapter";
import { areaAddress } from "./addresses";
import { toExcelInput } from "./cell-input";
import { protectedSheetError, stalePlanError } from "./errors";
import { done, newId, queueJournal, readJournal, saveJournal } from "./journal";
import { readMerges } from "./read";

const MAX_COLS = 16384;

/** Column runs of 1..MAX_COLS that no merged area touching rows `top`..`bottom` (or row `also`) covers. */
export function freeColumnRuns(areas: readonly MergedArea[], rows: Array<[number, number]>): Array<[number, number]> {
  const blocked = new Set<number>();
  for (const m of areas)
    if (rows.some(([top, bottom]) => m.top <= bottom && top <= m.bottom)) for (let c = m.left; c <= m.right; c++) blocked.add(c);
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let c = 1; c <= MAX_COLS + 1; c++) {
    const free = c <= MAX_COLS && !blocked.has(c);
    if (free && !start) start = c;
    if (!free && start) {
      runs.push([start, c - 1]);
      start = 0;
    }
  }
  return runs;
}

/** Values of rows as the journal keeps them: "" as null, trailing empties cut. */
export function rowSnapshot(values: unknown[][]): CellValue[][] {
  return values.map((row) => {
    const out = row.map((v) => (v === "" || v === undefined ? null : (v as CellValue)));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
}

/** Inserts template rows as one journaled batch; refused when the block changed since planning. */
export async function applyPlan(context: Excel.RequestContext, plan: InsertPlan, label: string): Promise<JournalEntry> {
  // a plan the planner refused has no operations: say why, and leave no empty journal entry behind
  if (plan.refused) throw new KpiLintError("INSERT_REFUSED", { reason: plan.refused.reason, reasonEn: plan.refused.reasonEn });
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  sheet.load("name,protection/protected");
  const guards = plan.guard.map((g) => {
    const r = sheet.getRangeByIndexes(g.row - 1, g.col - 1, 1, 1);
    r.load("values,numberFormat");
    return { g, r };
  });
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load("columnIndex,columnCount");
  const journal = queueJournal(context);
  await context.sync();
  if (sheet.protection.protected) throw protectedSheetError(plan.sheet, "excelActionInsert");
  for (const { g, r } of guards) {
    if (!unchangedSince(displayValue(r.values[0][0] as CellValue, r.numberFormat[0][0] as string), g.value)) throw stalePlanError();
  }
  const setCols = plan.ops.flatMap((o) => (o.op === "set" ? [o.col] : o.op === "merge" ? [o.area.right] : []));
  const cols = Math.max(used.isNullObject ? 1 : used.columnIndex + used.columnCount, ...setCols);
  const lowest = Math.max(
    1,
    ...plan.ops.map((o) => (o.op === "insertRows" ? o.at : o.op === "copyFormats" ? Math.max(o.fromRow, o.toRow) : 1)),
  );
  const merges = await readMerges(context, sheet, lowest + 1, cols);

  const entries = readJournal(journal);
  const rows: InsertedRows[] = plan.insertedRows.map((r) => ({ sheet: plan.sheet, ...r }));
  const entry: JournalEntry = { id: newId(), label, at: new Date().toISOString(), cells: [], insertedRows: rows, pending: true };
  saveJournal(context, [...entries, entry]);
  await context.sync();

  const sim = new MergeSim({ name: plan.sheet, rows: [], rowCount: 0, columnCount: 0, merges } satisfies SheetGrid);
  const rowRange = (at: number, count: number) => sheet.getRange(`${at}:${at + count - 1}`);
  for (const op of plan.ops) {
    if (op.op === "insertRows") {
      rowRange(op.at, op.count).insert("Down");
      sim.insert(op.at, op.count);
    } else if (op.op === "copyFormats") {
      for (const [l, r] of freeColumnRuns(sim.areas, [
        [op.toRow, op.toRow + op.count - 1],
        [op.fromRow, op.fromRow],
      ]))
        sheet
          .getRangeByIndexes(op.toRow - 1, l - 1, op.count, r - l + 1)
          .copyFrom(sheet.getRangeByIndexes(op.fromRow - 1, l - 1, 1, r - l + 1), "Formats");
    } else if (op.op === "set") sheet.getRangeByIndexes(op.row - 1, op.col - 1, 1, 1).values = [[toExcelInput(op.value) as string]];
    else if (op.op === "unmerge") {
      sheet.getRange(areaAddress(op.area)).unmerge();
      sim.remove(op.area);
    } else {
      sheet.getRange(areaAddress(op.area)).merge(false);
      sim.add(op.area);
    }
  }
  const snapshots = rows.map((r) => {
    const range = sheet.getRangeByIndexes(r.row - 1, 0, r.count, cols);
    range.load("values");
    return range;
  });
  await context.sync();
  const written: JournalEntry = done({
    ...entry,
    insertedRows: rows.map((r, i) => ({ ...r, cols, values: rowSnapshot(snapshots[i].values) })),
  });
  saveJournal(context, [...entries, written]);
  await context.sync();
  return written;
}

/**
 * 撤销 of the latest journaled batch. Only what the add-in wrote is taken back: a cell the user changed since keeps
 * the user's value, and inserted rows are deleted only while they hold exactly what was written — not after the
 * user typed into them, inserted rows above them, or already undid the insertion with Ctrl+Z.
 */
import { displayValue, type CellValue } from "../core/grid";
import { unchangedSince } from "../core/fixes";
import type { Translate } from "../app/messages";
import type { InsertedRows, UndoResult } from "./adapter";
import { toExcelInput } from "./cell-input";
import { protectedSheetError } from "./errors";
import { rowSnapshot } from "./insert";
import { loadJournal, saveJournal } from "./journal";

const rowsLabel = (r: InsertedRows) => (r.count === 1 ? `${r.row}` : `${r.row}-${r.row + r.count - 1}`);

/** Whether rows still hold what the insertion wrote (its snapshot), compared value by value. */
function unchangedRows(ins: InsertedRows, now: unknown[][]): boolean {
  if (!ins.values) return false;
  return JSON.stringify(rowSnapshot(now)) === JSON.stringify(ins.values);
}

export async function undoLatest(context: Excel.RequestContext, t: Translate): Promise<UndoResult> {
  const entries = await loadJournal(context);
  const entry = entries[entries.length - 1];
  if (!entry) return { entry: null, restored: 0, skipped: [] };

  const sheetOf = (name: string) => context.workbook.worksheets.getItem(name);
  const ranges = entry.cells.map((c) => {
    const r = sheetOf(c.sheet).getRange(c.cell);
    r.load("values,numberFormat,format/protection/locked");
    return r;
  });
  const inserted = [...(entry.insertedRows ?? [])].sort((a, b) => b.row - a.row);
  const rowRanges = inserted.map((ins) => {
    const r = sheetOf(ins.sheet).getRangeByIndexes(ins.row - 1, 0, ins.count, Math.max(1, ins.cols ?? 1));
    r.load("values");
    return r;
  });
  const sheetNames = [...new Set([...entry.cells.map((c) => c.sheet), ...inserted.map((x) => x.sheet)])];
  const sheets = new Map(
    sheetNames.map((n) => {
      const ws = sheetOf(n);
      ws.load("name,protection/protected");
      return [n, ws] as const;
    }),
  );
  await context.sync();
  const isProtected = (name: string) => (sheets.get(name) as Excel.Worksheet).protection.protected;
  // rows cannot be deleted on a protected sheet
  for (const ins of inserted) if (isProtected(ins.sheet)) throw protectedSheetError(ins.sheet, "excelActionUndo");

  const skipped: UndoResult["skipped"] = [];
  let restored = 0;
  entry.cells.forEach((c, i) => {
    const r = ranges[i];
    const format = r.numberFormat[0][0] as string;
    const now = displayValue(r.values[0][0] as CellValue, format);
    if (!unchangedSince(now, c.after)) return skipped.push({ sheet: c.sheet, cell: c.cell, reason: t("excelUndoKept", { cell: c.cell }) });
    if (isProtected(c.sheet) && r.format.protection.locked !== false)
      return skipped.push({ sheet: c.sheet, cell: c.cell, reason: t("excelEditLocked", { cell: c.cell, sheet: c.sheet }) });
    // a number format is written only where it differs (formatting a protected sheet's cell is refused)
    if (c.beforeFormat !== null && c.beforeFormat !== format) r.numberFormat = [[c.beforeFormat]];
    if (typeof c.before === "string" && c.before.startsWith("=")) r.formulas = [[c.before]];
    else r.values = [[toExcelInput(c.before ?? "") as string]];
    restored++;
  });
  // inserted rows go last, bottom-up, so earlier row numbers stay valid; all of them or none (the user's rows never move)
  const refusal = (ins: InsertedRows, i: number): string | null => {
    const rows = rowsLabel(ins);
    if (entry.pending || !ins.values) return t("excelUndoRowsIncomplete", { rows, sheet: ins.sheet });
    return unchangedRows(ins, rowRanges[i].values) ? null : t("excelUndoRowsChanged", { rows, sheet: ins.sheet });
  };
  const refusals = inserted.map(refusal);
  if (refusals.some((r) => r !== null)) {
    inserted.forEach((ins, i) =>
      skipped.push({ sheet: ins.sheet, cell: rowsLabel(ins), reason: refusals[i] ?? t("excelUndoRowsKept", { rows: rowsLabel(ins) }) }),
    );
  } else {
    for (const ins of inserted) {
      sheetOf(ins.sheet)
        .getRange(`${ins.row}:${ins.row + ins.count - 1}`)
        .delete("Up");
      restored += ins.count;
    }
  }
  saveJournal(context, entries.slice(0, -1));
  await context.sync();
  return { entry, restored, skipped };
}

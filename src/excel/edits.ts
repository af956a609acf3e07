/**
 * Edits (fixes), journaled: the journal entry is saved before the cells change and marked done in the batch that
 * changes them. An edit whose cell changed since validation, or a locked cell of a protected sheet, is refused.
 */
import { displayValue, type CellValue } from "../core/grid";
import { unchangedSince } from "../core/fixes";
import type { Edit } from "../core/rules/types";
import type { Translate } from "../app/messages";
import type { ApplyResult, JournalCell, JournalEntry } from "./adapter";
import { type Job, runJobs } from "./batches";
import { toExcelInput } from "./cell-input";
import { protectedSheetError, sheetNotFoundError } from "./errors";
import { done, newId, queueJournal, readJournal, saveJournal } from "./journal";
import { utf8Length } from "./read-plan";

/** Request bytes of one queued call besides its data. */
export const CALL_BYTES = 200;

/** Writes queued as jobs under the payload budget; the last sync also runs `after` (so it runs only if every write did). */
export async function writeInChunks(
  context: Excel.RequestContext,
  writes: Array<{ bytes: number; write: () => void }>,
  after: () => void,
): Promise<void> {
  const job = (list: typeof writes): Job => ({
    bytes: list.reduce((s, w) => s + w.bytes, 0),
    queue: () => {
      list.forEach((w) => w.write());
      return () => undefined;
    },
    split: () => (list.length < 2 ? null : [job(list.slice(0, list.length >> 1)), job(list.slice(list.length >> 1))]),
  });
  const jobs = writes.map((w) => job([w]));
  const last = jobs.pop();
  await runJobs(context, jobs);
  const final: Job = { bytes: last?.bytes ?? 0, queue: () => (last?.queue(), after(), () => undefined), split: () => null };
  await runJobs(context, [final]);
}

/** Applies edits as one journaled batch; an edit whose cell changed since validation is refused (reason in the user's language). */
export async function applyEdits(context: Excel.RequestContext, edits: Edit[], label: string, t: Translate): Promise<ApplyResult> {
  const sheetNames = [...new Set(edits.map((e) => e.sheet))];
  const sheets = new Map(sheetNames.map((n) => [n, context.workbook.worksheets.getItemOrNullObject(n)]));
  for (const ws of sheets.values()) ws.load("name,protection/protected");
  const ranges = edits.map((e) => {
    const r = (sheets.get(e.sheet) as Excel.Worksheet).getRange(e.cell);
    r.load("values,numberFormat,formulas,format/protection/locked");
    return r;
  });
  const journal = queueJournal(context);
  await context.sync();

  for (const [name, ws] of sheets) if (ws.isNullObject) throw sheetNotFoundError(name);
  const applied: Edit[] = [];
  const refused: ApplyResult["refused"] = [];
  const cells: JournalCell[] = [];
  const writes: Array<{ bytes: number; write: () => void }> = [];
  const seen = new Set<string>();
  edits.forEach((e, i) => {
    const r = ranges[i];
    const raw = r.values[0][0] as CellValue;
    const format = r.numberFormat[0][0] as string;
    const key = `${e.sheet}!${e.cell}`;
    if (seen.has(key)) return refused.push({ edit: e, reason: t("excelEditRepeated", { cell: e.cell }) });
    if (!unchangedSince(displayValue(raw, format), e.before))
      return refused.push({ edit: e, reason: t("excelEditStale", { cell: e.cell }) });
    // a protected sheet takes input in its unlocked cells only (format.protection.locked, ExcelApi 1.2)
    if ((sheets.get(e.sheet) as Excel.Worksheet).protection.protected && r.format.protection.locked !== false)
      return refused.push({ edit: e, reason: t("excelEditLocked", { cell: e.cell, sheet: e.sheet }) });
    seen.add(key);
    const formula = r.formulas[0][0] as unknown;
    const before = typeof formula === "string" && formula.startsWith("=") ? formula : raw;
    cells.push({
      sheet: e.sheet,
      row: e.row,
      col: e.col,
      cell: e.cell,
      before: before === "" ? null : before,
      beforeFormat: format,
      after: e.after,
    });
    const input = toExcelInput(e.after ?? "") as string;
    writes.push({ bytes: CALL_BYTES + utf8Length(JSON.stringify(input)), write: () => (r.values = [[input]]) });
    applied.push(e);
  });
  const locked = refused.filter((x) => x.reason === t("excelEditLocked", { cell: x.edit.cell, sheet: x.edit.sheet }));
  if (cells.length === 0 && locked.length > 0) throw protectedSheetError(locked[0].edit.sheet, "excelActionEdit");
  if (cells.length === 0) return { applied, refused, entry: null };
  const entries = readJournal(journal);
  const entry: JournalEntry = { id: newId(), label, at: new Date().toISOString(), cells, pending: true };
  // 1. the entry, before any cell changes; 2. the cells, the entry marked done in the last write's batch
  saveJournal(context, [...entries, entry]);
  await context.sync();
  await writeInChunks(context, writes, () => saveJournal(context, [...entries, done(entry)]));
  return { applied, refused, entry: done(entry) };
}

import { KpiLintError } from "../core/errors";
/**
 * Changing the workbook, journaled: edits (fixes), template rows (plans), and 撤销 of the latest batch.
 * The journal lives in the workbook's settings, so 撤销 works after the pane is closed and reopened.
 */
import { displayValue, type CellValue } from "../core/grid";
import { unchangedSince } from "../core/fixes";
import type { Edit } from "../core/rules/types";
import type { InsertPlan } from "../core/templates/planner";
import type { Translate } from "../app/messages";
import { STATE_KEYS, type ApplyResult, type JournalCell, type JournalEntry, type UndoResult } from "./adapter";
import { areaAddress } from "./addresses";
import { toExcelInput } from "./cell-input";
import { protectedSheetError, sheetNotFoundError, stalePlanError } from "./errors";
import { parseSetting } from "./settings";

const JOURNAL_LIMIT = 30;
const JOURNAL_MAX_CHARS = 1_000_000;

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Queues a load of the journal setting; read it with readJournal after the next sync. */
function queueJournal(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEYS.journal);
  setting.load("value");
  return setting;
}

/** The journal from its setting, loaded and synced by the caller. */
function readJournal(setting: Excel.Setting): JournalEntry[] {
  if (setting.isNullObject) return [];
  const v = parseSetting<JournalEntry[]>(setting.value);
  return Array.isArray(v) ? v : [];
}

/** Keeps the latest entries, under the settings' size limit. */
function saveJournal(context: Excel.RequestContext, entries: JournalEntry[]): void {
  let kept = entries.slice(-JOURNAL_LIMIT);
  let text = JSON.stringify(kept);
  while (text.length > JOURNAL_MAX_CHARS && kept.length > 1) {
    kept = kept.slice(1);
    text = JSON.stringify(kept);
  }
  context.workbook.settings.add(STATE_KEYS.journal, text);
}

export async function loadJournal(context: Excel.RequestContext): Promise<JournalEntry[]> {
  const setting = queueJournal(context);
  await context.sync();
  return readJournal(setting);
}

/** Applies edits as one journaled batch; an edit whose cell changed since validation is refused (reason in the user's language). */
export async function applyEdits(context: Excel.RequestContext, edits: Edit[], label: string, t: Translate): Promise<ApplyResult> {
  const sheetNames = [...new Set(edits.map((e) => e.sheet))];
  const sheets = new Map(sheetNames.map((n) => [n, context.workbook.worksheets.getItemOrNullObject(n)]));
  for (const ws of sheets.values()) ws.load("name,protection/protected");
  const ranges = edits.map((e) => {
    const r = (sheets.get(e.sheet) as Excel.Worksheet).getRange(e.cell);
    r.load("values,numberFormat,formulas");
    return r;
  });
  const journal = queueJournal(context);
  await context.sync();

  for (const [name, ws] of sheets) {
    if (ws.isNullObject) throw sheetNotFoundError(name);
    if (ws.protection.protected) throw protectedSheetError(name, "excelActionEdit");
  }
  const applied: Edit[] = [];
  const refused: ApplyResult["refused"] = [];
  const cells: JournalCell[] = [];
  const seen = new Set<string>();
  edits.forEach((e, i) => {
    const r = ranges[i];
    const raw = r.values[0][0] as CellValue;
    const format = r.numberFormat[0][0] as string;
    const key = `${e.sheet}!${e.cell}`;
    if (seen.has(key)) {
      refused.push({ edit: e, reason: t("excelEditRepeated", { cell: e.cell }) });
      return;
    }
    if (!unchangedSince(displayValue(raw, format), e.before)) {
      refused.push({ edit: e, reason: t("excelEditStale", { cell: e.cell }) });
      return;
    }
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
    r.values = [[toExcelInput(e.after ?? "") as string]];
    applied.push(e);
  });
  const entry: JournalEntry | null = cells.length ? { id: newId(), label, at: new Date().toISOString(), cells } : null;
  if (entry) saveJournal(context, [...readJournal(journal), entry]);
  await context.sync();
  return { applied, refused, entry };
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
  const journal = queueJournal(context);
  await context.sync();
  if (sheet.protection.protected) throw protectedSheetError(plan.sheet, "excelActionInsert");
  for (const { g, r } of guards) {
    if (!unchangedSince(displayValue(r.values[0][0] as CellValue, r.numberFormat[0][0] as string), g.value)) throw stalePlanError();
  }
  const rows = (at: number, count: number) => sheet.getRange(`${at}:${at + count - 1}`);
  for (const op of plan.ops) {
    if (op.op === "insertRows") rows(op.at, op.count).insert("Down");
    else if (op.op === "copyFormats") rows(op.toRow, op.count).copyFrom(rows(op.fromRow, 1), "Formats");
    else if (op.op === "set") sheet.getRangeByIndexes(op.row - 1, op.col - 1, 1, 1).values = [[toExcelInput(op.value) as string]];
    else if (op.op === "unmerge") sheet.getRange(areaAddress(op.area)).unmerge();
    else sheet.getRange(areaAddress(op.area)).merge(false);
  }
  const entry: JournalEntry = {
    id: newId(),
    label,
    at: new Date().toISOString(),
    cells: [],
    insertedRows: plan.insertedRows.map((r) => ({ sheet: plan.sheet, ...r })),
  };
  saveJournal(context, [...readJournal(journal), entry]);
  await context.sync();
  return entry;
}

/** Takes back the most recent journaled batch; a cell the user changed since keeps the user's value. */
export async function undoLatest(context: Excel.RequestContext, t: Translate): Promise<UndoResult> {
  const entries = await loadJournal(context);
  const entry = entries[entries.length - 1];
  if (!entry) return { entry: null, restored: 0, skipped: [] };

  const ranges = entry.cells.map((c) => {
    const r = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    r.load("values,numberFormat");
    return r;
  });
  const sheetNames = [...new Set([...entry.cells.map((c) => c.sheet), ...(entry.insertedRows ?? []).map((x) => x.sheet)])];
  const sheets = sheetNames.map((n) => {
    const ws = context.workbook.worksheets.getItem(n);
    ws.load("name,protection/protected");
    return ws;
  });
  await context.sync();
  for (const ws of sheets) if (ws.protection.protected) throw protectedSheetError(ws.name, "excelActionUndo");

  const skipped: UndoResult["skipped"] = [];
  let restored = 0;
  entry.cells.forEach((c, i) => {
    const r = ranges[i];
    const now = displayValue(r.values[0][0] as CellValue, r.numberFormat[0][0] as string);
    // only what the add-in wrote is taken back: a cell the user changed since keeps the user's value
    if (!unchangedSince(now, c.after)) {
      skipped.push({ sheet: c.sheet, cell: c.cell, reason: t("excelUndoKept", { cell: c.cell }) });
      return;
    }
    if (c.beforeFormat !== null) r.numberFormat = [[c.beforeFormat]];
    if (typeof c.before === "string" && c.before.startsWith("=")) r.formulas = [[c.before]];
    else r.values = [[toExcelInput(c.before ?? "") as string]];
    restored++;
  });
  // inserted rows go last, bottom-up, so earlier row numbers stay valid
  for (const ins of [...(entry.insertedRows ?? [])].sort((a, b) => b.row - a.row)) {
    context.workbook.worksheets
      .getItem(ins.sheet)
      .getRange(`${ins.row}:${ins.row + ins.count - 1}`)
      .delete("Up");
    restored += ins.count;
  }
  saveJournal(context, entries.slice(0, -1));
  await context.sync();
  return { entry, restored, skipped };
}

/**
 * The journal of the add-in's changes, kept in the workbook's settings so 撤销 works after the pane is closed and
 * reopened. Bounded in bytes: all of an add-in's settings share about 2 MB, with failures seen near 1 MB
 * (office-js#621, #3957). An entry is saved as pending before the change it describes and marked done after it,
 * so a change Excel applied only in part is never missing from the journal.
 */
import { KpiLintError } from "../core/errors";
import { STATE_KEYS, type JournalEntry } from "./adapter";
import { utf8Length } from "./read-plan";
import { parseSetting } from "./state";

const JOURNAL_LIMIT = 30;
/** The journal's share of the settings, UTF-8 bytes. */
export const JOURNAL_MAX_BYTES = 512 * 1024;

export function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Queues a load of the journal setting; read it with readJournal after the next sync. */
export function queueJournal(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEYS.journal);
  setting.load("value");
  return setting;
}

/** The journal from its setting, loaded and synced by the caller. */
export function readJournal(setting: Excel.Setting): JournalEntry[] {
  if (setting.isNullObject) return [];
  const v = parseSetting<JournalEntry[]>(setting.value);
  return Array.isArray(v) ? v : [];
}

/** The latest entries whose text fits JOURNAL_MAX_BYTES; the newest alone too large is refused before anything changes. */
export function boundedJournal(entries: JournalEntry[]): string {
  let kept = entries.slice(-JOURNAL_LIMIT);
  let text = JSON.stringify(kept);
  while (utf8Length(text) > JOURNAL_MAX_BYTES && kept.length > 1) {
    kept = kept.slice(1);
    text = JSON.stringify(kept);
  }
  if (utf8Length(text) > JOURNAL_MAX_BYTES) throw new KpiLintError("JOURNAL_TOO_LARGE", { cells: kept[0]?.cells.length ?? 0 });
  return text;
}

/** Queues the journal's save (with the next sync). */
export function saveJournal(context: Excel.RequestContext, entries: JournalEntry[]): void {
  context.workbook.settings.add(STATE_KEYS.journal, boundedJournal(entries));
}

/** The entry marked done (the change it describes is complete). */
export function done(entry: JournalEntry): JournalEntry {
  const { pending: _pending, ...rest } = entry;
  return rest;
}

export async function loadJournal(context: Excel.RequestContext): Promise<JournalEntry[]> {
  const setting = queueJournal(context);
  await context.sync();
  return readJournal(setting);
}

/**
 * The WorkbookAdapter over Office.js — the only code that calls Excel.run. Each operation is one batch whose
 * syncs grow with the payload, never with the number of cells or findings; the work itself is in read.ts
 * (the reader, planned by read-plan.ts), edits.ts (fixes), insert.ts (template rows), undo.ts (撤销) over
 * journal.ts, highlights.ts (marks), report-sheet.ts (the 校验报告 sheet) and state.ts (settings, XML parts).
 */
import type { WorkbookGrid } from "../core/grid";
import type { Edit } from "../core/rules/types";
import type { InsertPlan } from "../core/templates/planner";
import { REPORT_SHEET_NAME, type Locale, type Translate, translator } from "../app/messages";
import type {
  ApplyResult,
  HighlightTarget,
  JournalEntry,
  ReadProgress,
  ReportRow,
  SheetInfo,
  UndoResult,
  WorkbookAdapter,
} from "./adapter";
import { applyEdits } from "./edits";
import { applyPlan } from "./insert";
import { loadJournal } from "./journal";
import { undoLatest } from "./undo";
import type { ExcelAction } from "./errors";
import { addHighlights, removeHighlights } from "./highlights";
import { type ExcelHost, officeHost, runBatch } from "./host";
import { loadSheetList, readSelection, readSheets } from "./read";
import { writeReportSheet } from "./report-sheet";
import { loadSetting, saveSetting } from "./state";

export { type ExcelHost, officeHost } from "./host";
/** The report sheet's name (an identifier, the same in every language). */
export const REPORT_SHEET = REPORT_SHEET_NAME;

export class OfficeAdapter implements WorkbookAdapter {
  private readonly t: Translate;

  /** `locale`: the language of what the adapter writes for the user (refusal reasons, the report sheet). */
  constructor(
    private readonly host: ExcelHost = officeHost(),
    private readonly locale: Locale = "zh-CN",
  ) {
    this.t = translator(locale);
  }

  private run<T>(action: ExcelAction, batch: (context: Excel.RequestContext) => Promise<T>, undoGroup = false): Promise<T> {
    return runBatch(this.host, action, batch, undoGroup);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run("excelActionListSheets", async (context) => (await loadSheetList(context)).list);
  }

  readSheets(which: "active" | "all" | string[], progress?: ReadProgress): Promise<WorkbookGrid> {
    return this.run("excelActionReadSheets", (context) => readSheets(context, which, progress));
  }

  async applyEdits(edits: Edit[], label: string): Promise<ApplyResult> {
    if (edits.length === 0) return { applied: [], refused: [], entry: null };
    return this.run("excelActionEdit", (context) => applyEdits(context, edits, label, this.t), true);
  }

  applyPlan(plan: InsertPlan, label: string): Promise<JournalEntry> {
    return this.run("excelActionInsert", (context) => applyPlan(context, plan, label), true);
  }

  undo(): Promise<UndoResult> {
    return this.run("excelActionUndo", (context) => undoLatest(context, this.t), true);
  }

  journal(): Promise<JournalEntry[]> {
    return this.run("excelActionJournal", loadJournal);
  }

  async highlight(targets: HighlightTarget[]): Promise<void> {
    await this.clearHighlights();
    if (targets.length === 0) return;
    await this.run("excelActionHighlight", (context) => addHighlights(context, targets));
  }

  clearHighlights(): Promise<number> {
    return this.run("excelActionClearMarks", removeHighlights);
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run("excelActionSelect", async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  getSelection(): Promise<{ sheet: string; row: number; col: number } | null> {
    return this.run("excelActionSelection", readSelection);
  }

  onSelectionChanged(fn: (sel: { sheet: string; row: number; col: number }) => void): () => void {
    if (!this.host.onSelectionChanged) return () => undefined;
    return this.host.onSelectionChanged(() => {
      // a selection read that fails (the user is typing in a cell) is simply not followed
      this.getSelection().then(
        (sel) => sel && fn(sel),
        () => undefined,
      );
    });
  }

  async writeReport(rows: ReportRow[], summary: string): Promise<void> {
    await this.run("excelActionReport", (context) => writeReportSheet(context, rows, summary, this.locale));
  }

  loadState<T>(key: string): Promise<T | null> {
    return this.run("excelActionLoadState", (context) => loadSetting<T>(context, key));
  }

  async saveState(key: string, value: unknown): Promise<void> {
    await this.run("excelActionSaveState", (context) => saveSetting(context, key, value));
  }
}

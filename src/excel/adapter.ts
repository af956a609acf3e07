/**
 * What the task pane and the ribbon commands need from a workbook. One implementation talks to
 * Excel (office-adapter.ts); the browser preview and the tests run that same implementation against
 * an in-memory Excel object model, so the pane never has a special path.
 */
import type { WorkbookGrid } from "../core/grid";
import type { Edit, Severity } from "../core/rules/types";
import type { InsertPlan } from "../core/templates/planner";

export interface SheetInfo {
  name: string;
  active: boolean;
  visible: boolean;
}

/** One change of one cell, with what it held before (value and number format) so 撤销 restores it exactly. */
export interface JournalCell {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  before: string | number | boolean | null;
  beforeFormat: string | null;
  after: string | number | boolean | null;
}

/** Rows a template insertion added, with what they held once written: 撤销 deletes them only if they still hold exactly that. */
export interface InsertedRows {
  sheet: string;
  row: number;
  count: number;
  /** Values of the rows over columns A… right after the insertion (trailing empties cut); absent while pending. */
  values?: Array<Array<string | number | boolean | null>>;
  /** How many columns `values` was read over. */
  cols?: number;
}

export interface JournalEntry {
  id: string;
  /** What the user did, zh-CN: 修复 E13, 全部修复 nonstandard-unit, 插入模板指标 … */
  label: string;
  at: string;
  cells: JournalCell[];
  /** Rows inserted (templates): 撤销 deletes them, and the merged cells they extended shrink back with them. */
  insertedRows?: InsertedRows[];
  /** Saved before the change it describes, cleared once the change is complete: a pending entry may be partly applied. */
  pending?: true;
}

export interface ApplyResult {
  applied: Edit[];
  refused: Array<{ edit: Edit; reason: string }>;
  entry: JournalEntry | null;
}

export interface UndoResult {
  entry: JournalEntry | null;
  restored: number;
  skipped: Array<{ cell: string; sheet: string; reason: string }>;
}

export interface HighlightTarget {
  sheet: string;
  cell: string;
  severity: Severity;
}

export interface ReportRow {
  severity: Severity;
  project: string;
  sheet: string;
  cell: string;
  ruleId: string;
  /** The rule's title in the report's language (the 规则 column). */
  rule: string;
  message: string;
  fix: string;
}

export interface ReadProgress {
  (done: number, total: number): void;
}

export interface WorkbookAdapter {
  listSheets(): Promise<SheetInfo[]>;
  /** Values and merged areas of the named sheets (or the active one) as the engine's grid. */
  readSheets(which: "active" | "all" | string[], progress?: ReadProgress): Promise<WorkbookGrid>;
  /** Applies edits as one journaled batch; an edit whose cell changed since validation is refused. */
  applyEdits(edits: Edit[], label: string): Promise<ApplyResult>;
  /** Inserts template rows as one journaled batch (撤销 deletes them); refused when the block changed since planning. */
  applyPlan(plan: InsertPlan, label: string): Promise<JournalEntry>;
  /** Takes back the most recent journaled batch. */
  undo(): Promise<UndoResult>;
  journal(): Promise<JournalEntry[]>;
  /** Marks cells without touching their own formatting (conditional formats tagged as ours). */
  highlight(targets: HighlightTarget[]): Promise<void>;
  /** Removes every mark this add-in made; the user's formatting was never changed. */
  clearHighlights(): Promise<number>;
  select(sheet: string, cell: string): Promise<void>;
  /** The selected cell (top-left of the selection), or null. */
  getSelection(): Promise<{ sheet: string; row: number; col: number } | null>;
  /** Calls `fn` with the new selection whenever the user selects another cell (document selection changed); returns the unsubscribe. */
  onSelectionChanged(fn: (sel: { sheet: string; row: number; col: number }) => void): () => void;
  /** Writes or replaces the 校验报告 sheet. */
  writeReport(rows: ReportRow[], summary: string): Promise<void>;
  /** Per-workbook state (settings, ignored findings, template packs), saved in the document. */
  loadState<T>(key: string): Promise<T | null>;
  saveState(key: string, value: unknown): Promise<void>;
}

export const STATE_KEYS = {
  config: "kpiLint.config",
  ignored: "kpiLint.ignored",
  journal: "kpiLint.journal",
  highlights: "kpiLint.highlights",
  packs: "kpiLint.templatePacks",
  /** The sheet the ribbon last validated: validated again when 校验工作表 is clicked on 校验报告. */
  reportSource: "kpiLint.reportSource",
} as const;

/** A finding the user chose to ignore; stored in the workbook so other reviewers see it ignored too. */
export interface IgnoredFinding {
  id: string;
  ruleId: string;
  sheet: string;
  cell: string;
  message: string;
  at: string;
  /** Why the reviewer ignored it, when they said. */
  reason?: string;
}

import type { CellValue } from "../grid";
import type { CellRef, ProjectBlock, WorkbookModel } from "../model";
import type { ResolvedConfig } from "../config";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** One cell change. `before` is what validation saw: an edit is refused when the cell has changed since. */
export interface Edit {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  before: CellValue;
  after: CellValue;
}

export interface Fix {
  /** First edited cell and its new value (the JSON contract's `fix.cell` / `fix.value`). */
  cell: string;
  value: CellValue;
  edits: Edit[];
}

export interface Suggestion {
  label: string;
  labelEn: string;
  edits: Edit[];
}

export interface Finding {
  /** Stable key (rule, sheet, cell, value seen): what 忽略 stores. */
  id: string;
  ruleId: string;
  severity: Severity;
  sheet: string;
  row: number;
  column: number;
  cell: string;
  project: string | null;
  projectCode: string | null;
  projectRow: number | null;
  indicator: string | null;
  message: string;
  messageEn: string;
  fix: Fix | null;
  suggestions: Suggestion[];
}

export interface Message {
  zh: string;
  en: string;
}

export interface ReportDescriptor {
  messageId?: string;
  data?: Record<string, string | number>;
  project: ProjectBlock | null;
  sheet?: string;
  at: CellRef;
  indicator?: string | null;
  /** Certain fix: the edits applied by 修复 / `kpi-lint fix`. */
  fix?: Edit[] | null;
  suggestions?: Array<{ label: Message; edits: Edit[] }>;
}

export interface RuleContext {
  model: WorkbookModel;
  config: ResolvedConfig;
  report(d: ReportDescriptor): void;
}

export interface RuleModule {
  id: string;
  defaultSeverity: Severity;
  docs: {
    /** One line, zh-CN and English. */
    zh: string;
    en: string;
    example?: { bad: string; good: string; fix?: string };
  };
  /** Messages by id; `{{name}}` placeholders are filled from `data`. */
  messages: Record<string, Message>;
  fixable: boolean;
  /** Rules whose findings on the same cell this rule's finding replaces (the more specific one wins). */
  overrides?: string[];
  check(ctx: RuleContext): void;
}

export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}

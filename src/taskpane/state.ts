/** The task pane's state: what the components render. Changed only through the store (store.ts). */
import { type ResolvedConfig, DEFAULT_CONFIG } from "../core/config";
import type { Severity } from "../core/rules/types";
import type { IgnoredFinding, JournalEntry } from "../excel/adapter";
import type { ValidationResult } from "../app/workflow";
import type { PackedType } from "../core/templates/packs";
import type { TemplatePack } from "../core/templates/schema";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

export interface Filters {
  severities: Severity[];
  rule: string | null;
  showIgnored: boolean;
  /** Text the message, cell, project or rule title must contain. */
  text: string;
}

export type GroupBy = "project" | "rule";
/** The list's order: as in the sheet, or errors first (then warnings, then hints), each in sheet order. */
export type SortBy = "sheet" | "severity";

export interface PackInfo {
  label: string;
  origin: "builtin" | "organisation" | "workbook";
  ok: boolean;
  errors: string[];
  types: number;
}

export interface PaneState {
  scope: "active" | "all";
  running: boolean;
  progress: { done: number; total: number } | null;
  result: ValidationResult | null;
  ignoredList: IgnoredFinding[];
  journal: JournalEntry[];
  notice: Notice | null;
  filters: Filters;
  groupBy: GroupBy;
  sortBy: SortBy;
  /** The finding the user is on (findingKey): marked in the list, moved by 上一个 / 下一个 and by the sheet's selection. */
  current: string | null;
  config: ResolvedConfig;
  packs: PackInfo[];
  types: PackedType[];
}

export const builtinPackInfo = (builtin: TemplatePack): PackInfo => ({
  label: builtin.name,
  origin: "builtin",
  ok: true,
  errors: [],
  types: builtin.types.length,
});

export const INITIAL: PaneState = {
  scope: "active",
  running: false,
  progress: null,
  result: null,
  ignoredList: [],
  journal: [],
  notice: null,
  filters: { severities: ["error", "warning", "info"], rule: null, showIgnored: false, text: "" },
  groupBy: "project",
  sortBy: "sheet",
  current: null,
  config: DEFAULT_CONFIG,
  // filled in when the session loads the packs (the built-in one among them)
  packs: [],
  types: [],
};

/**
 * The engine's output contract: what `lint` returns and what the CLI, the JSON/SARIF reports and the
 * task pane consume. Rule internals (descriptors, contexts, modules) live in ./rules/types.
 */
import type { CellValue } from "./grid";

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

/** Findings of one project block (or of no project), in the order they come. */
export interface ProjectGroup {
  key: string;
  sheet: string;
  project: string | null;
  /** The block's first row: two blocks of the same name (a duplicate) stay apart. */
  row: number | null;
  items: Finding[];
}

/** Groups findings by sheet and project block, keeping their order: what the pane and the CLI list. */
export function groupByProject(findings: readonly Finding[]): ProjectGroup[] {
  const groups = new Map<string, ProjectGroup>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.project ?? ""}\u0000${f.projectRow ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, sheet: f.sheet, project: f.project, row: f.projectRow, items: [] }));
    g.items.push(f);
  }
  return [...groups.values()];
}

/** Findings per severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

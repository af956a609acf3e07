/**
 * What the task pane and the ribbon both do: read the workbook through the adapter, lint with the
 * workbook's own settings, leave out what reviewers ignored, and turn findings into marks and a report.
 */
import { DEFAULT_CONFIG, type ResolvedConfig, resolveConfig } from "../core/config";
import { countBySeverity, lint } from "../core/lint";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookModel } from "../core/model";
import { RULE_IDS } from "../core/rules";
import type { Finding } from "../core/rules/types";
import { STATE_KEYS, type IgnoredFinding, type ReadProgress, type ReportRow, type WorkbookAdapter } from "../excel/adapter";

export interface ValidationResult {
  grid: WorkbookGrid;
  model: WorkbookModel;
  /** Every finding, ignored ones included (flagged in `ignored`). */
  findings: Finding[];
  ignored: Set<string>;
  config: ResolvedConfig;
  /** A stored configuration that no longer validates (edited by hand): reported, defaults used. */
  configErrors: string[];
}

export async function loadConfig(adapter: WorkbookAdapter): Promise<{ config: ResolvedConfig; errors: string[] }> {
  const stored = await adapter.loadState<unknown>(STATE_KEYS.config);
  if (stored === null) return { config: DEFAULT_CONFIG, errors: [] };
  const r = resolveConfig(stored, RULE_IDS);
  return r.ok ? { config: r.config, errors: [] } : { config: DEFAULT_CONFIG, errors: r.errors };
}

export async function loadIgnored(adapter: WorkbookAdapter): Promise<IgnoredFinding[]> {
  const v = await adapter.loadState<IgnoredFinding[]>(STATE_KEYS.ignored);
  return Array.isArray(v) ? v : [];
}

export async function validateWorkbook(
  adapter: WorkbookAdapter,
  scope: "active" | "all",
  progress?: ReadProgress,
): Promise<ValidationResult> {
  const [{ config, errors }, ignoredList] = await Promise.all([loadConfig(adapter), loadIgnored(adapter)]);
  const grid = await adapter.readSheets(scope, progress);
  const { model, findings } = lint(grid, config);
  return { grid, model, findings, ignored: new Set(ignoredList.map((i) => i.id)), config, configErrors: errors };
}

export function activeFindings(r: ValidationResult): Finding[] {
  return r.findings.filter((f) => !r.ignored.has(f.id));
}

const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;

export function summaryText(findings: Finding[], when = new Date()): string {
  const c = countBySeverity(findings);
  const stamp = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, "0")}-${String(when.getDate()).padStart(2, "0")} ${String(when.getHours()).padStart(2, "0")}:${String(when.getMinutes()).padStart(2, "0")}`;
  return `校验时间 ${stamp}：共 ${findings.length} 个问题，${SEVERITY_ZH.error} ${c.error}，${SEVERITY_ZH.warning} ${c.warning}，${SEVERITY_ZH.info} ${c.info}`;
}

export function reportRows(findings: Finding[]): ReportRow[] {
  return findings.map((f) => ({
    severity: f.severity,
    project: f.project ?? "",
    sheet: f.sheet,
    cell: f.cell,
    ruleId: f.ruleId,
    message: f.message,
    fix: f.fix ? f.fix.edits.map((e) => `${e.cell} → ${e.after ?? "（空）"}`).join("；") : f.suggestions.map((s) => s.label).join("；"),
  }));
}

/** The ribbon's 校验工作表: validate the active sheet, mark the cells, write 校验报告. */
export async function validateAndReport(adapter: WorkbookAdapter): Promise<{ findings: Finding[]; summary: string; notes: string[] }> {
  const r = await validateWorkbook(adapter, "active");
  const findings = activeFindings(r);
  const notes = r.model.sheets.filter((s) => s.status !== "ok").map((s) => `工作表「${s.name}」：${s.message}`);
  try {
    await adapter.highlight(findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
  } catch (e) {
    // a protected sheet cannot be marked; the report is still written
    notes.push(`未能标记单元格：${(e as Error).message}`);
  }
  const summary = summaryText(findings);
  await adapter.writeReport(reportRows(findings), summary);
  return { findings, summary, notes: [...notes, ...r.configErrors.map((e) => `设置有误，已按默认设置校验：${e}`)] };
}

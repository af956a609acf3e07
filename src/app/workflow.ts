/**
 * What the task pane and the ribbon both do: read the workbook through the adapter, lint with the
 * workbook's own settings, leave out what reviewers ignored, and turn findings into marks and a report.
 */
import { DEFAULT_CONFIG, type ResolvedConfig, resolveConfig } from "../core/config";
import { countBySeverity } from "../core/lint";
import { type Linter, inlineLinter } from "./linter";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookModel } from "../core/model";
import { RULES } from "../core/rules";
import { KpiLintError } from "../core/errors";
import type { Finding } from "../core/rules/types";
import { type Locale, REPORT_SHEET_NAME, severityLabel, translate, translator } from "./messages";
import { ruleTitle } from "./rule-titles";
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
  const r = resolveConfig(stored, RULES);
  return r.ok ? { config: r.config, errors: [] } : { config: DEFAULT_CONFIG, errors: r.errors };
}

export async function loadIgnored(adapter: WorkbookAdapter): Promise<IgnoredFinding[]> {
  const v = await adapter.loadState<IgnoredFinding[]>(STATE_KEYS.ignored);
  return Array.isArray(v) ? v : [];
}

/** Reads the sheets and lints them with the workbook's settings; `linter` runs the engine (in a worker for the pane). */
export async function validateWorkbook(
  adapter: WorkbookAdapter,
  scope: "active" | "all" | string[],
  progress?: ReadProgress,
  linter: Linter = inlineLinter,
  signal?: AbortSignal,
): Promise<ValidationResult> {
  const [{ config, errors }, ignoredList] = await Promise.all([loadConfig(adapter), loadIgnored(adapter)]);
  const grid = await adapter.readSheets(scope, progress);
  const { model, findings } = await linter(grid, config, signal);
  return { grid, model, findings, ignored: new Set(ignoredList.map((i) => i.id)), config, configErrors: errors };
}

export function activeFindings(r: ValidationResult): Finding[] {
  return r.findings.filter((f) => !r.ignored.has(f.id));
}

function stampOf(when: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${two(when.getHours())}:${two(when.getMinutes())}`;
}

/** 校验时间 …：共 n 个问题 (per severity, with the one severity label table), in how many of the `projects` checked. */
export function summaryText(findings: Finding[], projects: number, when = new Date(), locale: Locale = "zh-CN"): string {
  const c = countBySeverity(findings);
  const affected = new Set(findings.filter((f) => f.project !== null).map((f) => `${f.sheet}\u0000${f.projectRow ?? f.project}`));
  return translate(locale, "reportSummary", {
    stamp: stampOf(when),
    total: findings.length,
    errorLabel: severityLabel(locale, "error"),
    error: c.error,
    warningLabel: severityLabel(locale, "warning"),
    warning: c.warning,
    infoLabel: severityLabel(locale, "info"),
    info: c.info,
    affected: affected.size,
    projects,
  });
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** The report sheet's rows, in the user's language: errors first, then by project, each in sheet order. */
export function reportRows(findings: Finding[], locale: Locale = "zh-CN"): ReportRow[] {
  const t = translator(locale);
  const en = locale === "en";
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        (a.f.projectRow ?? Infinity) - (b.f.projectRow ?? Infinity) ||
        a.i - b.i,
    )
    .map((x) => x.f);
  return sorted.map((f) => ({
    severity: f.severity,
    project: f.project ?? "",
    sheet: f.sheet,
    cell: f.cell,
    ruleId: f.ruleId,
    rule: ruleTitle(f.ruleId, locale),
    message: en ? f.messageEn : f.message,
    fix: f.fix
      ? f.fix.edits.map((e) => `${e.cell} → ${e.after ?? t("empty")}`).join(t("listSeparator"))
      : f.suggestions.map((s) => (en ? s.labelEn : s.label)).join(t("listSeparator")),
  }));
}

/**
 * The sheet the ribbon validates: the active one — unless that is 校验报告 (after a first click it is active), then
 * the sheet the report was written for, or else the first visible sheet. The report itself is never validated.
 */
export async function ribbonTarget(adapter: WorkbookAdapter): Promise<string | null> {
  const sheets = await adapter.listSheets();
  const active = sheets.find((s) => s.active);
  if (active && active.name !== REPORT_SHEET_NAME) return active.name;
  const source = await adapter.loadState<string>(STATE_KEYS.reportSource);
  if (source && sheets.some((s) => s.name === source)) return source;
  return sheets.find((s) => s.visible && s.name !== REPORT_SHEET_NAME)?.name ?? null;
}

/** The ribbon's 校验工作表: validate the sheet the user was on, mark the cells, write 校验报告 — in the user's language. */
export async function validateAndReport(
  adapter: WorkbookAdapter,
  locale: Locale = "zh-CN",
): Promise<{ findings: Finding[]; summary: string; notes: string[]; reported: boolean }> {
  const t = translator(locale);
  const target = await ribbonTarget(adapter);
  const r = await validateWorkbook(adapter, target ? [target] : []);
  const findings = activeFindings(r);
  const notes = r.model.sheets
    .filter((s) => s.status !== "ok")
    .map((s) => t("reportSheetNote", { sheet: s.name, message: s.message ?? "" }));
  try {
    await adapter.highlight(findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
  } catch (e) {
    // a protected sheet cannot be marked; the report is still written
    notes.push(t("reportMarkFailed", { message: errorMessage(e, locale) }));
  }
  const projects = r.model.sheets.reduce((n, s) => n + s.projects.length, 0);
  const summary = summaryText(findings, projects, new Date(), locale);
  let reported = true;
  try {
    if (target) await adapter.saveState(STATE_KEYS.reportSource, target);
    await adapter.writeReport(reportRows(findings, locale), summary);
  } catch (e) {
    // workbook structure protection: no report sheet, the result is still shown
    if (!(e instanceof KpiLintError) || e.code !== "WORKBOOK_PROTECTED") throw e;
    notes.push(errorMessage(e, locale));
    reported = false;
  }
  return { findings, summary, reported, notes: [...notes, ...r.configErrors.map((e) => t("reportConfigInvalid", { message: e }))] };
}

/** An error's text for the user: a KpiLintError in the user's language, anything else by its message. */
export function errorMessage(e: unknown, locale: Locale): string {
  if (e instanceof KpiLintError) return locale === "en" ? e.messageEn : e.message;
  return e instanceof Error ? e.message : String(e);
}

import { groupByProject } from "../core/finding";
import type { Edit, Finding, Severity } from "../core/rules/types";
import type { ProjectBlock, SheetModel, WorkbookModel } from "../core/model";
import { countBySeverity } from "../core/lint";
import { type Locale, type Translate, translator } from "./i18n";

export const SEVERITY_KEY = { error: "cliSeverityError", warning: "cliSeverityWarning", info: "cliSeverityInfo" } as const satisfies Record<
  Severity,
  string
>;

/** Why a sheet was not checked: the recogniser's own zh-CN words, or the catalogue's in English. */
export function sheetStatusText(sheet: SheetModel, locale: Locale, t: Translate = translator(locale)): string {
  if (locale === "zh-CN" && sheet.message) return sheet.message;
  return t(sheet.status === "empty" ? "cliSheetEmpty" : "cliSheetNoTable");
}

/** For people: file → sheet → project, one line per finding with its cell. */
export function formatFileText(file: string, model: WorkbookModel, findings: Finding[], locale: Locale = "zh-CN"): string {
  const t = translator(locale);
  // the words every finding line repeats, looked up once
  const [cleared, sep, suggestSep] = [t("cliCleared"), t("cliSep"), t("cliSuggestSep")];
  const severity = { error: t(SEVERITY_KEY.error), warning: t(SEVERITY_KEY.warning), info: t(SEVERITY_KEY.info) };
  const show = (v: Edit["after"]) => (v === null || v === undefined ? cleared : String(v));
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  const lines: string[] = [file];
  for (const sheet of model.sheets) {
    const own = bySheet.get(sheet.name) ?? [];
    if (sheet.status !== "ok") {
      lines.push(`  ${t("cliSheetStatus", { sheet: t("cliSheet", { name: sheet.name }), why: sheetStatusText(sheet, locale, t) })}`);
      continue;
    }
    const counts = { name: sheet.name, projects: sheet.projects.length, problems: own.length };
    lines.push(`  ${t(own.length === 0 ? "cliSheetLineClean" : "cliSheetLine", counts)}`);
    // a group's project: the first with its name and first row
    const projects = new Map<string, ProjectBlock>();
    for (const p of sheet.projects) if (!projects.has(`${p.firstRow}\u0000${p.name}`)) projects.set(`${p.firstRow}\u0000${p.name}`, p);
    for (const { project, row, items: list } of groupByProject(own)) {
      const name = project ?? "";
      const p = projects.get(`${row}\u0000${name}`);
      const where = p ? t(p.code ? "cliWhereCode" : "cliWhere", { code: p.code ?? "", first: p.firstRow, last: p.lastRow }) : "";
      lines.push(`    ${t("cliProject", { name: name || t("cliNoProject"), where })}`);
      for (const f of list) {
        const fix = f.fix
          ? t("cliFix", { edits: f.fix.edits.map((e) => t("cliEdit", { cell: e.cell, value: show(e.after) })).join(sep) })
          : f.suggestions.length > 0
            ? t("cliSuggest", { labels: f.suggestions.map((s) => (locale === "en" ? s.labelEn : s.label)).join(suggestSep) })
            : "";
        const message = locale === "en" ? f.messageEn : f.message;
        lines.push(`      ${f.cell.padEnd(6)} ${severity[f.severity]}  ${message}  [${f.ruleId}]${fix}`);
      }
    }
  }
  return lines.join("\n");
}

export function summaryLine(findings: Finding[], files: number, locale: Locale = "zh-CN"): string {
  const c = countBySeverity(findings);
  return translator(locale)("cliSummary", {
    files,
    problems: findings.length,
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
    fixable: findings.filter((f) => f.fix).length,
  });
}

import { groupByProject } from "../core/finding";
import type { Edit, Finding, Severity } from "../core/rules/types";
import type { SheetModel, WorkbookModel } from "../core/model";
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
  const show = (v: Edit["after"]) => (v === null || v === undefined ? t("cliCleared") : String(v));
  const lines: string[] = [file];
  for (const sheet of model.sheets) {
    const own = findings.filter((f) => f.sheet === sheet.name);
    if (sheet.status !== "ok") {
      lines.push(`  ${t("cliSheetStatus", { sheet: t("cliSheet", { name: sheet.name }), why: sheetStatusText(sheet, locale, t) })}`);
      continue;
    }
    const counts = { name: sheet.name, projects: sheet.projects.length, problems: own.length };
    lines.push(`  ${t(own.length === 0 ? "cliSheetLineClean" : "cliSheetLine", counts)}`);
    for (const { project, row, items: list } of groupByProject(own)) {
      const name = project ?? "";
      const p = sheet.projects.find((x) => x.name === name && x.firstRow === row);
      const where = p ? t(p.code ? "cliWhereCode" : "cliWhere", { code: p.code ?? "", first: p.firstRow, last: p.lastRow }) : "";
      lines.push(`    ${t("cliProject", { name: name || t("cliNoProject"), where })}`);
      for (const f of list) {
        const fix = f.fix
          ? t("cliFix", { edits: f.fix.edits.map((e) => t("cliEdit", { cell: e.cell, value: show(e.after) })).join(t("cliSep")) })
          : f.suggestions.length > 0
            ? t("cliSuggest", { labels: f.suggestions.map((s) => (locale === "en" ? s.labelEn : s.label)).join(t("cliSuggestSep")) })
            : "";
        const message = locale === "en" ? f.messageEn : f.message;
        lines.push(`      ${f.cell.padEnd(6)} ${t(SEVERITY_KEY[f.severity])}  ${message}  [${f.ruleId}]${fix}`);
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

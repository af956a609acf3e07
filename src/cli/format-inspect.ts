import { describeTable } from "../core/recognise/describe-mapping";
import type { WorkbookModel } from "../core/model";
import { formatPlain } from "../core/value/parse";
import { sheetStatusText } from "./format-text";
import { type Locale, translator } from "./i18n";

/** The recognised structure as an indented tree, for checking that a new layout is read right. */
export function formatInspectText(file: string, model: WorkbookModel, locale: Locale = "zh-CN"): string {
  const t = translator(locale);
  const lines = [file];
  for (const s of model.sheets) {
    if (s.status !== "ok") {
      lines.push(`  ${t("cliSheetStatus", { sheet: t("cliSheet", { name: s.name }), why: sheetStatusText(s, locale, t) })}`);
      continue;
    }
    const layout = t(s.layout === "summary" ? "cliLayoutSummary" : "cliLayoutForm");
    lines.push(
      `  ${t("cliInspectSheet", { name: s.name, layout, unit: s.moneyUnit ?? t("cliNoMoneyUnit"), projects: s.projects.length })}`,
    );
    for (const table of s.tables) lines.push(`    ${describeTable(table, locale)}`);
    for (const p of s.projects) {
      const budget = p.budget ? t("cliInspectBudget", { amount: formatPlain(p.budget.amount), unit: p.budget.unit }) : "";
      lines.push(
        `    ${t("cliInspectProject", {
          name: p.name,
          code: p.code ? ` ${p.code}` : "",
          first: p.firstRow,
          last: p.lastRow,
          budget,
          indicators: p.indicators.length,
        })}`,
      );
      if (p.plan) {
        const points = p.plan.points.map((x) => `${x.label} ${x.raw || "—"}`).join(t("cliSep"));
        lines.push(`      ${t("cliInspectPlan", { points })}`);
      }
      for (const i of p.indicators) {
        const v = i.value;
        const parsed =
          v.kind === "quantitative"
            ? `${v.operator ?? ""} ${v.number ?? ""} ${v.unit ?? t("cliNoUnit")}${v.text ? t("cliWithText", { text: v.text }) : ""}`
            : v.kind === "empty"
              ? t("cliBlank")
              : `${t("cliQualitative")}${v.deadline ? t("cliDeadline", { deadline: v.deadline }) : ""}`;
        const row = t("cliInspectIndicator", {
          row: String(i.row).padStart(4),
          path: [i.level1, i.level2].filter(Boolean).join(" / ") || "—",
          name: i.name,
          raw: v.raw || t("cliBlank"),
          parsed,
        });
        lines.push(`      ${row}`);
      }
    }
  }
  return lines.join("\n");
}

/**
 * The reviewer's workbook of a batch (`validate --format xlsx --out 审核汇总.xlsx`): a summary sheet, one row per
 * file (unit, counts, status), and a findings sheet, one row per finding with the rule's title and the suggested
 * fix, filterable, coloured by severity. A new file, so ExcelJS writes it.
 */
import ExcelJS from "exceljs";
import { countBySeverity } from "../core/lint";
import { RULES } from "../core/rules";
import type { Finding } from "../core/finding";
import { type FileResult, errorIn } from "./check-file";
import { SEVERITY_KEY } from "./format-text";
import { type Locale, translator } from "./i18n";
import { writeWorkbook } from "./write-workbook";
import { SEVERITY_FILL, argb } from "../core/severity-colours";

const FILL: Record<Finding["severity"], string> = {
  error: argb(SEVERITY_FILL.error),
  warning: argb(SEVERITY_FILL.warning),
  info: argb(SEVERITY_FILL.info),
};

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

function addTable(ws: ExcelJS.Worksheet, headers: string[], widths: number[], rows: ExcelJS.CellValue[][]): void {
  ws.columns = headers.map((header, i) => ({ header, width: widths[i] }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = solid("FFD9D9D9");
  ws.addRows(rows);
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: headers.length } };
}

export function fixText(f: Finding, locale: Locale): string {
  const t = translator(locale);
  if (f.fix)
    return f.fix.edits
      .map((e) => t("cliEdit", { cell: e.cell, value: e.after === null ? t("cliCleared") : String(e.after) }))
      .join(t("cliSep"));
  return f.suggestions.map((s) => (locale === "en" ? s.labelEn : s.label)).join(t("cliSuggestSep"));
}

export function reportWorkbook(results: readonly FileResult[], locale: Locale): ExcelJS.Workbook {
  const t = translator(locale);
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(t("cliXlsxSummarySheet"));
  const status = (r: FileResult, c: Record<Finding["severity"], number>) => {
    if (r.error) return t("cliXlsxStatusUnreadable", { reason: errorIn(r, locale) });
    return t(c.error ? "cliXlsxStatusErrors" : c.warning ? "cliXlsxStatusWarnings" : "cliXlsxStatusOk");
  };
  const rows = results.map((r) => {
    const c = countBySeverity(r.findings);
    return [r.file, r.unit ?? "", r.error ? null : r.projects, c.error, c.warning, c.info, status(r, c)];
  });
  const heads = [
    "cliXlsxFile",
    "cliXlsxUnit",
    "cliXlsxProjects",
    "cliXlsxErrors",
    "cliXlsxWarnings",
    "cliXlsxInfos",
    "cliXlsxStatus",
  ] as const;
  addTable(
    summary,
    heads.map((k) => t(k)),
    [48, 28, 9, 8, 8, 8, 40],
    rows,
  );
  results.forEach((r, i) => {
    const c = countBySeverity(r.findings);
    const colour = r.error || c.error ? FILL.error : c.warning ? FILL.warning : "FFC6EFCE";
    summary.getCell(i + 2, 7).fill = solid(colour);
  });

  const findings = wb.addWorksheet(t("cliXlsxFindingsSheet"));
  const title = new Map(RULES.map((r) => [r.id, locale === "en" ? r.title.en : r.title.zh]));
  const all = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));
  const fheads = [
    "cliXlsxFile",
    "cliXlsxSheet",
    "cliXlsxCell",
    "cliXlsxProject",
    "cliXlsxSeverity",
    "cliXlsxRule",
    "cliXlsxMessage",
    "cliXlsxFix",
  ] as const;
  addTable(
    findings,
    fheads.map((k) => t(k)),
    [40, 22, 8, 28, 8, 22, 60, 36],
    all.map(({ file, f }) => [
      file,
      f.sheet,
      f.cell,
      f.project ?? "",
      t(SEVERITY_KEY[f.severity]),
      title.get(f.ruleId) ?? f.ruleId,
      locale === "en" ? f.messageEn : f.message,
      fixText(f, locale),
    ]),
  );
  all.forEach(({ f }, i) => {
    for (let c = 1; c <= fheads.length; c++) findings.getCell(i + 2, c).fill = solid(FILL[f.severity]);
  });
  return wb;
}

export async function writeReport(results: readonly FileResult[], locale: Locale, out: string): Promise<void> {
  const bytes = new Uint8Array(await reportWorkbook(results, locale).xlsx.writeBuffer());
  await writeWorkbook(bytes, out);
}

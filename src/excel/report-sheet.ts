/**
 * The 校验报告 sheet: a summary line, one row per finding in the user's language, each cell reference a link to its
 * cell, the severity column coloured, an AutoFilter on the header. Rows and links are written in chunks under the
 * payload budget (a long report exceeds 5 MB in one request). Rewriting removes the old filter, its hidden rows and
 * every old value and format first.
 */
import { KpiLintError } from "../core/errors";
import { REPORT_SHEET_NAME, type Locale, severityLabel, translate, translator } from "../app/messages";
import type { ReportRow } from "./adapter";
import { qualified } from "./addresses";
import { toExcelInput } from "./cell-input";
import { CALL_BYTES, writeInChunks } from "./edits";
import { protectedSheetError } from "./errors";
import { SEVERITY_FILL, SEVERITY_FONT } from "../core/severity-colours";
import { utf8Length } from "./read-plan";

const COLUMN_WIDTHS = [60, 160, 120, 130, 420, 160];
const HEADER_FILL = "#D9E1F2";
/** Rows per values write: each write is one call, sized by its bytes for the chunking. */
const ROWS_PER_WRITE = 200;

/** Writes or replaces the report sheet, and shows it. */
export async function writeReportSheet(context: Excel.RequestContext, rows: ReportRow[], summary: string, locale: Locale): Promise<void> {
  const t = translator(locale);
  const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET_NAME);
  existing.load("name,protection/protected");
  const workbook = context.workbook;
  workbook.load("protection/protected");
  await context.sync();
  if (!existing.isNullObject) {
    existing.autoFilter.load("enabled");
    await context.sync();
  }
  if (!existing.isNullObject && existing.protection.protected) throw protectedSheetError(REPORT_SHEET_NAME, "excelActionReport");
  // Review → Protect Workbook: no sheet can be added (ExcelApi 1.7 workbook.protection)
  if (existing.isNullObject && workbook.protection.protected)
    throw new KpiLintError("WORKBOOK_PROTECTED", {
      action: translate("zh-CN", "excelActionReport"),
      actionEn: translate("en", "excelActionReport"),
    });
  const ws = existing.isNullObject ? context.workbook.worksheets.add(REPORT_SHEET_NAME) : existing;
  if (!existing.isNullObject) {
    // the old filter first: it may hide rows (a user's 筛选) the new report writes into
    if (existing.autoFilter.enabled) existing.autoFilter.remove();
    ws.getRange().clear("All");
  }
  const header = [
    t("reportColSeverity"),
    t("reportColProject"),
    t("reportColCell"),
    t("reportColRule"),
    t("reportColMessage"),
    t("reportColFix"),
  ];
  const values: string[][] = [[summary, "", "", "", "", ""], header];
  for (const r of rows) values.push([severityLabel(locale, r.severity), r.project, `${r.sheet}!${r.cell}`, r.rule, r.message, r.fix]);
  const writes: Array<{ bytes: number; write: () => void }> = [];
  for (let r0 = 0; r0 < values.length; r0 += ROWS_PER_WRITE) {
    const part = values.slice(r0, r0 + ROWS_PER_WRITE).map((row) => row.map((v) => toExcelInput(v) as string));
    writes.push({
      bytes: CALL_BYTES + utf8Length(JSON.stringify(part)),
      write: () => (ws.getRangeByIndexes(r0, 0, part.length, header.length).values = part),
    });
  }
  rows.forEach((r, i) => {
    const link = { documentReference: qualified(r.sheet, r.cell), textToDisplay: `${r.sheet}!${r.cell}`, screenTip: t("reportLinkTip") };
    writes.push({
      bytes: CALL_BYTES + utf8Length(JSON.stringify(link)),
      write: () => (ws.getRangeByIndexes(i + 2, 2, 1, 1).hyperlink = link),
    });
  });
  await writeInChunks(context, writes, () => {
    const head = ws.getRange("A2:F2");
    head.format.font.bold = true;
    head.format.fill.color = HEADER_FILL;
    ws.getRange("A1").format.font.bold = true;
    ws.freezePanes.freezeRows(2);
    COLUMN_WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
    ws.getRangeByIndexes(2, 4, Math.max(1, rows.length), 1).format.wrapText = true;
    // rows come sorted by severity: one fill per run of equal severity, a handful of calls for any length
    for (const run of severityRuns(rows)) {
      const cells = ws.getRangeByIndexes(2 + run.start, 0, run.count, 1);
      cells.format.fill.color = SEVERITY_FILL[run.severity];
      cells.format.font.color = SEVERITY_FONT[run.severity];
    }
    if (rows.length > 0) ws.autoFilter.apply(ws.getRangeByIndexes(1, 0, rows.length + 1, header.length));
    ws.activate();
  });
}

/** Consecutive rows of one severity (0-based, from the first finding row). */
export function severityRuns(rows: ReportRow[]): Array<{ severity: ReportRow["severity"]; start: number; count: number }> {
  const runs: Array<{ severity: ReportRow["severity"]; start: number; count: number }> = [];
  rows.forEach((r, i) => {
    const last = runs[runs.length - 1];
    if (last && last.severity === r.severity) last.count++;
    else runs.push({ severity: r.severity, start: i, count: 1 });
  });
  return runs;
}

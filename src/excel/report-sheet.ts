/** The 校验报告 sheet: a summary line, one row per finding in the user's language, each cell reference a link to its cell. */
import { REPORT_SHEET_NAME, type Locale, severityLabel, translator } from "../app/messages";
import type { ReportRow } from "./adapter";
import { qualified } from "./addresses";
import { toExcelInput } from "./cell-input";
import { protectedSheetError } from "./errors";

const COLUMN_WIDTHS = [60, 160, 120, 130, 420, 160];
const HEADER_FILL = "#D9E1F2";

/** Writes or replaces the report sheet, and shows it. */
export async function writeReportSheet(context: Excel.RequestContext, rows: ReportRow[], summary: string, locale: Locale): Promise<void> {
  const t = translator(locale);
  const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET_NAME);
  existing.load("name,protection/protected");
  await context.sync();
  if (!existing.isNullObject && existing.protection.protected) throw protectedSheetError(REPORT_SHEET_NAME, "excelActionReport");
  const ws = existing.isNullObject ? context.workbook.worksheets.add(REPORT_SHEET_NAME) : existing;
  if (!existing.isNullObject) ws.getRange().clear("All");
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
  ws.getRangeByIndexes(0, 0, values.length, header.length).values = values.map((row) => row.map((v) => toExcelInput(v) as string));
  rows.forEach((r, i) => {
    ws.getRangeByIndexes(i + 2, 2, 1, 1).hyperlink = {
      documentReference: qualified(r.sheet, r.cell),
      textToDisplay: `${r.sheet}!${r.cell}`,
      screenTip: t("reportLinkTip"),
    };
  });
  const head = ws.getRange("A2:F2");
  head.format.font.bold = true;
  head.format.fill.color = HEADER_FILL;
  ws.getRange("A1").format.font.bold = true;
  ws.freezePanes.freezeRows(2);
  COLUMN_WIDTHS.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
  ws.getRangeByIndexes(2, 4, Math.max(1, rows.length), 1).format.wrapText = true;
  ws.activate();
  await context.sync();
}

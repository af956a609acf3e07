/** Opens an .xlsx (ExcelJS) as an in-memory workbook for the preview and the adapter tests. */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";
import { MemWorkbook } from "./mem-workbook";

function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function rawValue(cell: ExcelJS.Cell): { value: CellValue; formula?: string } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: excelSerial(v) };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map((t) => t.text).join("") };
  if ("formula" in o || "sharedFormula" in o) {
    const r = o.result;
    const value = r instanceof Date ? excelSerial(r) : typeof r === "object" && r !== null ? String((r as { error?: string }).error ?? "") : ((r ?? null) as CellValue);
    return { value, formula: `=${String(o.formula ?? o.sharedFormula)}` };
  }
  if ("text" in o) return { value: String(o.text) };
  if ("error" in o) return { value: String(o.error) };
  return { value: null };
}

function argb(c: unknown): string | null {
  const s = (c as { argb?: string } | undefined)?.argb;
  return s && /^[0-9A-Fa-f]{8}$/.test(s) ? `#${s.slice(2).toUpperCase()}` : null;
}

export function memFromExcelJs(wb: ExcelJS.Workbook): MemWorkbook {
  const store = new MemWorkbook();
  for (const ws of wb.worksheets) {
    const sheet = store.addSheet(ws.name);
    sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    sheet.protected = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const { value, formula } = rawValue(cell);
        const fill = cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid" ? argb(cell.fill.fgColor) : null;
        const m = sheet.ensure(r, c);
        m.value = value === "" ? null : value;
        if (formula) m.formula = formula;
        if (typeof cell.numFmt === "string" && cell.numFmt) m.numberFormat = cell.numFmt;
        if (fill) m.fill = fill;
        if (cell.font?.bold) m.bold = true;
        if (cell.alignment?.wrapText) m.wrap = true;
        if (cell.border && Object.keys(cell.border).length) m.border = true;
      });
    });
    const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
    sheet.merges = Object.values(merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
    ws.columns?.forEach((col, i) => {
      if (col?.width) sheet.columnWidths.set(i + 1, col.width * 7);
    });
  }
  return store;
}

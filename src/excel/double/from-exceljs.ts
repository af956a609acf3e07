/** Opens an .xlsx (ExcelJS) as an in-memory workbook for the preview and the adapter tests. */
import type ExcelJS from "exceljs";
import { mergedAreas, rawCellValue } from "../../cli/exceljs-cell";
import { parseAreasAddress } from "../addresses";
import type { MemConditionalFormatType } from "./mem-sheet";
import { MemWorkbook } from "./mem-workbook";

/** ExcelJS's rule types (the file's cfRule/@type) → Excel.ConditionalFormatType. */
const CF_TYPES: Record<string, MemConditionalFormatType> = {
  expression: "Custom",
  cellIs: "CellValue",
  colorScale: "ColorScale",
  dataBar: "DataBar",
  iconSet: "IconSet",
  top10: "TopBottom",
  containsText: "ContainsText",
};
let nextId = 100000;
type ExcelJsConditionalFormats = { conditionalFormattings?: Array<{ ref: string; rules: Array<{ type: string; formulae?: unknown[] }> }> };

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
        const { value, formula } = rawCellValue(cell);
        const fill = cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid" ? argb(cell.fill.fgColor) : null;
        const m = sheet.ensure(r, c);
        m.value = value === "" ? null : value;
        if (formula) m.formula = formula;
        if (typeof cell.numFmt === "string" && cell.numFmt) m.numberFormat = cell.numFmt;
        if (fill) m.fill = fill;
        if (cell.font?.bold) m.bold = true;
        if (cell.alignment?.wrapText) m.wrap = true;
        if (cell.border && Object.keys(cell.border).length) m.border = true;
        if (cell.protection?.locked === false) m.locked = false;
      });
    });
    sheet.merges = mergedAreas(ws);
    for (const cf of (ws as unknown as ExcelJsConditionalFormats).conditionalFormattings ?? []) {
      for (const rule of cf.rules) {
        const formula = rule.type === "expression" ? `=${(rule.formulae ?? [""])[0] as string}` : "";
        const type = CF_TYPES[rule.type] ?? "PresetCriteria";
        sheet.conditionalFormats.push({ id: nextId++, type, areas: parseAreasAddress(cf.ref.replace(/ /g, ",")), formula, fill: null });
      }
    }
    ws.columns?.forEach((col, i) => {
      if (col?.width) sheet.columnWidths.set(i + 1, col.width * 7);
    });
  }
  return store;
}

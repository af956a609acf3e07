/**
 * The preview opens files with the streaming reader: the in-memory workbook it builds holds the same
 * cells (values, formulas, number formats, fills, bold, wrap, borders), merges, column widths and
 * visibility as the ExcelJS loading it replaced.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { memFromExcelJs } from "../../src/preview/load-xlsx";
import type { MemWorkbook } from "../../src/preview/mem-workbook";
import { memFromXlsx } from "../../src/preview/open-xlsx";
import { KpiLintError } from "../../src/core/errors";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const SAMPLES_DIR = path.join(__dirname, "../../assets/samples");

function summary(store: MemWorkbook) {
  return store.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    widths: [...s.columnWidths].filter(([c]) => c <= 256).sort((a, b) => a[0] - b[0]),
    cells: [...s.cells]
      .filter(([, c]) => c.value !== null || c.formula || c.numberFormat || c.fill || c.bold || c.wrap || c.border)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([k, c]) => [k, c.value, c.formula ?? null, c.numberFormat ?? null, c.fill ?? null, !!c.bold, !!c.wrap, !!c.border]),
  }));
}

async function viaExcelJs(bytes: Uint8Array): Promise<MemWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return memFromExcelJs(wb);
}

const files = [
  ...fs.readdirSync(FIXTURE_DIR).map((f) => path.join(FIXTURE_DIR, f)),
  ...fs.readdirSync(SAMPLES_DIR).map((f) => path.join(SAMPLES_DIR, f)),
].filter((f) => f.endsWith(".xlsx"));

describe("the preview's file loading", () => {
  it.each(files.map((f) => [path.basename(path.dirname(f)) + "/" + path.basename(f), f]))("%s", async (_n, file) => {
    const bytes = fs.readFileSync(file);
    expect(summary(memFromXlsx(bytes, path.basename(file)))).toEqual(summary(await viaExcelJs(bytes)));
  });

  it("keeps formulas (shared ones too), 1904 dates as 1900 serials, hidden sheets, protection and styles", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("表1");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("B1").value = { formula: "A1+1", result: 3 };
    ws.fillFormula("C1:C3", "B1*2", [6, 6, 6]);
    ws.getCell("D1").value = "标题";
    ws.getCell("D1").font = { bold: true };
    ws.getCell("D1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getCell("D1").alignment = { wrapText: true };
    ws.getCell("D1").border = { top: { style: "thin" } };
    ws.getColumn(4).width = 20;
    await ws.protect("", {});
    wb.addWorksheet("藏", { state: "veryHidden" }).getCell("A1").value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const got = memFromXlsx(bytes, "t.xlsx");
    expect(summary(got)).toEqual(summary(await viaExcelJs(bytes)));
    expect(got.sheet("表1")!.protected).toBe(true);
    expect(got.sheet("藏")!.visibility).toBe("VeryHidden");
    expect(got.sheet("表1")!.cell(1, 4)).toEqual(expect.objectContaining({ bold: true, fill: "#FFFF00", wrap: true, border: true }));
  });

  it("an unreadable file is a KpiLintError with its own message", () => {
    expect(() => memFromXlsx(new TextEncoder().encode("hello"), "notes.xlsx")).toThrow(KpiLintError);
    expect(() => memFromXlsx(new TextEncoder().encode("hello"), "notes.xlsx")).toThrow(/notes\.xlsx/);
  });
});

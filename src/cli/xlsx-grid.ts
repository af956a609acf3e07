import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { type CellValue, type MergedArea, type SheetGrid, type WorkbookGrid, displayValue, excelDateText } from "../core/grid";
import { mergedAreas, rawCellValue } from "./exceljs-cell";
import { KpiLintError } from "./errors";

/** A cell's value as the engine sees it: what Excel would display for numbers (95%, dates), text otherwise. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const raw = rawCellValue(cell);
  if (raw.isDate && typeof raw.value === "number") return excelDateText(raw.value);
  return displayValue(raw.value, typeof cell.numFmt === "string" ? cell.numFmt : null);
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const v = cellValue(cell);
      if (v !== null && v !== "") out[col - 1] = v;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    if (out.length > columnCount) columnCount = out.length;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges: MergedArea[] = mergedAreas(ws);
  let rowCount = rows.length;
  for (const m of merges) {
    if (m.bottom > rowCount) rowCount = m.bottom;
    if (m.right > columnCount) columnCount = m.right;
  }
  return { name: ws.name, rows, rowCount, columnCount, merges };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(worksheetToGrid) };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads an .xlsx file, turning every way it can fail into a KpiLintError (see src/core/read-error-codes.ts). */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const data = { path: file };
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new KpiLintError("IS_DIRECTORY", data);
    buf = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof KpiLintError) throw e;
    throw new KpiLintError("FILE_NOT_FOUND", data);
  }
  if (buf.length === 0) throw new KpiLintError("EMPTY_FILE", data);
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) {
    // Encrypted .xlsx files are OLE containers holding an "EncryptedPackage" stream.
    if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) throw new KpiLintError("PASSWORD_PROTECTED", data);
    throw new KpiLintError("XLS_FORMAT", data);
  }
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) {
    if (path.extname(file).toLowerCase() === ".csv") throw new KpiLintError("CSV_FORMAT", data);
    throw new KpiLintError("NOT_XLSX", data);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new KpiLintError("DAMAGED_FILE", data);
  }
  if (wb.worksheets.length === 0 || wb.worksheets.every((ws) => ws.actualRowCount === 0)) {
    throw new KpiLintError("EMPTY_WORKBOOK", data);
  }
  return wb;
}

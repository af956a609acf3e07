import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { type CellValue, type MergedArea, type SheetGrid, type WorkbookGrid, displayValue, excelDateText } from "../core/grid";
import { rawCellValue } from "./exceljs-cell";
import { KpiLintError } from "../core/errors";

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
  const merges: MergedArea[] = [];
  // ExcelJS keeps merges in `_merges` (address → Range); `ws.model` would serialise every row to list them.
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  for (const m of Object.values(raw ?? {})) {
    if (m) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
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

/** Reads an .xlsx file, turning every way it can fail into a KpiLintError with a zh-CN message. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new KpiLintError(`“${file}”是文件夹，不是 Excel 文件`, `${file} is a folder`, "not-a-file");
    buf = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof KpiLintError) throw e;
    throw new KpiLintError(`找不到文件：${file}`, `File not found: ${file}`, "not-found");
  }
  const ext = path.extname(file).toLowerCase();
  if (buf.length === 0) throw new KpiLintError(`文件为空：${file}`, `Empty file: ${file}`, "empty-file");
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) {
    // Encrypted .xlsx files are OLE containers holding an "EncryptedPackage" stream.
    if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
      throw new KpiLintError(
        `工作簿设有打开密码，无法读取：${file}。请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清除密码后另存一份再校验。`,
        `The workbook is password-protected: ${file}. Remove the password in Excel and save a copy.`,
        "encrypted",
      );
    }
    throw new KpiLintError(
      `“${file}”是旧版 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 后再校验。`,
      `${file} is a legacy .xls file; save it as .xlsx first.`,
      "xls",
    );
  }
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) {
    const kind = ext === ".csv" ? "CSV 文本文件" : ext ? `“${ext}”文件` : "未知格式的文件";
    throw new KpiLintError(
      `“${file}”不是 Excel 工作簿（.xlsx），而是${kind}。请在 Excel 中另存为 .xlsx 后再校验。`,
      `${file} is not an .xlsx workbook.`,
      "not-xlsx",
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new KpiLintError(
      `无法打开“${file}”：文件已损坏或不是有效的 .xlsx 工作簿。`,
      `Cannot open ${file}: the file is damaged or not a valid .xlsx workbook.`,
      "corrupt",
    );
  }
  if (wb.worksheets.length === 0 || wb.worksheets.every((ws) => ws.actualRowCount === 0)) {
    throw new KpiLintError(`工作簿为空，没有可校验的内容：${file}`, `The workbook is empty: ${file}`, "empty-workbook");
  }
  return wb;
}

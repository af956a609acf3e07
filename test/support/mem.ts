import path from "node:path";
import ExcelJS from "exceljs";
import { memFromExcelJs } from "../../src/excel/double";
import type { MemWorkbook } from "../../src/excel/double";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

export async function memFixture(file: string): Promise<MemWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURE_DIR, file));
  return memFromExcelJs(wb);
}

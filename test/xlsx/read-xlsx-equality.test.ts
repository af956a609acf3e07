/**
 * The streaming reader (src/xlsx) reads every workbook cell for cell as the ExcelJS reading it replaced
 * (src/cli/xlsx-grid.ts): the fixtures, the samples, and random workbooks written by ExcelJS with
 * percents, dates (1900 and 1904), rich text, inline and shared strings, formulas, errors, merges and
 * hidden sheets.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { workbookToGrid } from "../../src/cli/xlsx-grid";
import { type SheetGrid, type WorkbookGrid, valueAt } from "../../src/core/grid";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const SAMPLES_DIR = path.join(__dirname, "../../assets/samples");

async function viaExcelJs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbookToGrid(wb);
}

/** Every difference between two readings: sheet names and order, extent, merges and each cell's value. */
function differences(a: WorkbookGrid, b: WorkbookGrid): string[] {
  const out: string[] = [];
  if (a.sheets.map((s) => s.name).join("|") !== b.sheets.map((s) => s.name).join("|")) out.push("sheet names");
  const area = (m: SheetGrid["merges"][number]) => `${m.top},${m.left},${m.bottom},${m.right}`;
  a.sheets.forEach((s, i) => {
    const t = b.sheets[i];
    if (!t) return;
    if (s.rowCount !== t.rowCount || s.columnCount !== t.columnCount) {
      out.push(`${s.name}: extent ${s.rowCount}x${s.columnCount} vs ${t.rowCount}x${t.columnCount}`);
    }
    if (s.merges.map(area).sort().join(" ") !== t.merges.map(area).sort().join(" ")) out.push(`${s.name}: merges`);
    for (let r = 1; r <= Math.max(s.rowCount, t.rowCount); r++) {
      for (let c = 1; c <= Math.max(s.columnCount, t.columnCount); c++) {
        const x = valueAt(s, r, c);
        const y = valueAt(t, r, c);
        if (!Object.is(x, y)) out.push(`${s.name}!R${r}C${c}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      }
    }
  });
  return out.slice(0, 20);
}

const files = [
  ...fs.readdirSync(FIXTURE_DIR).map((f) => path.join(FIXTURE_DIR, f)),
  ...fs.readdirSync(SAMPLES_DIR).map((f) => path.join(SAMPLES_DIR, f)),
].filter((f) => f.endsWith(".xlsx"));

describe("the streaming reader reads like ExcelJS did", () => {
  it("finds the fixtures and samples", () => expect(files.length).toBeGreaterThanOrEqual(8));

  it.each(files.map((f) => [path.relative(path.join(__dirname, "../.."), f), f]))("%s", async (_name, file) => {
    const bytes = fs.readFileSync(file);
    const expected = await viaExcelJs(bytes);
    const got = readXlsx(bytes, { path: file });
    expect(differences(expected, got)).toEqual([]);
    expect(got.sheets.length).toBe(expected.sheets.length);
  });
});

/** A small seeded generator (mulberry32), so that a failing workbook can be rebuilt from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = ["General", "0%", "0.00%", "0.0%", 'yyyy"年"m"月"d"日"', "yyyy-mm-dd", "mm-dd-yy", "#,##0.00", "0.00", "@", '#,##0"元"'];
const TEXTS = ["满意度", "≥95%", " 前后空格 ", "a & b < c > d", "换行\n第二行", "'引号\"", "项目支出绩效目标表", "", "100", "≤3天"];

function randomCellValue(rnd: () => number): ExcelJS.CellValue {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  switch (Math.floor(rnd() * 9)) {
    case 0:
      return pick(TEXTS);
    case 1:
      return Math.round(rnd() * 100000) / 100;
    case 2:
      return rnd();
    case 3:
      return new Date(Date.UTC(2000 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    case 4:
      return rnd() < 0.5;
    case 5:
      return { error: pick(["#N/A", "#DIV/0!", "#VALUE!"]) };
    case 6:
      return { richText: [{ text: pick(TEXTS), font: { bold: true } }, { text: pick(TEXTS) }] };
    case 7:
      // not 0: ExcelJS read a formula's cached 0 as empty (see below)
      return { formula: "1+1", result: 1 + Math.floor(rnd() * 100) };
    default:
      return { formula: 'A1&"x"', result: pick(TEXTS.filter((t) => t !== "")) };
  }
}

function randomWorkbook(seed: number): ExcelJS.Workbook {
  const rnd = random(seed);
  const wb = new ExcelJS.Workbook();
  if (rnd() < 0.3) wb.properties.date1904 = true;
  const sheets = 1 + Math.floor(rnd() * 3);
  for (let s = 0; s < sheets; s++) {
    const state = rnd() < 0.2 ? "hidden" : rnd() < 0.1 ? "veryHidden" : "visible";
    const ws = wb.addWorksheet(`表${s + 1}`, { state });
    const rows = 1 + Math.floor(rnd() * 40);
    const cols = 1 + Math.floor(rnd() * 12);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        if (rnd() < 0.35) continue;
        const cell = ws.getCell(r, c);
        const value = randomCellValue(rnd);
        cell.value = value;
        const textResult = typeof (value as ExcelJS.CellFormulaValue | null)?.result === "string";
        // ExcelJS turned a formula's text result in a date-formatted cell into a date (see below)
        if (rnd() < 0.5) cell.numFmt = FORMATS[Math.floor(rnd() * FORMATS.length)];
        if (textResult && /[ymd]/.test(cell.numFmt ?? "")) cell.numFmt = "General";
      }
    }
    // merges down a column (level cells) and across a row, never overlapping: one per 3×3 block at most
    for (let r = 1; r + 2 <= rows; r += 3) {
      for (let c = 1; c + 2 <= cols; c += 3) {
        if (rnd() < 0.3) ws.mergeCells(r, c, r + Math.floor(rnd() * 3), c + Math.floor(rnd() * 3));
      }
    }
    if (rnd() < 0.2) ws.getCell(rows + 5 + Math.floor(rnd() * 100), 1 + Math.floor(rnd() * 30)).value = "远处";
  }
  return wb;
}

describe("random workbooks read the same as through ExcelJS", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  it.each(seeds)("seed %i", async (seed) => {
    const wb = randomWorkbook(seed);
    // half of them with inline strings instead of the shared-string table
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: seed % 2 === 0 }));
    const expected = await viaExcelJs(bytes);
    expect(differences(expected, readXlsx(bytes))).toEqual([]);
  });
});

describe("where ExcelJS read a cell wrongly, the reader shows what Excel shows", () => {
  it("a formula's cached 0 is 0, and its text result stays text in a date-formatted cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表1");
    ws.getCell("A1").value = { formula: "1-1", result: 0 };
    ws.getCell("A2").value = { formula: 'B1&""', result: "满意度" };
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    ws.getCell("A3").value = { formula: 'B1&""', result: "100" };
    ws.getCell("A3").numFmt = "yyyy-mm-dd";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const old = (await viaExcelJs(bytes)).sheets[0];
    expect([valueAt(old, 1, 1), valueAt(old, 2, 1), valueAt(old, 3, 1)]).toEqual([null, "NaN年NaN月NaN日", "1900年4月9日"]);
    const sheet = readXlsx(bytes).sheets[0];
    expect([valueAt(sheet, 1, 1), valueAt(sheet, 2, 1), valueAt(sheet, 3, 1)]).toEqual([0, "满意度", "100"]);
  });
});

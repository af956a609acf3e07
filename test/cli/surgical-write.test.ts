/**
 * fix and insert change only what they are asked to: every other part of the .xlsx is the same bytes (a custom
 * XML part included), and on insert the sheet's merges, conditional formats, validations, hyperlinks, formulas,
 * defined names and other sheets' references follow the rows.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { applyCertainFixes } from "../../src/cli/apply-fixes";
import { openPackage, sheetParts } from "../../src/cli/xlsx-package";
import { loadConfig } from "../../src/cli/config-file";
import { lint } from "../../src/core/lint";
import { planInsert } from "../../src/core/templates/planner";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import type { CellValue } from "../../src/core/grid";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { run } from "../support/cli-run";
import { areaKey, excelRows, mergesOf, roundTrip, shiftOf } from "../support/insert";
import { applyPlan } from "../../src/cli/apply-plan";
import { readFileBytes, readGridFile } from "../../src/cli/read-grid";
import { writePlan } from "../../src/cli/surgical-write";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { type Parts, parts, richWorkbook, text } from "../support/rich-workbook";

let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-surgical-"))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SHEET = "3.法治专项业务费";
const LAST = 17; // the block's last row, the sheet's last

async function richCopy(fixture: string, sheet: string): Promise<string> {
  const file = path.join(tmp, "in.xlsx");
  fs.writeFileSync(file, await richWorkbook(path.join(FIXTURE_DIR, fixture), sheet));
  return file;
}

function sheetPart(file: string, sheet: string): string {
  return sheetParts(openPackage(fs.readFileSync(file), file)).find((s) => s.name === sheet)!.part;
}

/** Every part that may change is named; all others must be the same bytes. */
function expectSameParts(a: Parts, b: Parts, mayChange: (name: string) => boolean): void {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  const differ = Object.keys(a).filter((n) => !Buffer.from(a[n]).equals(Buffer.from(b[n])));
  expect(differ.filter((n) => !mayChange(n) && !n.startsWith("docProps/") && n !== "xl/sharedStrings.xml")).toEqual([]);
}

async function gridOf(file: string) {
  return workbookToGrid(await loadWorkbook(file));
}

const at = (rows: CellValue[][], r: number, c: number): CellValue => {
  const v = rows[r - 1]?.[c - 1];
  return v === undefined || v === "" ? null : v;
};

describe("kpi-lint fix writes only the fixed cells", () => {
  it("every other part, a custom XML part included, is byte for byte the same; every other cell keeps its value", async () => {
    const input = await richCopy("funing-forms.xlsx", "预算项目绩效目标");
    const out = path.join(tmp, "out.xlsx");
    const expected = applyCertainFixes(await gridOf(input), loadConfig(undefined));
    expect(expected.applied.length).toBeGreaterThan(0);
    const r = await run("fix", input, "--out", out);
    expect(r.code).toBe(0);

    const edited = new Set(expected.applied.map((e) => sheetPart(input, e.sheet)));
    const before = parts(input);
    expectSameParts(before, parts(out), (n) => edited.has(n));
    expect(text(parts(out), "customXml/item1.xml")).toContain("<unit>124001</unit>");

    const [g0, g1] = [await gridOf(input), await gridOf(out)];
    const fixed = new Map(expected.applied.map((e) => [`${e.sheet}!${e.row},${e.col}`, e.after]));
    for (const s of g0.sheets) {
      const t = g1.sheets.find((x) => x.name === s.name)!;
      expect(t.merges.map(areaKey).sort()).toEqual(s.merges.map(areaKey).sort());
      const height = Math.max(s.rows.length, t.rows.length);
      for (let row = 1; row <= height; row++) {
        for (let col = 1; col <= Math.max(s.columnCount, t.columnCount); col++) {
          const key = `${s.name}!${row},${col}`;
          const want = fixed.has(key) ? fixed.get(key)! : at(s.rows, row, col);
          expect([key, at(t.rows, row, col)]).toEqual([key, want]);
        }
      }
    }
  });
});

describe("kpi-lint insert shifts the sheet as Excel would", () => {
  it("moves cells, merges, conditional formats, validations, hyperlinks, formulas and references; copies every other part", async () => {
    const input = await richCopy("qingdao-forms.xlsx", SHEET);
    const out = path.join(tmp, "out.xlsx");
    const grid = await gridOf(input);
    const block = lint(grid).model.sheets.find((s) => s.name === SHEET)!.projects[0];
    const plan = planInsert(
      grid.sheets.find((s) => s.name === SHEET)!,
      block,
      BUILTIN_PACK.types.find((t) => t.id === "training")!,
    );
    expect(plan.added.length).toBeGreaterThan(0);
    const shift = shiftOf(plan);
    expect(shift(LAST)).toBeGreaterThan(LAST);

    const r = await run("insert", input, "--project", "法治专项业务费", "--type", "training", "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);

    const [p0, p1] = [parts(input), parts(out)];
    const target = sheetPart(input, SHEET);
    const referring = sheetPart(input, "引用");
    expectSameParts(p0, p1, (n) => [target, referring, "xl/workbook.xml"].includes(n));
    // the workbook part differs only in the defined name, which grew with the block
    const names = (x: string) => x.replace(/<definedName[^>]*>[^<]*<\/definedName>/g, "");
    expect(names(text(p1, "xl/workbook.xml"))).toBe(names(text(p0, "xl/workbook.xml")));
    expect(text(p1, "xl/workbook.xml")).toContain(`'${SHEET}'!$A$${shift(LAST - 5)}:$F$${shift(LAST)}</definedName>`);
    expect(text(p1, target)).toMatch(new RegExp(`<dimension ref="A1:H${shift(LAST + 6)}"/>`));

    const wb0 = new ExcelJS.Workbook();
    await wb0.xlsx.readFile(input);
    const wb1 = new ExcelJS.Workbook();
    await wb1.xlsx.readFile(out);
    const [ws0, ws1] = [wb0.getWorksheet(SHEET)!, wb1.getWorksheet(SHEET)!];

    // every cell that was there is at its shifted row with its value and style (formulas checked below)
    ws0.eachRow((row, rn) =>
      row.eachCell({ includeEmpty: true }, (cell, cn) => {
        const moved = ws1.getCell(shift(rn), cn);
        expect([cell.address, moved.style]).toEqual([cell.address, cell.style]);
        if (cell.type !== ExcelJS.ValueType.Formula && cell.type !== ExcelJS.ValueType.Merge) {
          expect([cell.address, moved.value]).toEqual([cell.address, cell.value]);
        }
      }),
    );
    const b = LAST;
    const formula = (ws: ExcelJS.Worksheet, ref: string) => (ws.getCell(ref).value as { formula: string }).formula;
    expect(formula(ws1, `H${shift(b + 2)}`)).toBe(`SUM(E${shift(b - 2)}:E${shift(b)})+H1`);
    expect(formula(ws1, "H1")).toBe(`COUNTA(C${shift(b - 5)}:C${shift(b)})&"C${b}"`);
    expect(formula(ws1, `H${shift(b + 3)}`)).toBe(`'${SHEET}'!E${shift(b)}*2`);
    expect(formula(wb1.getWorksheet("引用")!, "A1")).toBe(`'${SHEET}'!E${shift(b)}`);
    expect(formula(wb1.getWorksheet("引用")!, "A2")).toBe(`'${SHEET}'!E2`);

    // merges: each one moved, or grown when the rows went inside it
    const after = mergesOf(ws1);
    for (const m of mergesOf(ws0)) {
      const found = after.find((x) => x.top === shift(m.top) && x.left === m.left && x.right === m.right && x.bottom >= shift(m.bottom));
      expect([m, found ? "ok" : "missing"]).toEqual([m, "ok"]);
    }
    expect(after).toContainEqual({ top: shift(b + 4), left: 1, bottom: shift(b + 4), right: 2 });

    const cf = (ws1 as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> })
      .conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual([`E${shift(b - 5)}:E${shift(b)}`]);
    expect(cf[0].rules[0].formulae).toEqual([`E${shift(b - 5)}=""`]);
    const dv = ws1.getCell(`D${shift(b + 6)}`).dataValidation;
    expect(dv.formulae).toEqual([`$A$${shift(b + 3)}:$A$${shift(b + 4)}`]);
    expect((ws1.getCell(`A${shift(b + 5)}`).value as { hyperlink: string }).hyperlink).toBe("https://example.org/");

    // the other sheets are as they were
    for (const ws of wb0.worksheets.filter((w) => w.name !== SHEET && w.name !== "引用")) {
      expect(wb1.getWorksheet(ws.name)!.getSheetValues()).toEqual(ws.getSheetValues());
    }
    // the template's indicators are in the block
    const grown = lint(await gridOf(out)).model.sheets.find((s) => s.name === SHEET)!.projects[0];
    expect(grown.indicators).toHaveLength(block.indicators.length + plan.added.length);
  });

  async function decorated(decorate: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(FIXTURE_DIR, "qingdao-forms.xlsx"));
    decorate(wb.getWorksheet(SHEET)!);
    const file = path.join(tmp, "in.xlsx");
    await wb.xlsx.writeFile(file);
    return file;
  }

  it.each<[string, (ws: ExcelJS.Worksheet) => void, RegExp]>([
    ["a table", (ws) => ws.addTable({ name: "T1", ref: `A${LAST + 3}`, columns: [{ name: "x" }], rows: [[1]] }), /表格（列表对象）/],
    ["a comment below the block", (ws) => (ws.getCell(`B${LAST + 2}`).note = "note"), /插入位置以下有批注/],
  ])("refuses a sheet with %s, pointing to the add-in, and writes nothing", async (_name, decorate, what) => {
    const input = await decorated(decorate);
    const out = path.join(tmp, "out.xlsx");
    const r = await run("insert", input, "--project", "法治专项业务费", "--type", "training", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(what);
    expect(r.err).toMatch(/KPI Lint 加载项/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a comment above the insertion point does not stop it", async () => {
    const input = await decorated((ws) => (ws.getCell("A2").note = "note"));
    const out = path.join(tmp, "out.xlsx");
    const r = await run("insert", input, "--project", "法治专项业务费", "--type", "training", "--out", out);
    expect(r.code).toBe(0);
  });
});

describe("the surgical insert gives what Excel's own insertion gives (ExcelJS's executor as the reference)", () => {
  const CASES: Array<[string, string, string, string]> = [
    ["qingdao-forms.xlsx", "3.法治专项业务费", "法治专项业务费", "rule-of-law"],
    ["funing-forms.xlsx", "预算项目绩效目标", "普法经费", "publicity"],
    ["ningbo-summary.xlsx", "项目绩效目标汇总表", "普法宣传", "publicity"],
    ["split-variants.xlsx", "四川式", "法律培训费", "training"],
    ["split-variants.xlsx", "内蒙古式", "惠企法律服务费", "public-legal-service"],
  ];
  it.each(CASES)("%s / %s: the same cells and merged areas", async (fixture, sheet, project, typeId) => {
    const file = path.join(FIXTURE_DIR, fixture);
    const grid = readGridFile(file);
    const block = lint(grid)
      .model.sheets.find((s) => s.name === sheet)!
      .projects.find((p) => p.name === project)!;
    const plan = planInsert(
      grid.sheets.find((s) => s.name === sheet)!,
      block,
      BUILTIN_PACK.types.find((t) => t.id === typeId)!,
    );
    expect(plan.added.length).toBeGreaterThan(0);

    const surgical = readXlsx(writePlan(readFileBytes(file), file, plan), { path: file }).sheets.find((s) => s.name === sheet)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    applyPlan(wb, plan);
    const reference = workbookToGrid(await roundTrip(wb)).sheets.find((s) => s.name === sheet)!;

    expect(surgical.merges.map(areaKey).sort()).toEqual(reference.merges.map(areaKey).sort());
    expect(excelRows(surgical)).toEqual(excelRows(reference));
  });
});

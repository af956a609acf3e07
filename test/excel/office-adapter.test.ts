/**
 * The Office adapter on the in-memory Excel model: reads, edits and their journal, 撤销, marks, the report sheet,
 * errors in both languages. One file, over 300 lines, because every case shares one fixture workbook and helpers.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { lint } from "../../src/core/lint";
import { inspectJson } from "../../src/core/report/json";
import { KpiLintError } from "../../src/core/errors";
import { OfficeAdapter, REPORT_SHEET } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { MemWorkbook } from "../../src/excel/double";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { memFixture } from "../support/mem";

function adapterFor(store: MemWorkbook, version = "1.20") {
  return new OfficeAdapter(memoryHost(store, version));
}

/** A plain sheet of `rows` rows × `cols` columns with a merge every 3 rows in column A. */
function bigSheet(rows: number, cols: number, mergeEvery = 3): MemWorkbook {
  const store = new MemWorkbook();
  const s = store.addSheet("大表");
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) s.setValue(r, c, c === 1 ? `项目${r}` : r * c);
  for (let r = 1; r + 1 <= rows; r += mergeEvery) s.merges.push({ top: r, left: 1, bottom: r + 1, right: 1 });
  return store;
}

describe("reading into the grid", () => {
  it.each(["funing-forms.xlsx", "qingdao-forms.xlsx", "ningbo-summary.xlsx", "split-variants.xlsx"])(
    "%s: the Office path recognises exactly what the .xlsx path does",
    async (file) => {
      const viaOffice = await adapterFor(await memFixture(file)).readSheets("all");
      const viaExcelJs = workbookToGrid(await loadWorkbook(path.join(FIXTURE_DIR, file)));
      const a = lint(viaOffice);
      const b = lint({ sheets: viaExcelJs.sheets.filter((s) => viaOffice.sheets.some((o) => o.name === s.name)) });
      expect(inspectJson("x", a.model)).toEqual(inspectJson("x", b.model));
      expect(a.findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`)).toEqual(b.findings.map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`));
    },
  );

  it("percent-formatted numbers read as shown (0.2 in a 0% cell is 20%)", async () => {
    const grid = await adapterFor(await memFixture("funing-forms.xlsx")).readSheets("active");
    expect(grid.sheets[0].rows[6].slice(1, 5)).toEqual(["20%", "40%", "70%", "100%"]);
  });

  it("formula results and dates read the same through ExcelJS and through Office", async () => {
    const { memFromExcelJs } = await import("../../src/excel/double");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "B1/100", result: 0.95 };
    ws.getCell("A1").numFmt = "0%";
    ws.getCell("A2").value = { formula: "DATE(2024,12,31)", result: new Date(Date.UTC(2024, 11, 31)) };
    ws.getCell("A3").value = new Date(Date.UTC(2024, 11, 31));
    ws.getCell("A3").numFmt = "yyyy-mm-dd";
    const viaExcelJs = workbookToGrid(wb).sheets[0].rows.map((r) => r[0]);
    expect(viaExcelJs).toEqual(["95%", "2024年12月31日", "2024年12月31日"]);
    const store = memFromExcelJs(wb);
    store.sheets[0].ensure(2, 1).numberFormat = "yyyy-mm-dd"; // Excel shows a DATE() result with a date format
    const viaOffice = (await adapterFor(store).readSheets("active")).sheets[0].rows.map((r) => r[0]);
    expect(viaOffice).toEqual(viaExcelJs);
  });

  it("the number of syncs follows the payload, not the number of cells", async () => {
    const small = bigSheet(100, 8);
    await adapterFor(small).readSheets("active");
    const large = bigSheet(10000, 8);
    await adapterFor(large).readSheets("active");
    // list + used range + the probe of the first rows + merged areas; 100× the cells at ~2 MB: one sync more
    expect(small.syncCount).toBeLessThanOrEqual(4);
    expect(large.syncCount).toBeLessThanOrEqual(small.syncCount + 1);
  });

  it("very large used ranges are read in chunks under the 5 MB payload limit, merges beyond 512 included", async () => {
    const store = bigSheet(60000, 12);
    const grid = await adapterFor(store).readSheets("active");
    expect(grid.sheets[0].rowCount).toBe(60000);
    expect(grid.sheets[0].rows[59999][11]).toBe(60000 * 12);
    expect(grid.sheets[0].merges).toHaveLength(20000);
    expect(Math.max(...store.payloads)).toBeLessThan(5 * 1024 * 1024);
  });

  it("an empty sheet reads as empty", async () => {
    const store = new MemWorkbook();
    store.addSheet("空");
    const grid = await adapterFor(store).readSheets("active");
    expect(grid.sheets[0]).toMatchObject({ name: "空", rowCount: 0 });
  });

  it("'all' skips hidden sheets and the report sheet", async () => {
    const store = await memFixture("qingdao-forms.xlsx");
    store.sheets[1].visibility = "Hidden";
    store.addSheet(REPORT_SHEET);
    const grid = await adapterFor(store).readSheets("all");
    expect(grid.sheets.map((s) => s.name)).not.toContain(REPORT_SHEET);
    expect(grid.sheets).toHaveLength(9);
  });
});

describe("edits, journal and 撤销", () => {
  it("applies a fix, journals it, and 撤销 restores the value and number format exactly", async () => {
    const store = await memFixture("qingdao-forms.xlsx");
    const adapter = adapterFor(store);
    const { findings } = lint(await adapter.readSheets("all"));
    const plan = findings.find((f) => f.ruleId === "spending-plan" && f.sheet === "1.法律培训费");
    expect(plan?.fix).toBeTruthy();
    const sheet = store.sheet("1.法律培训费")!;
    const before = { ...sheet.cell(9, 3)! };
    const r = await adapter.applyEdits(plan!.fix!.edits, "修复 资金支出计划");
    expect(r.refused).toEqual([]);
    expect(sheet.cell(9, 3)).toMatchObject({ value: 0.1176, numberFormat: "0.00%" });
    expect((await adapter.journal()).map((e) => e.label)).toEqual(["修复 资金支出计划"]);

    const u = await adapter.undo();
    expect(u.restored).toBe(3);
    expect(sheet.cell(9, 3)?.value).toBe(before.value);
    expect(sheet.cell(9, 3)?.numberFormat ?? "General").toBe(before.numberFormat ?? "General");
    expect(await adapter.journal()).toEqual([]);
    expect((await adapter.undo()).entry).toBeNull();
  });

  it("writes operators that start with = as text, never as a formula", async () => {
    const store = await memFixture("split-variants.xlsx");
    const adapter = adapterFor(store);
    const { findings } = lint(await adapter.readSheets(["内蒙古式"]));
    const f = findings.find((x) => x.ruleId === "percent-out-of-range");
    await adapter.applyEdits(f!.fix!.edits, "修复");
    const cell = store.sheet("内蒙古式")!.cell(f!.fix!.edits[0].row, f!.fix!.edits[0].col)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe("等于");
  });

  it("refuses a fix whose cell changed since validation, and applies the rest", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const adapter = adapterFor(store);
    const { findings } = lint(await adapter.readSheets("active"));
    const fixes = findings.filter((f) => f.ruleId === "nonstandard-unit").slice(0, 2);
    store.sheets[0].setValue(fixes[0].row, fixes[0].column, "≥96 百分率"); // someone typed in the cell meanwhile
    const r = await adapter.applyEdits(
      fixes.flatMap((f) => f.fix!.edits),
      "全部修复",
    );
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].reason).toMatch(/已被修改/);
    expect(r.applied).toHaveLength(1);
    expect(store.sheets[0].value(fixes[0].row, fixes[0].column)).toBe("≥96 百分率");
  });

  it("撤销 keeps a cell the user edited after the fix", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const adapter = adapterFor(store);
    const { findings } = lint(await adapter.readSheets("active"));
    const f = findings.find((x) => x.ruleId === "cost-operator")!;
    await adapter.applyEdits(f.fix!.edits, "修复");
    store.sheets[0].setValue(f.row, f.column, "≤29000元");
    const u = await adapter.undo();
    expect(u.skipped).toHaveLength(1);
    expect(store.sheets[0].value(f.row, f.column)).toBe("≤29000元");
  });

  it("a formula overwritten by a fix comes back on 撤销", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("S");
    s.setValue(1, 1, "≥95 百分率");
    s.ensure(1, 1).formula = '="≥95 百分率"';
    const adapter = adapterFor(store);
    await adapter.applyEdits([{ sheet: "S", row: 1, col: 1, cell: "A1", before: "≥95 百分率", after: "≥95%" }], "修复");
    expect(s.cell(1, 1)).toMatchObject({ value: "≥95%", formula: undefined });
    await adapter.undo();
    expect(s.cell(1, 1)).toMatchObject({ formula: '="≥95 百分率"', value: "≥95 百分率" });
  });

  it("groups the batch into one Excel undo step where ExcelApi 1.20 is present", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const host = memoryHost(store, "1.20");
    const run = jest.spyOn(host, "run");
    const adapter = new OfficeAdapter(host);
    await adapter.applyEdits([{ sheet: store.sheets[0].name, row: 13, col: 5, cell: "E13", before: "≥95 百分率", after: "≥95%" }], "修复");
    expect(run.mock.calls[0][0]).toEqual({ mergeUndoGroup: true });
    const older = memoryHost(store, "1.13");
    const run2 = jest.spyOn(older, "run");
    await new OfficeAdapter(older).applyEdits(
      [{ sheet: store.sheets[0].name, row: 14, col: 5, cell: "E14", before: "≥90 百分率", after: "≥90%" }],
      "修复",
    );
    expect(typeof run2.mock.calls[0][0]).toBe("function");
  });

  it("applies in a constant number of syncs whatever the batch size", async () => {
    const store = bigSheet(3000, 3);
    const adapter = adapterFor(store);
    const edits = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        sheet: "大表",
        row: i + 1,
        col: 2,
        cell: `B${i + 1}`,
        before: (i + 1) * 2,
        after: `${(i + 1) * 2}件`,
      }));
    const s0 = store.syncCount;
    await adapter.applyEdits(edits(5), "五处");
    const small = store.syncCount - s0;
    const s1 = store.syncCount;
    await adapter.applyEdits(edits(2000).slice(5), "其余");
    expect(store.syncCount - s1).toBe(small);
  });
});

describe("errors the user can act on", () => {
  it("a protected sheet: clear zh-CN message, nothing changed", async () => {
    const store = await memFixture("funing-forms.xlsx");
    store.sheets[0].protected = true;
    const adapter = adapterFor(store);
    const before = store.sheets[0].value(13, 5);
    await expect(
      adapter.applyEdits([{ sheet: store.sheets[0].name, row: 13, col: 5, cell: "E13", before, after: "≥95%" }], "修复"),
    ).rejects.toThrow(/受保护.*撤消工作表保护/);
    expect(store.sheets[0].value(13, 5)).toBe(before);
    await expect(adapter.highlight([{ sheet: store.sheets[0].name, cell: "E13", severity: "error" }])).rejects.toBeInstanceOf(KpiLintError);
  });

  it("cell-edit mode: asks to finish editing first", async () => {
    const store = await memFixture("funing-forms.xlsx");
    store.cellEditMode = true;
    await expect(adapterFor(store).readSheets("active")).rejects.toThrow(/单元格编辑状态.*Enter 或 Esc/);
  });

  it("a sheet deleted since validation", async () => {
    const store = await memFixture("funing-forms.xlsx");
    await expect(
      adapterFor(store).applyEdits([{ sheet: "不存在", row: 1, col: 1, cell: "A1", before: null, after: "x" }], "修复"),
    ).rejects.toThrow(/找不到.*工作表/);
  });
});

describe("highlights", () => {
  it("marks cells with conditional formats and removes only its own, the user's formatting untouched", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const s = store.sheets[0];
    s.conditionalFormats.push({
      id: 999,
      type: "Custom",
      areas: [{ top: 1, left: 1, bottom: 5, right: 5 }],
      formula: "=A1>0",
      fill: "#00FF00",
    });
    const fillsBefore = JSON.stringify([...s.cells].map(([k, c]) => [k, c.fill ?? null, c.bold ?? null]));
    const adapter = adapterFor(store);
    await adapter.highlight([
      { sheet: s.name, cell: "E13", severity: "warning" },
      { sheet: s.name, cell: "E92", severity: "error" },
      { sheet: s.name, cell: "B15", severity: "info" },
    ]);
    expect(s.conditionalFormats.filter((cf) => cf.formula.includes("kpi-lint"))).toHaveLength(3);
    // a rerun replaces, never stacks
    await adapter.highlight([{ sheet: s.name, cell: "E13", severity: "warning" }]);
    expect(s.conditionalFormats.filter((cf) => cf.formula.includes("kpi-lint"))).toHaveLength(1);
    expect(await adapter.clearHighlights()).toBe(1);
    expect(s.conditionalFormats.map((cf) => cf.id)).toEqual([999]);
    expect(JSON.stringify([...s.cells].map(([k, c]) => [k, c.fill ?? null, c.bold ?? null]))).toBe(fillsBefore);
  });
});

describe("the 校验报告 sheet", () => {
  it("is written once and replaced on a rerun, cells linked to the findings", async () => {
    const store = await memFixture("qingdao-forms.xlsx");
    const adapter = adapterFor(store);
    const rows = [
      {
        severity: "error" as const,
        project: "法治专项业务费",
        sheet: "3.法治专项业务费",
        cell: "E10",
        ruleId: "budget-exceeded",
        rule: "超出预算",
        message: "超预算",
        fix: "≤208.4万元",
      },
      {
        severity: "warning" as const,
        project: "法律培训费",
        sheet: "1.法律培训费",
        cell: "C9",
        ruleId: "spending-plan",
        rule: "资金支出计划写法",
        message: "金额",
        fix: "",
      },
    ];
    await adapter.writeReport(rows, "共 2 个问题");
    await adapter.writeReport(rows.slice(0, 1), "共 1 个问题");
    const reports = store.sheets.filter((s) => s.name === REPORT_SHEET);
    expect(reports).toHaveLength(1);
    const rep = reports[0];
    expect(rep.value(1, 1)).toBe("共 1 个问题");
    expect(rep.value(2, 1)).toBe("严重程度");
    expect([rep.value(3, 1), rep.value(3, 2), rep.value(3, 3), rep.value(3, 4)]).toEqual([
      "错误",
      "法治专项业务费",
      "3.法治专项业务费!E10",
      "超出预算",
    ]);
    expect(rep.value(4, 1)).toBeNull();
    expect(rep.hyperlinks.get("3,3")?.documentReference).toBe("'3.法治专项业务费'!E10");
    expect(store.activeSheet).toBe(REPORT_SHEET);
  });
});

describe("state kept in the workbook", () => {
  it("saves and loads settings; select moves the selection", async () => {
    const store = await memFixture("qingdao-forms.xlsx");
    const adapter = adapterFor(store);
    await adapter.saveState("kpiLint.config", { costFramework: "2021" });
    expect(await adapter.loadState("kpiLint.config")).toEqual({ costFramework: "2021" });
    expect(await adapter.loadState("nothing")).toBeNull();
    await adapter.select("3.法治专项业务费", "E10");
    expect(store.selection).toEqual({ sheet: "3.法治专项业务费", address: "E10" });
    expect(store.activeSheet).toBe("3.法治专项业务费");
  });
});

describe("the ribbon's 校验工作表 on a protected sheet", () => {
  it("still writes the report, and says the cells could not be marked", async () => {
    const { validateAndReport } = await import("../../src/app/workflow");
    const store = await memFixture("funing-forms.xlsx");
    store.sheets[0].protected = true;
    const r = await validateAndReport(adapterFor(store));
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.notes.join()).toMatch(/未能标记单元格.*受保护/);
    expect(store.sheet(REPORT_SHEET)?.value(3, 1)).toBeTruthy();
  });
});

describe("in English (Office's display language)", () => {
  it("the report sheet, the summary and the errors speak English; the sheet keeps its name", async () => {
    const { validateAndReport } = await import("../../src/app/workflow");
    const store = await memFixture("funing-forms.xlsx");
    const adapter = new OfficeAdapter(memoryHost(store), "en");
    const r = await validateAndReport(adapter, "en");
    expect(r.summary).toMatch(/^Validated .*: \d+ problem\(s\) \(Error \d+, Warning \d+, Info \d+\) in \d+ of \d+ project\(s\)$/);
    const rep = store.sheet(REPORT_SHEET)!;
    expect(rep.value(2, 1)).toBe("Severity");
    expect(["Error", "Warning", "Info"]).toContain(rep.value(3, 1));
    store.sheets[0].protected = true;
    const before = "≥95 百分率";
    const err = await adapter
      .applyEdits([{ sheet: store.sheets[0].name, row: 13, col: 5, cell: "E13", before, after: "≥95%" }], "Fix")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KpiLintError);
    expect((err as KpiLintError).messageEn).toMatch(/is protected, so it cannot change the cells/);
    expect((err as KpiLintError).message).toMatch(/受保护，无法修改单元格/);
  });
});

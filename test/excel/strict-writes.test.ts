/**
 * Issue 10, the writing half: each numbered failure of real Excel, reproduced by the strict in-memory Excel
 * (src/excel/double), and the adapter's fix. Each test failed before the fix.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { workbookToGrid } from "../../src/cli/xlsx-grid";
import { lint } from "../../src/core/lint";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import { planInsert, type InsertPlan } from "../../src/core/templates/planner";
import { importPack, workbookPacks } from "../../src/app/packs";
import { STATE_KEYS } from "../../src/excel/adapter";
import { OfficeAdapter, REPORT_SHEET } from "../../src/excel/office-adapter";
import { memFromExcelJs, memoryHost, MemWorkbook, SETTINGS_LIMIT } from "../../src/excel/double";
import type { ExcelHost } from "../../src/excel/host";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { bigPackJson } from "../support/big-pack";
import { memFixture } from "../support/mem";

const SHEET = "3.法治专项业务费";

async function qingdaoPlan(): Promise<{ store: MemWorkbook; plan: InsertPlan }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURE_DIR, "qingdao-forms.xlsx"));
  const grid = workbookToGrid(wb);
  const block = lint(grid)
    .model.sheets.find((s) => s.name === SHEET)!
    .projects.find((p) => p.name === "法治专项业务费")!;
  const plan = planInsert(
    grid.sheets.find((s) => s.name === SHEET)!,
    block,
    BUILTIN_PACK.types.find((t) => t.id === "rule-of-law")!,
  );
  return { store: memFromExcelJs(wb), plan };
}

/** A host whose `failAt`-th sync of every batch fails as if the user started typing in a cell. */
function failingHost(store: MemWorkbook, failAt: number): ExcelHost {
  const host = memoryHost(store);
  const run = (...args: unknown[]) => {
    const batch = (typeof args[0] === "function" ? args[0] : args[1]) as (ctx: Excel.RequestContext) => Promise<unknown>;
    return host.run(async (ctx: Excel.RequestContext) => {
      const sync = ctx.sync.bind(ctx);
      let n = 0;
      ctx.sync = () => {
        if (++n === failAt) store.cellEditMode = true;
        return sync();
      };
      return batch(ctx);
    });
  };
  return { run: run, isSetSupported: host.isSetSupported };
}

describe("1. marks beside the user's own conditional formats (office-js#2180)", () => {
  it("a sheet with a colour scale and a cell-value rule is marked and cleared; the user's rules stay", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const s = store.sheets[0];
    s.conditionalFormats.push(
      { id: 901, type: "ColorScale", areas: [{ top: 5, left: 4, bottom: 120, right: 4 }], formula: "", fill: null },
      { id: 902, type: "CellValue", areas: [{ top: 5, left: 5, bottom: 120, right: 5 }], formula: "", fill: null },
    );
    const adapter = new OfficeAdapter(memoryHost(store));
    await adapter.highlight([{ sheet: s.name, cell: "E13", severity: "error" }]);
    await adapter.highlight([{ sheet: s.name, cell: "E14", severity: "warning" }]);
    expect(s.conditionalFormats.filter((cf) => cf.formula.includes("kpi-lint"))).toHaveLength(1);
    expect(await adapter.clearHighlights()).toBe(1);
    expect(s.conditionalFormats.map((cf) => cf.id)).toEqual([901, 902]);
  });

  it("the strict model refuses custom/rule/formula on a collection holding other rule types, as Excel does", async () => {
    const store = await memFixture("funing-forms.xlsx");
    store.sheets[0].conditionalFormats.push({
      id: 903,
      type: "DataBar",
      areas: [{ top: 1, left: 1, bottom: 2, right: 2 }],
      formula: "",
      fill: null,
    });
    const load = memoryHost(store).run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem(store.sheets[0].name).getRange().conditionalFormats.load("items/type,items/custom/rule/formula");
      await ctx.sync();
    });
    await expect(load).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("2. template insertion around merged 一级/二级 cells (office-js#4800)", () => {
  it("whole-row copyFrom across the grown merged group is refused by the strict model", async () => {
    const { store, plan } = await qingdaoPlan();
    // what the adapter did before: every op as it comes, formats copied over whole rows
    const old = memoryHost(store).run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem(SHEET);
      const rows = (at: number, n: number) => ws.getRange(`${at}:${at + n - 1}`);
      for (const op of plan.ops) {
        if (op.op === "insertRows") rows(op.at, op.count).insert("Down");
        else if (op.op === "copyFormats") rows(op.toRow, op.count).copyFrom(rows(op.fromRow, 1), "Formats");
      }
      await ctx.sync();
    });
    await expect(old).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("the adapter inserts, the new rows carry the row's formats outside merged columns, and the journal entry is done", async () => {
    const { store, plan } = await qingdaoPlan();
    const adapter = new OfficeAdapter(memoryHost(store));
    const entry = await adapter.applyPlan(plan, "插入模板指标");
    expect(entry.pending).toBeUndefined();
    expect(entry.insertedRows?.[0].values?.length).toBe(entry.insertedRows?.[0].count);
    const sheet = store.sheet(SHEET)!;
    const row = plan.added[0].row;
    const bordered = [...sheet.cells].filter(([k, c]) => k.startsWith(`${row},`) && c.border).length;
    expect(bordered).toBeGreaterThan(2);
    expect((await adapter.journal()).map((e) => e.pending)).toEqual([undefined]);
  });

  it("a batch Excel stops half-way leaves a pending journal entry, and 撤销 never deletes rows it cannot vouch for", async () => {
    const { store, plan } = await qingdaoPlan();
    const before = [...store.sheet(SHEET)!.cells].length;
    // syncs: guard, merged areas, the pending entry, then the rows — which fail
    await expect(new OfficeAdapter(failingHost(store, 4)).applyPlan(plan, "插入模板指标")).rejects.toThrow(/单元格编辑状态/);
    store.cellEditMode = false;
    const adapter = new OfficeAdapter(memoryHost(store));
    expect((await adapter.journal()).map((e) => e.pending)).toEqual([true]);
    const u = await adapter.undo();
    expect(u.skipped[0].reason).toMatch(/未能完成，未删除/);
    expect([...store.sheet(SHEET)!.cells].length).toBe(before);
  });
});

describe("5. state within the settings' size (office-js#621, #3957)", () => {
  it("the strict model refuses settings beyond the limit", async () => {
    const store = new MemWorkbook();
    store.addSheet("S");
    const save = new OfficeAdapter(memoryHost(store)).saveState("kpiLint.other", "x".repeat(SETTINGS_LIMIT));
    await expect(save).rejects.toBeTruthy();
  });

  it("a 1.5 MB pack is kept in a custom XML part, read back, and edits and 撤销 still journal", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const adapter = new OfficeAdapter(memoryHost(store));
    const json = bigPackJson(1.5 * 1024 * 1024);
    expect((await importPack(adapter, json)).ok).toBe(true);
    expect(store.settings.has(STATE_KEYS.packs)).toBe(false);
    expect(Buffer.byteLength([...store.customXmlParts.values()][0])).toBeGreaterThan(1.5 * 1024 * 1024);
    expect((await workbookPacks(adapter)).map((p) => p.pack?.types.length)).toEqual([JSON.parse(json).types.length]);
    const edit = { sheet: store.sheets[0].name, row: 13, col: 5, cell: "E13", before: "≥95 百分率", after: "≥95%" };
    await adapter.applyEdits([edit], "修复");
    await adapter.undo();
    expect(store.sheets[0].value(13, 5)).toBe("≥95 百分率");
    // re-importing replaces the part, never adds a second
    await importPack(adapter, json);
    expect(store.customXmlParts.size).toBe(1);
  });

  it("the journal entry is saved before the cells change: a failed write leaves it pending, cells untouched", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const edit = { sheet: store.sheets[0].name, row: 13, col: 5, cell: "E13", before: "≥95 百分率", after: "≥95%" };
    await expect(new OfficeAdapter(failingHost(store, 3)).applyEdits([edit], "修复")).rejects.toThrow();
    store.cellEditMode = false;
    const journal = await new OfficeAdapter(memoryHost(store)).journal();
    expect(journal.map((e) => [e.label, e.pending])).toEqual([["修复", true]]);
    expect(store.sheets[0].value(13, 5)).toBe("≥95 百分率");
  });
});

describe("6. 撤销 of a template insertion deletes only rows that still hold what was written", () => {
  const insert = async () => {
    const { store, plan } = await qingdaoPlan();
    const adapter = new OfficeAdapter(memoryHost(store));
    await adapter.applyPlan(plan, "插入模板指标");
    return { store, plan, adapter, sheet: store.sheet(SHEET)! };
  };

  it("after the user filled in a 【待填】 value: refuses, keeps the value", async () => {
    const { plan, adapter, sheet } = await insert();
    const p = plan.placeholders[0];
    sheet.setValue(p.row, p.col, "≥98%");
    const rowsBefore = [...sheet.cells].length;
    const u = await adapter.undo();
    expect(u.skipped.map((s) => s.reason).join()).toMatch(/已不是插入时的内容/);
    expect(sheet.value(p.row, p.col)).toBe("≥98%");
    expect([...sheet.cells].length).toBe(rowsBefore);
    expect(await adapter.journal()).toEqual([]);
  });

  it("after the user inserted a row above, or already undid with Ctrl+Z: refuses", async () => {
    const a = await insert();
    a.sheet.insertRows(2, 1);
    expect((await a.adapter.undo()).skipped[0].reason).toMatch(/已不是插入时的内容/);
    const b = await insert();
    for (const r of [...b.plan.insertedRows].sort((x, y) => y.row - x.row)) b.sheet.deleteRows(r.row, r.count); // Excel's own undo
    const cells = JSON.stringify([...b.sheet.cells]);
    expect((await b.adapter.undo()).skipped.length).toBeGreaterThan(0);
    expect(JSON.stringify([...b.sheet.cells])).toBe(cells);
  });

  it("untouched rows are deleted", async () => {
    const { adapter, plan } = await insert();
    const u = await adapter.undo();
    expect(u.skipped).toEqual([]);
    expect(u.restored).toBe(plan.insertedRows.reduce((s, r) => s + r.count, 0));
  });
});

describe("9. protection", () => {
  it("unlocked cells of a protected sheet take fixes; locked ones are refused with a reason", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const s = store.sheets[0];
    s.protected = true;
    s.ensure(13, 5).locked = false;
    const adapter = new OfficeAdapter(memoryHost(store));
    const r = await adapter.applyEdits(
      [
        { sheet: s.name, row: 13, col: 5, cell: "E13", before: "≥95 百分率", after: "≥95%" },
        { sheet: s.name, row: 14, col: 5, cell: "E14", before: s.value(14, 5), after: "≥90%" },
      ],
      "全部修复",
    );
    expect(r.applied.map((e) => e.cell)).toEqual(["E13"]);
    expect(r.refused[0].reason).toMatch(/锁定/);
    expect(s.value(13, 5)).toBe("≥95%");
    await adapter.undo();
    expect(s.value(13, 5)).toBe("≥95 百分率");
  });

  it("workbook structure protection: the report says the workbook is protected, the ribbon still reports the result", async () => {
    const { validateAndReport } = await import("../../src/app/workflow");
    const store = await memFixture("funing-forms.xlsx");
    store.structureProtected = true;
    const r = await validateAndReport(new OfficeAdapter(memoryHost(store)));
    expect(r.reported).toBe(false);
    expect(r.notes.join()).toMatch(/工作簿结构受保护/);
    expect(store.sheet(REPORT_SHEET)).toBeUndefined();
  });
});

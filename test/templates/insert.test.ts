import path from "node:path";
import ExcelJS from "exceljs";
import { applyPlan } from "../../src/cli/apply-plan";
import { workbookToGrid } from "../../src/cli/xlsx-grid";
import { lint } from "../../src/core/lint";
import type { ProjectBlock } from "../../src/core/model";
import { inspectJson } from "../../src/core/report/json";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import { planInsert, type InsertPlan } from "../../src/core/templates/planner";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { memFromExcelJs } from "../../src/excel/double";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { roundTrip, shiftOf } from "../support/insert";

const type = (id: string) => BUILTIN_PACK.types.find((t) => t.id === id)!;

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURE_DIR, file));
  return wb;
}

function blockOf(wb: ExcelJS.Workbook, sheet: string, project: string): { block: ProjectBlock; plan: (typeId: string) => InsertPlan } {
  const grid = workbookToGrid(wb);
  const { model } = lint(grid);
  const block = model.sheets.find((s) => s.name === sheet)!.projects.find((p) => p.name === project)!;
  expect(block).toBeDefined();
  const sg = grid.sheets.find((s) => s.name === sheet)!;
  return { block, plan: (typeId) => planInsert(sg, block, type(typeId)) };
}

const errorKeys = (wb: ExcelJS.Workbook) =>
  new Set(
    lint(workbookToGrid(wb))
      .findings.filter((f) => f.severity === "error")
      .map((f) => `${f.sheet}|${f.ruleId}|${f.project}|${f.indicator}`),
  );

const CASES: Array<[string, string, string, string, string]> = [
  ["form, merged 一级, cost first (002)", "qingdao-forms.xlsx", "3.法治专项业务费", "法治专项业务费", "rule-of-law"],
  ["form, many blocks on one sheet, older cost placement (001)", "funing-forms.xlsx", "预算项目绩效目标", "普法经费", "publicity"],
  ["summary table, no level columns, split 运算符|单位|目标值 (000)", "ningbo-summary.xlsx", "项目绩效目标汇总表", "普法宣传", "publicity"],
  ["split columns, operators as symbols (Sichuan)", "split-variants.xlsx", "四川式", "法律培训费", "training"],
  ["split columns, operators in words (Inner Mongolia)", "split-variants.xlsx", "内蒙古式", "惠企法律服务费", "public-legal-service"],
];

describe.each(CASES)("insert: %s", (_name, file, sheet, project, typeId) => {
  it("keeps every existing cell's value and format, extends merges, follows the layout, adds no new errors", async () => {
    const before = await open(file);
    const { block, plan: makePlan } = blockOf(before, sheet, project);
    const plan = makePlan(typeId);
    expect(plan.added.length).toBeGreaterThan(0);

    const after = await open(file);
    applyPlan(after, plan);
    const out = await roundTrip(after);
    const wsB = before.getWorksheet(sheet)!;
    const wsA = out.getWorksheet(sheet)!;
    const shift = shiftOf(plan);

    // every pre-existing cell: same value and same style, at its shifted row
    wsB.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const moved = wsA.getCell(shift(r), c);
        if (cell.type !== ExcelJS.ValueType.Merge) expect([cell.address, moved.value]).toEqual([cell.address, cell.value]);
        expect([cell.address, moved.style]).toEqual([cell.address, cell.style]);
      });
    });
    // other sheets untouched
    for (const ws of before.worksheets.filter((w) => w.name !== sheet)) {
      expect(out.getWorksheet(ws.name)!.getSheetValues()).toEqual(ws.getSheetValues());
    }
    // merges: each original one is still there, moved or grown
    const mergesA = Object.values(
      (wsA as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges,
    );
    for (const m of Object.values(
      (wsB as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges,
    )) {
      const top = shift(m.top);
      const found = mergesA.find((x) => x.top === top && x.left === m.left && x.right === m.right && x.bottom >= shift(m.bottom));
      expect([m, found ? "ok" : "missing"]).toEqual([m, "ok"]);
    }
    // read back: the template's indicators are in the block, under their groups
    const { block: grown } = blockOf(out, sheet, project);
    for (const a of plan.added) {
      const ind = grown.indicators.find((i) => i.row === a.row);
      expect(ind?.name).toBe(a.name);
      if (block.columns.level1 !== undefined) expect([ind?.level1, ind?.level2]).toEqual([a.level1, a.level2]);
      if (!a.placeholder) expect(ind?.value.kind).not.toBe("empty");
    }
    expect(grown.indicators).toHaveLength(block.indicators.length + plan.added.length);
    // no new error-severity finding: placeholders are warnings until filled
    const newErrors = [...errorKeys(out)].filter((k) => !errorKeys(before).has(k));
    expect(newErrors).toEqual([]);
    const placeholders = lint(workbookToGrid(out)).findings.filter((f) => f.ruleId === "template-placeholder" && f.sheet === sheet);
    expect(placeholders.map((f) => f.row).sort((a, b) => a - b)).toEqual(plan.placeholders.map((p) => p.row));
  });

  it("the Office adapter applies the same plan to the same result, and 撤销 removes it exactly", async () => {
    const wb = await open(file);
    const { plan: makePlan } = blockOf(wb, sheet, project);
    const plan = makePlan(typeId);
    const store = memFromExcelJs(wb);
    const adapter = new OfficeAdapter(memoryHost(store));
    const original = inspectJson("x", lint(await adapter.readSheets([sheet])).model);
    const syncs = store.syncCount;
    await adapter.applyPlan(plan, "插入模板指标");
    // guard + merges, the journal entry first, the rows, the entry marked done: constant whatever the plan
    expect(store.syncCount - syncs).toBeLessThanOrEqual(5);

    const viaExcelJs = await open(file);
    applyPlan(viaExcelJs, plan);
    const expected = inspectJson(
      "x",
      lint({ sheets: workbookToGrid(await roundTrip(viaExcelJs)).sheets.filter((s) => s.name === sheet) }).model,
    );
    expect(inspectJson("x", lint(await adapter.readSheets([sheet])).model)).toEqual(expected);

    const u = await adapter.undo();
    expect(u.entry?.label).toBe("插入模板指标");
    expect(inspectJson("x", lint(await adapter.readSheets([sheet])).model)).toEqual(original);
    expect(store.sheet(sheet)!.merges.length).toBe(memFromExcelJs(await open(file)).sheet(sheet)!.merges.length);
  });
});

describe("planning", () => {
  it("skips indicators the block already has: same name (normalised), similar name or same per-unit target under the same 二级", async () => {
    const { plan } = blockOf(await open("qingdao-forms.xlsx"), "1.法律培训费", "法律培训费");
    const p = plan("training");
    // 培训费支出标准 ≤550元（每人每天） ≈ 人均培训成本 ≤N元/人/天; 培训对象满意率 ≈ 培训对象满意度
    expect(p.skipped.map((s) => [s.name, s.existing.name])).toEqual([
      ["人均培训成本", "培训费支出标准"],
      ["培训对象满意度", "培训对象满意率"],
    ]);
    expect(p.skipped[0].reason).toMatch(/培训费支出标准.*第 \d+ 行/);
    expect(p.skipped[0].reasonEn).toMatch(/培训费支出标准/);
    expect(p.added.map((a) => a.name)).not.toContain("人均培训成本");
    const wb = await open("qingdao-forms.xlsx");
    wb.getWorksheet("3.法治专项业务费")!.getCell("C17").value = "当事人 满意度"; // a stray space, as PDFs leave them
    const again = blockOf(wb, "3.法治专项业务费", "法治专项业务费").plan("rule-of-law");
    // 市级重大决策合法性审查率 (质量指标) ≈ 重大决策合法性审查率; 当事人 满意度 = 当事人满意度
    expect(again.skipped.map((s) => [s.name, s.existing.name])).toEqual([
      ["重大决策合法性审查率", "市级重大决策合法性审查率"],
      ["当事人满意度", "当事人 满意度"],
    ]);
    expect(again.skipped.join("、")).toBe("重大决策合法性审查率、当事人满意度"); // older callers joining the list still read names
    expect(again.added.map((a) => a.name)).not.toContain("当事人满意度");
  });

  it("takes the cost bound from the block's 预算数, in the table's own money unit", async () => {
    const yuan = blockOf(await open("funing-forms.xlsx"), "预算项目绩效目标", "社区矫正经费").plan("community-correction");
    expect(yuan.added.find((a) => a.name === "社区矫正经费控制数")?.value).toBe("≤300000元");
    const wan = blockOf(await open("qingdao-forms.xlsx"), "3.法治专项业务费", "法治专项业务费").plan("rule-of-law");
    expect(wan.added.find((a) => a.name === "法治业务经费控制数")?.value).toBe("≤208.4万元");
  });

  it("puts costs under 产出指标 / 成本指标 where the block uses the older framework", async () => {
    const p = blockOf(await open("funing-forms.xlsx"), "预算项目绩效目标", "普法经费").plan("publicity");
    expect(p.added.find((a) => a.name.includes("经费控制数"))).toMatchObject({ level1: "产出指标", level2: "成本指标" });
  });

  it("a refused plan: the block changed since planning", async () => {
    const wb = await open("qingdao-forms.xlsx");
    const plan = blockOf(wb, "3.法治专项业务费", "法治专项业务费").plan("rule-of-law");
    const store = memFromExcelJs(wb);
    const last = plan.guard[1];
    store.sheet("3.法治专项业务费")!.setValue(last.row, last.col, "改过的指标");
    await expect(new OfficeAdapter(memoryHost(store)).applyPlan(plan, "插入")).rejects.toThrow(/已被修改/);
  });
});

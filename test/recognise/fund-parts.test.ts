/** The budget's parts (其中：财政资金 | 其他资金) read in forms and summary tables, for fund-sum. */
import { makeSheet } from "../../src/core/grid";
import { recogniseWorkbook } from "../../src/core/recognise/recognise";
import { CLEAN_ROWS, form, workbook } from "../support/sheets";

describe("the budget's parts", () => {
  it("a form's 其他资金 beside 其中：财政资金, and the goal's cell", () => {
    const p = recogniseWorkbook(form(CLEAN_ROWS, { budget: 100, fiscal: 80, other: 20, goal: "全年培训200人" })).sheets[0].projects[0];
    expect(p.fiscal).toEqual({ amount: 80, unit: "万元", cell: { row: 4, col: 5 } });
    expect(p.other).toEqual({ amount: 20, unit: "万元", cell: { row: 4, col: 7 } });
    expect(p.goalCell).toEqual({ row: 7, col: 2 });
  });

  it("a blank 其他资金 is null, not the next label's value", () => {
    const p = recogniseWorkbook(form(CLEAN_ROWS, { budget: 100 })).sheets[0].projects[0];
    expect(p.other).toBeNull();
    expect(p.fiscal?.amount).toBe(100);
  });

  it("summary columns 年度资金总额 | 其中：财政拨款 | 自有资金, each in its header's unit", () => {
    const grid = workbook(
      makeSheet(
        "汇总表",
        [
          ["项目名称", "年度资金总额（万元）", "其中：财政拨款（万元）", "自有资金（元）", "三级指标", "指标值"],
          ["社区矫正经费", 30, 20, 100000, "矫正人员报到率", "≥90%"],
          [null, null, null, null, "再犯罪率", "≤0.5%"],
        ],
        [],
      ),
    );
    const p = recogniseWorkbook(grid).sheets[0].projects[0];
    expect(p.columns).toMatchObject({ project: 1, budget: 2, fiscal: 3, other: 4, name: 5, value: 6 });
    expect(p.budget).toMatchObject({ amount: 30, unit: "万元" });
    expect(p.fiscal).toMatchObject({ amount: 20, unit: "万元" });
    expect(p.other).toMatchObject({ amount: 100000, unit: "元" });
  });

  it("上级补助 is no 其他资金 (fiscal money from a higher level)", () => {
    const grid = workbook(
      makeSheet(
        "汇总表",
        [
          ["项目名称", "预算数", "上级补助", "三级指标", "指标值"],
          ["社区矫正经费", 30, 10, "矫正人员报到率", "≥90%"],
        ],
        [],
      ),
    );
    const p = recogniseWorkbook(grid).sheets[0].projects[0];
    expect(p.columns.other).toBeUndefined();
    expect(p.other).toBeNull();
  });
});

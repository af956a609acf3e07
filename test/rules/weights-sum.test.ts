import { resolveConfig } from "../../src/core/config";
import { makeSheet } from "../../src/core/grid";
import { RULES } from "../../src/core/rules";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, formRows, withRow, workbook } from "../support/sheets";

/** CLEAN_ROWS (rows 9–14) carry 分值 in column G. */
const weighted = (weights: Array<number | null>) => form(CLEAN_ROWS, { weights });

/** 产出 weighted once for its three rows: 50 merged over G9:G11. */
function mergedOutputWeight() {
  const { rows, merges } = formRows({ rows: CLEAN_ROWS, weights: [50, null, null, 10, 30, 10] });
  return workbook(makeSheet("Sheet1", rows, [...merges, { top: 9, left: 7, bottom: 11, right: 7 }]));
}

ruleTester("weights-sum", {
  valid: [
    { name: "100 in all", grid: weighted([20, 15, 15, 10, 30, 10]) },
    { name: "90: 预算执行率's 10 points outside the table", grid: weighted([20, 10, 10, 10, 30, 10]) },
    {
      name: "100 with 预算执行率 inside the table",
      grid: form(withRow(["产出指标", "质量指标", "预算执行率", "≥95%"]), { weights: [20, 10, 10, 10, 30, 10, 10] }),
    },
    { name: "a weight merged over its 一级's rows counts once", grid: mergedOutputWeight() },
    { name: "weights all blank", grid: weighted([null, null, null, null, null, null]) },
    { name: "no 分值 column", grid: form(CLEAN_ROWS) },
  ],
  invalid: [
    {
      name: "105: one indicator too many points",
      grid: weighted([20, 15, 15, 15, 30, 10]),
      errors: [{ cell: "G14", message: "项目“测试项目”的指标分值合计为 105，应为 100 / 90", severity: "warning" }],
    },
    { name: "a weight left blank: 80", grid: weighted([20, 10, null, 10, 30, 10]), errors: [{ cell: "G14", message: /合计为 80/ }] },
    {
      name: "90 with 预算执行率 inside the table: the table's total must be 100",
      grid: form(withRow(["产出指标", "质量指标", "预算执行率", "≥95%"]), { weights: [20, 10, 10, 10, 20, 10, 10] }),
      errors: [{ cell: "G15", message: /合计为 90，应为 100$/ }],
    },
    {
      name: "option totals [100]: 90 is flagged",
      grid: weighted([20, 10, 10, 10, 30, 10]),
      options: { totals: [100] },
      errors: [{ message: /合计为 90，应为 100$/ }],
    },
  ],
});

describe("weights-sum options in kpi-lint.config.json", () => {
  it("accepts a list of totals and refuses anything else", () => {
    const ok = resolveConfig({ rules: { "weights-sum": ["warning", { totals: [100] }] } }, RULES);
    expect(ok.ok && ok.config.ruleOptions["weights-sum"]).toEqual({ totals: [100] });
    expect(resolveConfig({ rules: { "weights-sum": ["warning", { totals: "100" }] } }, RULES).ok).toBe(false);
  });
});

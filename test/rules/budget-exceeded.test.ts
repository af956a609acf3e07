import { ruleTester } from "../support/rule-tester";
import { added, form, summarySheet, withRow, workbook } from "../support/sheets";

ruleTester("budget-exceeded", {
  valid: [
    { name: "equal to the budget", grid: added(["成本指标", "经济成本指标", "预算控制数", "≤100万元"], { budget: 100 }) },
    {
      name: "budget in 元, bound in 万元, below",
      grid: added(["成本指标", "经济成本指标", "预算控制数", "≤150万元"], { unit: "元", budget: 1600000 }),
    },
    {
      name: "unit prices are not totals",
      grid: form(withRow(["成本指标", "经济成本指标", "人均成本", "≤550元/人/天"], "培训成本控制数"), { unit: "元", budget: 500 }),
    },
  ],
  invalid: [
    {
      name: "≤228.4万元 with 预算数 208.40 (002)",
      grid: added(["成本指标", "经济成本指标", "法治专项业务费预算控制数", "≤228.4万元"], { budget: 208.4 }),
      errors: [
        {
          cell: "E14",
          data: { name: "法治专项业务费预算控制数", raw: "≤228.4万元", budget: "208.4万元" },
          message: /高于项目预算数 208.4万元/,
          fix: null,
          suggestion: "≤208.4万元",
        },
      ],
    },
    {
      name: "bound in 元 above a budget in 万元",
      grid: added(["成本指标", "经济成本指标", "采购成本", "≤1,030,700.00元"], { budget: 100 }),
      errors: [{ suggestion: "≤1000000元" }],
    },
    {
      name: "summary table (000): 数据采购成本 ≤ 万元 377 with budget 197.22",
      grid: workbook(
        summarySheet([{ seq: 7, name: "法治宁波业务综合分析应用系统", budget: 197.22, rows: [["数据采购成本", "≤", "万元", 377]] }]),
      ),
      errors: [{ cell: "G4", suggestion: 197.22 }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, withRow, workbook } from "../support/sheets";

ruleTester("cost-operator", {
  valid: [
    { name: "≤ on a cost", grid: form(CLEAN_ROWS) },
    { name: "≤ written as a word", grid: added(["成本指标", "经济成本指标", "印刷费", "不超过5万元"]) },
    { name: "unit price with =", grid: added(["成本指标", "经济成本指标", "人均培训成本", "=400元/人/天"]) },
  ],
  invalid: [
    {
      name: "≥30000 元 (001)",
      grid: added(["产出指标", "成本指标", "成本预算控制数", "≥30000 元"], { unit: "元", budget: 30000 }),
      errors: [{ cell: "E14", fix: "≤30000元" }],
    },
    {
      name: "no operator: 70000元",
      grid: added(["产出指标", "成本指标", "节约成本", "70000元"], { unit: "元", budget: 70000 }),
      errors: [{ message: /没有运算符/, fix: "≤70000元" }],
    },
    { name: "不低于 on a cost", grid: added(["成本指标", "经济成本指标", "运维费", "不低于20万元"]), errors: [{ fix: "≤20万元" }] },
    {
      name: "split layout changes only the operator cell, in words when the column uses words",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 50, rows: [["成本控制", "大于等于", "万元", 50]] }])),
      errors: [{ cell: "E4", fix: "小于等于" }],
    },
  ],
});

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
      errors: [{ cell: "E14", message: /高于项目预算数 208.4万元/, fix: null, suggestion: "≤208.4万元" }],
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

ruleTester("cost-unit", {
  valid: [
    { name: "money", grid: form(CLEAN_ROWS) },
    {
      name: "in a table without levels, 补贴案件数 is a count",
      grid: workbook(summarySheet([{ seq: 2, name: "法律援助经费", budget: 177, rows: [["补贴案件数", "≥", "件", 260]] }])),
    },
  ],
  invalid: [
    {
      name: "≥2000册 under 成本指标 (001)",
      grid: added(["产出指标", "成本指标", "多样宣传", "≥2000册"]),
      errors: [{ cell: "E14", message: /单位是“册”/ }],
    },
    { name: "% under 成本指标", grid: added(["产出指标", "成本指标", "案件补贴", "≥80%"]), errors: [{ message: /单位是“%”/ }] },
    {
      name: "人/天 on a cost suggests 元/人/天 (000)",
      grid: workbook(summarySheet([{ seq: 8, name: "仲裁员培训经费", budget: 50, rows: [["市内培训成本", "=", "人/天", 400]] }])),
      errors: [{ cell: "F4", suggestion: "元/人/天" }],
    },
  ],
});

ruleTester("rate-unit", {
  valid: [
    { name: "%", grid: form(CLEAN_ROWS) },
    { name: "效率 is not a percent rate", grid: added(["产出指标", "时效指标", "办事效率", "≤3天"]) },
  ],
  invalid: [
    {
      name: "人均培训成本控制率 ≤ 元 400 (000)",
      grid: workbook(summarySheet([{ seq: 10, name: "人民调解", budget: 225, rows: [["人均培训成本控制率", "≤", "元", 400]] }])),
      errors: [{ cell: "F4", message: /单位是“元”/ }],
    },
    { name: "满意度 in 人", grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90人"]), errors: [{ cell: "E14" }] },
  ],
});

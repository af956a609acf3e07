import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("cost-operator", {
  valid: [
    { name: "≤ on a cost", grid: form(CLEAN_ROWS) },
    { name: "≤ written as a word", grid: added(["成本指标", "经济成本指标", "印刷费", "不超过5万元"]) },
    { name: "unit price with =", grid: added(["成本指标", "经济成本指标", "人均培训成本", "=400元/人/天"]) },
    { name: "subsidy standard, bare (补助标准 | 1500元/人)", grid: added(["成本指标", "经济成本指标", "补助标准", "1500元/人"]) },
    { name: "补贴标准 1500元/人, bare", grid: added(["成本指标", "经济成本指标", "补贴标准", "1500元/人"]) },
    { name: "补贴标准 =1500元/人", grid: added(["成本指标", "经济成本指标", "补贴标准", "=1500元/人"]) },
    { name: "补贴标准 with =", grid: added(["成本指标", "经济成本指标", "生活补贴标准", "=300元/人·月"]) },
    { name: "发放标准, bare", grid: added(["成本指标", "经济成本指标", "慰问金发放标准", "500元/人"]) },
    { name: "开支标准, bare", grid: added(["成本指标", "经济成本指标", "差旅费开支标准", "=450元/人/天"]) },
    { name: "支出标准, bare", grid: added(["成本指标", "经济成本指标", "公用经费支出标准", "6000元/人"]) },
    { name: "单价, bare", grid: added(["成本指标", "经济成本指标", "服装采购单价", "800元/套"]) },
    {
      name: "summary table: 补贴标准 = 元 1500",
      grid: workbook(summarySheet([{ seq: 3, name: "法律援助经费", budget: 177, rows: [["办案补贴标准", "=", "元/件", 1500]] }])),
    },
  ],
  invalid: [
    {
      name: "≥30000 元 (001)",
      grid: added(["产出指标", "成本指标", "成本预算控制数", "≥30000 元"], { unit: "元", budget: 30000 }),
      errors: [
        {
          cell: "E14",
          messageId: "atLeast",
          data: { name: "成本预算控制数", op: "≥", fixed: "≤30000元" },
          edits: [{ cell: "E14", before: "≥30000 元", after: "≤30000元" }],
        },
      ],
    },
    {
      name: "no operator: 70000元",
      grid: added(["产出指标", "成本指标", "节约成本", "70000元"], { unit: "元", budget: 70000 }),
      errors: [{ messageId: "none", message: /没有运算符/, edits: [{ cell: "E14", before: "70000元", after: "≤70000元" }] }],
    },
    { name: "不低于 on a cost", grid: added(["成本指标", "经济成本指标", "运维费", "不低于20万元"]), errors: [{ fix: "≤20万元" }] },
    {
      name: "成本控制数 ≥30000元 still fires",
      grid: added(["成本指标", "经济成本指标", "成本控制数", "≥30000元"]),
      errors: [{ message: /用了“≥”/, fix: "≤30000元" }],
    },
    {
      name: "a bare 70000元 on a 成本控制 name still fires",
      grid: added(["成本指标", "经济成本指标", "培训成本控制", "70000元"]),
      errors: [{ message: /没有运算符/, fix: "≤70000元" }],
    },
    {
      name: "≥ on a standard still fires (a standard is exact, not a floor)",
      grid: added(["成本指标", "经济成本指标", "补助标准", "≥1500元/人"]),
      errors: [{ fix: "≤1500元/人" }],
    },
    {
      name: "split layout changes only the operator cell, in words when the column uses words",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 50, rows: [["成本控制", "大于等于", "万元", 50]] }])),
      errors: [{ cell: "E4", messageId: "atLeast", edits: [{ sheet: "汇总表", cell: "E4", before: "大于等于", after: "小于等于" }] }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, withRow } from "../support/sheets";

/** CLEAN_ROWS' only cost target is 培训成本控制数 ≤80万元 in E12. */
const COST = "培训成本控制数";

ruleTester("cost-equals-budget", {
  valid: [
    { name: "a cost ceiling below the budget (80 of 100万元)", grid: form(CLEAN_ROWS) },
    {
      name: "a unit cost beside the total",
      grid: form(withRow(["成本指标", "经济成本指标", "人均培训成本", "≤400元/人/天"]), { budget: 80 }),
    },
    {
      name: "the only cost is a unit cost",
      grid: form(withRow(["成本指标", "经济成本指标", "人均培训成本", "≤400元/人/天"], COST), { budget: 80 }),
    },
    {
      name: "a subsidy standard equal to the budget",
      grid: form(withRow(["成本指标", "经济成本指标", "补助标准", "80万元"], COST), { budget: 80 }),
    },
    {
      name: "≥ the budget is cost-operator's finding",
      grid: form(withRow(["成本指标", "经济成本指标", COST, "≥80万元"], COST), { budget: 80 }),
    },
    { name: "above the budget is budget-exceeded's finding", grid: form(CLEAN_ROWS, { budget: 78 }) },
    { name: "no budget", grid: form(CLEAN_ROWS, { budget: null }) },
  ],
  invalid: [
    {
      name: "the only cost target is the budget restated",
      grid: form(CLEAN_ROWS, { budget: 80 }),
      errors: [
        {
          cell: "E12",
          message: "成本指标“培训成本控制数”（≤80万元）只是重述项目预算数 80万元，建议补充单位成本指标（如 ≤N元/人、≤N元/件）",
          severity: "info",
          fix: null,
        },
      ],
    },
    {
      name: "the same amount in another unit: ≤800000元 against 80万元",
      grid: form(withRow(["成本指标", "经济成本指标", COST, "≤800000元"], COST), { budget: 80 }),
      errors: [{ cell: "E12", message: /（≤800000元）只是重述项目预算数 80万元/ }],
    },
    {
      name: "a bare amount equal to the budget (Funing: 节约成本 120000元)",
      grid: form(withRow(["成本指标", "经济成本指标", "节约成本", "120000元"], COST), { unit: "元", budget: 120000 }),
      errors: [{ cell: "E12", message: /节约成本/ }],
    },
  ],
});

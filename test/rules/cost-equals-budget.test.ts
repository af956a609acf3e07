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
    {
      name: "one system built: the whole cost is its unit cost",
      grid: form(
        [
          ["产出指标", "数量指标", "系统开发数量", "=1个"],
          ["", "质量指标", "系统验收合格率", "≥90%"],
          ["成本指标", "经济成本指标", "系统建设成本控制数", "≤80万元"],
          ["满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%"],
        ],
        { budget: 80 },
      ),
    },
  ],
  invalid: [
    {
      name: "the only cost target is the budget restated",
      grid: form(CLEAN_ROWS, { budget: 80 }),
      errors: [
        {
          cell: "E12",
          message:
            "成本指标“培训成本控制数”（≤80万元）只是重述项目预算数 80万元；按“培训人数”≥200人计，建议补充单位成本指标（约 4000元/人）",
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
      errors: [{ cell: "E12", message: /节约成本.*（约 600元\/人）/ }],
    },
  ],
});

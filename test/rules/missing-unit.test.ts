import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, formSheet, summarySheet, withRow, workbook } from "../support/sheets";

ruleTester("missing-unit", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "qualitative value", grid: added(["产出指标", "质量指标", "工作质量", "高质量完成"]) },
    { name: "deadline", grid: added(["产出指标", "时效指标", "完成时间", "2024年12月底前"]) },
    {
      name: "unit in split column",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 50, rows: [["培训班次", "≥", "次", 3]] }])),
    },
  ],
  invalid: [
    {
      name: "≥ 150 on a cost (split layout, blank unit) takes the table's money unit",
      grid: workbook(summarySheet([{ seq: 1, name: "公证E通系统", budget: 151.22, rows: [["系统成本控制", "≤", "", 150]] }])),
      errors: [
        {
          cell: "F4",
          messageId: "inferred",
          data: { name: "系统成本控制", number: "≤150", unit: "万元" },
          message: /没有计量单位，应为“万元”/,
          edits: [{ sheet: "汇总表", cell: "F4", before: null, after: "万元" }],
        },
      ],
    },
    {
      name: "活动次数 ≥ 12 → 次",
      grid: workbook(summarySheet([{ seq: 9, name: "普法宣传", budget: 175, rows: [["举办宣传活动次数", "≥", "", 12]] }])),
      errors: [{ cell: "F4", fix: "次" }],
    },
    {
      name: "rate with a bare number → %",
      grid: added(["产出指标", "质量指标", "验收合格率", "≥90"]),
      errors: [{ cell: "E14", fix: "≥90%" }],
    },
    { name: "cost in a combined cell → 万元", grid: added(["成本指标", "经济成本指标", "印刷成本", "≤15"]), errors: [{ fix: "≤15万元" }] },
    { name: "人数 → 人", grid: added(["产出指标", "数量指标", "受援人数", "≥ 150"]), errors: [{ fix: "≥150人" }] },
    {
      name: "a name that says nothing of the unit: flagged, no certain fix",
      grid: added(["产出指标", "数量指标", "宣传覆盖", "≥150"]),
      errors: [{ cell: "E14", messageId: "default", data: { name: "宣传覆盖", number: "≥150" }, fix: null }],
    },
    {
      name: "数量 gets a suggestion, not a fix",
      grid: added(["产出指标", "数量指标", "采购数量", "≥20"]),
      errors: [{ fix: null, suggestion: "≥20个" }],
    },
    {
      name: "≤291.2万 on a cost in a 万元 table completes as 万元",
      grid: added(["成本指标", "经济成本指标", "印刷成本", "≤291.2万"]),
      errors: [{ fix: "≤291.2万元" }],
    },
    {
      name: "≤300万 on a cost in a 元 table completes as 万元",
      grid: workbook(formSheet({ rows: withRow(["成本指标", "经济成本指标", "印刷成本", "≤30万"]), unit: "元", budget: 1000000 })),
      errors: [{ fix: "≤30万元" }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("rate-unit", {
  valid: [
    { name: "%", grid: form(CLEAN_ROWS) },
    { name: "效率 is not a percent rate", grid: added(["产出指标", "时效指标", "办事效率", "≤3天"]) },
    { name: "投诉次数 ≤3次 under 满意度 is a count", grid: added(["满意度指标", "服务对象满意度指标", "投诉次数", "≤3次"]) },
    { name: "有效投诉件数 under 满意度 is a count", grid: added(["满意度指标", "服务对象满意度指标", "有效投诉件数", "≤2件"]) },
  ],
  invalid: [
    {
      name: "人均培训成本控制率 ≤ 元 400 (000)",
      grid: workbook(summarySheet([{ seq: 10, name: "人民调解", budget: 225, rows: [["人均培训成本控制率", "≤", "元", 400]] }])),
      errors: [{ cell: "F4", data: { name: "人均培训成本控制率", unit: "元" }, message: /单位是“元”/ }],
    },
    { name: "满意度 in 人", grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90人"]), errors: [{ cell: "E14" }] },
    {
      name: "投诉率 in 次 under 满意度: the name says rate",
      grid: added(["满意度指标", "服务对象满意度指标", "投诉率", "≤3次"]),
      errors: [{ message: /单位是“次”/ }],
    },
    {
      name: "a non-count name under 满意度 still reads as a rate",
      grid: added(["满意度指标", "服务对象满意度指标", "服务对象评价", "≥90人"]),
      errors: [{ cell: "E14" }],
    },
  ],
});

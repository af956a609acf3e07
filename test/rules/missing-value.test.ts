import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("missing-value", {
  valid: [{ name: "every row has a value", grid: form(CLEAN_ROWS) }],
  invalid: [
    {
      name: "empty value cell",
      grid: added(["产出指标", "数量指标", "咨询数", null]),
      errors: [{ cell: "E14", messageId: "default", data: { name: "咨询数" }, message: /咨询数.*未填写指标值/ }],
    },
    { name: "a dash is empty", grid: added(["产出指标", "数量指标", "咨询数", "—"]), errors: [{ cell: "E14" }] },
    {
      name: "split layout with operator but no value or unit",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 10, rows: [["培训次数", "≥", "", ""]] }])),
      errors: [{ cell: "G4" }],
    },
  ],
});

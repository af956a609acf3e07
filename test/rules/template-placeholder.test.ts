import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("template-placeholder", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "a filled template indicator", grid: added(["产出指标", "数量指标", "培训人次", "≥200人次"]) },
    { name: "待填 without the brackets is the user's own text", grid: added(["产出指标", "质量指标", "培训质量", "待填写"]) },
  ],
  invalid: [
    {
      name: "≥【待填】人次 left as inserted",
      grid: added(["产出指标", "数量指标", "培训人次", "≥【待填】人次"]),
      errors: [
        {
          cell: "E14",
          messageId: "default",
          data: { name: "培训人次", raw: "≥【待填】人次" },
          message: /尚待填写/,
          fix: null,
          severity: "warning",
        },
      ],
    },
    {
      name: "a split layout: the placeholder in the value column",
      grid: workbook(summarySheet([{ seq: 1, name: "普法宣传", budget: 30, rows: [["宣传活动次数", "≥", "次", "【待填】"]] }])),
      errors: [{ cell: "G4", data: { name: "宣传活动次数", raw: "≥【待填】次" } }],
    },
  ],
});

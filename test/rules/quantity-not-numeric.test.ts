import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, withRow } from "../support/sheets";

ruleTester("quantity-not-numeric", {
  valid: [
    { name: "numbers", grid: form(CLEAN_ROWS) },
    { name: "qualitative value outside 数量指标", grid: form(withRow(["", "质量指标", "质量", "高质量完成"])) },
  ],
  invalid: [
    {
      name: "完成年度任务",
      grid: form(withRow(["产出指标", "数量指标", "宣传任务", "完成年度任务"])),
      errors: [{ cell: "E14", data: { name: "宣传任务", raw: "完成年度任务" }, message: /不是数值/ }],
    },
  ],
});

import { makeSheet } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, workbook } from "../support/sheets";

/** A summary table with 预算数 | 其中：财政拨款 | 其他资金 columns, one project. */
function summary(budget: number, fiscal: number | null, other: number | string | null) {
  return workbook(
    makeSheet(
      "汇总表",
      [
        ["项目名称", "年度资金总额（万元）", "其中：财政拨款", "其他资金", "三级指标", "指标值"],
        ["社区矫正经费", budget, fiscal, other, "矫正人员报到率", "≥90%"],
        [null, null, null, null, "再犯罪率", "≤0.5%"],
      ],
      [],
    ),
  );
}

ruleTester("fund-sum", {
  valid: [
    { name: "a clean form: 财政资金 = 预算数, 其他资金 blank", grid: form(CLEAN_ROWS, { budget: 17 }) },
    { name: "财政资金 + 其他资金 = 预算数", grid: form(CLEAN_ROWS, { budget: 100, fiscal: 80, other: 20 }) },
    { name: "two-decimal rounding: 158.36 = 100.00 + 58.37", grid: form(CLEAN_ROWS, { budget: 158.36, fiscal: 100, other: 58.37 }) },
    { name: "amounts in 元 (Funing): 160000.00 = 160000.00", grid: form(CLEAN_ROWS, { unit: "元", budget: 160000, fiscal: 160000 }) },
    { name: "no 财政资金 given: nothing to add up", grid: form(CLEAN_ROWS, { budget: 100, fiscal: null, other: 30 }) },
    { name: "其他资金 written as 无 counts as 0", grid: form(CLEAN_ROWS, { budget: 50, fiscal: 50, other: "无" }) },
    { name: "summary table with matching parts", grid: summary(30, 20, 10) },
  ],
  invalid: [
    {
      name: "其他资金 left blank while 财政资金 is only part of the budget",
      grid: form(CLEAN_ROWS, { budget: 100, fiscal: 80 }),
      errors: [
        { cell: "C4", message: "预算数 100万元 不等于财政资金 80万元 与其他资金 0 之和 80万元（相差 20万元）", severity: "warning" },
      ],
    },
    {
      name: "the parts exceed the budget",
      grid: form(CLEAN_ROWS, { budget: 100, fiscal: 80, other: 30 }),
      errors: [{ cell: "C4", message: /之和 110万元（相差 10万元）/ }],
    },
    {
      name: "a 1 万元 gap is not rounding",
      grid: form(CLEAN_ROWS, { budget: 208.4, fiscal: 207.4 }),
      errors: [{ cell: "C4", message: /相差 1万元/ }],
    },
    {
      name: "summary table: 其中：财政拨款 | 其他资金 columns read",
      grid: summary(30, 20, 5),
      errors: [{ cell: "B2", message: /预算数 30万元 不等于财政资金 20万元 与其他资金 5万元 之和 25万元/ }],
    },
  ],
});

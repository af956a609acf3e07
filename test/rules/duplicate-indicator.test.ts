import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, withRow } from "../support/sheets";

ruleTester("duplicate-indicator", {
  valid: [
    { name: "distinct names", grid: form(CLEAN_ROWS) },
    {
      name: "one name under 数量 and 时效 with different values is a naming weakness, not a repeat",
      grid: form(withRow(["", "时效指标", "培训人数", "2024年12月底前"], "培训完成时间")),
    },
  ],
  invalid: [
    {
      name: "same name and value under different 二级 is still a repeat",
      grid: form(withRow(["", "时效指标", "培训人数", "≥200人"], "培训完成时间")),
      errors: [
        {
          cell: "C11",
          messageId: "same",
          data: { name: "培训人数", row: 9, a: "≥200人", b: "≥200人" },
          message: /与第 9 行重复/,
          severity: "warning",
        },
      ],
    },
    {
      name: "same 二级, different value: still conflicting",
      grid: form(withRow(["", "数量指标", "培训人数", "≥300人"])),
      errors: [{ cell: "C14", messageId: "conflicting", data: { name: "培训人数", row: 9, a: "≥200人", b: "≥300人" } }],
    },
    {
      name: "same name and value",
      grid: form(withRow(["", "质量指标", "培训合格率", "≥90%"])),
      errors: [{ cell: "C14", message: /与第 10 行重复/ }],
    },
    {
      name: "same name, differing values (spaces in the name do not hide it)",
      grid: form(withRow(["", "质量指标", "培训 合格率", "≥95%"])),
      errors: [{ message: /指标值不同/ }],
    },
  ],
});

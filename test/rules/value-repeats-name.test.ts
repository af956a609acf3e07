import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, withRow } from "../support/sheets";

ruleTester("value-repeats-name", {
  valid: [{ name: "graded text", grid: form(CLEAN_ROWS) }],
  invalid: [
    {
      name: "value equals description (001 法律援助知晓率)",
      grid: form(withRow(["效益指标", "社会效益指标", "法律援助知晓率", "法律援助知晓覆盖面", "法律援助知晓覆盖面"])),
      errors: [
        {
          data: { name: "法律援助知晓率", raw: "法律援助知晓覆盖面", what: "绩效指标描述", whatEn: "description" },
          message: /与绩效指标描述相同/,
        },
      ],
    },
    {
      name: "value equals name",
      grid: form(withRow(["效益指标", "社会效益指标", "促进社会和谐稳定", "促进社会 和谐稳定"])),
      errors: [{ message: /与指标名称相同/ }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, withRow } from "../support/sheets";

ruleTester("misplaced-level2", {
  valid: [
    { name: "framework placements", grid: form(CLEAN_ROWS) },
    { name: "成本指标 under 产出 (older framework) is not misplaced", grid: form(withRow(["产出指标", "成本指标", "成本", "≤1万元"])) },
    {
      name: "abbreviated names (数量, 社会效益)",
      grid: form([
        ["产出", "数量", "人数", "≥1人"],
        ["效益", "社会效益", "效果", "有效提升"],
      ]),
    },
  ],
  invalid: [
    {
      name: "服务对象满意度指标 under 效益指标",
      grid: form([
        ["产出指标", "数量指标", "人数", "≥1人"],
        ["效益指标", "社会效益指标", "效果", "有效提升"],
        ["", "服务对象满意度指标", "满意度", "≥90%"],
      ]),
      errors: [{ cell: "B11", data: { level1: "效益指标", level2: "服务对象满意度指标", parent: "满意度指标" } }],
    },
    {
      name: "数量指标 under 效益指标",
      grid: form([["效益指标", "数量指标", "人数", "≥1人"]]),
      errors: [{ message: /应放在“产出指标”下/ }],
    },
  ],
});

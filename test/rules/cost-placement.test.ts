import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, withRow } from "../support/sheets";

ruleTester("cost-placement", {
  valid: [
    { name: "2021 placement", grid: form(CLEAN_ROWS) },
    {
      name: "legacy placement accepted when configured",
      grid: form(withRow(["产出指标", "成本指标", "成本", "≤1万元"]).filter((r) => r[0] !== "成本指标")),
      config: { costFramework: "legacy" },
    },
  ],
  invalid: [
    {
      name: "legacy placement gets advice",
      grid: form(withRow(["产出指标", "成本指标", "成本", "≤1万元"])),
      errors: [{ messageId: "legacy", severity: "info", message: /财预〔2021〕101号/ }],
    },
    {
      name: "newer placement against a legacy config",
      grid: form(CLEAN_ROWS),
      config: { costFramework: "legacy" },
      errors: [{ messageId: "newer", message: /要求放在产出指标下/ }],
    },
  ],
});

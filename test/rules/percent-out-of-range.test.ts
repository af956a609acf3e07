import { ruleTester } from "../support/rule-tester";
import { added } from "../support/sheets";

ruleTester("percent-out-of-range", {
  valid: [
    { name: "=100%", grid: added(["产出指标", "质量指标", "覆盖率", "=100%"]) },
    { name: "bare 100%", grid: added(["产出指标", "质量指标", "覆盖率", "100%"]) },
    { name: "a growth rate may exceed 100%", grid: added(["效益指标", "经济效益指标", "点击量增长率", "≥120%"]) },
  ],
  invalid: [
    {
      name: "≥100%",
      grid: added(["产出指标", "质量指标", "办案费发放率", "≥100%"]),
      errors: [
        {
          cell: "E14",
          messageId: "atLeast100",
          data: { name: "办案费发放率", raw: "≥100%" },
          edits: [{ cell: "E14", before: "≥100%", after: "=100%" }],
        },
      ],
    },
    { name: "＞＝100％ full width", grid: added(["产出指标", "质量指标", "发放率", "＞＝100％"]), errors: [{ fix: "=100%" }] },
    {
      name: "over 100",
      grid: added(["产出指标", "质量指标", "合格率", "≥105%"]),
      errors: [{ messageId: "over", message: /超过 100%/, fix: null }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { added } from "../support/sheets";

ruleTester("ratio-as-decimal", {
  valid: [
    { name: "percent", grid: added(["产出指标", "质量指标", "办结率", "≥85%"]) },
    { name: "a decimal count is not a rate", grid: added(["产出指标", "数量指标", "新增场地面积", "≥0.5亩"]) },
    { name: "a decimal on a non-rate indicator", grid: added(["产出指标", "数量指标", "系统数量", "≥0.5"]) },
  ],
  invalid: [
    {
      name: "≥0.85 with prose (002)",
      grid: added(["产出指标", "数量指标", "法律援助案件完成率", "≥0.85援助案件完成率达85%以上"]),
      errors: [
        {
          cell: "E14",
          data: { name: "法律援助案件完成率", number: "0.85", fixed: "≥85%" },
          edits: [{ cell: "E14", before: "≥0.85援助案件完成率达85%以上", after: "≥85%" }],
        },
      ],
    },
    { name: "≥0.7 on 接通率", grid: added(["产出指标", "质量指标", "热线接通率", "≥0.7"]), errors: [{ fix: "≥70%" }] },
    {
      name: "name without 率 but prose restating 60%",
      grid: added(["产出指标", "时效指标", "当年结案案件补贴发放达60%", "≥0.6当年结案案件补贴发放率达到60%"]),
      errors: [{ fix: "≥60%" }],
    },
    {
      name: "full-width digits ０.９５ on 满意度",
      grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "≥０.９５"]),
      errors: [{ fix: "≥95%" }],
    },
    { name: "bare 0.9 (implicit =) keeps no operator", grid: added(["产出指标", "质量指标", "合格率", "0.9"]), errors: [{ fix: "90%" }] },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form } from "../support/sheets";

ruleTester("value-has-text", {
  valid: [
    { name: "clean values", grid: form(CLEAN_ROWS) },
    { name: "95%以上 is an operator suffix, not prose", grid: added(["产出指标", "质量指标", "合格率", "95%以上"]) },
    { name: "≤2小时以内", grid: added(["产出指标", "时效指标", "问题解决时效", "2小时以内"]) },
    { name: "2024年全年 is a period", grid: added(["产出指标", "时效指标", "服务期限", "2024年全年"]) },
    { name: "全年 is a period", grid: added(["产出指标", "时效指标", "服务期限", "全年"]) },
    { name: "2024年1-12月 is a period", grid: added(["产出指标", "时效指标", "实施期限", "2024年1-12月"]) },
    { name: "2024年度 is a period", grid: added(["产出指标", "时效指标", "实施期限", "2024年度"]) },
    { name: "年底前 is a deadline", grid: added(["产出指标", "时效指标", "完成时间", "年底前"]) },
    { name: "a range (3-5个工作日)", grid: added(["产出指标", "时效指标", "办理时限", "3-5个工作日"]) },
    { name: "a tolerance (±3%以内)", grid: added(["产出指标", "质量指标", "计量误差", "±3%以内"]) },
  ],
  invalid: [
    {
      name: "prose restating the same number: certain fix",
      grid: added(["产出指标", "数量指标", "热线咨询量", "≥70000热线全年接话量达到70000人次"]),
      errors: [
        {
          cell: "E14",
          messageId: "default",
          data: { raw: "≥70000热线全年接话量达到70000人次", text: "热线全年接话量达到70000人次", suggested: "≥70000人次" },
          edits: [{ cell: "E14", before: "≥70000热线全年接话量达到70000人次", after: "≥70000人次" }],
        },
      ],
    },
    {
      name: "number glued to a phone number (6000012348): suggestion only",
      grid: added(["效益指标", "社会效益指标", "12348热线受益人", "≥6000012348人热线受益人达到60000人次"]),
      errors: [{ fix: null, suggestion: "≥60000人次" }],
    },
    {
      name: "money restated",
      grid: added(["成本指标", "经济成本指标", "办案补贴", "≤140全年发放办案补贴140万元"]),
      errors: [{ fix: "≤140万元" }],
    },
    {
      name: "unit then prose: suggestion keeps number and unit",
      grid: added(["产出指标", "质量指标", "值班", "24小时在岗"]),
      errors: [{ fix: null, suggestion: "24小时" }],
    },
    {
      name: "a unit then prose: the suggestion keeps number and unit",
      grid: added(["产出指标", "数量指标", "巡检", "≥9个系统巡检"]),
      errors: [{ messageId: "default", data: { raw: "≥9个系统巡检", text: "系统巡检", suggested: "≥9个" }, fix: null, suggestion: "≥9个" }],
    },
    {
      name: "no unit and no restated target: message only",
      grid: added(["产出指标", "数量指标", "巡检", "≥9，每月巡检"]),
      errors: [{ messageId: "noSuggestion", data: { raw: "≥9，每月巡检", text: "每月巡检" }, fix: null }],
    },
  ],
});

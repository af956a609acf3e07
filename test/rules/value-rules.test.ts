import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, formSheet, summarySheet, withRow, workbook } from "../support/sheets";

ruleTester("missing-unit", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "qualitative value", grid: added(["产出指标", "质量指标", "工作质量", "高质量完成"]) },
    { name: "deadline", grid: added(["产出指标", "时效指标", "完成时间", "2024年12月底前"]) },
    {
      name: "unit in split column",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 50, rows: [["培训班次", "≥", "次", 3]] }])),
    },
  ],
  invalid: [
    {
      name: "≥ 150 on a cost (split layout, blank unit) takes the table's money unit",
      grid: workbook(summarySheet([{ seq: 1, name: "公证E通系统", budget: 151.22, rows: [["系统成本控制", "≤", "", 150]] }])),
      errors: [{ cell: "F4", message: /没有计量单位，应为“万元”/, fix: "万元" }],
    },
    {
      name: "活动次数 ≥ 12 → 次",
      grid: workbook(summarySheet([{ seq: 9, name: "普法宣传", budget: 175, rows: [["举办宣传活动次数", "≥", "", 12]] }])),
      errors: [{ cell: "F4", fix: "次" }],
    },
    {
      name: "rate with a bare number → %",
      grid: added(["产出指标", "质量指标", "验收合格率", "≥90"]),
      errors: [{ cell: "E14", fix: "≥90%" }],
    },
    { name: "cost in a combined cell → 万元", grid: added(["成本指标", "经济成本指标", "印刷成本", "≤15"]), errors: [{ fix: "≤15万元" }] },
    { name: "人数 → 人", grid: added(["产出指标", "数量指标", "受援人数", "≥ 150"]), errors: [{ fix: "≥150人" }] },
    {
      name: "a name that says nothing of the unit: flagged, no certain fix",
      grid: added(["产出指标", "数量指标", "宣传覆盖", "≥150"]),
      errors: [{ cell: "E14", message: /没有计量单位/, fix: null }],
    },
    {
      name: "数量 gets a suggestion, not a fix",
      grid: added(["产出指标", "数量指标", "采购数量", "≥20"]),
      errors: [{ fix: null, suggestion: "≥20个" }],
    },
  ],
});

ruleTester("nonstandard-unit", {
  valid: [
    { name: "％ (full width) is the same as %", grid: added(["产出指标", "质量指标", "合格率", "≥95％"]) },
    { name: "人次", grid: added(["产出指标", "数量指标", "接待人次", "≥500人次"]) },
    { name: "元/人/天", grid: added(["成本指标", "经济成本指标", "人均培训成本", "≤550元/人/天"]) },
  ],
  invalid: [
    { name: "≥95 百分率", grid: added(["产出指标", "质量指标", "覆盖面", "≥95 百分率"]), errors: [{ cell: "E14", fix: "≥95%" }] },
    { name: "≥80百分率 (no space)", grid: added(["产出指标", "质量指标", "覆盖面", "≥80百分率"]), errors: [{ fix: "≥80%" }] },
    {
      name: "≤0.5 百分 率 (broken by a line wrap)",
      grid: added(["产出指标", "质量指标", "再犯罪率", "≤0.5 百分 率"]),
      errors: [{ fix: "≤0.5%" }],
    },
    {
      name: "百分比 in a split unit column",
      grid: workbook(summarySheet([{ seq: 8, name: "仲裁员培训经费", budget: 50, rows: [["培训人员满意度", "≥", "百分比", 95]] }])),
      errors: [{ cell: "F4", fix: "%" }],
    },
    {
      name: "人、次 → 人次",
      grid: workbook(summarySheet([{ seq: 3, name: "律师人才培养经费", budget: 50, rows: [["律师人才数", "≥", "人、次", 60]] }])),
      errors: [{ fix: "人次" }],
    },
    { name: "百分之95 → 95%", grid: added(["产出指标", "质量指标", "知晓率", "百分之95"]), errors: [{ fix: "95%" }] },
    {
      name: "不低于90百分比 keeps its operator word",
      grid: added(["产出指标", "质量指标", "知晓率", "不低于90百分比"]),
      errors: [{ fix: "≥90%" }],
    },
  ],
});

ruleTester("missing-value", {
  valid: [{ name: "every row has a value", grid: form(CLEAN_ROWS) }],
  invalid: [
    {
      name: "empty value cell",
      grid: added(["产出指标", "数量指标", "咨询数", null]),
      errors: [{ cell: "E14", message: /咨询数.*未填写指标值/ }],
    },
    { name: "a dash is empty", grid: added(["产出指标", "数量指标", "咨询数", "—"]), errors: [{ cell: "E14" }] },
    {
      name: "split layout with operator but no value or unit",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 10, rows: [["培训次数", "≥", "", ""]] }])),
      errors: [{ cell: "G4" }],
    },
  ],
});

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
      errors: [{ cell: "E14", fix: "≥70000人次" }],
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
      name: "no unit and no restated target: message only",
      grid: added(["产出指标", "数量指标", "巡检", "≥9个系统巡检"]),
      errors: [{ message: /混有说明文字/ }],
    },
  ],
});

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
      errors: [{ cell: "E14", fix: "≥85%" }],
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

ruleTester("percent-out-of-range", {
  valid: [
    { name: "=100%", grid: added(["产出指标", "质量指标", "覆盖率", "=100%"]) },
    { name: "bare 100%", grid: added(["产出指标", "质量指标", "覆盖率", "100%"]) },
    { name: "a growth rate may exceed 100%", grid: added(["效益指标", "经济效益指标", "点击量增长率", "≥120%"]) },
  ],
  invalid: [
    { name: "≥100%", grid: added(["产出指标", "质量指标", "办案费发放率", "≥100%"]), errors: [{ cell: "E14", fix: "=100%" }] },
    { name: "＞＝100％ full width", grid: added(["产出指标", "质量指标", "发放率", "＞＝100％"]), errors: [{ fix: "=100%" }] },
    { name: "over 100", grid: added(["产出指标", "质量指标", "合格率", "≥105%"]), errors: [{ message: /超过 100%/, fix: null }] },
  ],
});

ruleTester("missing-unit", {
  valid: [],
  invalid: [
    {
      name: "≤291.2万 on a cost in a 万元 table completes as 万元",
      grid: added(["成本指标", "经济成本指标", "印刷成本", "≤291.2万"]),
      errors: [{ fix: "≤291.2万元" }],
    },
    {
      name: "≤300万 on a cost in a 元 table completes as 万元",
      grid: workbook(formSheet({ rows: withRow(["成本指标", "经济成本指标", "印刷成本", "≤30万"]), unit: "元", budget: 1000000 })),
      errors: [{ fix: "≤30万元" }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("name-is-category", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "群众满意度 names whose satisfaction", grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]) },
    {
      name: "服务对象满意度 (without 指标) is the usual core indicator",
      grid: added(["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"]),
    },
    { name: "a name that contains a category word", grid: added(["产出指标", "质量指标", "工作质量达标率", "≥95%"]) },
    { name: "社会效益 inside a longer name", grid: added(["效益指标", "社会效益指标", "社会效益覆盖人数", "≥500人"]) },
    { name: "时效性 of something", grid: added(["产出指标", "时效指标", "仲裁裁决时效性", "≤7天"]) },
  ],
  invalid: [
    {
      name: "数量指标 as the 三级 name",
      grid: added(["产出指标", "数量指标", "数量指标", "≥10个"]),
      errors: [{ cell: "C14", message: /三级指标名称“数量指标”是指标类别名.*如“培训人数”/ }],
    },
    { name: "社会效益 (without 指标)", grid: added(["效益指标", "社会效益指标", "社会效益", "有效提升"]), errors: [{ cell: "C14" }] },
    { name: "numbered: 1.质量指标", grid: added(["产出指标", "质量指标", "1.质量指标", "≥90%"]), errors: [{ message: /“质量指标”/ }] },
    {
      name: "服务对象满意度指标",
      grid: added(["满意度指标", "服务对象满意度指标", "服务对象满意度指标", "≥90%"]),
      errors: [{ message: /受援群众满意度/ }],
    },
    { name: "可持续影响", grid: added(["效益指标", "可持续影响指标", "可持续影响", "长期"]), errors: [{ cell: "C14" }] },
    {
      name: "a summary table without levels: 满意度 alone",
      grid: workbook(summarySheet([{ seq: 4, name: "法制建设", budget: 80, rows: [["满意度", "≥", "%", 90]] }])),
      errors: [{ cell: "D4", message: /“满意度”/ }],
    },
  ],
});

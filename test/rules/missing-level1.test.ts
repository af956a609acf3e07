import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, summarySheet, workbook } from "../support/sheets";

ruleTester("missing-level1", {
  valid: [
    { name: "all categories", grid: form(CLEAN_ROWS) },
    { name: "2021 framework with cost", grid: form(CLEAN_ROWS), config: { costFramework: "2021" } },
    {
      name: "cost under 产出 counts as present (placement is another rule)",
      grid: form([
        ["产出指标", "数量指标", "人数", "≥1人"],
        ["", "成本指标", "成本", "≤1万元"],
        ["效益指标", "社会效益指标", "效果", "有效提升"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
      ]),
      config: { costFramework: "2021" },
    },
    ...[
      "地方政府专项债券付息",
      "机关运转经费",
      "办公运转保障",
      "日常公用经费",
      "人员经费",
      "在职人员工资",
      "离退休人员经费",
      "政府债券还本",
    ].map((name) => ({
      name: `no 满意度 in ${name}: no outside service object`,
      grid: form(
        CLEAN_ROWS.filter((r) => r[0] !== "满意度指标"),
        { name },
      ),
    })),
    {
      name: "the project type exempts 满意度 by the configured words (noServiceObject)",
      grid: form(
        CLEAN_ROWS.filter((r) => r[0] !== "满意度指标"),
        { name: "党建工作经费" },
      ),
      options: { noServiceObject: ["党建"] },
    },
    {
      name: "tables without a 一级 column say nothing",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 1, rows: [["人数", "≥", "人", 1]] }])),
    },
  ],
  invalid: [
    {
      name: "no 满意度指标",
      grid: form(CLEAN_ROWS.filter((r) => r[0] !== "满意度指标")),
      errors: [
        {
          cell: "A8",
          messageId: "satisfaction",
          data: { project: "测试项目" },
          message: /缺少满意度指标.*无外部服务对象的项目可不设/,
          severity: "warning",
        },
      ],
    },
    {
      name: "an exempt-looking project still needs 产出 and 效益",
      grid: form(
        CLEAN_ROWS.filter((r) => r[0] !== "满意度指标" && r[0] !== "效益指标"),
        { name: "机关运转经费" },
      ),
      errors: [{ messageId: "default", data: { project: "机关运转经费", level1: "效益指标" }, message: /缺少效益指标/ }],
    },
    {
      name: "configured words replace the default list: 机关运转 then needs 满意度",
      grid: form(
        CLEAN_ROWS.filter((r) => r[0] !== "满意度指标"),
        { name: "机关运转经费" },
      ),
      options: { noServiceObject: ["党建"] },
      errors: [{ messageId: "satisfaction" }],
    },
    {
      name: "2021 framework requires 成本指标",
      grid: form(CLEAN_ROWS.filter((r) => r[0] !== "成本指标")),
      config: { costFramework: "2021" },
      errors: [{ message: /缺少成本指标/ }],
    },
    {
      name: "产出 and 效益 missing: two findings",
      grid: form([["满意度指标", "服务对象满意度指标", "满意度", "≥90%"]]),
      errors: [{ message: /产出指标/ }, { message: /效益指标/ }],
    },
  ],
});

import { makeSheet } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, formRows, formSheet, summarySheet, withRow, workbook } from "../support/sheets";

/** Two forms stacked on one sheet, the second starting two rows after the first. */
function twoForms(a: Parameters<typeof formSheet>[0], b: Parameters<typeof formSheet>[0]) {
  const first = formRows(a, 1);
  const second = formRows(b, first.rows.length + 2);
  return workbook(makeSheet("Sheet1", [...first.rows, [], ...second.rows], [...first.merges, ...second.merges]));
}

ruleTester("duplicate-project", {
  valid: [
    {
      name: "different codes, same name (names repeat across units)",
      grid: twoForms({ rows: CLEAN_ROWS, code: "A001" }, { rows: CLEAN_ROWS, code: "A002" }),
    },
    {
      name: "no codes, same name, different budgets",
      grid: workbook(
        summarySheet([
          { seq: 1, name: "培训经费", budget: 10, rows: [["培训人数", "≥", "人", 10]] },
          { seq: 2, name: "培训经费", budget: 20, rows: [["培训人数", "≥", "人", 10]] },
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: "same code: the later copy is reported and names the earlier one",
      grid: twoForms(
        { rows: CLEAN_ROWS, code: "37020023P88002811020P" },
        { rows: CLEAN_ROWS, code: "37020023P88002811020P", title: "2.再次出现绩效目标表" },
      ),
      errors: [{ cell: "E18", message: /与第 1 行的项目编码 37020023P88002811020P相同/ }],
    },
    {
      name: "summary table repeating a block (000)",
      grid: workbook(
        summarySheet([
          { seq: 3, name: "律师人才培养经费", budget: 50, rows: [["成本控制", "≤", "万元", 50]] },
          { seq: 4, name: "法制建设", budget: 56.6, rows: [["满意度", "≥", "%", 90]] },
          { seq: 3, name: "律师人才培养经费", budget: 50, rows: [["新增公证员", "≥", "人", 9]] },
        ]),
      ),
      errors: [{ cell: "B6", message: /律师人才培养经费.*第 4 行/ }],
    },
    {
      name: "across sheets",
      grid: workbook(formSheet({ rows: CLEAN_ROWS, sheet: "甲" }), formSheet({ rows: CLEAN_ROWS, sheet: "乙" })),
      errors: [{ message: /工作表“甲”/ }],
    },
  ],
});

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
      errors: [{ cell: "C11", message: /与第 9 行重复/, severity: "warning" }],
    },
    {
      name: "same 二级, different value: still conflicting",
      grid: form(withRow(["", "数量指标", "培训人数", "≥300人"])),
      errors: [{ cell: "C14", message: /指标值不同/, severity: "warning" }],
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
      name: "tables without a 一级 column say nothing",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 1, rows: [["人数", "≥", "人", 1]] }])),
    },
  ],
  invalid: [
    {
      name: "no 满意度指标",
      grid: form(CLEAN_ROWS.filter((r) => r[0] !== "满意度指标")),
      errors: [{ cell: "A8", message: /缺少满意度指标.*无外部服务对象的项目可不设/ }],
    },
    {
      name: "an exempt-looking project still needs 产出 and 效益",
      grid: form(
        CLEAN_ROWS.filter((r) => r[0] !== "满意度指标" && r[0] !== "效益指标"),
        { name: "机关运转经费" },
      ),
      errors: [{ message: /缺少效益指标/ }],
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
      errors: [{ cell: "B11", message: /应放在“满意度指标”下/ }],
    },
    {
      name: "数量指标 under 效益指标",
      grid: form([["效益指标", "数量指标", "人数", "≥1人"]]),
      errors: [{ message: /应放在“产出指标”下/ }],
    },
  ],
});

ruleTester("quantity-not-numeric", {
  valid: [
    { name: "numbers", grid: form(CLEAN_ROWS) },
    { name: "qualitative value outside 数量指标", grid: form(withRow(["", "质量指标", "质量", "高质量完成"])) },
  ],
  invalid: [
    {
      name: "完成年度任务",
      grid: form(withRow(["产出指标", "数量指标", "宣传任务", "完成年度任务"])),
      errors: [{ cell: "E14", message: /不是数值/ }],
    },
  ],
});

ruleTester("value-repeats-name", {
  valid: [{ name: "graded text", grid: form(CLEAN_ROWS) }],
  invalid: [
    {
      name: "value equals description (001 法律援助知晓率)",
      grid: form(withRow(["效益指标", "社会效益指标", "法律援助知晓率", "法律援助知晓覆盖面", "法律援助知晓覆盖面"])),
      errors: [{ message: /与绩效指标描述相同/ }],
    },
    {
      name: "value equals name",
      grid: form(withRow(["效益指标", "社会效益指标", "促进社会和谐稳定", "促进社会 和谐稳定"])),
      errors: [{ message: /与指标名称相同/ }],
    },
  ],
});

ruleTester("spending-plan", {
  valid: [
    { name: "cumulative to 100%", grid: form(CLEAN_ROWS) },
    { name: "numbers as percents", grid: form(CLEAN_ROWS, { plan: [20, 40, 70, 100] }) },
    { name: "blank early quarters", grid: form(CLEAN_ROWS, { plan: [null, null, "50%", "100%"] }) },
  ],
  invalid: [
    {
      name: "amounts not cumulative (002 project 3: 40, 150, 108.40 with budget 208.40)",
      grid: form(CLEAN_ROWS, { budget: 208.4, plan: [null, 40, 150, 108.4] }),
      errors: [{ cell: "E6", message: /小于前一期/ }],
    },
    {
      name: "amounts ending at the budget: certain conversion to percent",
      grid: form(CLEAN_ROWS, { budget: 17, plan: [null, 2, 10, 17] }),
      errors: [{ cell: "C6", message: /填写的是金额/, fix: "11.76%" }],
    },
    {
      name: "not reaching 100%",
      grid: form(CLEAN_ROWS, { plan: ["20%", "40%", "60%", "80%"] }),
      errors: [{ cell: "E6", message: /应达到 100%/ }],
    },
    { name: "over 100%", grid: form(CLEAN_ROWS, { plan: ["20%", "40%", "120%", "120%"] }), errors: [{ message: /超过 100%/ }] },
    {
      name: "year end left blank",
      grid: form(CLEAN_ROWS, { budget: 376.59, plan: [null, 376.59, null, null] }),
      errors: [{ cell: "E6", message: /12月底 为 空/ }],
    },
  ],
});

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
      errors: [{ severity: "info", message: /财预〔2021〕101号/ }],
    },
    {
      name: "newer placement against a legacy config",
      grid: form(CLEAN_ROWS),
      config: { costFramework: "legacy" },
      errors: [{ message: /要求放在产出指标下/ }],
    },
  ],
});

import { makeSheet, type WorkbookGrid } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { type Row, CLEAN_ROWS, added, form, formRows, formSheet, withRow, workbook } from "../support/sheets";

const TITLE_2024 = "2024年度法律援助经费项目支出绩效目标表";
const deadline = (value: string, title = TITLE_2024) => added(["产出指标", "时效指标", "系统验收完成时间", value], { title });

/** A form whose 绩效目标 reads `goal`. */
function withGoal(goal: string, title = TITLE_2024): WorkbookGrid {
  const { rows, merges } = formRows({ title, rows: CLEAN_ROWS });
  rows[6] = ["绩效目标", goal];
  return workbook(makeSheet("Sheet1", rows, merges));
}

/** Sheets of forms without a year in their titles, one deadline each. */
function forms(...deadlines: string[]): WorkbookGrid {
  return workbook(
    ...deadlines.map((d, i) =>
      formSheet({ sheet: `表${i + 1}`, rows: withRow(["产出指标", "时效指标", "完成时间", d] as Row, "培训完成时间") }),
    ),
  );
}

ruleTester("timeliness-year", {
  valid: [
    { name: "a clean project, no year known", grid: form(CLEAN_ROWS) },
    { name: "a deadline in the budget year", grid: deadline("2024年12月底前") },
    { name: "no year written", grid: deadline("12月31日前") },
    { name: "the year's months", grid: deadline("2024年1-12月") },
    { name: "a period ending in the budget year", grid: deadline("2023.07-2024.01") },
    { name: "a title with the year in brackets", grid: deadline("2024年6月", "法律援助经费绩效目标表（2024年）") },
    { name: "no year known: silent", grid: deadline("2023年12月底前", "1.法律援助经费绩效目标表") },
    { name: "a comparison year in the goal is no deadline", grid: withGoal("案件办结数较2023年增长10%") },
    { name: "a later year in the goal may be the long-term aim", grid: withGoal("2026年底前建成全市统一平台") },
    { name: "the title wins over the config", grid: deadline("2024年12月底前"), config: { budgetYear: 2023 } },
    { name: "the 时效 values disagree: no majority, silent", grid: forms("2024年12月底前", "2023年12月底前", "2024年6月底前") },
  ],
  invalid: [
    {
      name: "2023 in a 2024 table: a suggestion to write 2024",
      grid: deadline("2023年12月底前"),
      errors: [
        { cell: "E14", message: /期限“2023年12月底前”是 2023 年，不是本表的预算年度 2024 年/, fix: null, suggestion: "2024年12月底前" },
      ],
    },
    {
      name: "a deadline after the year end",
      grid: deadline("2025年3月底前"),
      errors: [{ cell: "E14", message: /晚于预算年度 2024 年的 12 月 31 日/, fix: null }],
    },
    {
      name: "the budget year from the config",
      grid: deadline("2023年12月底前", "1.法律援助经费绩效目标表"),
      config: { budgetYear: 2024 },
      errors: [{}],
    },
    {
      name: "a stale year in the goal text",
      grid: withGoal("确保 2023 年底前每个乡镇有 2 名以上专职人民调解员"),
      errors: [{ cell: "E3", message: /绩效目标写的是 2023 年（“2023年底前”）/ }],
    },
    {
      name: "the year most 时效 values name",
      grid: forms("2024年12月底前", "2024年6月底前", "2024年11月底前", "2023年12月底前"),
      errors: [{ message: /2023 年，不是本表的预算年度 2024 年/ }],
    },
  ],
});

import { makeSheet } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, formRows, formSheet, summarySheet, workbook } from "../support/sheets";

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
      errors: [
        {
          data: {
            name: "测试项目",
            where: "工作表“甲”",
            whereEn: "sheet “甲” ",
            row: 1,
            by: "编码 37020023P88002811020P",
            byEn: "code 37020023P88002811020P",
          },
        },
      ],
    },
  ],
});

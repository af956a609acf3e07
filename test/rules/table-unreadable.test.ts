import { makeSheet } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, PLAIN_INDICATORS, form, workbook } from "../support/sheets";

/** 指标值 heads the project's goal prose; the real targets sit in an unlabelled column E. */
const goalAsValues = makeSheet("普法", [
  ["项目名称", "普法宣传经费", null, "预算数", 30],
  ["一级指标", "二级指标", "三级指标", "指标值", null],
  ...PLAIN_INDICATORS.map((r) => [r[0], r[1], r[2], "完成年度普法宣传工作，提升群众法治意识和法律素养", r[3]]),
]);

ruleTester("table-unreadable", {
  valid: [
    { name: "a clean form", grid: form(CLEAN_ROWS) },
    {
      name: "a plain 一级/二级/三级/指标值 table",
      grid: workbook(makeSheet("S", [["一级指标", "二级指标", "三级指标", "指标值"], ...PLAIN_INDICATORS])),
    },
    {
      name: "the user's mapping (columns: 指标值 = E) makes the table read",
      grid: workbook(goalAsValues),
      config: { columns: { 普法: { value: 5 } } },
    },
  ],
  invalid: [
    {
      name: "goal prose read as the values: one finding at the header, with the mapping understood",
      grid: workbook(goalAsValues),
      errors: [
        {
          cell: "D2",
          messageId: "default",
          message: /第 2 行起的指标表读不通：指标值（D 列）只有 0\/6 个能读成目标值。已识别为：.*指标值 = D 列/,
          fix: null,
          severity: "warning",
        },
      ],
    },
    {
      name: "names all the same",
      grid: workbook(
        makeSheet("S", [["一级指标", "二级指标", "三级指标", "指标值"], ...PLAIN_INDICATORS.map((r) => [r[0], r[1], "工作任务", "完成"])]),
      ),
      errors: [{ cell: "D1", message: /三级指标名称大多相同，6 条中只有 1 个不同。已识别为：.*标签列 = C 列/ }],
    },
  ],
});

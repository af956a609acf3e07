import { makeSheet } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form, workbook } from "../support/sheets";

const STANDARDS = ["计划标准", "行业标准", "历史标准", "财政部门确认的标准", "《司法行政培训管理办法》", "根据年度培训计划确定"];

/** CLEAN_ROWS (rows 9–14) with 指标值确定依据 in column F. */
const withBasis = (basis: Array<string | null>) => form(CLEAN_ROWS, { basis });

/** A summary table of two projects with a 指标值确定依据 column (G). */
function summary(basis: [string | null, string | null, string | null, string | null]) {
  return workbook(
    makeSheet(
      "汇总表",
      [
        ["序号", "项目名称", "预算数（万元）", "三级指标", "指标值", "绩效指标描述", "指标值确定依据"],
        [1, "法律援助经费", 177, "补贴案件数", "≥260件", "全年补贴法律援助案件数", basis[0]],
        [null, null, null, "受援人满意度", "≥85%", "受援人对服务的满意程度", basis[1]],
        [2, "普法宣传", 175, "举办宣传活动次数", "≥12次", "全年举办普法宣传活动次数", basis[2]],
        [null, null, null, "宣贯政策知晓率", "≥85%", "群众对宣贯政策的知晓程度", basis[3]],
      ],
      [],
    ),
  );
}

ruleTester("basis-missing", {
  valid: [
    { name: "every basis names a standard", grid: withBasis(STANDARDS) },
    { name: "依据历史标准 on every row (the builder's default)", grid: form(CLEAN_ROWS) },
    {
      name: "no basis column: nothing asked",
      grid: workbook(
        makeSheet(
          "Sheet1",
          [
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "培训人数", "≥200人"],
          ],
          [],
        ),
      ),
    },
    { name: "summary table, every basis given", grid: summary(["历史标准", "行业标准", "计划标准", "历史标准"]) },
  ],
  invalid: [
    {
      name: "summary table whose basis column is blank throughout: one finding for the table",
      grid: summary([null, null, null, null]),
      errors: [{ cell: "G1", message: "表格的“指标值确定依据”列全部空白（2 个项目），应逐项写明计划标准、行业标准、历史标准等" }],
    },
    {
      name: "summary table, one project's bases blank",
      grid: summary(["历史标准", "行业标准", null, null]),
      errors: [{ cell: "G4", message: /项目“普法宣传”的 2 个指标都没有填写/ }],
    },
    {
      name: "one basis blank",
      grid: withBasis(["计划标准", null, ...STANDARDS.slice(2)]),
      errors: [{ cell: "F10", message: "指标“培训合格率”的指标值确定依据为空，应写明计划标准、行业标准、历史标准或财政部门确认的标准" }],
    },
    {
      name: "all blank: one finding for the project",
      grid: withBasis([null, null, null, null, null, null]),
      errors: [{ cell: "F9", message: /项目“测试项目”的 6 个指标都没有填写指标值确定依据/, severity: "info" }],
    },
    {
      name: "年终统计 and 完成情况 say where the figure comes from, not the standard (Funing)",
      grid: withBasis(["年终统计", "完成情况", ...STANDARDS.slice(2)]),
      errors: [
        { cell: "F9", message: /确定依据“年终统计”没有说明标准/ },
        { cell: "F10", message: /确定依据“完成情况”没有说明标准/ },
      ],
    },
    {
      name: "a copy of the indicator's name or its value",
      grid: withBasis(["培训人数", "≥90%", ...STANDARDS.slice(2)]),
      errors: [
        { cell: "F9", message: /“培训人数”照抄了指标名称或指标值/ },
        { cell: "F10", message: /“≥90%”照抄了指标名称或指标值/ },
      ],
    },
  ],
});

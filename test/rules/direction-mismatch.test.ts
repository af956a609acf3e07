import { makeSheet, type CellValue } from "../../src/core/grid";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

/** A Sichuan-style table: 指标性质 holds the operator, 指标方向性 the direction. */
function sichuan(rows: CellValue[][]) {
  const header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"];
  return workbook(makeSheet("四川式", [["项目名称", "社区矫正经费"], header, ...rows], []));
}

ruleTester("direction-mismatch", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "再犯罪率 ≤0.5%", grid: added(["产出指标", "质量指标", "再犯罪率", "≤0.5%"]) },
    { name: "不满意率 is lower-is-better", grid: added(["满意度指标", "服务对象满意度指标", "满意度问卷调查不满意率", "≤10%"]) },
    { name: "投诉率 with a word: 不超过", grid: added(["产出指标", "质量指标", "有效投诉率", "不超过1%"]) },
    ...[">=90%", "≧90%", "９５％以上", "不低于95%", "大于等于90%", "达到90%", "90%及以上"].map((v) => ({
      name: `合格率 ${v}`,
      grid: added(["产出指标", "质量指标", "验收合格率", v]),
    })),
    ...["<=0.5%", "≦0.5%", "0.5%以下", "不高于0.5%", "小于等于0.5%", "控制在0.5%以内"].map((v) => ({
      name: `再犯罪率 ${v}`,
      grid: added(["产出指标", "质量指标", "再犯罪率", v]),
    })),
    { name: "a bare 100% means =", grid: added(["产出指标", "质量指标", "验收合格率", "100%"]) },
    { name: "运行时长: longer is better", grid: added(["效益指标", "可持续影响指标", "系统正常运行时长", "≥8000小时"]) },
    { name: "培训时长", grid: added(["产出指标", "数量指标", "人均培训时长", "≥40学时"]) },
    { name: "a count capped: 综合调解员人数 ≤17人", grid: added(["产出指标", "数量指标", "综合调解员人数", "≤17人"]) },
    { name: "a cost rate is not judged by name", grid: added(["成本指标", "经济成本指标", "成本控制达标率", "≤100%"]) },
    { name: "响应时间 ≤2小时", grid: added(["产出指标", "时效指标", "一般问题响应时间", "≤2小时"]) },
    {
      name: "the direction column agrees with the operator",
      grid: sichuan([
        ["产出指标", "质量指标", "验收合格率", "大于等于", 90, "%", 5, "正向"],
        [null, "质量指标", "再犯罪率", "小于等于", 0.5, "%", 5, "反向"],
      ]),
    },
    {
      name: "the direction column decides over the name",
      grid: sichuan([["产出指标", "质量指标", "调解案件差错率", "大于等于", 1, "%", 5, "正向"]]),
    },
  ],
  invalid: [
    {
      name: "再犯罪率 ≥0.5%",
      grid: added(["产出指标", "质量指标", "再犯罪率", "≥0.5%"]),
      errors: [{ cell: "E14", message: /“再犯罪率”越低越好.*应写为 ≤0.5%/, fix: null, suggestion: "≤0.5%" }],
    },
    { name: "投诉率 不低于1% (word)", grid: added(["产出指标", "质量指标", "投诉率", "不低于1%"]), errors: [{ suggestion: "≤1%" }] },
    { name: "办理用时 ≥3天", grid: added(["产出指标", "时效指标", "公证办理用时", "≥3天"]), errors: [{ suggestion: "≤3天" }] },
    {
      name: "满意度 ≤90%",
      grid: added(["满意度指标", "服务对象满意度指标", "受援群众满意度", "≤90%"]),
      errors: [{ message: /越高越好.*应写为 ≥90%/, suggestion: "≥90%" }],
    },
    {
      name: "覆盖率 95%以内 (suffix)",
      grid: added(["产出指标", "质量指标", "法律援助覆盖率", "95%以内"]),
      errors: [{ suggestion: "≥95%" }],
    },
    {
      name: "split summary: the suggestion edits the operator cell",
      grid: workbook(summarySheet([{ seq: 7, name: "仲裁业务经费", budget: 120, rows: [["裁决撤销率", "≥", "%", 10]] }])),
      errors: [{ cell: "E4", suggestion: "≤" }],
    },
    {
      name: "the direction column says 正向 but the operator is 小于等于",
      grid: sichuan([["产出指标", "质量指标", "矫正人员报到率", "小于等于", 90, "%", 5, "正向"]]),
      errors: [{ cell: "D3", message: /指标方向是“正向”，运算符却是 ≤/, suggestion: "大于等于" }],
    },
    {
      name: "反向 with ≥",
      grid: sichuan([["产出指标", "质量指标", "信息化监管率", "大于等于", 95, "%", 5, "反向"]]),
      errors: [{ message: /“反向”/ }],
    },
  ],
});

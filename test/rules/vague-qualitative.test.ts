import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("vague-qualitative", {
  valid: [
    { name: "a clean project (执法水平 有效提升 is an effect)", grid: form(CLEAN_ROWS) },
    { name: "an effect that resists measurement", grid: added(["效益指标", "社会效益指标", "提升行政执法人员执法水平", "有效提升"]) },
    { name: "graded: 优/良/中/差", grid: added(["产出指标", "质量指标", "调解工作质量达标率", "优/良/中/差"]) },
    { name: "graded: 好、较好、一般", grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "好、较好、一般"]) },
    { name: "a level reached: 达到二级", grid: added(["产出指标", "质量指标", "等级保护测评通过率", "达到二级"]) },
    { name: "a figure in the text", grid: added(["产出指标", "质量指标", "补贴发放及时率", "及时率100%"]) },
    { name: "a number", grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]) },
    { name: "a deadline", grid: added(["产出指标", "时效指标", "完成时间", "2024年12月底前"]) },
    { name: "a cost is cost-not-numeric's", grid: added(["成本指标", "经济成本指标", "日常公用经费开支标准", "按规定执行"]) },
    { name: "a word not in the list", grid: added(["产出指标", "质量指标", "法律援助知晓率", "法律援助知晓覆盖面"]) },
    {
      name: "the user's list replaces the defaults",
      grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "有效提升"]),
      options: { words: ["大幅增加"] },
    },
  ],
  invalid: [
    {
      name: "满意度 | 提升 (summary, split columns)",
      grid: workbook(summarySheet([{ seq: 3, name: "律师人才培养经费", budget: 50, rows: [["人才引进满意度", "提升", "", "提升"]] }])),
      errors: [{ cell: "G4", message: /“人才引进满意度”可以量化，指标值“提升”中的“提升”无法衡量是否完成；应写为 ≥90%/ }],
    },
    {
      name: "a rate: 进一步提高 (the longest word is named)",
      grid: added(["产出指标", "质量指标", "法律援助知晓率", "进一步提高"]),
      errors: [{ cell: "E14", message: /中的“进一步提高”/ }],
    },
    {
      name: "数量指标 | 有效提升: replaces quantity-not-numeric",
      grid: added(["产出指标", "数量指标", "宣传活动场次", "有效提升"]),
      errors: [{ message: /应写为 ≥12次/ }],
    },
    { name: "时效 | 是否及时", grid: added(["产出指标", "时效指标", "补贴发放时效", "是否及时"]), errors: [{ message: /12月底前/ }] },
    { name: "满意度 | 良好", grid: added(["满意度指标", "服务对象满意度指标", "受援群众满意度", "良好"]), errors: [{}] },
    {
      name: "the user's own words",
      grid: added(["产出指标", "数量指标", "宣传资料发放数量", "大幅增加"]),
      options: { words: ["大幅增加"] },
      errors: [{ message: /“大幅增加”/ }],
    },
  ],
});

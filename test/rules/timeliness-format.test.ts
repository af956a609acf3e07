import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

const timely = (value: string | number, name = "完成时间") =>
  added(["产出指标", "时效指标", name, value], { title: "1.测试项目绩效目标表" });

ruleTester("timeliness-format", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    ...[
      "2024年12月底前",
      "12月31日前",
      "2024年6月",
      "第三季度",
      "三季度末",
      "年底前",
      "2024年1-12月",
      "2023.07-2024.01",
      "≤2023年11月底",
      "≤30天",
      "3个工作日内",
      "≤2小时",
      "7*24小时",
      "两个月内",
      "当日办结",
      "每季度",
      "实时",
      "100%",
      "≥95%",
      "及时率100%",
      "年度内完成",
      "一年",
    ].map((v) => ({ name: v, grid: timely(v) })),
    { name: "a date stored as an Excel serial", grid: timely(45657) },
    { name: "按时完成率 ≥95%", grid: timely("≥95%", "按时完成率") },
    { name: "a qualitative value outside 时效", grid: added(["效益指标", "社会效益指标", "执法水平", "及时"]) },
    {
      name: "a table without levels: a name that is no time",
      grid: workbook(summarySheet([{ seq: 1, name: "人民调解", budget: 30, rows: [["人民调解规范化建设", "可持续", "", "可持续"]] }])),
    },
  ],
  invalid: [
    {
      name: "≤国家部署和工作计划规定时间",
      grid: timely("≤国家部署和工作计划规定时间", "考试工作严格按照国家部署和工作计划进行"),
      errors: [
        { cell: "E14", message: /时效指标“考试工作严格按照国家部署和工作计划进行”的指标值“≤国家部署和工作计划规定时间”没有给出时间/ },
      ],
    },
    { name: "及时", grid: timely("及时"), errors: [{ cell: "E14", message: /如 12月31日前/ }] },
    { name: "按时完成", grid: timely("按时完成"), errors: [{}] },
    { name: "按计划", grid: timely("按计划"), errors: [{}] },
    { name: "是否及时完成", grid: timely("是否及时完成", "保障经费及时性"), errors: [{}] },
    {
      name: "the example deadline uses the budget year from the title",
      grid: added(["产出指标", "时效指标", "完成时间", "及时"], { title: "2024年度法律援助经费项目支出绩效目标表" }),
      errors: [{ message: /如 2024年12月底前/ }],
    },
    {
      name: "a table without levels: 完成及时性 | 及时",
      grid: workbook(summarySheet([{ seq: 4, name: "法制建设", budget: 80, rows: [["完成及时性", "及时", "", "及时"]] }])),
      errors: [{ cell: "G4" }],
    },
  ],
});

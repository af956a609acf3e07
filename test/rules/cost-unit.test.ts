import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("cost-unit", {
  valid: [
    { name: "money", grid: form(CLEAN_ROWS) },
    {
      name: "in a table without levels, 补贴案件数 is a count",
      grid: workbook(summarySheet([{ seq: 2, name: "法律援助经费", budget: 177, rows: [["补贴案件数", "≥", "件", 260]] }])),
    },
    { name: "社会成本 in physical units", grid: added(["成本指标", "社会成本指标", "占用耕地", "≤2亩"]) },
    { name: "社会成本 in words", grid: added(["成本指标", "社会成本指标", "对周边居民生活的影响", "无明显影响"]) },
    { name: "社会成本 in 人次", grid: added(["成本指标", "社会成本指标", "施工期间受影响群众", "≤100人次"]) },
    { name: "生态环境成本 in tonnes", grid: added(["成本指标", "生态环境成本指标", "碳排放增加量", "≤5吨"]) },
    { name: "生态环境成本 in words", grid: added(["成本指标", "生态环境成本指标", "环境影响", "不造成污染"]) },
    { name: "% cost ratio: 政府采购节支率 ≥5%", grid: added(["成本指标", "经济成本指标", "政府采购节支率", "≥5%"]) },
    { name: "% cost ratio: 节约率", grid: added(["成本指标", "经济成本指标", "经费节约率", "≥3%"]) },
    { name: "% cost ratio: 成本控制率", grid: added(["成本指标", "经济成本指标", "成本控制率", "≤100%"]) },
    { name: "% cost ratio: 成本降低率", grid: added(["成本指标", "经济成本指标", "运维成本降低率", "≥10%"]) },
  ],
  invalid: [
    {
      name: "≥2000册 under 成本指标 (001)",
      grid: added(["产出指标", "成本指标", "多样宣传", "≥2000册"]),
      errors: [{ cell: "E14", messageId: "default", data: { name: "多样宣传", unit: "册" }, fix: null }],
    },
    { name: "% under 成本指标", grid: added(["产出指标", "成本指标", "案件补贴", "≥80%"]), errors: [{ message: /单位是“%”/ }] },
    {
      name: "人/天 on a cost suggests 元/人/天 (000)",
      grid: workbook(summarySheet([{ seq: 8, name: "仲裁员培训经费", budget: 50, rows: [["市内培训成本", "=", "人/天", 400]] }])),
      errors: [{ cell: "F4", suggestion: "元/人/天" }],
    },
  ],
});

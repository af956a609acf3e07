import { DEFAULT_CONFIG } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { RULES } from "../../src/core/rules";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, withRow, workbook } from "../support/sheets";

ruleTester("cost-operator", {
  valid: [
    { name: "≤ on a cost", grid: form(CLEAN_ROWS) },
    { name: "≤ written as a word", grid: added(["成本指标", "经济成本指标", "印刷费", "不超过5万元"]) },
    { name: "unit price with =", grid: added(["成本指标", "经济成本指标", "人均培训成本", "=400元/人/天"]) },
    { name: "subsidy standard, bare (补助标准 | 1500元/人)", grid: added(["成本指标", "经济成本指标", "补助标准", "1500元/人"]) },
    { name: "补贴标准 with =", grid: added(["成本指标", "经济成本指标", "生活补贴标准", "=300元/人·月"]) },
    { name: "发放标准, bare", grid: added(["成本指标", "经济成本指标", "慰问金发放标准", "500元/人"]) },
    { name: "开支标准, bare", grid: added(["成本指标", "经济成本指标", "差旅费开支标准", "=450元/人/天"]) },
    { name: "支出标准, bare", grid: added(["成本指标", "经济成本指标", "公用经费支出标准", "6000元/人"]) },
    { name: "单价, bare", grid: added(["成本指标", "经济成本指标", "服装采购单价", "800元/套"]) },
    {
      name: "summary table: 补贴标准 = 元 1500",
      grid: workbook(summarySheet([{ seq: 3, name: "法律援助经费", budget: 177, rows: [["办案补贴标准", "=", "元/件", 1500]] }])),
    },
  ],
  invalid: [
    {
      name: "≥30000 元 (001)",
      grid: added(["产出指标", "成本指标", "成本预算控制数", "≥30000 元"], { unit: "元", budget: 30000 }),
      errors: [{ cell: "E14", fix: "≤30000元" }],
    },
    {
      name: "no operator: 70000元",
      grid: added(["产出指标", "成本指标", "节约成本", "70000元"], { unit: "元", budget: 70000 }),
      errors: [{ message: /没有运算符/, fix: "≤70000元" }],
    },
    { name: "不低于 on a cost", grid: added(["成本指标", "经济成本指标", "运维费", "不低于20万元"]), errors: [{ fix: "≤20万元" }] },
    {
      name: "成本控制数 ≥30000元 still fires",
      grid: added(["成本指标", "经济成本指标", "成本控制数", "≥30000元"]),
      errors: [{ message: /用了“≥”/, fix: "≤30000元" }],
    },
    {
      name: "a bare 70000元 on a 成本控制 name still fires",
      grid: added(["成本指标", "经济成本指标", "培训成本控制", "70000元"]),
      errors: [{ message: /没有运算符/, fix: "≤70000元" }],
    },
    {
      name: "≥ on a standard still fires (a standard is exact, not a floor)",
      grid: added(["成本指标", "经济成本指标", "补助标准", "≥1500元/人"]),
      errors: [{ fix: "≤1500元/人" }],
    },
    {
      name: "split layout changes only the operator cell, in words when the column uses words",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 50, rows: [["成本控制", "大于等于", "万元", 50]] }])),
      errors: [{ cell: "E4", fix: "小于等于" }],
    },
  ],
});

ruleTester("budget-exceeded", {
  valid: [
    { name: "equal to the budget", grid: added(["成本指标", "经济成本指标", "预算控制数", "≤100万元"], { budget: 100 }) },
    {
      name: "budget in 元, bound in 万元, below",
      grid: added(["成本指标", "经济成本指标", "预算控制数", "≤150万元"], { unit: "元", budget: 1600000 }),
    },
    {
      name: "unit prices are not totals",
      grid: form(withRow(["成本指标", "经济成本指标", "人均成本", "≤550元/人/天"], "培训成本控制数"), { unit: "元", budget: 500 }),
    },
  ],
  invalid: [
    {
      name: "≤228.4万元 with 预算数 208.40 (002)",
      grid: added(["成本指标", "经济成本指标", "法治专项业务费预算控制数", "≤228.4万元"], { budget: 208.4 }),
      errors: [{ cell: "E14", message: /高于项目预算数 208.4万元/, fix: null, suggestion: "≤208.4万元" }],
    },
    {
      name: "bound in 元 above a budget in 万元",
      grid: added(["成本指标", "经济成本指标", "采购成本", "≤1,030,700.00元"], { budget: 100 }),
      errors: [{ suggestion: "≤1000000元" }],
    },
    {
      name: "summary table (000): 数据采购成本 ≤ 万元 377 with budget 197.22",
      grid: workbook(
        summarySheet([{ seq: 7, name: "法治宁波业务综合分析应用系统", budget: 197.22, rows: [["数据采购成本", "≤", "万元", 377]] }]),
      ),
      errors: [{ cell: "G4", suggestion: 197.22 }],
    },
  ],
});

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
      errors: [{ cell: "E14", message: /单位是“册”/ }],
    },
    { name: "% under 成本指标", grid: added(["产出指标", "成本指标", "案件补贴", "≥80%"]), errors: [{ message: /单位是“%”/ }] },
    {
      name: "人/天 on a cost suggests 元/人/天 (000)",
      grid: workbook(summarySheet([{ seq: 8, name: "仲裁员培训经费", budget: 50, rows: [["市内培训成本", "=", "人/天", 400]] }])),
      errors: [{ cell: "F4", suggestion: "元/人/天" }],
    },
  ],
});

ruleTester("rate-unit", {
  valid: [
    { name: "%", grid: form(CLEAN_ROWS) },
    { name: "效率 is not a percent rate", grid: added(["产出指标", "时效指标", "办事效率", "≤3天"]) },
    { name: "投诉次数 ≤3次 under 满意度 is a count", grid: added(["满意度指标", "服务对象满意度指标", "投诉次数", "≤3次"]) },
    { name: "有效投诉件数 under 满意度 is a count", grid: added(["满意度指标", "服务对象满意度指标", "有效投诉件数", "≤2件"]) },
  ],
  invalid: [
    {
      name: "人均培训成本控制率 ≤ 元 400 (000)",
      grid: workbook(summarySheet([{ seq: 10, name: "人民调解", budget: 225, rows: [["人均培训成本控制率", "≤", "元", 400]] }])),
      errors: [{ cell: "F4", message: /单位是“元”/ }],
    },
    { name: "满意度 in 人", grid: added(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90人"]), errors: [{ cell: "E14" }] },
    {
      name: "投诉率 in 次 under 满意度: the name says rate",
      grid: added(["满意度指标", "服务对象满意度指标", "投诉率", "≤3次"]),
      errors: [{ message: /单位是“次”/ }],
    },
    {
      name: "a non-count name under 满意度 still reads as a rate",
      grid: added(["满意度指标", "服务对象满意度指标", "服务对象评价", "≥90人"]),
      errors: [{ cell: "E14" }],
    },
  ],
});

ruleTester("cost-not-numeric", {
  valid: [
    { name: "money ceiling", grid: form(CLEAN_ROWS) },
    { name: "社会成本 in words is not a money target", grid: added(["成本指标", "社会成本指标", "环境影响", "无明显影响"]) },
    { name: "a time target is not a cost", grid: added(["产出指标", "时效指标", "完成时间", "2024年12月底前"]) },
    { name: "empty value is missing-value's", grid: added(["成本指标", "经济成本指标", "印刷费", null]) },
  ],
  invalid: [
    {
      name: "控制在预算内",
      grid: added(["成本指标", "经济成本指标", "印刷费", "控制在预算内"]),
      errors: [{ cell: "E14", message: /没有数值/, fix: null, severity: "warning" }],
    },
    {
      name: "按《…办法》支付费用",
      grid: added(["成本指标", "经济成本指标", "律师补贴", "按《法律援助补贴办法》支付费用"]),
      errors: [{ cell: "E14" }],
    },
    { name: "不超过预算", grid: added(["成本指标", "经济成本指标", "运维费", "不超过预算"]), errors: [{ cell: "E14" }] },
    {
      name: "summary table without levels: a cost name with words",
      grid: workbook(summarySheet([{ seq: 1, name: "甲", budget: 50, rows: [["运维费用", "", "", "控制在预算内"]] }])),
      errors: [{ message: /运维费用/ }],
    },
  ],
});

describe("cost-not-numeric replaces the generic findings on its cell", () => {
  const all = (grid: ReturnType<typeof added>) => lint(grid, DEFAULT_CONFIG).findings.filter((f) => f.row === 14);
  it.each([["控制在预算内"], ["按《法律援助补贴办法》支付费用"], ["不超过预算"]])("%s", (raw) => {
    const found = all(added(["成本指标", "经济成本指标", "印刷费", raw]));
    expect(found.map((f) => f.ruleId)).toEqual(["cost-not-numeric"]);
  });
  it("declares the overrides", () => {
    const rule = RULES.find((r) => r.id === "cost-not-numeric");
    expect(rule?.overrides).toEqual(expect.arrayContaining(["quantity-not-numeric", "cost-operator", "missing-unit"]));
    expect(rule?.fixable).toBe(false);
    expect(rule?.hasSuggestions).toBe(false);
  });
  it("is registered before multiple-targets", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids.indexOf("cost-not-numeric")).toBe(ids.indexOf("multiple-targets") - 1);
  });
});

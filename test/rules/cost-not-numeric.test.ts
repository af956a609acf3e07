import { DEFAULT_CONFIG } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { RULES } from "../../src/core/rules";
import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

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
      errors: [{ cell: "E14", data: { name: "印刷费", raw: "控制在预算内" }, message: /没有数值/, fix: null, severity: "warning" }],
    },
    {
      name: "按《…办法》支付费用",
      grid: added(["成本指标", "经济成本指标", "律师补贴", "按《法律援助补贴办法》支付费用"]),
      errors: [{ cell: "E14", data: { name: "律师补贴", raw: "按《法律援助补贴办法》支付费用" } }],
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

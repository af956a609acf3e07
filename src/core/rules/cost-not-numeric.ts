import { defineRule } from "./types";
import { forEachIndicator, isCost, isImpactCost } from "./helpers";

export default defineRule({
  id: "cost-not-numeric",
  title: { zh: "成本指标没有金额", en: "Cost target without an amount" },
  defaultSeverity: "warning",
  docs: {
    zh: "成本指标没有数值（如“控制在预算内”），成本应写为“≤金额”；社会成本、生态环境成本指标除外",
    en: "A cost target has no number (“控制在预算内”); write a ceiling in money (社会成本 / 生态环境成本 aside)",
    example: { bad: "成本指标 | 印刷费 | 控制在预算内", good: "印刷费 ≤5万元" },
  },
  messages: {
    default: {
      zh: "成本指标“{{name}}”的指标值“{{raw}}”没有数值，成本应写为“≤金额”（如 ≤5万元）",
      en: "Cost “{{name}}” has the value “{{raw}}” with no number; write a ceiling in money (≤5万元)",
    },
  },
  fixable: false,
  hasSuggestions: false,
  // the cost-specific finding replaces the generic ones on the same row
  overrides: ["quantity-not-numeric", "cost-operator", "missing-unit"],
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      // 社会成本 / 生态环境成本 are negative impacts, rightly in words (无明显影响)
      if (v.kind !== "qualitative" || v.deadline || !isCost(ind) || isImpactCost(ind)) return;
      ctx.report({ project: p, at: ind.cells.value, indicator: ind.name, data: { name: ind.name, raw: v.raw } });
    });
  },
});

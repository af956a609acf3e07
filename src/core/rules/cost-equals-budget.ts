import { defineRule } from "./types";
import { amountInYuan, forEachProject, isCost, isImpactCost, isStandard } from "./helpers";
import { nameKey } from "../value/normalize";
import { formatPlain } from "../value/parse";
import { MONEY_FACTORS, canonicalUnit, unitFamily } from "../value/units";

/** A unit cost: money per something (元/人, 万元/件), or named as one (人均…, 单价, 补助标准). */
const UNIT_COST_NAME = /人均|单位成本|单价|每人|每件|每次|每场|每户|平均成本|次均|件均|户均/;

export default defineRule({
  id: "cost-equals-budget",
  title: { zh: "成本指标只重述预算", en: "Cost target restates the budget" },
  defaultSeverity: "info",
  docs: {
    zh: "项目唯一的成本指标只是把预算总额写成上限，没有单位成本（元/人、元/件等）",
    en: "The project's only cost target restates the whole budget as a ceiling, with no unit cost (元/人, 元/件 …)",
    example: { bad: "预算数 17（万元），成本指标：培训成本控制数 ≤17万元", good: "另设 人均培训成本 ≤400元/人/天" },
  },
  messages: {
    default: {
      zh: "成本指标“{{name}}”（{{raw}}）只是重述项目预算数 {{budget}}；按“{{count}}”{{countValue}}计，建议补充单位成本指标（约 {{unitCost}}）",
      en: "Cost “{{name}}” ({{raw}}) only restates the budget {{budget}}; with “{{count}}” at {{countValue}}, consider a unit-cost target (about {{unitCost}})",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    const tolerance = ctx.config.thresholds.budgetTolerance;
    forEachProject(ctx.model, (p) => {
      if (!p.budget) return;
      const costs = p.indicators.filter((ind) => isCost(ind) && !isImpactCost(ind));
      if (costs.length !== 1) return;
      const [ind] = costs;
      const v = ind.value;
      // a floor (≥) is cost-operator's finding; a standard or a unit cost is what this rule asks for
      if (v.kind !== "quantitative" || v.operator === "≥" || v.operator === ">") return;
      if (isStandard(ind) || UNIT_COST_NAME.test(nameKey(ind.name))) return;
      const amount = amountInYuan(v.number, v.unit ?? v.unitPrefix ?? null);
      const budget = p.budget.amount * MONEY_FACTORS[p.budget.unit];
      if (amount === null || budget <= 0) return;
      // above the budget is budget-exceeded's finding; within half a percent below it, the budget restated
      if (amount > budget * (1 + tolerance) + 1e-6 || amount < budget * 0.995) return;
      // a unit cost needs units: one system, one bond's interest is the whole cost, rightly
      // an output to divide by: a count target above 1, not a ceiling (≤17人 staff), 数量指标 first
      const counts = p.indicators.filter(
        (c) =>
          !isCost(c) && c.value.number !== null && c.value.number > 1 && c.value.operator !== "≤" && unitFamily(c.value.unit) === "count",
      );
      const count = counts.find((c) => c.level2 === "数量指标") ?? counts[0];
      if (!count || count.value.number === null) return;
      const per = Math.round((budget / count.value.number) * 100) / 100;
      ctx.report({
        project: p,
        at: ind.cells.value,
        indicator: ind.name,
        data: {
          name: ind.name,
          raw: v.raw,
          budget: `${formatPlain(p.budget.amount)}${p.budget.unit}`,
          count: count.name,
          countValue: count.value.raw,
          unitCost: `${formatPlain(per)}元/${canonicalUnit(count.value.unit as string)}`,
        },
      });
    });
  },
});

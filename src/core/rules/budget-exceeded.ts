import { defineRule } from "./types";
import { amountInYuan, forEachIndicator, isCost, targetEdits, targetText } from "./helpers";
import { formatPlain, roundNumber } from "../value/parse";
import { MONEY_FACTORS } from "../value/units";

export default defineRule({
  id: "budget-exceeded",
  title: { zh: "成本超过预算", en: "Cost above the budget" },
  defaultSeverity: "error",
  docs: {
    zh: "成本上限高于项目预算数",
    en: "A cost ceiling is above the project's budget",
    example: { bad: "预算数 208.40（万元），法治专项业务费预算控制数 ≤228.4万元", good: "≤208.4万元" },
  },
  messages: {
    default: {
      zh: "成本指标“{{name}}”的上限 {{raw}} 高于项目预算数 {{budget}}",
      en: "Cost “{{name}}”: ceiling {{raw}} is above the budget {{budget}}",
    },
  },
  fixable: false,
  hasSuggestions: true,
  check(ctx) {
    const tolerance = ctx.config.thresholds.budgetTolerance;
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (!p.budget || v.kind !== "quantitative" || !isCost(ind) || v.operator === "≥" || v.operator === ">") return;
      const amount = amountInYuan(v.number, v.unit ?? null);
      if (amount === null) return;
      const budget = p.budget.amount * MONEY_FACTORS[p.budget.unit];
      if (budget <= 0 || amount <= budget * (1 + tolerance) + 1e-6) return;
      const unit = v.unit as string;
      const cap = roundNumber(budget / MONEY_FACTORS[unit]);
      const capText = targetText("≤", cap, unit);
      ctx.report({
        project: p,
        at: ind.cells.value,
        indicator: ind.name,
        data: { name: ind.name, raw: v.raw, budget: `${formatPlain(p.budget.amount)}${p.budget.unit}` },
        suggestions: [
          {
            label: { zh: `改为预算数 ${capText}`, en: `Cap at the budget: ${capText}` },
            edits: targetEdits(p, ind, { operator: "≤", number: cap }),
          },
        ],
      });
    });
  },
});

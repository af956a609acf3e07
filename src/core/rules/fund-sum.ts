import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { Money } from "../model";
import { formatPlain, roundNumber } from "../value/parse";
import { MONEY_FACTORS } from "../value/units";

const yuan = (m: Money) => m.amount * MONEY_FACTORS[m.unit];

/** `160000元`, `17万元`. */
const moneyText = (m: Money) => `${formatPlain(m.amount)}${m.unit}`;

export default defineRule({
  id: "fund-sum",
  title: { zh: "资金来源合计不符", en: "Fund sources do not add up" },
  defaultSeverity: "warning",
  docs: {
    zh: "财政资金与其他资金之和不等于预算数（年度资金总额）；其他资金空白按 0 计",
    en: "财政资金 plus 其他资金 does not equal the budget (年度资金总额); a blank 其他资金 counts as 0",
    example: { bad: "预算数 100，其中：财政资金 80，其他资金（空）", good: "预算数 100，财政资金 80，其他资金 20" },
  },
  messages: {
    default: {
      zh: "预算数 {{budget}} 不等于财政资金 {{fiscal}} 与其他资金 {{other}} 之和 {{sum}}（相差 {{diff}}）",
      en: "The budget {{budget}} is not 财政资金 {{fiscal}} plus 其他资金 {{other}} = {{sum}} (off by {{diff}})",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachProject(ctx.model, (p) => {
      const { budget, fiscal, other } = p;
      // the parts are given when 财政资金 is: a blank 其他资金 is 0, a blank 财政资金 says nothing
      if (!budget || !fiscal) return;
      const sum = yuan(fiscal) + (other ? yuan(other) : 0);
      const total = yuan(budget);
      // each figure rounded to 2 decimals of its unit: the coarsest unit's 0.01, twice, is rounding
      const coarsest = Math.max(...[budget, fiscal, other].filter((m): m is Money => m !== null).map((m) => MONEY_FACTORS[m.unit]));
      if (Math.abs(sum - total) <= 0.011 * coarsest + 1e-6) return;
      const inBudgetUnit = (n: number) => `${formatPlain(roundNumber(n / MONEY_FACTORS[budget.unit]))}${budget.unit}`;
      ctx.report({
        project: p,
        at: budget.cell,
        data: {
          budget: moneyText(budget),
          fiscal: moneyText(fiscal),
          other: other ? moneyText(other) : "0",
          sum: inBudgetUnit(sum),
          diff: inBudgetUnit(Math.abs(total - sum)),
        },
      });
    });
  },
});

import { defineRule } from "./types";
import { forEachIndicator, isCost, isMoneyUnit, isStandard, targetEdits, targetText } from "./helpers";

export default defineRule({
  id: "cost-operator",
  title: { zh: "成本指标运算符错误", en: "Wrong operator on a cost" },
  defaultSeverity: "error",
  docs: {
    zh: "成本指标是上限，应使用“≤”，不能用“≥”或不写运算符；补贴/补助/发放/开支标准、单价等标准值可写确切金额（不写运算符或“=”）",
    en: "A cost target is a ceiling: use “≤”, not “≥” or no operator; standards (补助标准, 单价 …) may be an exact amount, bare or with “=”",
    example: { bad: "成本预算控制数 ≥30000 元", good: "≤30000元", fix: "≤30000元" },
  },
  messages: {
    atLeast: {
      zh: "成本指标“{{name}}”用了“{{op}}”，成本应控制在上限内，应写为 {{fixed}}",
      en: "Cost “{{name}}” uses “{{op}}”; a cost is a ceiling, write {{fixed}}",
    },
    none: {
      zh: "成本指标“{{name}}”没有运算符，应写为 {{fixed}}",
      en: "Cost “{{name}}” has no operator; write {{fixed}}",
    },
  },
  fixable: true,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || v.number === null || !isCost(ind)) return;
      if (v.unit !== null && !isMoneyUnit(v.unit)) return;
      const implicit = v.operatorSource === "implicit";
      if (!implicit && v.operator !== "≥" && v.operator !== ">") return;
      // a standard (补助标准 1500元/人) is an exact amount: bare or `=` is right
      if (implicit && isStandard(ind)) return;
      const fixed = targetText("≤", v.number, v.unit);
      ctx.report({
        project: p,
        at: ind.split && ind.cells.operator ? ind.cells.operator : ind.cells.value,
        indicator: ind.name,
        messageId: implicit ? "none" : "atLeast",
        data: { name: ind.name, op: v.operator ?? "", fixed },
        fix: targetEdits(p, ind, { operator: "≤" }),
      });
    });
  },
});

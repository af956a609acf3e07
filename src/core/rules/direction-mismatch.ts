import { defineRule } from "./types";
import { forEachIndicator, isCost, targetEdits, targetText } from "./helpers";
import { directionOf, isPositiveName, isReverseName } from "./indicator-kinds";
import type { Operator } from "../value/parse";

const FLIPPED: Partial<Record<Operator, Operator>> = { "≥": "≤", ">": "<", "≤": "≥", "<": ">" };
const UPWARD = new Set<Operator>(["≥", ">"]);
const DOWNWARD = new Set<Operator>(["≤", "<"]);

export default defineRule({
  id: "direction-mismatch",
  title: { zh: "运算符方向相反", en: "Operator points the wrong way" },
  defaultSeverity: "warning",
  docs: {
    zh: "越低越好的指标（再犯罪率、投诉率、事故发生率、办理用时）写了 ≥，越高越好的指标（合格率、满意度、完成率）写了 ≤，或与“指标方向”列相反",
    en: "A lower-is-better indicator (再犯罪率, 投诉率, 事故发生率, handling time) with ≥, a higher-is-better one (合格率, 满意度, 完成率) with ≤, or an operator against the table's 指标方向 column",
    example: { bad: "再犯罪率 | ≥0.5%", good: "再犯罪率 | ≤0.5%" },
  },
  messages: {
    reverse: {
      zh: "“{{name}}”越低越好，目标应是上限，却写成 {{raw}}；应写为 {{suggested}}",
      en: "“{{name}}”: lower is better, so the target is a ceiling, yet it reads {{raw}}; write {{suggested}}",
    },
    positive: {
      zh: "“{{name}}”越高越好，目标应是下限，却写成 {{raw}}；应写为 {{suggested}}",
      en: "“{{name}}”: higher is better, so the target is a floor, yet it reads {{raw}}; write {{suggested}}",
    },
    column: {
      zh: "“{{name}}”的指标方向是“{{direction}}”，运算符却是 {{operator}}（{{raw}}），两者相反；请核对方向或改为 {{suggested}}",
      en: "“{{name}}”: the direction column says “{{direction}}” but the operator is {{operator}} ({{raw}}); check the direction or write {{suggested}}",
    },
  },
  fixable: false,
  hasSuggestions: true,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      const op = v.operator;
      if (v.kind !== "quantitative" || op === null || v.number === null || v.tolerance || v.operatorSource === "implicit") return;
      const flipped = FLIPPED[op];
      if (!flipped) return;
      // the table's own 指标方向 column decides where it has one; else the name does (never on costs)
      const stated = directionOf(ind.direction);
      const byName = stated || isCost(ind) ? null : isReverseName(ind.name) ? "reverse" : isPositiveName(ind.name) ? "positive" : null;
      const direction = stated ?? byName;
      const wrong = (direction === "reverse" && UPWARD.has(op)) || (direction === "positive" && DOWNWARD.has(op));
      if (!direction || !wrong) return;
      const suggested = targetText(flipped, v.number, v.unit ?? v.unitPrefix ?? null);
      const edits = targetEdits(p, ind, { operator: flipped });
      ctx.report({
        project: p,
        at: ind.split && ind.cells.operator ? ind.cells.operator : ind.cells.value,
        indicator: ind.name,
        messageId: stated ? "column" : direction,
        data: { name: ind.name, raw: v.raw, suggested, operator: op, direction: ind.direction ?? "" },
        suggestions: [{ label: { zh: `改为 ${suggested}`, en: `Change to ${suggested}` }, edits }],
      });
    });
  },
});

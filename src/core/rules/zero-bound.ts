import { defineRule } from "./types";
import { forEachIndicator, targetEdits, targetText } from "./helpers";
import { isReverseName } from "./indicator-kinds";
import { nameKey } from "../value/normalize";

/** Changes and balances may go below zero: `成本增长率 ≤0%` (no rise, a fall welcome) is a real bound. */
const MAY_BE_NEGATIVE = /(增长率|增幅|增长|增速|增量|同比|环比|变化|变动|偏差|差异|差额|涨幅|降幅|结余|利润|盈余)/;

export default defineRule({
  id: "zero-bound",
  title: { zh: "以 0 为界的目标", en: "Target bounded at zero" },
  defaultSeverity: "warning",
  docs: {
    zh: "目标写成“≤0%”“≤0起”（只能等于 0，应写 =0）或“≥0”（任何结果都满足，等于没有目标）",
    en: "A target written “≤0%” / “≤0起” (can only be 0: write =0) or “≥0” (anything meets it: no target at all)",
    example: { bad: "安全事故发生率 ≤0%", good: "安全事故发生率 =0%", fix: "=0%" },
  },
  messages: {
    atMost: {
      zh: "“{{name}}”写成 {{raw}}：数量和比率不会小于 0，目标只能是 0，应写为 {{fixed}}",
      en: "“{{name}}”: {{raw}} — a count or rate cannot go below 0, so the target is 0; write {{fixed}}",
    },
    atLeast: {
      zh: "“{{name}}”写成 {{raw}}：任何结果都满足，等于没有设目标；请写明实际要达到的数值（运算符+数值+单位）",
      en: "“{{name}}”: {{raw}} is met by any result, so it sets no target; write the value to reach (operator + number + unit)",
    },
    atLeastReverse: {
      zh: "“{{name}}”写成 {{raw}}：任何结果都满足；此类指标越低越好，应写为 {{fixed}} 或“≤上限”",
      en: "“{{name}}”: {{raw}} is met by any result; lower is better here, so write {{fixed}} or “≤ a ceiling”",
    },
  },
  fixable: true,
  hasSuggestions: true,
  // `投诉率 ≥0%`: the zero bound says more than the direction does
  overrides: ["direction-mismatch"],
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || v.number !== 0 || v.tolerance || v.text) return;
      if (MAY_BE_NEGATIVE.test(nameKey(ind.name))) return;
      const at = ind.split && ind.cells.operator ? ind.cells.operator : ind.cells.value;
      const unit = v.unit ?? v.unitPrefix ?? null;
      const fixed = targetText("=", 0, unit);
      const base = { project: p, at, indicator: ind.name, data: { name: ind.name, raw: v.raw, fixed } };
      const edits = targetEdits(p, ind, { operator: "=" });
      const suggestion = [{ label: { zh: `改为 ${fixed}`, en: `Change to ${fixed}` }, edits }];
      if (v.operator === "≤") {
        // no unit yet (`≤0`): missing-unit completes it first, so the two fixes never fight over one cell
        const certain = unit !== null || ind.split !== null;
        ctx.report({ ...base, messageId: "atMost", fix: certain ? edits : null, suggestions: certain ? [] : suggestion });
      } else if (v.operator === "≥") {
        // `>0` (some at all) is a real, if weak, target
        const reverse = isReverseName(ind.name);
        ctx.report({
          ...base,
          messageId: reverse ? "atLeastReverse" : "atLeast",
          suggestions: reverse ? suggestion : [],
        });
      }
    });
  },
});

import { defineRule } from "./types";
import { forEachIndicator, targetEdits, targetText } from "./helpers";
import { findEmbeddedTarget } from "../value/parse";

export default defineRule({
  id: "value-has-text",
  title: { zh: "指标值夹杂说明文字", en: "Prose in the target value" },
  defaultSeverity: "warning",
  docs: {
    zh: "指标值里混入了说明文字，应只写“运算符+数值+单位”，说明放到绩效指标描述",
    en: "Prose is glued to the target value; keep operator + number + unit and move the prose to the description",
    example: { bad: "≥6000012348人热线受益人达到60000人次", good: "≥60000人次" },
  },
  messages: {
    default: {
      zh: "指标值“{{raw}}”混有说明文字“{{text}}”，应只保留 {{suggested}}",
      en: "Target “{{raw}}” has prose “{{text}}” glued to it; keep only {{suggested}}",
    },
    noSuggestion: {
      zh: "指标值“{{raw}}”混有说明文字“{{text}}”，请只保留运算符、数值和单位",
      en: "Target “{{raw}}” has prose “{{text}}” glued to it; keep only operator, number and unit",
    },
  },
  fixable: true,
  hasSuggestions: true,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || v.number === null || !v.text) return;
      // complete time expressions (2024年全年, 2024年1-12月) and tolerances (±3%以内) are not prose
      if (v.period || v.deadline || v.tolerance || v.range) return;
      const embedded = findEmbeddedTarget(v.text);
      const op = v.operatorSource === "implicit" ? (embedded?.operator ?? v.operator) : v.operator;
      // each report written out in full: a spread of shared fields costs more than the fields (thousands of findings)
      const at = ind.cells.value;
      if (embedded) {
        const suggested = targetText(op, embedded.number, embedded.unit);
        const edits = targetEdits(p, ind, { operator: op, number: embedded.number, unit: embedded.unit });
        // The prose restating the same number makes the clean value certain; otherwise the user picks.
        const certain = embedded.number === v.number && (v.unit === null || v.unit === embedded.unit);
        ctx.report({
          project: p,
          at,
          indicator: ind.name,
          data: { raw: v.raw, text: v.text, suggested },
          fix: certain ? edits : null,
          suggestions: certain ? [] : [{ label: { zh: `改为 ${suggested}`, en: `Change to ${suggested}` }, edits }],
        });
        return;
      }
      if (v.unit) {
        const suggested = targetText(v.operatorSource === "implicit" ? null : op, v.number, v.unit);
        ctx.report({
          project: p,
          at,
          indicator: ind.name,
          data: { raw: v.raw, text: v.text, suggested },
          suggestions: [{ label: { zh: `改为 ${suggested}`, en: `Change to ${suggested}` }, edits: targetEdits(p, ind, { operator: op }) }],
        });
        return;
      }
      ctx.report({ project: p, at, indicator: ind.name, messageId: "noSuggestion", data: { raw: v.raw, text: v.text } });
    });
  },
});

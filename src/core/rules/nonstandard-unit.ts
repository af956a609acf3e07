import { defineRule } from "./types";
import { forEachIndicator, targetEdits } from "./helpers";
import { hasNonstandardUnit } from "../value/parse";

export default defineRule({
  id: "nonstandard-unit",
  title: { zh: "单位写法不规范", en: "Nonstandard unit" },
  defaultSeverity: "warning",
  docs: {
    zh: "计量单位写法不规范（百分率、百分比 应写 %，人、次 应写 人次）",
    en: "Nonstandard unit spelling (百分率 / 百分比 should be %, 人、次 should be 人次)",
    example: { bad: "≥95 百分率", good: "≥95%", fix: "≥95%" },
  },
  messages: {
    default: {
      zh: "单位“{{unit}}”写法不规范，应写为“{{canonical}}”",
      en: "Unit “{{unit}}” is nonstandard; write “{{canonical}}”",
    },
  },
  fixable: true,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || !v.unit || !hasNonstandardUnit(v)) return;
      const edits = targetEdits(p, ind, { unit: v.unit });
      const at = ind.split && ind.cells.unit && ind.split.unit ? ind.cells.unit : ind.cells.value;
      ctx.report({
        project: p,
        at,
        indicator: ind.name,
        data: { unit: v.unitRaw ?? "", canonical: v.unit },
        fix: edits,
      });
    });
  },
});

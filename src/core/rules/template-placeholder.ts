import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";
import { PLACEHOLDER } from "../templates/markers";

export default defineRule({
  id: "template-placeholder",
  title: { zh: "模板占位未填写", en: "Template placeholder left" },
  defaultSeverity: "warning",
  docs: {
    zh: "模板插入的指标还有“【待填】”的数值未填写",
    en: "A template indicator still has its 【待填】 placeholder instead of a number",
    example: { bad: "培训人数 ≥【待填】人次", good: "培训人数 ≥200人次" },
  },
  messages: {
    default: {
      zh: "指标“{{name}}”的目标值尚待填写：请把“{{raw}}”中的【待填】换成数值",
      en: "Indicator “{{name}}”: replace 【待填】 in “{{raw}}” with a number",
    },
  },
  fixable: false,
  hasSuggestions: false,
  overrides: ["quantity-not-numeric", "value-repeats-name", "value-has-text", "missing-unit", "missing-value", "cost-unit", "rate-unit"],
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      if (!ind.value.raw.includes(PLACEHOLDER)) return;
      ctx.report({ project: p, at: ind.cells.value, indicator: ind.name, data: { name: ind.name, raw: ind.value.raw } });
    });
  },
});

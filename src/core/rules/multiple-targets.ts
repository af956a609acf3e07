import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";

export default defineRule({
  id: "multiple-targets",
  title: { zh: "一格多个目标", en: "Several targets in one cell" },
  defaultSeverity: "warning",
  docs: {
    zh: "一个指标值里写了两个或以上的目标，应拆分为两个（或多个）三级指标，各写一个目标值",
    en: "One target cell holds two or more targets; split them into separate indicators, one target each",
    example: { bad: "培训 | 60人，1次", good: "培训人数 | 60人；培训次数 | 1次" },
  },
  messages: {
    default: {
      zh: "指标“{{name}}”的指标值“{{raw}}”含有 {{count}} 个目标（{{parts}}），请拆分为 {{count}} 个三级指标，各写一个目标值",
      en: "Indicator “{{name}}”: the target “{{raw}}” holds {{count}} targets ({{parts}}); split it into {{count}} indicators, one target each",
    },
  },
  fixable: false,
  hasSuggestions: false,
  // The more specific finding: the unit, prose and name checks would each read only one of the targets.
  overrides: [
    "missing-unit",
    "nonstandard-unit",
    "value-has-text",
    "ratio-as-decimal",
    "percent-out-of-range",
    "quantity-not-numeric",
    "value-repeats-name",
    "cost-operator",
    "cost-unit",
    "rate-unit",
    "budget-exceeded",
  ],
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "multiple" || !v.parts || v.parts.length < 2) return;
      const parts = v.parts.map((x) => x.raw).join(" / ");
      ctx.report({
        project: p,
        at: ind.cells.value,
        indicator: ind.name,
        data: { name: ind.name, raw: v.raw, count: v.parts.length, parts },
      });
    });
  },
});

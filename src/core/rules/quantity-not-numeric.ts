import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";

export default defineRule({
  id: "quantity-not-numeric",
  title: { zh: "数量指标未量化", en: "Quantity target not numeric" },
  defaultSeverity: "warning",
  docs: {
    zh: "数量指标写成了定性描述，应为“运算符+数值+单位”",
    en: "A quantity indicator has a qualitative value; it needs operator + number + unit",
    example: { bad: "数量指标 | 完成年度任务", good: "数量指标 | ≥12次" },
  },
  messages: {
    default: {
      zh: "数量指标“{{name}}”的指标值“{{raw}}”不是数值，数量指标应写明数量和单位",
      en: "Quantity indicator “{{name}}” has the non-numeric value “{{raw}}”; give a number and a unit",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      if (ind.level2 !== "数量指标" || ind.value.kind !== "qualitative" || ind.value.deadline) return;
      ctx.report({ project: p, at: ind.cells.value, indicator: ind.name, data: { name: ind.name, raw: ind.value.raw } });
    });
  },
});

import { defineRule } from "./types";
import { forEachIndicator, isCost, isRateIndicator } from "./helpers";
import { unitFamily } from "../value/units";

export default defineRule({
  id: "rate-unit",
  title: { zh: "比率指标单位不是 %", en: "Rate not in %" },
  defaultSeverity: "warning",
  docs: {
    zh: "比率类指标（…率、满意度）的单位不是 %",
    en: "A rate (…率, 满意度) is not measured in %",
    example: { bad: "人均培训成本控制率 ≤ 元 400", good: "人均培训成本 ≤400元/人/天，或 成本控制率 ≤100%" },
  },
  messages: {
    default: {
      zh: "比率指标“{{name}}”的单位是“{{unit}}”，比率应以 % 计量；若是金额，请改指标名称",
      en: "Rate “{{name}}” is measured in “{{unit}}”; rates are in %, or rename the indicator if it is an amount",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || !v.unit || !isRateIndicator(ind)) return;
      if (unitFamily(v.unit) === "percent") return;
      if (isCost(ind) && unitFamily(v.unit) === "money" && !/率$/.test(ind.name)) return;
      ctx.report({
        project: p,
        at: ind.split && ind.cells.unit ? ind.cells.unit : ind.cells.value,
        indicator: ind.name,
        data: { name: ind.name, unit: v.unit },
      });
    });
  },
});

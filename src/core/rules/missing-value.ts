import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";

export default defineRule({
  id: "missing-value",
  title: { zh: "缺少指标值", en: "Missing target value" },
  defaultSeverity: "error",
  docs: {
    zh: "指标行的指标值为空",
    en: "An indicator row has no target value",
    example: { bad: "法律援助咨询数 | （空）", good: "法律援助咨询数 | ≥400件" },
  },
  messages: {
    default: { zh: "指标“{{name}}”未填写指标值", en: "Indicator “{{name}}” has no target value" },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      if (ind.value.kind !== "empty" || !ind.name) return;
      ctx.report({ project: p, at: ind.cells.value, indicator: ind.name, data: { name: ind.name } });
    });
  },
});

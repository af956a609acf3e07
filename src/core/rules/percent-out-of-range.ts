import { defineRule } from "./types";
import { forEachIndicator, targetEdits } from "./helpers";
import { nameKey } from "../value/normalize";

/** Growth and ratio-to-last-year indicators may exceed 100%. */
const MAY_EXCEED = /(增长率|增幅|增长|同比|环比|比上年|倍)/;

export default defineRule({
  id: "percent-out-of-range",
  title: { zh: "百分比超出范围", en: "Percentage out of range" },
  defaultSeverity: "error",
  docs: {
    zh: "百分数超过 100%，或写成“≥100%”（应为 =100%）",
    en: "A percentage above 100%, or “≥100%” (which can only mean =100%)",
    example: { bad: "≥100%", good: "=100%", fix: "=100%" },
  },
  messages: {
    over: { zh: "“{{name}}”的目标 {{raw}} 超过 100%", en: "“{{name}}”: target {{raw}} is above 100%" },
    atLeast100: {
      zh: "“{{name}}”写成 {{raw}}，百分比不可能超过 100%，应写为 =100%",
      en: "“{{name}}”: {{raw}} cannot exceed 100%; write =100%",
    },
  },
  fixable: true,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || v.unit !== "%" || v.number === null) return;
      if (MAY_EXCEED.test(nameKey(ind.name))) return;
      const at = ind.split && ind.cells.operator && v.number === 100 ? ind.cells.operator : ind.cells.value;
      const base = { project: p, at, indicator: ind.name, data: { name: ind.name, raw: v.raw } };
      if (v.number > 100) {
        ctx.report({ ...base, messageId: "over" });
      } else if (v.number === 100 && (v.operator === "≥" || v.operator === ">")) {
        ctx.report({ ...base, messageId: "atLeast100", fix: targetEdits(p, ind, { operator: "=" }) });
      }
    });
  },
});

import { defineRule } from "./types";
import { forEachIndicator, isRateIndicator, targetEdits, targetText } from "./helpers";
import type { IndicatorRow } from "../model";
import { findEmbeddedTarget, formatPlain, roundNumber } from "../value/parse";

/** A decimal below 1 is a rate when the row speaks of one: its name, its description, or prose restating it in %. */
function speaksOfRate(ind: IndicatorRow, pct: number): boolean {
  if (isRateIndicator(ind)) return true;
  if (/(率|比例|占比|满意度|覆盖面)/.test(`${ind.name}${ind.description ?? ""}`)) return true;
  const restated = ind.value.text ? findEmbeddedTarget(ind.value.text) : null;
  return !!restated && restated.unit === "%" && Math.abs(restated.number - pct) < 1e-9;
}

export default defineRule({
  id: "ratio-as-decimal",
  title: { zh: "比率写成小数", en: "Rate written as a decimal" },
  defaultSeverity: "error",
  docs: {
    zh: "比率类指标写成了小数（0.85 应写为 85%）",
    en: "A rate is written as a decimal (0.85 instead of 85%)",
    example: { bad: "≥0.85援助案件完成率达85%以上", good: "≥85%", fix: "≥85%" },
  },
  messages: {
    default: {
      zh: "比率指标“{{name}}”的指标值 {{number}} 是小数，应写为百分数 {{fixed}}",
      en: "Rate “{{name}}” is written as the decimal {{number}}; write it as {{fixed}}",
    },
  },
  fixable: true,
  hasSuggestions: false,
  overrides: ["value-has-text", "missing-unit", "rate-unit"],
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || v.number === null || !(v.number > 0 && v.number < 1)) return;
      const pct = roundNumber(v.number * 100, 10);
      if (v.unit !== null || !speaksOfRate(ind, pct)) return;
      const op = v.operatorSource === "implicit" ? null : v.operator;
      ctx.report({
        project: p,
        at: ind.cells.value,
        indicator: ind.name,
        data: { name: ind.name, number: formatPlain(v.number), fixed: targetText(op, pct, "%") },
        fix: targetEdits(p, ind, { number: pct, unit: "%" }),
      });
    });
  },
});

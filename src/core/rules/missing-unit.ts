import { defineRule } from "./types";
import { forEachIndicator, isCost, isRateIndicator, targetEdits, targetText } from "./helpers";
import type { IndicatorRow, ProjectBlock } from "../model";
import { nameKey } from "../value/normalize";

/** The unit an indicator's name implies, and whether it is certain. */
function inferUnit(ind: IndicatorRow, p: ProjectBlock): { unit: string; certain: boolean } | null {
  const name = nameKey(ind.name);
  if (isRateIndicator(ind)) return { unit: "%", certain: true };
  if (isCost(ind) && p.moneyUnit) return { unit: p.moneyUnit, certain: p.budget !== null || /成本|费用|经费|资金|预算/.test(name) };
  const tail: Array<[RegExp, string]> = [
    [/(次数|频次)$/, "次"],
    [/人次$/, "人次"],
    [/场次$/, "场次"],
    [/(人数|人员数)$/, "人"],
    [/天数$/, "天"],
    [/(户数)$/, "户"],
    [/(件数|案件数|办件数)$/, "件"],
    [/(个数)$/, "个"],
    [/(时长|小时数)$/, "小时"],
    [/年限$/, "年"],
  ];
  for (const [re, unit] of tail) if (re.test(name)) return { unit, certain: true };
  if (/(数量|数)$/.test(name)) return { unit: "个", certain: false };
  return null;
}

export default defineRule({
  id: "missing-unit",
  title: { zh: "缺少计量单位", en: "Missing unit" },
  defaultSeverity: "error",
  docs: {
    zh: "定量指标的数值没有计量单位",
    en: "A quantitative target has a number but no unit",
    example: { bad: "举办宣传活动次数 ≥ （空） 12", good: "举办宣传活动次数 ≥ 次 12", fix: "单位填“次”" },
  },
  messages: {
    default: { zh: "指标“{{name}}”的数值 {{number}} 没有计量单位", en: "Indicator “{{name}}”: {{number}} has no unit" },
    inferred: {
      zh: "指标“{{name}}”的数值 {{number}} 没有计量单位，应为“{{unit}}”",
      en: "Indicator “{{name}}”: {{number}} has no unit; it should be “{{unit}}”",
    },
  },
  fixable: true,
  hasSuggestions: true,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "quantitative" || v.number === null || v.unit !== null || v.text) return;
      const guess = inferUnit(ind, p);
      const base = { project: p, at: ind.split && ind.cells.unit ? ind.cells.unit : ind.cells.value, indicator: ind.name };
      if (!guess) {
        ctx.report({ ...base, data: { name: ind.name, number: v.raw } });
        return;
      }
      // `≤291.2万` on a cost in 万元: the unit completes as 万元, never `291.2万万元`
      const prefix = v.unitPrefix ?? "";
      const unit =
        prefix && guess.unit.startsWith(prefix) ? guess.unit : prefix && guess.unit === "元" ? `${prefix}元` : `${prefix}${guess.unit}`;
      const edits = targetEdits(p, ind, { unit });
      const op = v.operatorSource === "implicit" ? null : v.operator;
      const fixed = targetText(op, v.number, unit);
      ctx.report({
        ...base,
        messageId: "inferred",
        data: { name: ind.name, number: v.raw, unit },
        fix: guess.certain ? edits : null,
        suggestions: guess.certain ? [] : [{ label: { zh: `改为 ${fixed}`, en: `Change to ${fixed}` }, edits }],
      });
    });
  },
});

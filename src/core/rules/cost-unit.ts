import { defineRule } from "./types";
import { forEachIndicator, isCost, isImpactCost, isMoneyUnit, targetEdits, targetText } from "./helpers";
import { isCostIndicator } from "../recognise/levels";
import { nameKey } from "../value/normalize";

export default defineRule({
  id: "cost-unit",
  title: { zh: "成本指标单位不是金额", en: "Cost not in money" },
  defaultSeverity: "error",
  docs: {
    zh: "成本指标的单位不是金额（元、万元、元/人/天 等）；社会成本、生态环境成本指标及以 % 计的成本率（节支率、成本控制率）除外",
    en: "A cost indicator's unit is not money (元, 万元, 元/人/天 …); 社会成本 / 生态环境成本 and cost rates in % (节支率, 成本控制率) aside",
    example: { bad: "成本指标 多样宣传 ≥2000册", good: "≤70000元" },
  },
  messages: {
    default: {
      zh: "成本指标“{{name}}”的单位是“{{unit}}”，成本应以金额计量（元、万元、元/人/天 等）",
      en: "Cost “{{name}}” is measured in “{{unit}}”; costs are money (元, 万元, 元/人/天 …)",
    },
  },
  fixable: false,
  hasSuggestions: true,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      // in tables without levels a name like 预算执行率 is not a cost: only trust the 成本指标 level here
      if (!isCostIndicator(ind.level1, ind.level2) && !(isCost(ind) && v.unit && v.unit !== "%")) return;
      if (v.kind !== "quantitative" || !v.unit || isMoneyUnit(v.unit)) return;
      // 社会成本 / 生态环境成本 are negative impacts: physical units (吨, 亩, 人次) or words are right there
      if (isImpactCost(ind)) return;
      // a cost rate (政府采购节支率 ≥5%, 成本控制率 ≤100%) is rightly in %
      if (v.unit === "%" && /率$/.test(nameKey(ind.name))) return;
      // 人/天 on a cost is a price per person-day with its money head left out: 元/人/天
      const perUnit = v.unit.startsWith("/") || /^(人|件|次|天|日|课时|学时)\/(人|件|次|天|日|课时|学时)$/.test(v.unit);
      const priced = perUnit ? `元/${v.unit.replace(/^\//, "")}` : null;
      const op = v.operatorSource === "implicit" ? null : v.operator;
      ctx.report({
        project: p,
        at: ind.split && ind.cells.unit ? ind.cells.unit : ind.cells.value,
        indicator: ind.name,
        data: { name: ind.name, unit: v.unit },
        suggestions:
          priced && v.number !== null
            ? [
                {
                  label: { zh: `改为 ${targetText(op, v.number, priced)}`, en: `Change to ${targetText(op, v.number, priced)}` },
                  edits: targetEdits(p, ind, { unit: priced }),
                },
              ]
            : [],
      });
    });
  },
});

import * as z from "zod/mini";
import { defineRule } from "./types";
import { forEachIndicator, isCost, isRateIndicator } from "./helpers";
import { isTimeliness } from "./indicator-kinds";
import { normalizeValueText } from "../value/normalize";

/** Ungraded words reviewers send back where a figure could be given (模糊化). */
export const VAGUE_WORDS: readonly string[] = [
  "有效提升",
  "明显提升",
  "显著提升",
  "稳步提升",
  "进一步提升",
  "进一步提高",
  "有效提高",
  "明显提高",
  "显著提高",
  "明显改善",
  "有效改善",
  "有效促进",
  "提升",
  "提高",
  "改善",
  "按规定执行",
  "按要求执行",
  "是否及时",
  "及时",
  "按时",
  "良好",
  "较好",
  "较高",
];

/** A graded scale written out (优/良/中/差, 好、较好、一般) or a level reached (达到二级, A级): graded, not vague. */
function isGraded(t: string): boolean {
  if (/(达到|达)?[A-E一二三四五甲乙丙]级|等级|档次|分级|星级/.test(t)) return true;
  const grades = t.split(/[/／、，,|；;]/).filter((g) => /^(优秀?|良好?|中等?|差|好|较好|一般|合格|不合格|满意|基本满意|不满意)$/.test(g));
  return grades.length >= 2;
}

export default defineRule({
  id: "vague-qualitative",
  title: { zh: "模糊的定性目标", en: "Vague qualitative target" },
  defaultSeverity: "warning",
  docs: {
    zh: "可以量化的指标（…率、满意度、数量指标、时效指标）写成了“有效提升”“进一步提高”“是否及时”等不分级的描述",
    en: "A measurable indicator (a rate, satisfaction, quantity or timeliness) has an ungraded phrase (有效提升, 进一步提高, 是否及时) instead of a figure",
    example: { bad: "服务对象满意度指标 | 受援群众满意度 | 有效提升", good: "服务对象满意度指标 | 受援群众满意度 | ≥90%" },
  },
  options: {
    schema: z.object({ words: z.optional(z.array(z.string().check(z.minLength(1)))) }),
    defaults: { words: [...VAGUE_WORDS] },
    docs: {
      words: {
        zh: "视为模糊的词语（指标值包含其中之一即提示）；默认见规则文档",
        en: "Words taken as vague (a value containing one is flagged); defaults in the rule's doc",
      },
    },
  },
  messages: {
    default: {
      zh: "“{{name}}”可以量化，指标值“{{raw}}”中的“{{word}}”无法衡量是否完成；应写为 {{example}}，不能量化时写分级标准（如 优/良/中/差）",
      en: "“{{name}}” can be measured, but “{{word}}” in “{{raw}}” cannot be checked; write {{example}}, or a graded scale (优/良/中/差) where no figure fits",
    },
  },
  fixable: false,
  hasSuggestions: false,
  // the vague word says more than 数量指标未量化 does
  overrides: ["quantity-not-numeric"],
  check(ctx) {
    const words = [...ctx.options.words].sort((a, b) => b.length - a.length);
    forEachIndicator(ctx.model, (ind, p) => {
      const v = ind.value;
      if (v.kind !== "qualitative" || v.deadline || v.period || isCost(ind)) return;
      const rate = isRateIndicator(ind);
      const time = isTimeliness(ind);
      if (!rate && !time && ind.level2 !== "数量指标") return;
      const t = normalizeValueText(v.raw);
      // a figure in the text (及时率100%) is prose around a number, value-has-text's concern
      if (/\d/.test(t)) return;
      const word = words.find((w) => t.includes(normalizeValueText(w)));
      if (!word || isGraded(t)) return;
      const example = rate ? "≥90%" : time ? "12月底前" : "≥12次";
      ctx.report({ project: p, at: ind.cells.value, indicator: ind.name, data: { name: ind.name, raw: v.raw, word, example } });
    });
  },
});

import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";
import { nameKey } from "../value/normalize";

/** Category names (一级 and 二级), with or without 指标, and what a real indicator of each looks like. */
const CATEGORY_EXAMPLES: ReadonlyArray<[string, string]> = [
  ["产出", "培训人数"],
  ["数量", "培训人数"],
  ["质量", "验收合格率"],
  ["时效", "完成时间"],
  ["成本", "人均培训成本"],
  ["经济成本", "人均培训成本"],
  ["社会成本", "对群众生活的影响"],
  ["生态环境成本", "对环境的影响"],
  ["效益", "群众法律知晓率"],
  ["经济效益", "挽回经济损失金额"],
  ["社会效益", "群众法律知晓率"],
  ["生态效益", "绿化覆盖率"],
  ["可持续影响", "系统正常使用年限"],
  ["满意度", "受援群众满意度"],
  ["服务对象满意度", "受援群众满意度"],
];

/** 服务对象满意度 (without 指标) is the usual core indicator's own name, as the built-in templates use it. */
const INDICATOR_NAMES = new Set(["服务对象满意度"]);

const EXAMPLE_OF = new Map<string, string>();
for (const [category, example] of CATEGORY_EXAMPLES) {
  if (!INDICATOR_NAMES.has(category)) EXAMPLE_OF.set(category, example);
  EXAMPLE_OF.set(`${category}指标`, example);
}

export default defineRule({
  id: "name-is-category",
  title: { zh: "指标名称是类别名", en: "Indicator named after its category" },
  defaultSeverity: "warning",
  docs: {
    zh: "三级指标名称写成了类别名（数量指标、社会效益指标、满意度 …），没有说明衡量什么",
    en: "The indicator's (三级) name is a category name (数量指标, 社会效益指标, 满意度 …) and says nothing of what is measured",
    example: { bad: "社会效益指标 | 社会效益 | 有效提升", good: "社会效益指标 | 群众法律知晓率 | ≥85%" },
  },
  messages: {
    default: {
      zh: "三级指标名称“{{name}}”是指标类别名，没有说明衡量什么；请写具体指标，如“{{example}}”",
      en: "The indicator name “{{name}}” is a category name and says nothing of what is measured; name the indicator, e.g. “{{example}}”",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      // `1.数量指标`, `（一）数量指标`: the numbering is no part of the name
      const key = nameKey(ind.name).replace(/^[一二三四五六七八九十\d]+/, "");
      const example = EXAMPLE_OF.get(key);
      if (!example) return;
      ctx.report({
        project: p,
        at: ind.cells.name ?? ind.cells.value,
        indicator: ind.name,
        data: { name: ind.name, example },
      });
    });
  },
});

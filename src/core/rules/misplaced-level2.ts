import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";
import { LEVEL2_OF, isKnownLevel1, parentsOfLevel2 } from "../recognise/levels";

export default defineRule({
  id: "misplaced-level2",
  title: { zh: "二级指标归类错误", en: "二级 under the wrong 一级" },
  defaultSeverity: "error",
  docs: {
    zh: "二级指标放在了错误的一级指标下（如服务对象满意度指标放在效益指标下）",
    en: "A 二级 category sits under the wrong 一级 (e.g. 服务对象满意度指标 under 效益指标)",
    example: { bad: "效益指标 / 服务对象满意度指标", good: "满意度指标 / 服务对象满意度指标" },
  },
  messages: {
    default: {
      zh: "二级指标“{{level2}}”不属于“{{level1}}”，应放在“{{parent}}”下",
      en: "“{{level2}}” does not belong under “{{level1}}”; it belongs under “{{parent}}”",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    const reported = new Set<string>();
    forEachIndicator(ctx.model, (ind, p) => {
      const { level1, level2 } = ind;
      if (!level1 || !level2 || !isKnownLevel1(level1)) return;
      if (LEVEL2_OF[level1].includes(level2)) return;
      const parents = parentsOfLevel2(level2);
      if (parents.length === 0) return; // a 二级 name outside the framework: nothing certain to say
      const at = ind.cells.level2 ?? ind.cells.value;
      const key = `${p.sheet}|${at.row}|${at.col}`;
      if (reported.has(key)) return; // one merged 二级 cell, one finding
      reported.add(key);
      ctx.report({ project: p, at, indicator: ind.name, data: { level1, level2, parent: parents.join("”或“") } });
    });
  },
});

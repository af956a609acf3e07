import { defineRule } from "./types";
import { forEachProject } from "./helpers";

export default defineRule({
  id: "cost-placement",
  title: { zh: "成本指标位置不符", en: "Cost indicator placed oddly" },
  defaultSeverity: "info",
  docs: {
    zh: "成本指标的位置与所选框架不符（2021 年起成本指标为一级指标，财预〔2021〕101号）",
    en: "成本指标 is placed against the chosen framework (its own 一级 since 2021, 财预〔2021〕101号)",
    example: { bad: "产出指标 / 成本指标（costFramework 为 2021 或 either 时提示）", good: "成本指标 / 经济成本指标" },
  },
  messages: {
    legacy: {
      zh: "成本指标放在产出指标下（旧框架）；按财预〔2021〕101号，成本指标应作为一级指标，下设经济成本指标等",
      en: "成本指标 sits under 产出指标 (older framework); since 2021 it is its own 一级 with 经济成本指标 etc.",
    },
    newer: {
      zh: "成本指标作为一级指标（2021 框架），而本单位配置要求放在产出指标下",
      en: "成本指标 is a 一级 category (2021 framework), but the configuration asks for it under 产出指标",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    const framework = ctx.config.costFramework;
    forEachProject(ctx.model, (p) => {
      for (const ind of p.indicators) {
        const legacy = ind.level1 === "产出指标" && ind.level2 === "成本指标";
        const newer = ind.level1 === "成本指标";
        if ((legacy && framework !== "legacy") || (newer && framework === "legacy")) {
          ctx.report({ project: p, at: ind.cells.level2 ?? ind.cells.value, indicator: ind.name, messageId: legacy ? "legacy" : "newer" });
          return; // once per project
        }
      }
    });
  },
});

import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { IndicatorRow } from "../model";
import { nameKey } from "../value/normalize";

export default defineRule({
  id: "duplicate-indicator",
  title: { zh: "指标重复", en: "Duplicated indicator" },
  defaultSeverity: "warning",
  docs: {
    zh: "同一项目内重复填写了同名的三级指标（同一二级指标下，或名称和指标值都相同）；同名指标在不同二级指标下且指标值不同，只是命名不够具体，本规则不报",
    en: "The same 三级 indicator appears twice in one project (under the same 二级, or with the same value); one name under different 二级 with different values is only a naming weakness and is not reported",
    example: { bad: "质量指标 合格率 ≥90% …（再一行）质量指标 合格率 ≥90%", good: "每个指标只填一次" },
  },
  messages: {
    same: {
      zh: "指标“{{name}}”与第 {{row}} 行重复（名称和指标值都相同）",
      en: "Indicator “{{name}}” repeats row {{row}} (same name and value)",
    },
    conflicting: {
      zh: "指标“{{name}}”在第 {{row}} 行已出现，两处指标值不同（{{a}} / {{b}}），请保留一个",
      en: "Indicator “{{name}}” already appears at row {{row}} with another value ({{a}} / {{b}}); keep one",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachProject(ctx.model, (p) => {
      const seen = new Map<string, IndicatorRow[]>();
      for (const ind of p.indicators) {
        const key = nameKey(ind.name);
        if (!key) continue;
        const earlier = seen.get(key);
        if (!earlier) {
          seen.set(key, [ind]);
          continue;
        }
        const value = nameKey(ind.value.raw);
        const repeat = earlier.find((e) => nameKey(e.value.raw) === value);
        // One name under different 二级 with different values (数量 ≥12次, 时效 2024年底前) is a naming
        // weakness at most, not a repeat: the engine's severity is per rule, so it is not reported here.
        const first = repeat ?? earlier.find((e) => (e.level2 ?? "") === (ind.level2 ?? ""));
        earlier.push(ind);
        if (!first) continue;
        const same = repeat !== undefined;
        ctx.report({
          project: p,
          at: ind.cells.name ?? ind.cells.value,
          indicator: ind.name,
          messageId: same ? "same" : "conflicting",
          data: { name: ind.name, row: first.row, a: first.value.raw, b: ind.value.raw },
        });
      }
    });
  },
});

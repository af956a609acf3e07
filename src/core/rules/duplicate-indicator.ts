import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { IndicatorRow } from "../model";
import { nameKey } from "../value/normalize";

export default defineRule({
  id: "duplicate-indicator",
  defaultSeverity: "warning",
  docs: {
    zh: "同一项目内重复填写了同名的三级指标",
    en: "The same 三级 indicator appears twice in one project",
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
      const seen = new Map<string, IndicatorRow>();
      for (const ind of p.indicators) {
        const key = nameKey(ind.name);
        if (!key) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, ind);
          continue;
        }
        const same = nameKey(first.value.raw) === nameKey(ind.value.raw);
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

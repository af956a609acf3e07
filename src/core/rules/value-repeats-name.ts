import { defineRule } from "./types";
import { forEachIndicator } from "./helpers";
import { nameKey } from "../value/normalize";

export default defineRule({
  id: "value-repeats-name",
  title: { zh: "指标值重复指标名称", en: "Value repeats the name" },
  defaultSeverity: "warning",
  docs: {
    zh: "指标值照抄了指标名称或绩效指标描述，没有给出目标",
    en: "The target value repeats the indicator's name or description instead of stating a target",
    example: { bad: "法律援助知晓率 | 法律援助知晓覆盖面 | 法律援助知晓覆盖面", good: "法律援助知晓率 | … | ≥80%" },
  },
  messages: {
    default: {
      zh: "指标“{{name}}”的指标值“{{raw}}”与{{what}}相同，没有给出可考核的目标",
      en: "Indicator “{{name}}”: the value “{{raw}}” repeats its {{whatEn}}; state a measurable target",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      if (ind.value.kind !== "qualitative" || ind.value.deadline) return;
      const v = nameKey(ind.value.raw);
      if (v.length < 3) return;
      const sameName = v === nameKey(ind.name);
      const sameDesc = !!ind.description && v === nameKey(ind.description);
      if (!sameName && !sameDesc) return;
      ctx.report({
        project: p,
        at: ind.cells.value,
        indicator: ind.name,
        data: {
          name: ind.name,
          raw: ind.value.raw,
          what: sameName ? "指标名称" : "绩效指标描述",
          whatEn: sameName ? "name" : "description",
        },
      });
    });
  },
});

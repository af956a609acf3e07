import * as z from "zod/mini";
import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import { isCostIndicator } from "../recognise/levels";

const REQUIRED = ["产出指标", "效益指标", "满意度指标"] as const;

/** Projects with no outside service object, by the words of their name or 资金用途: no 满意度 needed. */
const NO_SERVICE_OBJECT = ["债券", "付息", "还本", "运转", "办公经费", "公用经费", "人员经费", "工资", "离退休"];

export default defineRule({
  id: "missing-level1",
  title: { zh: "缺少一级指标", en: "Missing indicator category" },
  // a warning, not an error: whether a project has an outside service object is the reviewer's call
  defaultSeverity: "warning",
  docs: {
    zh: "项目缺少某类一级指标（产出、效益、满意度；按 2021 框架还有成本）；无外部服务对象的项目（债券付息、机关运转、人员经费等）可不设满意度",
    en: "A project lacks a 一级 category (产出, 效益, 满意度; and 成本 under the 2021 framework); projects with no outside service object (bond interest, office running, staff costs) may leave out 满意度",
    example: { bad: "只有产出指标和效益指标，没有满意度指标", good: "产出、效益、满意度（及成本）各至少一条" },
  },
  messages: {
    default: {
      zh: "项目“{{project}}”缺少{{level1}}，每个项目至少应有一条{{level1}}",
      en: "Project “{{project}}” has no {{level1}} indicator",
    },
    satisfaction: {
      zh: "项目“{{project}}”缺少满意度指标；有服务对象的项目应至少有一条满意度指标（债券付息、机关运转、人员经费等无外部服务对象的项目可不设）",
      en: "Project “{{project}}” has no 满意度 indicator; a project with a service object needs one (projects with none — bond interest, office running, staff costs — are exempt)",
    },
  },
  options: {
    schema: z.strictObject({ noServiceObject: z.optional(z.array(z.string().check(z.minLength(1)))) }),
    defaults: { noServiceObject: NO_SERVICE_OBJECT },
    docs: {
      noServiceObject: {
        zh: "项目名称或资金用途含其中任一词语时，视为无外部服务对象，不要求满意度指标",
        en: "Words that, in a project's name or 资金用途, mark it as having no outside service object: no 满意度 required",
      },
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    const exemptWords = ctx.options.noServiceObject;
    forEachProject(ctx.model, (p) => {
      // only tables with a 一级指标 column say which categories they cover
      if (p.columns.level1 === undefined || p.indicators.length === 0) return;
      const present = new Set(p.indicators.map((i) => i.level1));
      const required: string[] = [...REQUIRED];
      if (ctx.config.costFramework === "2021") required.splice(1, 0, "成本指标");
      const hasCost = p.indicators.some((i) => isCostIndicator(i.level1, i.level2));
      const about = `${p.name} ${p.purpose ?? ""}`;
      const exempt = exemptWords.some((w) => about.includes(w));
      for (const l1 of required) {
        if (present.has(l1)) continue;
        if (l1 === "成本指标" && hasCost) continue; // misplaced, not missing: cost-placement says so
        const at = { row: p.headerRows[0], col: p.columns.level1 };
        if (l1 === "满意度指标") {
          if (!exempt) ctx.report({ project: p, at, messageId: "satisfaction", data: { project: p.name } });
          continue;
        }
        ctx.report({ project: p, at, data: { project: p.name, level1: l1 } });
      }
    });
  },
});

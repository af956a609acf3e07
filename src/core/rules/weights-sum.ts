import * as z from "zod/mini";
import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { CellRef } from "../model";
import { nameKey } from "../value/normalize";
import { formatPlain, roundNumber } from "../value/parse";

interface Options {
  totals: number[];
}

/** 预算执行率 (10 分) is scored outside many tables; inside one, the total is 100. */
const BUDGET_EXECUTION = /预算执行率/;

export default defineRule<"default", false, false, Options>({
  id: "weights-sum",
  title: { zh: "分值合计不对", en: "Weights do not add up" },
  defaultSeverity: "warning",
  docs: {
    zh: "有分值/权重列时，每个项目的分值合计应为 100（预算执行率 10 分不在表内时为 90）",
    en: "Where the table has 分值 / 权重, each project's weights add up to 100 (90 when 预算执行率's 10 points are outside the table)",
    example: { bad: "产出 50 + 效益 30 + 满意度 10 + 另加 15 = 105", good: "合计 100" },
  },
  options: {
    schema: z.strictObject({ totals: z.optional(z.array(z.number().check(z.positive()))) }),
    defaults: { totals: [100, 90] },
    docs: {
      totals: {
        zh: "可接受的合计（默认 [100, 90]；90 只在表内没有“预算执行率”时接受）",
        en: "Accepted totals (default [100, 90]; 90 only when the table has no 预算执行率 row)",
      },
    },
  },
  messages: {
    default: {
      zh: "项目“{{name}}”的指标分值合计为 {{total}}，应为 {{expected}}",
      en: "Project “{{name}}”: the weights add up to {{total}}; they should total {{expected}}",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachProject(ctx.model, (p) => {
      if (p.columns.weight === undefined) return;
      const hasExecution = p.indicators.some((ind) => BUDGET_EXECUTION.test(nameKey(ind.name)));
      // 90 leaves room for 预算执行率's 10 points: only where that row is not in the table
      const accepted = ctx.options.totals.filter((t) => !(hasExecution && t === 90));
      // a weight merged over several rows (one per 二级) counts once
      const seen = new Set<string>();
      let total = 0;
      let last: CellRef | null = null;
      for (const ind of p.indicators) {
        const cell = ind.cells.weight;
        if (ind.weight === null || !cell || seen.has(`${cell.row}:${cell.col}`)) continue;
        seen.add(`${cell.row}:${cell.col}`);
        total += ind.weight;
        last = cell;
      }
      if (!last || accepted.length === 0) return;
      total = roundNumber(total);
      if (accepted.some((t) => Math.abs(t - total) < 0.01)) return;
      ctx.report({
        project: p,
        at: last,
        data: { name: p.name, total: formatPlain(total), expected: accepted.map((t) => formatPlain(t)).join(" / ") },
      });
    });
  },
});

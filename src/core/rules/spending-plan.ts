import { defineRule, type Edit } from "./types";
import { forEachProject } from "./helpers";
import { cellAddress } from "../grid";
import type { PlanPoint, ProjectBlock } from "../model";
import { formatPlain } from "../value/parse";

type PlanMessage = "amounts" | "decreasing" | "notComplete" | "over";

/** Plans written in money (002: 2.00, 10.00, 17.00 with 预算数 17.00) rather than cumulative percent. */
function isAmountPlan(p: ProjectBlock, filled: PlanPoint[]): boolean {
  if (filled.some((x) => /%/.test(x.raw))) return false;
  const budget = p.budget?.amount;
  if (!budget || Math.abs(budget - 100) < 1e-9) return false;
  const max = Math.max(...filled.map((x) => x.value as number));
  return max > 100 || filled.some((x) => Math.abs((x.value as number) - budget) < 0.005);
}

export default defineRule({
  id: "spending-plan",
  title: { zh: "资金支出计划有误", en: "Spending plan inconsistent" },
  defaultSeverity: "warning",
  docs: {
    zh: "资金支出计划应为逐期累计的百分比，且 12月底 为 100%",
    en: "The spending plan should be cumulative percentages rising to 100% at year end",
    example: { bad: "3月底 — 6月底 40.00 10月底 150.00 12月底 108.40", good: "20% 40% 70% 100%" },
  },
  messages: {
    amounts: {
      zh: "资金支出计划填写的是金额（{{values}}），应填写累计支出百分比",
      en: "The spending plan is written in amounts ({{values}}); write cumulative percentages",
    },
    decreasing: {
      zh: "资金支出计划应为累计数，{{label}} 的 {{value}} 小于前一期的 {{previous}}",
      en: "The spending plan must be cumulative: {{label}} ({{value}}) is below the previous {{previous}}",
    },
    notComplete: {
      zh: "资金支出计划到 {{label}} 为 {{value}}，全年累计应达到 {{target}}",
      en: "The spending plan reaches {{value}} at {{label}}; the year must reach {{target}}",
    },
    over: {
      zh: "资金支出计划 {{label}} 为 {{value}}，超过 100%",
      en: "The spending plan at {{label}} is {{value}}, above 100%",
    },
  },
  fixable: true,
  hasSuggestions: false,
  check(ctx) {
    const tol = ctx.config.thresholds.planEndTolerance;
    forEachProject(ctx.model, (p) => {
      const points = p.plan?.points ?? [];
      const filled = points.filter((x) => x.value !== null);
      if (filled.length === 0) return;
      const amounts = isAmountPlan(p, filled);
      const target = amounts ? (p.budget?.amount as number) : 100;
      const show = (n: number) => (amounts ? formatPlain(n) : `${formatPlain(n)}%`);
      const last = filled[filled.length - 1];
      const report = (at: PlanPoint, messageId: PlanMessage, data: Record<string, string | number>, fix?: Edit[] | null) =>
        ctx.report({ project: p, at: at.cell, messageId, data, fix });

      for (let i = 1; i < filled.length; i++) {
        const prev = filled[i - 1].value as number;
        const cur = filled[i].value as number;
        if (cur < prev) {
          report(filled[i], "decreasing", { label: filled[i].label, value: show(cur), previous: show(prev) });
          return;
        }
      }
      const over = filled.find((x) => (x.value as number) > target + (amounts ? 0.005 : tol));
      if (over) {
        report(over, amounts ? "notComplete" : "over", { label: over.label, value: show(over.value as number), target: show(target) });
        return;
      }
      const endPoint = points[points.length - 1];
      const complete = last === endPoint && Math.abs((last.value as number) - target) <= (amounts ? 0.005 : tol);
      if (!complete) {
        report(last === endPoint ? last : endPoint, "notComplete", {
          label: last === endPoint ? last.label : endPoint.label,
          value: last === endPoint ? show(last.value as number) : "空",
          target: show(target),
        });
        return;
      }
      if (amounts) {
        // Cumulative amounts ending at the budget convert to percentages exactly.
        const edits: Edit[] = filled.map((x) => ({
          sheet: p.sheet,
          row: x.cell.row,
          col: x.cell.col,
          cell: cellAddress(x.cell.row, x.cell.col),
          before: x.raw,
          after: `${formatPlain(Math.round(((x.value as number) / target) * 10000) / 100)}%`,
        }));
        report(filled[0], "amounts", { values: filled.map((x) => x.raw).join("、") }, edits);
      }
    });
  },
});

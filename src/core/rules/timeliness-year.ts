import { defineRule } from "./types";
import { budgetYears, deadlineYear } from "./budget-year";
import { normalizeValueText } from "../value/normalize";
import { cellAddress } from "../grid";

/** A year in the goal text used as this work's deadline or period: 2021年底前, 2023年内, 2023年12月. */
const GOAL_YEAR = /(\d{4})年(?:(?:底|末|内|度内|\d{1,2}月(?:份|底|末|\d{1,2}日)?)(?:前|之前|以前)?|前|之前|以前)/g;

export default defineRule({
  id: "timeliness-year",
  title: { zh: "年份不是预算年度", en: "Year other than the budget year" },
  defaultSeverity: "warning",
  docs: {
    zh: "时效指标（或绩效目标）写的年份不是本表的预算年度，或期限晚于预算年度的 12 月 31 日",
    en: "A timeliness target (or the goal text) names a year other than the table's budget year, or a deadline after its 31 December",
    example: { bad: "（2024年） … 完成时间 | 2023年12月底前", good: "（2024年） … 完成时间 | 2024年12月底前" },
  },
  messages: {
    stale: {
      zh: "“{{name}}”的期限“{{raw}}”是 {{year}} 年，不是本表的预算年度 {{budgetYear}} 年（沿用了往年的表？）；应写为 {{budgetYear}} 年内的期限",
      en: "“{{name}}”: the deadline “{{raw}}” is in {{year}}, not the table's budget year {{budgetYear}} (copied from an earlier year?); give a deadline within {{budgetYear}}",
    },
    late: {
      zh: "“{{name}}”的期限“{{raw}}”晚于预算年度 {{budgetYear}} 年的 12 月 31 日；年度绩效目标应在当年内完成",
      en: "“{{name}}”: the deadline “{{raw}}” is after 31 December of the budget year {{budgetYear}}; an annual target must be met within the year",
    },
    goal: {
      zh: "项目“{{name}}”的绩效目标写的是 {{year}} 年（“{{text}}”），不是本表的预算年度 {{budgetYear}} 年；请改为本年度的目标",
      en: "Project “{{name}}”: the goal names {{year}} (“{{text}}”), not the table's budget year {{budgetYear}}; state this year's goal",
    },
  },
  fixable: false,
  hasSuggestions: true,
  check(ctx) {
    const yearOf = budgetYears(ctx.model, ctx.config);
    for (const sheet of ctx.model.sheets) {
      const budgetYear = yearOf(sheet);
      if (budgetYear === null) continue;
      for (const p of sheet.projects) {
        for (const ind of p.indicators) {
          const year = deadlineYear(ind);
          if (year === null || year === budgetYear) continue;
          const raw = ind.value.raw;
          const data = { name: ind.name, raw, year, budgetYear };
          const base = { project: p, at: ind.cells.value, indicator: ind.name, data };
          if (year > budgetYear) {
            ctx.report({ ...base, messageId: "late" });
            continue;
          }
          // the same deadline in the budget year, when the year is written once
          const once = raw.split(String(year)).length === 2;
          const after = raw.replace(String(year), String(budgetYear));
          const label = { zh: `改为 ${after}`, en: `Change to ${after}` };
          const edits = [{ ...cellEdit(p.sheet, ind.cells.value), before: raw, after }];
          ctx.report({ ...base, messageId: "stale", suggestions: once && !ind.split ? [{ label, edits }] : [] });
        }
        // a year before the budget year in the goal: copied from an earlier table (a later one may be the long-term aim)
        const goal = p.goal ? normalizeValueText(p.goal) : "";
        for (const m of goal.matchAll(GOAL_YEAR)) {
          const year = Number(m[1]);
          if (year >= budgetYear || year < 2000) continue;
          const at = p.nameCell ?? { row: p.firstRow, col: 1 };
          ctx.report({ project: p, at, messageId: "goal", data: { name: p.name, year, budgetYear, text: m[0] } });
          break;
        }
      }
    }
  },
});

function cellEdit(sheet: string, at: { row: number; col: number }) {
  return { sheet, row: at.row, col: at.col, cell: cellAddress(at.row, at.col) };
}

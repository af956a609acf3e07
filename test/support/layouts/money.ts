/** How a project's budget is written: the label and the cell, and the amount a reader takes from it. */
import type { BudgetLabel, ProjectSpec, TableSpec } from "./spec";
import { formatNumber } from "../../../src/core/grid";

/** Label text for the budget; `multiline` and `prose` use their own wording. */
export function budgetHeader(label: BudgetLabel): string {
  if (label === "multiline") return "资金总额";
  if (label === "prose") return "年度资金总额";
  return label;
}

/** `854万（其中中央资金300万）` — the amount in 万元 followed by prose about its sources. */
export function proseBudget(p: ProjectSpec, t: TableSpec): string {
  const central = Math.round(p.budget * 0.35);
  return t.moneyUnit === "万元"
    ? `${formatNumber(p.budget)}万（其中中央资金${central}万）`
    : `${formatNumber(p.budget)}元（其中中央资金${central}元）`;
}

/** `项目名称：…\n资金总额: 250\n其中财政资金: 250` in one cell. */
export function multilineCell(p: ProjectSpec): string {
  return `项目名称：${p.name}\n资金总额: ${formatNumber(p.budget)}\n其中财政资金: ${formatNumber(p.budget)}`;
}

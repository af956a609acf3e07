/**
 * Which findings are shown (filters), in what order (sheet order or errors first, grouped by project or rule), and
 * moving through them: 上一个 / 下一个 follow the list as it is shown, and the sheet's selection.
 */
import { groupByProject } from "../../core/finding";
import type { Finding } from "../../core/rules/types";
import type { Locale } from "../../app/messages";
import { ruleTitle } from "../../app/rule-titles";
import type { ValidationResult } from "../../app/workflow";
import type { PaneContext } from "../store";
import type { Filters, GroupBy, PaneState, SortBy } from "../state";

/** One finding's key in the list (the id names the rule and the value seen; the cell keeps two of a range apart). */
export function findingKey(f: Finding): string {
  return `${f.id}|${f.cell}`;
}

/** The findings the filters let through (ignored ones only when asked), in sheet order (sheet, row, column) or errors first. */
export function filterFindings(
  result: ValidationResult | null,
  filters: Filters,
  locale: Locale = "zh-CN",
  sortBy: SortBy = "sheet",
): Finding[] {
  if (!result) return [];
  const text = filters.text.trim().toLowerCase();
  const matches = (f: Finding) =>
    !text ||
    [locale === "en" ? f.messageEn : f.message, f.cell, `${f.sheet}!${f.cell}`, f.project ?? "", ruleTitle(f.ruleId, locale), f.ruleId]
      .join("\n")
      .toLowerCase()
      .includes(text);
  return inOrder(
    result,
    sortBy,
    result.findings.filter(
      (f) =>
        filters.severities.includes(f.severity) &&
        (!filters.rule || f.ruleId === filters.rule) &&
        (filters.showIgnored || !result.ignored.has(f.id)) &&
        matches(f),
    ),
  );
}

const SEVERITY_RANK: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

function inOrder(result: ValidationResult, sortBy: SortBy, findings: Finding[]): Finding[] {
  const sheetIndex = new Map(result.grid.sheets.map((s, i) => [s.name, i]));
  const at = (f: Finding) => sheetIndex.get(f.sheet) ?? Number.MAX_SAFE_INTEGER;
  const rank = (f: Finding) => (sortBy === "severity" ? SEVERITY_RANK[f.severity] : 0);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || at(a.f) - at(b.f) || a.f.row - b.f.row || a.f.column - b.f.column || a.i - b.i)
    .map((x) => x.f);
}

/** A group of the list: a project block (sheet, name, first row) or a rule. */
export interface FindingGroup {
  key: string;
  ruleId: string | null;
  sheet: string;
  project: string | null;
  row: number | null;
  items: Finding[];
}

/**
 * The groups of an ordered list, in the order of their first finding (so, errors first, a group with an error
 * comes before one without); each keeps its findings in the list's order.
 */
export function groupFindings(ordered: Finding[], groupBy: GroupBy): FindingGroup[] {
  if (groupBy === "project") return groupByProject(ordered).map((g) => ({ ...g, ruleId: null }));
  const m = new Map<string, Finding[]>();
  for (const f of ordered) m.set(f.ruleId, [...(m.get(f.ruleId) ?? []), f]);
  return [...m].map(([id, items]) => ({ key: `rule:${id}`, ruleId: id, sheet: items[0].sheet, project: null, row: null, items }));
}

/** The shown findings in the order the list shows them: grouped, then within each group. */
export function shownFindings(state: Pick<PaneState, "result" | "filters" | "groupBy" | "sortBy">, locale: Locale): Finding[] {
  const ordered = filterFindings(state.result, state.filters, locale, state.sortBy);
  return groupFindings(ordered, state.groupBy).flatMap((g) => g.items);
}

export function visibleFindings(ctx: PaneContext): Finding[] {
  return shownFindings(ctx.store.get(), ctx.locale);
}

export function setFilters(ctx: PaneContext, patch: Partial<Filters>): void {
  ctx.store.set({ filters: { ...ctx.store.get().filters, ...patch } });
}

/** Makes `f` the current finding and selects its cell in the sheet; the last notice answered something else. */
export function goTo(ctx: PaneContext, f: Finding): Promise<void> {
  ctx.store.set({ current: findingKey(f), notice: null });
  return ctx.store.act(() => ctx.adapter.select(f.sheet, f.cell), undefined);
}

/** 上一个 (-1) / 下一个 (+1) in the list's order among the shown findings; from none, the first or the last. */
export function move(ctx: PaneContext, delta: 1 | -1): Promise<void> {
  const list = visibleFindings(ctx);
  if (list.length === 0) return Promise.resolve();
  const i = list.findIndex((f) => findingKey(f) === ctx.store.get().current);
  const next = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + delta));
  return goTo(ctx, list[next]);
}

/** The user selected a cell in the sheet: when a shown finding is there, it becomes the current one (the sheet is not touched). */
export function showAt(ctx: PaneContext, sel: { sheet: string; row: number; col: number }): void {
  const hit = visibleFindings(ctx).find((f) => f.sheet === sel.sheet && f.row === sel.row && f.column === sel.col);
  if (hit && findingKey(hit) !== ctx.store.get().current) ctx.store.set({ current: findingKey(hit), notice: null });
}

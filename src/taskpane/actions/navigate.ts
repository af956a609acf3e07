/** Which findings are shown (filters), their sheet order, and moving through them: 上一个 / 下一个 and the sheet's selection. */
import type { Finding } from "../../core/rules/types";
import type { Locale } from "../../app/messages";
import { ruleTitle } from "../../app/rule-titles";
import type { ValidationResult } from "../../app/workflow";
import type { PaneContext } from "../store";
import type { Filters } from "../state";

/** One finding's key in the list (the id names the rule and the value seen; the cell keeps two of a range apart). */
export function findingKey(f: Finding): string {
  return `${f.id}|${f.cell}`;
}

/** The findings the filters let through (ignored ones only when asked), in sheet order: sheet, row, column. */
export function filterFindings(result: ValidationResult | null, filters: Filters, locale: Locale = "zh-CN"): Finding[] {
  if (!result) return [];
  const text = filters.text.trim().toLowerCase();
  const matches = (f: Finding) =>
    !text ||
    [locale === "en" ? f.messageEn : f.message, f.cell, `${f.sheet}!${f.cell}`, f.project ?? "", ruleTitle(f.ruleId, locale), f.ruleId]
      .join("\n")
      .toLowerCase()
      .includes(text);
  return inSheetOrder(
    result,
    result.findings.filter(
      (f) =>
        filters.severities.includes(f.severity) &&
        (!filters.rule || f.ruleId === filters.rule) &&
        (filters.showIgnored || !result.ignored.has(f.id)) &&
        matches(f),
    ),
  );
}

function inSheetOrder(result: ValidationResult, findings: Finding[]): Finding[] {
  const sheetIndex = new Map(result.grid.sheets.map((s, i) => [s.name, i]));
  const at = (f: Finding) => sheetIndex.get(f.sheet) ?? Number.MAX_SAFE_INTEGER;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => at(a.f) - at(b.f) || a.f.row - b.f.row || a.f.column - b.f.column || a.i - b.i)
    .map((x) => x.f);
}

export function visibleFindings(ctx: PaneContext): Finding[] {
  const { result, filters } = ctx.store.get();
  return filterFindings(result, filters, ctx.locale);
}

export function setFilters(ctx: PaneContext, patch: Partial<Filters>): void {
  ctx.store.set({ filters: { ...ctx.store.get().filters, ...patch } });
}

/** Makes `f` the current finding and selects its cell in the sheet; the last notice answered something else. */
export function goTo(ctx: PaneContext, f: Finding): Promise<void> {
  ctx.store.set({ current: findingKey(f), notice: null });
  return ctx.store.act(() => ctx.adapter.select(f.sheet, f.cell), undefined);
}

/** 上一个 (-1) / 下一个 (+1) in sheet order among the shown findings; from none, the first or the last. */
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

/** Validate the workbook, mark the findings, list them; select a finding's cell; filter what is shown. */
import type { Finding } from "../../core/rules/types";
import { activeFindings, errorMessage, validateWorkbook, type ValidationResult } from "../../app/workflow";
import type { PaneContext } from "../store";
import type { Filters, Notice } from "../state";

/** The findings of the last validation not ignored, as marks on their cells. */
export function markActive(ctx: PaneContext, findings: Finding[]): Promise<void> {
  return ctx.adapter.highlight(findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
}

/** Validates with the workbook's settings; `keepNotice` keeps the notice of the change that led here (a fix, an insert). */
export function validate(ctx: PaneContext, keepNotice = false): Promise<void> {
  const { store, adapter } = ctx;
  store.set({ running: true, progress: null, notice: keepNotice ? store.get().notice : null });
  return store.act(async () => {
    const result = await validateWorkbook(adapter, store.get().scope, (done, total) => store.set({ progress: { done, total } }));
    let notice: Notice | null = store.get().notice;
    try {
      await markActive(ctx, activeFindings(result));
    } catch (e) {
      // a protected sheet cannot be marked; the findings still stand
      notice = { intent: "warning", text: ctx.t("markFailed", { message: errorMessage(e, ctx.locale) }) };
    }
    const journal = await adapter.journal();
    store.set({ result, running: false, progress: null, journal, config: result.config, notice });
  }, undefined);
}

export function select(ctx: PaneContext, f: Finding): Promise<void> {
  return ctx.store.act(() => ctx.adapter.select(f.sheet, f.cell), undefined);
}

export function visibleFindings(ctx: PaneContext): Finding[] {
  const { result, filters } = ctx.store.get();
  return filterFindings(result, filters);
}

/** The findings the filters let through (ignored ones only when asked). */
export function filterFindings(result: ValidationResult | null, filters: Filters): Finding[] {
  if (!result) return [];
  return result.findings.filter(
    (f) =>
      filters.severities.includes(f.severity) &&
      (!filters.rule || f.ruleId === filters.rule) &&
      (filters.showIgnored || !result.ignored.has(f.id)),
  );
}

export function setFilters(ctx: PaneContext, patch: Partial<Filters>): void {
  ctx.store.set({ filters: { ...ctx.store.get().filters, ...patch } });
}

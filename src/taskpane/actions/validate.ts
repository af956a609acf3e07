/** Validate the workbook, mark the findings, list them; select a finding's cell; filter what is shown. */
import type { Finding } from "../../core/rules/types";
import { activeFindings, errorMessage, validateWorkbook, type ValidationResult } from "../../app/workflow";
import type { PaneContext } from "../store";
import type { Notice } from "../state";

/** The findings of the last validation not ignored, as marks on their cells. */
export function markActive(ctx: PaneContext, findings: Finding[]): Promise<void> {
  return ctx.adapter.highlight(findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
}

/** Validates with the workbook's settings; `keepNotice` keeps the notice of the change that led here (a fix, an insert). */
export async function validate(ctx: PaneContext, keepNotice = false): Promise<void> {
  const { store, adapter } = ctx;
  const run = ++store.runId;
  const current = () => run === store.runId;
  store.set({ running: true, progress: null, notice: keepNotice ? store.get().notice : null });
  let result: ValidationResult;
  const abort = new AbortController();
  store.abort?.abort();
  store.abort = abort;
  try {
    const progress = (done: number, total: number) => {
      if (current()) store.set({ progress: { done, total } });
    };
    result = await validateWorkbook(adapter, store.get().scope, progress, ctx.linter, abort.signal);
  } catch (e) {
    if (current()) store.fail(e);
    return;
  }
  if (!current()) return;
  return store.act(async () => {
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

/** 取消: the pane is free at once; the validation under way is dropped when it ends. */
export function cancel(ctx: PaneContext): void {
  if (!ctx.store.get().running) return;
  ctx.store.runId++;
  ctx.store.abort?.abort();
  ctx.store.set({ running: false, progress: null, notice: { intent: "info", text: ctx.t("runCancelled") } });
}

/** Ignoring findings: kept in the workbook, so every reviewer of it sees them ignored. */
import type { Finding } from "../../core/rules/types";
import { STATE_KEYS, type IgnoredFinding } from "../../excel/adapter";
import { activeFindings } from "../../app/workflow";
import type { PaneContext } from "../store";
import { markActive } from "./validate";

async function saveIgnored(ctx: PaneContext, list: IgnoredFinding[]): Promise<void> {
  const { store } = ctx;
  await store.act(async () => {
    await ctx.adapter.saveState(STATE_KEYS.ignored, list);
    const prev = store.get().result;
    const result = prev ? { ...prev, ignored: new Set(list.map((i) => i.id)) } : null;
    store.set({ ignoredList: list, result });
    if (result) await markActive(ctx, activeFindings(result));
  }, undefined);
}

function entryOf(f: Finding, at: string, reason?: string): IgnoredFinding {
  const entry: IgnoredFinding = { id: f.id, ruleId: f.ruleId, sheet: f.sheet, cell: f.cell, message: f.message, at };
  if (reason?.trim()) entry.reason = reason.trim();
  return entry;
}

/** Ignores findings (one, or every shown one of a rule), with the reviewer's optional reason and the date. */
export function ignore(ctx: PaneContext, findings: Finding[], reason?: string): Promise<void> {
  const at = new Date().toISOString();
  const ids = new Set(findings.map((f) => f.id));
  const kept = ctx.store.get().ignoredList.filter((i) => !ids.has(i.id));
  const added = [...new Map(findings.map((f) => [f.id, entryOf(f, at, reason)])).values()];
  return saveIgnored(ctx, [...kept, ...added]).then(() => {
    if (findings.length > 1) ctx.store.notify("success", ctx.t("ignoredN", { n: added.length }));
  });
}

/** Every not-ignored finding of a rule in the last validation. */
export function activeOfRule(ctx: PaneContext, ruleId: string): Finding[] {
  const r = ctx.store.get().result;
  return r ? activeFindings(r).filter((f) => f.ruleId === ruleId) : [];
}

export function unignore(ctx: PaneContext, id: string): Promise<void> {
  return saveIgnored(
    ctx,
    ctx.store.get().ignoredList.filter((i) => i.id !== id),
  );
}

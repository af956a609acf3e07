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

export function ignore(ctx: PaneContext, f: Finding): Promise<void> {
  const entry: IgnoredFinding = {
    id: f.id,
    ruleId: f.ruleId,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    at: new Date().toISOString(),
  };
  return saveIgnored(ctx, [...ctx.store.get().ignoredList.filter((i) => i.id !== f.id), entry]);
}

export function unignore(ctx: PaneContext, id: string): Promise<void> {
  return saveIgnored(
    ctx,
    ctx.store.get().ignoredList.filter((i) => i.id !== id),
  );
}

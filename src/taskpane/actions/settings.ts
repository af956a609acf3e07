/** What the workbook keeps (settings, ignored findings, the journal) and saving the settings form. */
import { type ConfigInput, resolveConfig } from "../../core/config";
import { RULES } from "../../core/rules";
import { STATE_KEYS } from "../../excel/adapter";
import { loadConfig, loadIgnored } from "../../app/workflow";
import type { PaneContext } from "../store";
import { validate } from "./validate";

/** Loads settings, ignored findings and the journal; a change the user made meanwhile is not overwritten. */
export async function loadWorkbookState(ctx: PaneContext, loadPacks: () => Promise<void>): Promise<void> {
  const { store, adapter, t } = ctx;
  const before = store.edits;
  await store.act(async () => {
    const [{ config, errors }, ignoredList, journal] = await Promise.all([loadConfig(adapter), loadIgnored(adapter), adapter.journal()]);
    void loadPacks();
    if (store.edits !== before) {
      store.set({ ignoredList, journal });
      return;
    }
    store.set({
      config,
      ignoredList,
      journal,
      ...(errors.length ? { notice: { intent: "warning" as const, text: errors.join(t("listSeparator")) } } : {}),
    });
  }, undefined);
}

/** Validates the settings form with the same schema as kpi-lint.config.json and keeps it in the workbook. */
export async function saveConfig(ctx: PaneContext, input: ConfigInput): Promise<boolean> {
  const { store, t } = ctx;
  const r = resolveConfig(input, RULES);
  if (!r.ok) {
    store.notify("error", r.errors.join(t("listSeparator")));
    return false;
  }
  return store.act(async () => {
    await ctx.adapter.saveState(STATE_KEYS.config, input);
    store.set({ config: r.config, notice: { intent: "success", text: t("settingsSaved") } });
    if (store.get().result) await validate(ctx, true);
    return true;
  }, false);
}

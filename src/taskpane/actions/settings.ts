/** What the workbook keeps (settings, ignored findings, the journal) and saving the settings form. */
import { type ConfigInput, resolveConfig } from "../../core/config";
import { RULES } from "../../core/rules";
import { STATE_KEYS } from "../../excel/adapter";
import { loadConfig, loadIgnored } from "../../app/workflow";
import type { PaneContext } from "../store";
import { validate } from "./validate";
import type { SeveritySetting } from "../../core/rules/types";
import { keptConfig } from "../../app/column-mapping";
import { ruleTitle } from "../../app/rule-titles";

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
export async function saveConfig(ctx: PaneContext, input: ConfigInput, done = ctx.t("settingsSaved")): Promise<boolean> {
  const { store, t } = ctx;
  const r = resolveConfig(input, RULES);
  if (!r.ok) {
    store.notify("error", r.errors.join(t("listSeparator")));
    return false;
  }
  return store.act(async () => {
    await ctx.adapter.saveState(STATE_KEYS.config, input);
    store.set({ config: r.config, notice: { intent: "success", text: done } });
    if (store.get().result) await validate(ctx, true);
    return true;
  }, false);
}

/** 关闭此规则（本工作簿） or turning it back on: one rule's severity in the workbook's settings, the rest kept. */
export function setRuleSeverity(ctx: PaneContext, ruleId: string, severity: SeveritySetting | null): Promise<boolean> {
  const { config } = ctx.store.get();
  const rules = { ...config.rules };
  if (severity) rules[ruleId] = severity;
  else delete rules[ruleId];
  const title = ruleTitle(ruleId, ctx.locale);
  const done = severity === "off" ? ctx.t("ruleDisabled", { rule: title }) : ctx.t("ruleEnabled", { rule: title });
  return saveConfig(ctx, { ...keptConfig(config), costFramework: config.costFramework, rules }, done);
}

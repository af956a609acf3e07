/** Template packs (built-in, organisation, workbook) and 插入模板指标 for a project block. */
import type { ProjectBlock } from "../../core/model";
import type { InsertPlan } from "../../core/templates/planner";
import { builtinPack, fetchPack, importPack, typesOf, workbookPacks, type PackSource } from "../../app/packs";
import type { PaneContext } from "../store";
import { type PackInfo, builtinPackInfo } from "../state";
import { validate } from "./validate";

export interface PackOptions {
  /** An organisation pack named in the manifest's SourceLocation (?templates=https://…). */
  orgPackUrl?: string | null;
  fetchImpl?: Parameters<typeof fetchPack>[1];
}

/** Built-in, organisation (from the manifest's URL) and workbook packs; a bad pack is listed with its errors. */
export async function loadPacks(ctx: PaneContext, options: PackOptions): Promise<void> {
  const { store, locale } = ctx;
  const sources: PackSource[] = [];
  const builtin = await builtinPack();
  const infos: PackInfo[] = [builtinPackInfo(builtin)];
  if (options.orgPackUrl) {
    const url = options.orgPackUrl;
    const r = await fetchPack(url, options.fetchImpl, locale);
    sources.push(r.ok ? { label: r.pack.name, pack: r.pack, errors: [] } : { label: url, pack: null, errors: r.errors });
    infos.push(
      r.ok
        ? { label: r.pack.name, origin: "organisation", ok: true, errors: [], types: r.pack.types.length }
        : { label: url, origin: "organisation", ok: false, errors: r.errors, types: 0 },
    );
  }
  await store.act(async () => {
    for (const w of await workbookPacks(ctx.adapter, locale)) {
      sources.push(w);
      infos.push({ label: w.label, origin: "workbook", ok: !!w.pack, errors: w.errors, types: w.pack?.types.length ?? 0 });
    }
  }, undefined);
  store.set({ packs: infos, types: typesOf(builtin, sources) });
}

export async function importPackText(ctx: PaneContext, options: PackOptions, json: string): Promise<boolean> {
  const { store, t } = ctx;
  return store.act(async () => {
    const r = await importPack(ctx.adapter, json);
    if (!r.ok) {
      store.notify("error", t("tplPackInvalid", { errors: r.errors.join(t("listSeparator")) }));
      return false;
    }
    await loadPacks(ctx, options);
    store.notify("success", t("tplImported", { name: r.pack.name, n: r.pack.types.length }));
    return true;
  }, false);
}

/** The project block holding the selected cell, from the last validation. */
export async function projectAtSelection(ctx: PaneContext): Promise<ProjectBlock | null> {
  const { store, t } = ctx;
  return store.act(async () => {
    const sel = await ctx.adapter.getSelection();
    if (!sel) return null;
    const sheet = store.get().result?.model.sheets.find((s) => s.name === sel.sheet);
    if (!sheet) {
      store.notify("info", t("tplSheetNotValidated", { sheet: sel.sheet }));
      return null;
    }
    const block = sheet.projects.find((p) => sel.row >= p.firstRow && sel.row <= p.lastRow) ?? null;
    if (!block) store.notify("info", t("tplOutsideProjects", { row: sel.row }));
    return block;
  }, null);
}

/** The rows a type adds to a block of the last validation's grid (null when the sheet or type is gone). */
export async function planFor(ctx: PaneContext, block: ProjectBlock, typeId: string): Promise<InsertPlan | null> {
  const { result, types } = ctx.store.get();
  const { planWith } = await import(/* webpackChunkName: "template-planning" */ "../template-planning");
  return planWith(result, types, block, typeId);
}

export async function insert(ctx: PaneContext, plan: InsertPlan): Promise<void> {
  const { store, t } = ctx;
  await store.act(
    async () => {
      await ctx.adapter.applyPlan(plan, t("tplJournalLabel", { project: plan.project, type: plan.typeName, n: plan.added.length }));
      const n = plan.added.length;
      const text = plan.placeholders.length
        ? t("tplInsertedFill", { n, type: plan.typeName, placeholders: plan.placeholders.length })
        : t("tplInserted", { n, type: plan.typeName });
      store.notify("success", text);
      await validate(ctx, true);
    },
    undefined,
    true,
  );
}

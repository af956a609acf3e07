/** Fixes (one finding, or every certain fix of a rule), 撤销, and clearing the marks. */
import { certainEdits } from "../../core/fixes";
import type { Edit, Finding } from "../../core/rules/types";
import { activeFindings } from "../../app/workflow";
import type { PaneContext } from "../store";
import type { Notice } from "../state";
import { validate } from "./validate";
import { ruleTitle } from "../../app/rule-titles";

async function apply(ctx: PaneContext, edits: Edit[], label: string): Promise<void> {
  const { store, t } = ctx;
  await store.act(
    async () => {
      const r = await ctx.adapter.applyEdits(edits, label);
      const applied = t("applied", { n: r.applied.length });
      const notice: Notice =
        r.refused.length > 0
          ? { intent: "warning", text: `${applied} ${t("refused", { n: r.refused.length, reason: r.refused[0].reason })}` }
          : { intent: "success", text: applied };
      store.set({ notice });
      await validate(ctx, true);
    },
    undefined,
    true,
  );
}

export function fix(ctx: PaneContext, f: Finding, edits: Edit[] = f.fix?.edits ?? []): Promise<void> {
  return apply(ctx, edits, ctx.t("fixLabel", { cell: `${f.sheet}!${f.cell}`, rule: ruleTitle(f.ruleId, ctx.locale) }));
}

/** Edits of every certain fix of a rule among the findings not ignored. */
export function bulkEdits(ctx: PaneContext, ruleId: string): Edit[] {
  const r = ctx.store.get().result;
  return r ? certainEdits(activeFindings(r), [ruleId]) : [];
}

export function fixAll(ctx: PaneContext, ruleId: string): Promise<void> {
  return apply(ctx, bulkEdits(ctx, ruleId), ctx.t("fixAllLabel", { rule: ruleTitle(ruleId, ctx.locale) }));
}

export async function undo(ctx: PaneContext): Promise<void> {
  const { store, t } = ctx;
  await store.act(
    async () => {
      const r = await ctx.adapter.undo();
      if (!r.entry) {
        store.set({ running: false, notice: { intent: "info", text: t("nothingToUndo") } });
        return;
      }
      const skipped = r.skipped.length ? ` ${r.skipped.map((s) => s.reason).join(t("listSeparator"))}` : "";
      store.notify(r.skipped.length ? "warning" : "success", `${t("undone", { label: r.entry.label, n: r.restored })}${skipped}`);
      await validate(ctx, true);
    },
    undefined,
    true,
  );
}

export async function clearMarks(ctx: PaneContext): Promise<void> {
  await ctx.store.act(async () => {
    const n = await ctx.adapter.clearHighlights();
    ctx.store.notify("success", ctx.t("marksCleared", { n }));
  }, undefined);
}

/**
 * Plans the rows to add to a project block from a project type's template, in four stages:
 *
 * 1. select — template indicators the block does not already have (same name, a similar name under the same
 *    二级, or the same per-unit target family): `skipped` says which block indicator each one matched;
 * 2. place — the row each new indicator goes before: under its 一级/二级 group, new groups in framework order;
 * 3. ops — primitive operations in the block's own layout (merged or repeated level cells, one 指标值 column or
 *    split operator/value/unit columns, a value merged over columns), applied bottom-up so the rows above an
 *    insertion keep their numbers; Excel (src/excel) and ExcelJS (src/cli) both execute them;
 * 4. guard — replays the operations on the sheet's merged areas and refuses the whole plan (zh-CN and English
 *    reason, no operations) when a write would land outside the block's indicator columns, inside a merged area
 *    it does not own, or on an existing cell.
 *
 * Only the block's indicator columns (level1 … nature) are written, and only on new rows. Merged areas the new rows
 * belong to grow over them: the 一级/二级 runs they extend, and any other area running down the block (a label column
 * such as `绩效指标`, a goal column, a summary table's project columns) — never written into.
 *
 * The stages live in select.ts (1, 2), build-ops.ts (3, with merge-sim.ts) and guard.ts (4); the types in plan-types.ts.
 * This file runs them in order (planInsert) and re-exports what callers import from here.
 */
import type { SheetGrid } from "../grid";
import type { ProjectBlock } from "../model";
import { INDICATOR_ROLES } from "../recognise/headers";
import { buildOps, Refused } from "./build-ops";
import { checkLayout, checkOps, guardCells } from "./guard";
import type { InsertPlan, Placement, PlanOptions } from "./plan-types";
import type { ProjectType } from "./schema";
import { placeIndicators, selectIndicators, skippedEntry } from "./select";

export { INDICATOR_ROLES };
export type { InsertPlan, InsertRefusal, PlannedRow, PlanOp, PlanOptions, Placement, Selection, SkippedIndicator } from "./plan-types";
export { placeIndicators, selectIndicators } from "./select";

// ---------------------------------------------------------------------------------------------- the plan

/** Where an original row lands once the placements' rows are in. */
function shifter(placements: readonly Placement[]): (row: number) => number {
  return (row) => row + placements.filter((p) => p.at <= row).reduce((s, p) => s + p.items.length, 0);
}

export function planInsert(sheet: SheetGrid, block: ProjectBlock, type: ProjectType, opts: PlanOptions = {}): InsertPlan {
  const selection = selectIndicators(block, type, opts);
  const placements = placeIndicators(block, selection.toAdd);
  const skippedAt = (shift: (row: number) => number) => selection.matched.map((m) => skippedEntry(m.name, m.eq, shift(m.eq.existing.row)));
  const base = {
    sheet: block.sheet,
    project: block.name,
    projectRow: block.firstRow,
    typeId: type.id,
    typeName: type.name,
  };
  const none = { ops: [], added: [], insertedRows: [], placeholders: [], guard: [] };
  try {
    if (placements.length === 0) return { ...base, ...none, skipped: skippedAt((r) => r), refused: null };
    checkLayout(sheet, block);
    const built = buildOps(sheet, block, placements);
    checkOps(sheet, block, built.ops);
    return { ...base, ...built, skipped: skippedAt(shifter(placements)), refused: null, guard: guardCells(sheet, block) };
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    // nothing is inserted: rows as they are now
    return {
      ...base,
      ...none,
      skipped: skippedAt((r) => r),
      refused: { reason: `无法安全插入：${e.reason}`, reasonEn: `Cannot insert safely: ${e.reasonEn}` },
    };
  }
}

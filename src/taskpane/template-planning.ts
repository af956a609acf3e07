/**
 * The 模板 tab's planner: which type suits a project block and the rows a type adds. A chunk of its own,
 * loaded when the tab first needs it, so the task pane opens without it.
 */
import type { ValidationResult } from "../app/workflow";
import type { ProjectBlock } from "../core/model";
import type { PackedType } from "../core/templates/packs";
import { type InsertPlan, planInsert } from "../core/templates/planner";

export { classifyProject } from "../core/templates/classify";

/** The rows a type adds to a block of the last validation's grid (null when the sheet or type is gone). */
export function planWith(result: ValidationResult | null, types: PackedType[], block: ProjectBlock, typeId: string): InsertPlan | null {
  const sheet = result?.grid.sheets.find((s) => s.name === block.sheet);
  const type = types.find((x) => x.id === typeId);
  return sheet && type ? planInsert(sheet, block, type) : null;
}

import type ExcelJS from "exceljs";
import { lint } from "../core/lint";
import type { ResolvedConfig } from "../core/config";
import { certainEdits, unchangedSince } from "../core/fixes";
import type { Edit, Finding } from "../core/rules/types";
import { cellValue, workbookToGrid } from "./xlsx-grid";

export interface FixReport {
  applied: Edit[];
  /** Why a fix was not applied: its sheet is gone, or the cell changed since it was validated. */
  skipped: Array<{ edit: Edit; reason: "no-sheet" | "changed" }>;
  remaining: Finding[];
}

/**
 * Applies certain fixes to an ExcelJS workbook in place, re-validating between passes so that a
 * second defect of the same cell (≥ on a cost written in 百分率) is fixed too. Only values change:
 * styles, merges and every other cell are left as they are.
 */
export function applyCertainFixes(wb: ExcelJS.Workbook, config: ResolvedConfig, ruleIds?: string[]): FixReport {
  const applied: Edit[] = [];
  const skipped: FixReport["skipped"] = [];
  let findings = lint(workbookToGrid(wb), config).findings;
  for (let pass = 0; pass < 5; pass++) {
    const edits = certainEdits(findings, ruleIds);
    let changed = 0;
    for (const e of edits) {
      const ws = wb.getWorksheet(e.sheet);
      if (!ws) {
        skipped.push({ edit: e, reason: "no-sheet" });
        continue;
      }
      const cell = ws.getCell(e.row, e.col);
      if (!unchangedSince(cellValue(cell), e.before)) {
        skipped.push({ edit: e, reason: "changed" });
        continue;
      }
      cell.value = e.after;
      applied.push(e);
      changed++;
    }
    findings = lint(workbookToGrid(wb), config).findings;
    if (changed === 0) break;
  }
  return { applied, skipped, remaining: findings };
}

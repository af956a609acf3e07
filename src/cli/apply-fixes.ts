import { lintModel } from "../core/lint";
import { RULES } from "../core/rules";
import { recogniseWorkbook } from "../core/recognise/recognise";
import type { CellChange } from "../core/recognise/reread-targets";
import type { ResolvedConfig } from "../core/config";
import { certainEdits, rulesForFixes, unchangedSince } from "../core/fixes";
import type { CellValue, SheetGrid, WorkbookGrid } from "../core/grid";
import type { Edit, Finding } from "../core/rules/types";

export interface FixReport {
  applied: Edit[];
  /** Why a fix was not applied: its sheet is gone, or the cell changed since it was validated. */
  skipped: Array<{ edit: Edit; reason: "no-sheet" | "changed" }>;
  /** The findings left, without their texts (`fix` prints only how many, and how many errors). */
  remaining: Finding[];
}

function setGridCell(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  while (rows.length < row) rows.push([]);
  const r = rows[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = value;
}

/**
 * Works out the certain fixes of a workbook, applying them to its grid and re-validating between passes so that a
 * second defect of the same cell (≥ on a cost written in 百分率) is fixed too. The caller writes `applied` to
 * the file (surgical-write.ts): only those cells change.
 */
export function applyCertainFixes(grid: WorkbookGrid, config: ResolvedConfig, ruleIds?: string[]): FixReport {
  const applied: Edit[] = [];
  const skipped: FixReport["skipped"] = [];
  let model = recogniseWorkbook(grid, { columns: config.columns });
  // the first pass needs only the fixes: the rules that give them (all rules run once the edits are in)
  // no finding's text is shown: none is made
  const noTexts = { texts: false };
  let findings = lintModel(model, config, rulesForFixes(RULES, ruleIds), noTexts);
  let complete = false;
  // sheets by name (the first of a name, as a search would find): a large fix looks one up for each of 16,000 edits
  const sheets = new Map<string, SheetGrid>();
  for (const s of grid.sheets) if (!sheets.has(s.name)) sheets.set(s.name, s);
  for (let pass = 0; pass < 5; pass++) {
    const edits = certainEdits(findings, ruleIds);
    const changed = new Map<string, CellChange[]>();
    for (const e of edits) {
      const sheet = sheets.get(e.sheet);
      if (!sheet) {
        skipped.push({ edit: e, reason: "no-sheet" });
        continue;
      }
      if (!unchangedSince(sheet.rows[e.row - 1]?.[e.col - 1] ?? null, e.before)) {
        skipped.push({ edit: e, reason: "changed" });
        continue;
      }
      const cells = changed.get(e.sheet) ?? [];
      cells.push({ row: e.row, col: e.col, before: sheet.rows[e.row - 1]?.[e.col - 1] ?? null });
      changed.set(e.sheet, cells);
      setGridCell(sheet.rows, e.row, e.col, e.after);
      // stored only when it grows: V8 counts any store, even of the same value, as a change of the field, and
      // throws away the compiled code of every reader of the grid that relied on it (17% of a large fix's CPU)
      if (e.row > sheet.rowCount) sheet.rowCount = e.row;
      if (e.col > sheet.columnCount) sheet.columnCount = e.col;
      applied.push(e);
    }
    if (changed.size === 0) break; // nothing written: the findings stand
    // only the sheets written to are read again, and of those only the targets written when that is all they are
    const changedSheets = new Set(changed.keys());
    model = recogniseWorkbook(grid, { columns: config.columns }, { model, changedSheets, changedCells: changed });
    findings = lintModel(model, config, RULES, noTexts);
    complete = true;
  }
  return { applied, skipped, remaining: complete ? findings : lintModel(model, config, RULES, noTexts) };
}

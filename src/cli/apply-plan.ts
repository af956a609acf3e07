/**
 * Executes an insertion plan on an ExcelJS worksheet, for `kpi-lint insert`. ExcelJS's spliceRows moves
 * merged cells without updating its merge index, and unmerging resets the covered cells' styles, so the
 * merges below the insertion point are taken apart (keeping every cell's style), moved, and put back.
 */
import type ExcelJS from "exceljs";
import { KpiLintError } from "./errors";
import type { MergedArea } from "../core/grid";
import { mergedAreas } from "./exceljs-cell";
import type { InsertPlan, PlanOp } from "../core/templates/planner";

function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  return mergedAreas(ws);
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style ?? {})) as Partial<ExcelJS.Style>;
}

/** Unmerges an area; ExcelJS would reset the covered cells' styles, so they are put back. Returns the styles, row by row. */
function unmergeKeepingStyles(ws: ExcelJS.Worksheet, m: MergedArea): Array<Partial<ExcelJS.Style>> {
  const styles: Array<Partial<ExcelJS.Style>> = [];
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) styles.push(copyStyle(ws.getCell(r, c).style));
  ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  let k = 0;
  for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) ws.getCell(r, c).style = copyStyle(styles[k++]);
  return styles;
}

function insertRows(ws: ExcelJS.Worksheet, at: number, count: number): void {
  const moving = mergesOf(ws).filter((m) => m.bottom >= at);
  const styles = moving.map((m) => unmergeKeepingStyles(ws, m));
  ws.spliceRows(at, 0, ...Array.from({ length: count }, () => [] as ExcelJS.CellValue[]));
  moving.forEach((m, i) => {
    // as Excel does: below the point the area moves down, across it the area grows
    const moved = m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : { ...m, bottom: m.bottom + count };
    ws.mergeCellsWithoutStyle(moved.top, moved.left, moved.bottom, moved.right);
    let k = 0;
    for (let r = moved.top; r <= moved.bottom; r++) {
      for (let c = moved.left; c <= moved.right; c++) {
        const inserted = m.top < at && r >= at && r < at + count;
        if (!inserted) ws.getCell(r, c).style = styles[i][k++] ?? {};
      }
    }
  });
}

function copyFormats(ws: ExcelJS.Worksheet, fromRow: number, toRow: number, count: number): void {
  const src = ws.getRow(fromRow);
  const width = Math.max(ws.columnCount, src.cellCount);
  for (let k = 0; k < count; k++) {
    const dst = ws.getRow(toRow + k);
    if (src.height) dst.height = src.height;
    for (let c = 1; c <= width; c++) dst.getCell(c).style = copyStyle(src.getCell(c).style);
  }
}

export function applyPlanOp(ws: ExcelJS.Worksheet, op: PlanOp): void {
  switch (op.op) {
    case "insertRows":
      insertRows(ws, op.at, op.count);
      break;
    case "copyFormats":
      copyFormats(ws, op.fromRow, op.toRow, op.count);
      break;
    case "set":
      ws.getCell(op.row, op.col).value = op.value;
      break;
    case "unmerge":
      unmergeKeepingStyles(ws, op.area);
      break;
    case "merge":
      ws.mergeCellsWithoutStyle(op.area.top, op.area.left, op.area.bottom, op.area.right);
      break;
  }
}

/** Applies a plan; a refused plan (the planner found no safe placement) throws with its reason and changes nothing. */
export function applyPlan(wb: ExcelJS.Workbook, plan: InsertPlan): void {
  if (plan.refused) throw new KpiLintError("INSERT_REFUSED", { reason: plan.refused.reason, reasonEn: plan.refused.reasonEn });
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new KpiLintError("SHEET_NOT_FOUND", { sheet: plan.sheet });
  for (const op of plan.ops) applyPlanOp(ws, op);
}

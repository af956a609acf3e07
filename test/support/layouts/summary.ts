/**
 * A summary table: one row per indicator; 序号 | 单位名称 | 项目名称 | 预算数 | 年度目标 on each project's
 * first row (merged down or blank below), the indicator columns to the right.
 */
import type { CellValue } from "../../../src/core/grid";
import type { Canvas } from "./canvas";
import { headerHeight, indicatorColumns, tableWidth, writeHeader, writeRows } from "./block";
import { budgetHeader, multilineCell, proseBudget } from "./money";
import type { ExpectedProject, LayoutOptions, ProjectSpec, TableSpec } from "./spec";

const PROJECT_COLS = 5;

function budgetCell(p: ProjectSpec, t: TableSpec, o: LayoutOptions): CellValue {
  if (o.budgetLabel === "prose") return proseBudget(p, t);
  if (o.budgetLabel === "multiline") return multilineCell(p).split("\n").slice(1).join("\n");
  return p.budget;
}

export function writeSummary(canvas: Canvas, t: TableSpec, o: LayoutOptions): ExpectedProject[] {
  const cols = indicatorColumns(o);
  const h = headerHeight(o);
  const width = PROJECT_COLS + tableWidth(cols);
  canvas.put(1, 1, `${t.department}${t.year}年项目支出绩效目标汇总表`, 1, width);
  canvas.put(2, width, `单位：${t.moneyUnit}`);
  const heads = ["序号", "单位名称", "项目名称", budgetHeader(o.budgetLabel), o.goalHeader];
  heads.forEach((w, i) => canvas.put(3, i + 1, w, h, 1));
  writeHeader(canvas, 3, PROJECT_COLS + 1, cols);
  let r = 3 + h;
  if (o.subtotalRow) {
    const total = t.projects.reduce((n, p) => n + p.budget, 0);
    canvas.set(r, 1, "101001");
    canvas.set(r, 2, t.department);
    canvas.set(r++, 4, Math.round(total * 100) / 100);
  }
  const out: ExpectedProject[] = [];
  t.projects.forEach((p, k) => {
    const block = writeRows(canvas, r, PROJECT_COLS + 1, p, o, k, false);
    const cells: CellValue[] = [String(k + 1), p.org, p.name, budgetCell(p, t, o), p.goal];
    cells.forEach((v, i) => canvas.put(r, i + 1, v, o.summaryFill === "merged" ? block.lastRow - r + 1 : 1, 1));
    out.push({ name: p.name, budget: p.budget, columns: { name: block.nameCol, value: block.valueCol }, indicators: block.expected });
    r = block.lastRow + 1;
  });
  return out;
}

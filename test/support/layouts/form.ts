/** Per-project forms stacked on one sheet: title, 单位 line, name / code / budget labels, goal, indicator table. */
import type { Canvas } from "./canvas";
import { headerHeight, indicatorColumns, tableWidth, writeHeader, writeRows } from "./block";
import { budgetHeader, multilineCell, proseBudget } from "./money";
import type { ExpectedProject, LayoutOptions, TableSpec } from "./spec";

export function writeForms(canvas: Canvas, t: TableSpec, o: LayoutOptions): ExpectedProject[] {
  const cols = indicatorColumns(o);
  const width = Math.max(tableWidth(cols), 6);
  const out: ExpectedProject[] = [];
  t.projects.forEach((p, k) => {
    let r = canvas.height + (k > 0 ? 2 : 1);
    const title = o.nameLabel === "title" ? `${t.department}${t.year}年${p.name}项目绩效目标表` : "项目支出绩效目标表";
    canvas.put(r++, 1, title, 1, width);
    canvas.put(r++, width, `单位：${t.moneyUnit}`);
    if (o.budgetLabel === "multiline") {
      canvas.put(r++, 1, multilineCell(p), 1, width);
    } else if (o.nameLabel !== "title") {
      canvas.put(r, 1, o.nameLabel);
      canvas.put(r, 2, p.name, 1, 2);
      if (p.code) {
        canvas.put(r, 4, "项目编码");
        canvas.put(r, 5, p.code, 1, width - 4);
      }
      r++;
    }
    canvas.put(r, 1, "实施单位");
    canvas.put(r, 2, p.org, 1, 2);
    canvas.put(r, 4, "主管部门");
    canvas.put(r++, 5, t.department, 1, width - 4);
    if (o.budgetLabel !== "multiline") {
      canvas.put(r, 1, budgetHeader(o.budgetLabel));
      canvas.put(r, 2, o.budgetLabel === "prose" ? proseBudget(p, t) : p.budget, 1, o.budgetLabel === "prose" ? width - 1 : 2);
      if (o.budgetLabel !== "prose") {
        canvas.put(r, 4, "其中：财政资金");
        canvas.put(r, 5, p.budget, 1, width - 4);
      }
      r++;
    }
    canvas.put(r, 1, "年度绩效目标");
    canvas.put(r++, 2, p.goal, 1, width - 1);
    writeHeader(canvas, r, 1, cols);
    r += headerHeight(o);
    const block = writeRows(canvas, r, 1, p, o, k, true);
    out.push({ name: p.name, budget: p.budget, columns: { name: block.nameCol, value: block.valueCol }, indicators: block.expected });
  });
  return out;
}

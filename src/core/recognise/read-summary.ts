/**
 * Summary tables: one row per indicator, the project's columns (序号, 单位名称, 项目名称, 预算数, 年度目标)
 * on the row of its first indicator, merged down over its rows or blank below.
 */
import { type MergeIndex, type SheetGrid, mergedText, textAt, valueAt } from "../grid";
import type { ColumnMap, ProjectBlock } from "../model";
import { moneyUnitIn } from "../value/normalize";
import type { MoneyUnit } from "../value/units";
import { moneyFrom } from "./form-meta";
import type { HeaderRow } from "./header-rows";
import { isFooterText } from "./headers";
import { type RowContext, readIndicatorRow } from "./indicator-rows";
import { headerBottom } from "./table-body";
import { readTable } from "./table-info";

/** A row that totals a department, not a project: 合计, 小计, or an organisation's name (XX市司法局). */
const SUBTOTAL = /合计|小计|总计|^(部门|单位)|(局|委员会|委|办公室|中心|院|厅|部门|本级)$/;

export function readSummary(
  sheet: SheetGrid,
  merges: MergeIndex,
  headers: HeaderRow[],
  sheetUnit: MoneyUnit | null,
  override: ColumnMap | undefined,
): ProjectBlock[] {
  const blocks: ProjectBlock[] = [];
  const headerRowSet = new Set<number>();
  for (const h of headers) for (let r = h.top; r <= headerBottom(h, merges); r++) headerRowSet.add(r);
  const first = headers[0];
  const table = readTable(sheet, merges, first, sheet.rowCount, false, override, headerRowSet);
  const cols = table.info.columns;
  if (cols.project === undefined) return [];
  const budgetUnit = (table.info.headers.budget && moneyUnitIn(table.info.headers.budget)) || sheetUnit;
  const ctx: RowContext = { level1: null, level2: null };
  let current: ProjectBlock | null = null;

  for (const r of table.rows) {
    const pc = cols.project;
    const anchor = merges.anchor(r, pc);
    const name = textAt(sheet, anchor.row, anchor.col);
    const seqAnchor = cols.seq !== undefined ? merges.anchor(r, cols.seq) : null;
    const seq = seqAnchor ? textAt(sheet, seqAnchor.row, seqAnchor.col) : "";
    const startsHere = (anchor.row === r && name !== "") || (!!seqAnchor && seqAnchor.row === r && seq !== "");
    const merged = !!merges.areaAt(r, pc);
    const isNew = !current || (startsHere && (merged || (name !== "" && name !== current.name) || (seq !== "" && seq !== current.seq)));
    if (isNew) {
      if (isFooterText(name || seq)) break;
      const t = (c: number | undefined) => (c === undefined ? "" : mergedText(sheet, merges, r, c));
      const money = (role: "budget" | "fiscal" | "other") => {
        const c = cols[role];
        if (c === undefined) return null;
        const cell = merges.anchor(r, c);
        const unit = (table.info.headers[role] && moneyUnitIn(table.info.headers[role])) || budgetUnit;
        return moneyFrom(valueAt(sheet, cell.row, cell.col), unit, cell);
      };
      current = {
        sheet: sheet.name,
        index: blocks.length,
        name: name || (seq ? `${seq}` : sheet.name),
        code: t(cols.code).replace(/\s+/g, "") || null,
        nameCell: { row: anchor.row, col: pc },
        codeCell: cols.code !== undefined ? merges.anchor(r, cols.code) : null,
        seq: seq || null,
        org: t(cols.org) || null,
        firstRow: Math.min(anchor.row, seqAnchor?.row ?? anchor.row),
        lastRow: r,
        layout: "summary",
        headerRows: [first.row],
        columns: cols,
        table: table.info,
        moneyUnit: budgetUnit,
        budget: money("budget"),
        fiscal: money("fiscal"),
        other: money("other"),
        purpose: t(cols.purpose) || null,
        goal: t(cols.goal) || null,
        goalCell: cols.goal !== undefined ? merges.anchor(r, cols.goal) : null,
        plan: null,
        indicators: [],
      };
      ctx.level1 = null;
      ctx.level2 = null;
      blocks.push(current);
    }
    const block = current as ProjectBlock;
    const ind = readIndicatorRow(sheet, merges, r, cols, ctx);
    if (ind) {
      block.indicators.push(ind);
      block.lastRow = r;
    }
  }
  // a department's subtotal row (its code, name and total) starts no project of its own
  const kept = blocks.filter((b) => b.indicators.length > 0 || !(SUBTOTAL.test(b.name.replace(/\s+/g, "")) || b.name === b.seq));
  kept.forEach((b, i) => (b.index = i));
  return kept;
}

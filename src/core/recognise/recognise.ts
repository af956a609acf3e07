import { MergeIndex, type SheetGrid, type WorkbookGrid, isRowEmpty, mergedText, textAt, valueAt } from "../grid";
import type { ColumnMap, IndicatorRow, Money, ProjectBlock, SheetModel, WorkbookModel } from "../model";
import { moneyUnitIn } from "../value/normalize";
import type { MoneyUnit } from "../value/units";
import { type FormMeta, parseAmount, readFormMeta } from "./form-meta";
import { type HeaderRow, findHeaderRows, headerBottom, resolveNatureColumn } from "./header-rows";
import { formLabel, isFooterText, isTitleText } from "./headers";
import { type RowContext, isBannerRow, readIndicatorRow } from "./indicator-rows";

export function recogniseWorkbook(grid: WorkbookGrid): WorkbookModel {
  return { sheets: grid.sheets.map(recogniseSheet) };
}

export function recogniseSheet(sheet: SheetGrid): SheetModel {
  const base: SheetModel = { name: sheet.name, status: "ok", message: null, layout: null, moneyUnit: null, projects: [] };
  if (sheet.rowCount === 0 || sheet.rows.every((r) => r.every((v) => v === null || v === ""))) {
    return { ...base, status: "empty", message: "工作表为空" };
  }
  const merges = new MergeIndex(sheet);
  const headers = findHeaderRows(sheet, merges);
  if (headers.length === 0) {
    return {
      ...base,
      status: "no-table",
      message: "未找到绩效指标表：没有同时含“指标值/目标值”和“三级指标/指标名称”的表头行",
    };
  }
  const sheetUnit = sheetMoneyUnit(sheet, headers[0]);
  const summary = headers[0].columns.project !== undefined;
  const projects = summary ? readSummary(sheet, merges, headers, sheetUnit) : readForms(sheet, merges, headers, sheetUnit);
  return { ...base, layout: summary ? "summary" : "form", moneyUnit: sheetUnit, projects };
}

/** `单位：万元` anywhere above the first table, or in the budget column's header. */
function sheetMoneyUnit(sheet: SheetGrid, first: HeaderRow): MoneyUnit | null {
  if (first.labels.budget) {
    const u = moneyUnitIn(first.labels.budget);
    if (u) return u;
  }
  for (let r = 1; r < first.top; r++) {
    for (let c = 1; c <= sheet.columnCount; c++) {
      const u = moneyUnitIn(textAt(sheet, r, c));
      if (u) return u;
    }
  }
  return null;
}

interface TableRows {
  indicators: IndicatorRow[];
  lastRow: number;
}

/**
 * Indicator rows under a header, up to `end`. In a form, rows that start the next project
 * (a title, a 项目名称 label, a `单位：` line) or a footer (填报人 …) end the table.
 */
function readTableRows(
  sheet: SheetGrid,
  merges: MergeIndex,
  start: number,
  end: number,
  cols: ColumnMap,
  stopAtPreamble: boolean,
): TableRows {
  const ctx: RowContext = { level1: null, level2: null };
  const indicators: IndicatorRow[] = [];
  let lastRow = start - 1;
  for (let r = start; r <= end; r++) {
    if (isRowEmpty(sheet, r)) continue;
    if (stopAtPreamble && endsTable(sheet, merges, r, cols)) break;
    if (isBannerRow(sheet, merges, r, cols)) continue;
    const ind = readIndicatorRow(sheet, merges, r, cols, ctx);
    if (ind) {
      indicators.push(ind);
      lastRow = r;
    }
  }
  return { indicators, lastRow };
}

function endsTable(sheet: SheetGrid, merges: MergeIndex, row: number, cols: ColumnMap): boolean {
  for (let c = 1; c <= sheet.columnCount; c++) {
    const a = merges.anchor(row, c);
    if (a.row !== row || a.col !== c) continue;
    const text = textAt(sheet, row, c);
    if (!text) continue;
    if (isTitleText(text) || isFooterText(text) || moneyUnitIn(text)) return true;
    const label = formLabel(text);
    if (label && label !== "goal" && label !== "org") return true;
    if (label === "org" && c === (cols.level1 ?? cols.name)) return true;
  }
  return false;
}

function money(raw: string | number | boolean | null, unit: MoneyUnit | null, cell: { row: number; col: number }): Money | null {
  const amount = parseAmount(raw);
  if (amount === null) return null;
  return { amount, unit: unit ?? guessMoneyUnit(amount), cell };
}

/** A table that never states its unit: budgets of budget units are in 万元 unless they are large. */
function guessMoneyUnit(amount: number): MoneyUnit {
  return amount >= 100000 ? "元" : "万元";
}

function readForms(sheet: SheetGrid, merges: MergeIndex, headers: HeaderRow[], sheetUnit: MoneyUnit | null): ProjectBlock[] {
  const blocks: ProjectBlock[] = [];
  let prevEnd = 0;
  headers.forEach((h, i) => {
    const nextTop = i + 1 < headers.length ? headers[i + 1].top - 1 : sheet.rowCount;
    const meta = readFormMeta(sheet, merges, prevEnd + 1, h.top - 1);
    const bodyStart = headerBottom(h, merges) + 1;
    const cols = resolveNatureColumn(sheet, h, bodyStart, nextTop);
    const rows = readTableRows(sheet, merges, bodyStart, nextTop, cols, true);
    const current = blocks[blocks.length - 1];
    const startsProject = !current || meta.identityRow !== null || meta.titleRow !== null;
    if (startsProject) {
      blocks.push(formBlock(sheet, meta, h, cols, rows, blocks.length, sheetUnit, prevEnd + 1));
    } else {
      // the header repeated after a page break: same project
      current.headerRows.push(h.row);
      current.indicators.push(...rows.indicators);
      current.lastRow = Math.max(current.lastRow, rows.lastRow);
    }
    prevEnd = Math.max(rows.lastRow, headerBottom(h, merges));
  });
  return blocks;
}

function formBlock(
  sheet: SheetGrid,
  meta: FormMeta,
  h: HeaderRow,
  cols: ColumnMap,
  rows: TableRows,
  index: number,
  sheetUnit: MoneyUnit | null,
  regionStart: number,
): ProjectBlock {
  const f = meta.fields;
  const unit = meta.moneyUnit ?? sheetUnit;
  const titleName = meta.titleRow ? titleProjectName(sheet, meta.titleRow) : null;
  const firstRow = meta.titleRow ?? meta.firstFilledRow ?? regionStart;
  return {
    sheet: sheet.name,
    index,
    name: f.project?.text || titleName || sheet.name,
    code: f.code?.text.replace(/\s+/g, "") || null,
    nameCell: f.project?.cell ?? null,
    codeCell: f.code?.cell ?? null,
    seq: null,
    org: f.org?.text ?? null,
    firstRow: Math.min(firstRow, h.top),
    lastRow: Math.max(rows.lastRow, h.row),
    layout: "form",
    headerRows: [h.row],
    columns: cols,
    moneyUnit: unit,
    budget: f.budget ? money(f.budget.raw, unit, f.budget.cell) : null,
    fiscal: f.fiscal ? money(f.fiscal.raw, unit, f.fiscal.cell) : null,
    purpose: f.purpose?.text ?? null,
    goal: f.goal?.text ?? null,
    plan: meta.plan,
    indicators: rows.indicators,
  };
}

/** `1.法律培训费绩效目标表` → 法律培训费 */
function titleProjectName(sheet: SheetGrid, row: number): string | null {
  for (let c = 1; c <= sheet.columnCount; c++) {
    const t = textAt(sheet, row, c);
    if (t && isTitleText(t)) {
      const name = t
        .replace(/\s+/g, "")
        .replace(/^[\d一二三四五六七八九十]+[.、．]/, "")
        .replace(/(项目)?(支出)?(绩效目标|绩效指标)(申报|汇总|自评)?表$/, "");
      return name || null;
    }
  }
  return null;
}

function readSummary(sheet: SheetGrid, merges: MergeIndex, headers: HeaderRow[], sheetUnit: MoneyUnit | null): ProjectBlock[] {
  const blocks: ProjectBlock[] = [];
  const headerRowSet = new Set<number>();
  for (const h of headers) for (let r = h.top; r <= headerBottom(h, merges); r++) headerRowSet.add(r);
  const first = headers[0];
  const bodyStart = headerBottom(first, merges) + 1;
  const cols = resolveNatureColumn(sheet, first, bodyStart, sheet.rowCount);
  const budgetUnit = (first.labels.budget && moneyUnitIn(first.labels.budget)) || sheetUnit;
  const ctx: RowContext = { level1: null, level2: null };
  let current: ProjectBlock | null = null;

  for (let r = bodyStart; r <= sheet.rowCount; r++) {
    if (headerRowSet.has(r) || isRowEmpty(sheet, r)) continue;
    if (isBannerRow(sheet, merges, r, cols)) continue;
    const pc = cols.project as number;
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
      const budgetCell = cols.budget !== undefined ? merges.anchor(r, cols.budget) : null;
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
        moneyUnit: budgetUnit,
        budget: budgetCell ? money(valueAt(sheet, budgetCell.row, budgetCell.col), budgetUnit, budgetCell) : null,
        fiscal: null,
        purpose: t(cols.purpose) || null,
        goal: t(cols.goal) || null,
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
  return blocks;
}

/** Per-project forms: 项目名称 / 预算数 … above each indicator table, one or many forms per sheet. */
import { type MergeIndex, type SheetGrid, rowLength, textAt } from "../grid";
import type { ColumnMap, Money, ProjectBlock } from "../model";
import type { MoneyUnit } from "../value/units";
import { type FormMeta, moneyFrom, readFormMeta } from "./form-meta";
import type { HeaderRow } from "./header-rows";
import { isTitleText } from "./headers";
import { type TableRows, headerBottom, readTableRows } from "./table-body";
import { type ReadTable, readTable } from "./table-info";

export function readForms(
  sheet: SheetGrid,
  merges: MergeIndex,
  headers: HeaderRow[],
  sheetUnit: MoneyUnit | null,
  override: ColumnMap | undefined,
): ProjectBlock[] {
  const blocks: ProjectBlock[] = [];
  let prevEnd = 0;
  headers.forEach((h, i) => {
    const nextTop = i + 1 < headers.length ? headers[i + 1].top - 1 : sheet.rowCount;
    const meta = readFormMeta(sheet, merges, prevEnd + 1, h.top - 1);
    const table = readTable(sheet, merges, h, nextTop, true, override);
    const rows = readTableRows(sheet, merges, table.rows, table.info.columns, headerBottom(h, merges));
    const current = blocks[blocks.length - 1];
    const startsProject = !current || meta.identityRow !== null || meta.titleRow !== null;
    if (startsProject) {
      blocks.push(formBlock(sheet, meta, h, table, rows, blocks.length, sheetUnit, prevEnd + 1));
    } else {
      // the header repeated after a page break: same project
      current.headerRows.push(h.row);
      current.indicators.push(...rows.indicators);
      if (rows.lastRow > current.lastRow) current.lastRow = rows.lastRow;
    }
    prevEnd = Math.max(rows.lastRow, headerBottom(h, merges));
  });
  return blocks;
}

function money(meta: FormMeta, key: "budget" | "fiscal" | "other", unit: MoneyUnit | null): Money | null {
  const f = meta.fields[key];
  return f ? moneyFrom(f.raw, unit, f.cell) : null;
}

function formBlock(
  sheet: SheetGrid,
  meta: FormMeta,
  h: HeaderRow,
  table: ReadTable,
  rows: TableRows,
  index: number,
  sheetUnit: MoneyUnit | null,
  regionStart: number,
): ProjectBlock {
  const f = meta.fields;
  const unit = meta.moneyUnit ?? sheetUnit;
  const titleName = meta.titleRow ? titleProjectName(sheet, meta.titleRow) : null;
  const firstRow = meta.titleRow ?? meta.firstFilledRow ?? regionStart;
  const info = table.info;
  if (firstRow < info.firstRow) info.firstRow = firstRow;
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
    columns: info.columns,
    table: info,
    moneyUnit: unit,
    budget: money(meta, "budget", unit),
    fiscal: money(meta, "fiscal", unit),
    other: money(meta, "other", unit),
    purpose: f.purpose?.text ?? null,
    goal: f.goal?.text ?? null,
    goalCell: f.goal?.cell ?? null,
    plan: meta.plan,
    indicators: rows.indicators,
  };
}

/** `1.法律培训费绩效目标表`, `XX区司法局2024年法律援助经费项目绩效目标表` → the project's name */
function titleProjectName(sheet: SheetGrid, row: number): string | null {
  for (let c = 1, end = rowLength(sheet, row); c <= end; c++) {
    const t = textAt(sheet, row, c);
    if (t && isTitleText(t)) {
      let name = t
        .replace(/\s+/g, "")
        .replace(/^[\d一二三四五六七八九十]+[.、．]/, "")
        .replace(/(项目)?(支出)?(绩效目标|绩效指标)(申报|汇总|自评)?表$/, "");
      // `XX区司法局2024年法律援助经费`: the unit and the year come before the project's own name
      const year = /[(（]?\d{4}年度?[)）]?/.exec(name);
      if (year) name = name.slice(year.index + year[0].length) || name.slice(0, year.index);
      return name || null;
    }
  }
  return null;
}

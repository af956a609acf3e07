/** Reading one table's columns: candidate rows, roles by header and content, and its TableInfo record. */
import type { MergeIndex, SheetGrid } from "../grid";
import type { ColumnMap, TableInfo } from "../model";
import type { ColumnRole } from "./headers";
import { resolveColumns } from "./column-roles";
import { type HeaderRow, resolveNatureColumn } from "./header-rows";
import { bodyRows, headerBottom } from "./table-body";

export interface ReadTable {
  info: TableInfo;
  /** Body rows of the table (non-empty, not banners), with the resolved columns. */
  rows: number[];
}

/** Resolves a table's columns over its body rows (`end`: last row it may reach). */
export function readTable(
  sheet: SheetGrid,
  merges: MergeIndex,
  h: HeaderRow,
  end: number,
  form: boolean,
  override: ColumnMap | undefined,
  skipRows?: ReadonlySet<number>,
): ReadTable {
  const start = headerBottom(h, merges) + 1;
  const tentative = bodyRows(sheet, merges, start, end, h.columns, form, skipRows);
  const resolved = resolveColumns(sheet, merges, h, tentative, override);
  const columns = resolveNatureColumn(sheet, resolved.columns, tentative);
  // the rows depend on the columns only where the reading changed them
  const rows = sameColumns(columns, h.columns) ? tentative : bodyRows(sheet, merges, start, end, columns, form, skipRows);
  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role in columns) {
    const col = columns[role as ColumnRole];
    const cell = h.cells.find((c) => c.col === col);
    if (cell) headers[role as ColumnRole] = cell.text;
  }
  const info: TableInfo = {
    sheet: sheet.name,
    headerRow: h.row,
    firstRow: h.top,
    lastRow: h.row,
    columns,
    headers,
    skipped: resolved.skipped,
    source: resolved.source,
    plausibility: { indicators: 0, valuesFilled: 0, valuesRead: 0, distinctNames: 0, levelsKnown: null, problems: [] },
  };
  return { info, rows };
}

/** Whether two column maps give every role the same column. */
function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  for (const k in a) if (a[k as ColumnRole] !== b[k as ColumnRole]) return false;
  for (const k in b) if (a[k as ColumnRole] !== b[k as ColumnRole]) return false;
  return true;
}

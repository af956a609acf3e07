import { type MergeIndex, type SheetGrid, textAt } from "../grid";
import type { ColumnMap } from "../model";
import { parseOperatorWord, isQualitativeMarker } from "../value/parse";
import { type ColumnRole, groupKind, headerRoles, ownGroupKind } from "./headers";
import { NO_CANDIDATES, rowWords } from "./row-words";

export interface HeaderCell {
  col: number;
  text: string;
  /** Roles the header words allow, most likely first (ambiguous words give several). */
  roles: readonly ColumnRole[];
  /** The column group above it (长期目标 | 年度目标 …): the annual group is the one to read. */
  group: "annual" | "other" | null;
}

export interface HeaderRow {
  /** The header row holding the indicator columns (指标值 …). */
  row: number;
  /** Top row of the header band (a two-row header starts above `row`). */
  top: number;
  /** First guess from header words alone; `resolveColumns` settles it by content. */
  columns: ColumnMap;
  /** Text of each mapped header cell, for units stated in headers (`本年预算金额（万元）`). */
  labels: Partial<Record<ColumnRole, string>>;
  /** Every header cell with a role, including ambiguous and other-group ones. */
  cells: HeaderCell[];
}

function nonEmptyAnchors(sheet: SheetGrid, merges: MergeIndex, row: number): number {
  let n = 0;
  for (let c = 1, end = merges.lastColumn(row); c <= end; c++) {
    if (merges.isAnchor(row, c) && textAt(sheet, row, c)) n++;
  }
  return n;
}

function isIndicatorHeader(roles: Iterable<readonly ColumnRole[]>): boolean {
  const set = new Set<ColumnRole>();
  for (const rs of roles) for (const r of rs) set.add(r);
  return set.has("value") && (set.has("name") || set.has("level2"));
}

/**
 * Group labels in the row above a header row (长期目标 | 年度目标, 上年实际 | 本年预期): cells that name a
 * period and span part of the header — two or more of them, or one merged over some but not all columns
 * (a title over the whole table is no group).
 */
function groupsAbove(sheet: SheetGrid, merges: MergeIndex, row: number, headerCols: number[]): Map<number, "annual" | "other"> {
  const out = new Map<number, "annual" | "other">();
  if (row < 2 || headerCols.length === 0) return out;
  const above = row - 1;
  const spans: Array<{ left: number; right: number; kind: "annual" | "other" }> = [];
  for (let c = 1, end = merges.lastColumn(above); c <= end; c++) {
    const m = merges.areaAt(above, c);
    if (m && (m.left !== c || m.top !== above)) continue;
    if (m && m.bottom >= row) continue; // a header merged down over this row is not a group
    const kind = groupKind(textAt(sheet, above, c));
    if (kind) spans.push({ left: c, right: m?.right ?? c, kind });
  }
  const covers = (s: { left: number; right: number }) => headerCols.filter((c) => c >= s.left && c <= s.right).length;
  const ok = spans.length >= 2 || (spans.length === 1 && covers(spans[0]) >= 2 && covers(spans[0]) < headerCols.length);
  if (!ok) return out;
  for (const s of spans) for (let c = s.left; c <= s.right; c++) out.set(c, s.kind);
  return out;
}

/** Every row that heads an indicator table, with its columns mapped by header words. */
export function findHeaderRows(sheet: SheetGrid, merges: MergeIndex): HeaderRow[] {
  const out: HeaderRow[] = [];
  const words = rowWords(sheet, merges);
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (words.candidateCount(r) < 2 || !words.mayHead(r)) continue; // no indicator header, known without its cells
    const own = words.candidatesOf(r);
    if (!isIndicatorHeader([...own.values()].map((x) => x.roles))) continue;

    const columns: ColumnMap = {};
    const labels: Partial<Record<ColumnRole, string>> = {};
    const cells: HeaderCell[] = [];
    const assigned = new Set<number>(); // the columns in `columns`
    const assign = (c: number, role: ColumnRole, text: string) => {
      if (columns[role] !== undefined || assigned.has(c)) return;
      columns[role] = c;
      assigned.add(c);
      labels[role] = text;
    };
    const groups = groupsAbove(sheet, merges, r, [...own.keys()]);
    const addCell = (c: number, roles: readonly ColumnRole[], text: string) => {
      if (cells.some((x) => x.col === c)) return;
      cells.push({ col: c, text, roles, group: groups.get(c) ?? ownGroupKind(text) });
    };
    for (const [c, { roles, text }] of own) addCell(c, roles, text);

    // Two-row headers: 序号/项目名称 merged down from the row above, or a band row of labels above.
    let top = r;
    for (let up = 1; up <= 2 && r - up >= 1; up++) {
      const above = r - up;
      let used = false;
      for (let c = 1, end = merges.lastColumn(r); c <= end; c++) {
        const m = merges.areaAt(r, c);
        if (m && m.top <= above && m.left === c) {
          const text = textAt(sheet, m.top, m.left);
          const roles = headerRoles(text);
          if (roles.length > 0) {
            addCell(c, roles, text);
            used = true;
          }
        }
      }
      const band = words.candidatesOf(above);
      if (band.size >= 2 && band.size === nonEmptyAnchors(sheet, merges, above)) {
        for (const [c, { roles, text }] of band) if (!own.has(c)) addCell(c, roles, text);
        used = true;
      }
      if (!used && up === 1 && groups.size > 0) used = true;
      if (!used) break;
      top = above;
    }
    // a header split over two rows: `绩效指标` over 一级 | 二级 | 三级 in the row below, 指标值 merged down
    let row = r;
    const below = r + 1 <= sheet.rowCount ? words.candidatesOf(r + 1) : NO_CANDIDATES;
    if (below.size >= 2 && below.size === nonEmptyAnchors(sheet, merges, r + 1)) {
      for (const [c] of below) {
        const i = cells.findIndex((x) => x.col === c || ((merges.areaAt(r, x.col)?.right ?? x.col) >= c && x.col < c));
        if (i >= 0 && !merges.areaAt(r + 1, cells[i].col)) cells.splice(i, 1);
      }
      for (const [c, { roles, text }] of below) cells.push({ col: c, text, roles, group: null });
      row = r + 1;
      r++;
    }
    cells.sort((a, b) => a.col - b.col);
    // first guess: annual-group and ungrouped cells first, header words' first role
    const ordered = [...cells.filter((x) => x.group !== "other"), ...cells.filter((x) => x.group === "other")];
    for (const x of ordered) assign(x.col, x.roles[0], x.text);
    out.push({ row, top, columns, labels, cells });
  }
  return dedupeBands(out);
}

/** A header band of two rows that both look like headers is one header: keep the lower row. */
function dedupeBands(rows: HeaderRow[]): HeaderRow[] {
  const out: HeaderRow[] = [];
  for (const h of rows) {
    const prev = out[out.length - 1];
    if (prev && h.top <= prev.row) {
      out[out.length - 1] = { ...h, top: prev.top };
      continue;
    }
    out.push(h);
  }
  return out;
}

/**
 * 指标性质 / 指标方向 columns hold operators (大于等于, ≥, 定性) in some tables and 正向/反向 in others:
 * decide by what the first rows hold. Called once the data rows are known.
 */
export function resolveNatureColumn(sheet: SheetGrid, columns: ColumnMap, rows: readonly number[]): ColumnMap {
  const cols = { ...columns };
  const candidates = (["nature", "direction"] as const).filter((r) => cols[r] !== undefined);
  if (cols.operator !== undefined || candidates.length === 0) return cols;
  let best: { role: "nature" | "direction"; score: number } | null = null;
  for (const role of candidates) {
    let ops = 0;
    let seen = 0;
    for (const r of rows.slice(0, 60)) {
      const t = textAt(sheet, r, cols[role] as number);
      if (!t) continue;
      seen++;
      if (parseOperatorWord(t) || isQualitativeMarker(t)) ops++;
    }
    if (seen > 0 && ops / seen >= 0.5 && (!best || ops > best.score)) best = { role, score: ops };
  }
  if (best) {
    cols.operator = cols[best.role];
    delete cols[best.role];
  }
  return cols;
}

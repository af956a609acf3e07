import { type MergeIndex, type SheetGrid, textAt } from "../grid";
import type { ColumnMap } from "../model";
import { parseOperatorWord, isQualitativeMarker } from "../value/parse";
import { type ColumnRole, headerRole } from "./headers";

export interface HeaderRow {
  /** The header row holding the indicator columns (指标值 …). */
  row: number;
  /** Top row of the header band (a two-row header starts above `row`). */
  top: number;
  columns: ColumnMap;
  /** Text of each mapped header cell, for units stated in headers (`本年预算金额（万元）`). */
  labels: Partial<Record<ColumnRole, string>>;
}

function rolesOfRow(sheet: SheetGrid, merges: MergeIndex, row: number): Map<number, { role: ColumnRole; text: string }> {
  const found = new Map<number, { role: ColumnRole; text: string }>();
  for (let c = 1; c <= sheet.columnCount; c++) {
    const a = merges.anchor(row, c);
    if (a.col !== c) continue; // a horizontal merge counts once, at its anchor column
    const text = textAt(sheet, a.row, a.col);
    if (!text) continue;
    const role = headerRole(text);
    if (role) found.set(c, { role, text });
  }
  return found;
}

function nonEmptyAnchors(sheet: SheetGrid, merges: MergeIndex, row: number): number {
  let n = 0;
  for (let c = 1; c <= sheet.columnCount; c++) {
    const a = merges.anchor(row, c);
    if (a.col === c && a.row === row && textAt(sheet, row, c)) n++;
  }
  return n;
}

function isIndicatorHeader(roles: Iterable<ColumnRole>): boolean {
  const set = new Set(roles);
  return set.has("value") && (set.has("name") || (set.has("level1") && set.has("level2")) || set.has("level2"));
}

/** Every row that heads an indicator table, with its columns mapped by header words. */
export function findHeaderRows(sheet: SheetGrid, merges: MergeIndex): HeaderRow[] {
  const out: HeaderRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const own = rolesOfRow(sheet, merges, r);
    if (own.size < 2 || !isIndicatorHeader([...own.values()].map((x) => x.role))) continue;

    const columns: ColumnMap = {};
    const labels: Partial<Record<ColumnRole, string>> = {};
    const assign = (c: number, role: ColumnRole, text: string) => {
      if (columns[role] !== undefined || Object.values(columns).includes(c)) return;
      columns[role] = c;
      labels[role] = text;
    };
    for (const [c, { role, text }] of own) assign(c, role, text);

    // Two-row headers: 序号/项目名称 merged down from the row above, or a band row of labels above.
    let top = r;
    for (let up = 1; up <= 2 && r - up >= 1; up++) {
      const above = r - up;
      let used = false;
      for (let c = 1; c <= sheet.columnCount; c++) {
        const m = merges.areaAt(r, c);
        if (m && m.top <= above && m.left === c) {
          const text = textAt(sheet, m.top, m.left);
          const role = headerRole(text);
          if (role) {
            assign(c, role, text);
            used = true;
          }
        }
      }
      const band = rolesOfRow(sheet, merges, above);
      if (band.size >= 2 && band.size === nonEmptyAnchors(sheet, merges, above)) {
        for (const [c, { role, text }] of band) assign(c, role, text);
        used = true;
      }
      if (!used) break;
      top = above;
    }
    // A vertically merged header (header row spans r..r+1): indicator rows start below the merge.
    out.push({ row: r, top, columns, labels });
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

/** Last row of a header (its cells may be merged over two rows). */
export function headerBottom(h: HeaderRow, merges: MergeIndex): number {
  let bottom = h.row;
  for (const c of Object.values(h.columns)) {
    const m = merges.areaAt(h.row, c);
    if (m && m.top === h.row && m.bottom > bottom && m.bottom - m.top <= 2) bottom = m.bottom;
  }
  return bottom;
}

/**
 * 指标性质 / 指标方向 columns hold operators (大于等于, ≥, 定性) in some tables and 正向/反向 in others:
 * decide by what the first rows hold. Called once the data rows are known.
 */
export function resolveNatureColumn(sheet: SheetGrid, h: HeaderRow, firstRow: number, lastRow: number): ColumnMap {
  const cols = { ...h.columns };
  const candidates = (["nature", "direction"] as const).filter((r) => cols[r] !== undefined);
  if (cols.operator !== undefined || candidates.length === 0) return cols;
  let best: { role: "nature" | "direction"; score: number } | null = null;
  for (const role of candidates) {
    let ops = 0;
    let seen = 0;
    for (let r = firstRow; r <= Math.min(lastRow, firstRow + 60); r++) {
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

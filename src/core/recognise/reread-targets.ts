/**
 * Reading a sheet again after `kpi-lint fix` wrote targets only (指标值; 运算符 / 目标值 / 单位 of a split table;
 * the amounts of a form's 资金支出计划): the indicators and plan points whose cells changed read them again and
 * their tables are measured again, instead of the whole sheet being read from scratch (as costly as the first time).
 *
 * The rest of the reading is kept. It does not depend on these cells: headers, form fields and table ends are read
 * from other cells, and a target rewritten in its canonical form reads only more like a target, so no column
 * changes its role (tests compare with a full reading on every fixture and on random layouts). An edited cell that
 * is neither, a target cell merged over several rows of a split table, a cell emptied, or a change in the years the
 * sheet's titles count, and the caller reads the sheet in full.
 */
import { type CellValue, MergeIndex, type SheetGrid } from "../grid";
import type { IndicatorRow, ProjectBlock, SheetModel, TableInfo } from "../model";
import { titleYearOf } from "./budget-year";
import { planValueAt } from "./form-meta";
import { readTarget } from "./indicator-rows";
import { projectsByTable, tablePlausibility } from "./plausibility";

export interface CellChange {
  row: number;
  col: number;
  before: CellValue;
}

/** Room for every column of a sheet (XFD = 16,384): a cell as one number. */
const key = (row: number, col: number) => row * 16_384 + col;

/** What reads a cell: an indicator's target, or a point of its project's spending plan. */
interface Reader {
  project: number;
  indicator?: number;
  point?: number;
}

function addTo<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function readersOfCells(model: SheetModel): Map<number, Reader[]> {
  const out = new Map<number, Reader[]>();
  const add = (cell: { row: number; col: number } | undefined, r: Reader) => cell && addTo(out, key(cell.row, cell.col), r);
  model.projects.forEach((p, project) => {
    p.indicators.forEach((ind, indicator) => {
      add(ind.cells.value, { project, indicator });
      if (ind.split) add(ind.cells.operator, { project, indicator });
      if (ind.split) add(ind.cells.unit, { project, indicator });
    });
    p.plan?.points.forEach((pt, point) => add(pt.cell, { project, point }));
  });
  return out;
}

/** The sheet's reading with the changed targets read again, or null when it must be read in full. */
export function rereadTargets(before: SheetModel, sheet: SheetGrid, changes: readonly CellChange[]): SheetModel | null {
  if (before.status !== "ok" || changes.length === 0) return null;
  const readers = readersOfCells(before);
  const merges = new MergeIndex(sheet);
  const touched = new Map<number, Reader[]>();
  const split = (r: Reader) => r.indicator !== undefined && before.projects[r.project].indicators[r.indicator].split;
  for (const c of changes) {
    const list = readers.get(key(c.row, c.col));
    const now = sheet.rows[c.row - 1]?.[c.col - 1] ?? null;
    if (!list || now === null || now === "" || titleYearOf(c.before) !== titleYearOf(now)) return null;
    const area = merges.areaAt(c.row, c.col);
    // a split table spreads a merged 运算符 / 单位 cell over rows that do not list it as their own
    if (area && area.bottom > area.top && list.some(split)) return null;
    for (const r of list) addTo(touched, r.project, r);
  }
  const projects = before.projects.map((p, i) => {
    const list = touched.get(i);
    return list ? rereadProject(sheet, merges, p, list) : p;
  });
  const tables = new Set([...touched.keys()].map((i) => before.projects[i].table));
  return { ...before, ...remeasured(projects, before.tables, tables) };
}

function rereadProject(sheet: SheetGrid, merges: MergeIndex, p: ProjectBlock, readers: Reader[]): ProjectBlock {
  const indicators = new Set(readers.map((r) => r.indicator).filter((i) => i !== undefined));
  const points = new Set(readers.map((r) => r.point).filter((i) => i !== undefined));
  const reread = (ind: IndicatorRow): IndicatorRow => ({ ...ind, ...readTarget(sheet, merges, ind.row, p.table.columns, ind.level2) });
  return {
    ...p,
    indicators: indicators.size ? p.indicators.map((ind, k) => (indicators.has(k) ? reread(ind) : ind)) : p.indicators,
    plan:
      p.plan && points.size
        ? {
            ...p.plan,
            points: p.plan.points.map((pt, k) => (points.has(k) ? { label: pt.label, ...planValueAt(sheet, pt.cell), cell: pt.cell } : pt)),
          }
        : p.plan,
  };
}

/** Tables whose indicators changed get their plausibility measured again; their projects keep sharing them. */
function remeasured(projects: ProjectBlock[], tables: readonly TableInfo[], changed: ReadonlySet<TableInfo>) {
  const next = new Map<TableInfo, TableInfo>();
  for (const [t, blocks] of projectsByTable(projects))
    if (changed.has(t)) next.set(t, { ...t, plausibility: tablePlausibility(t, blocks) });
  return {
    projects: projects.map((p) => {
      const t = next.get(p.table);
      return t ? { ...p, table: t } : p;
    }),
    tables: tables.map((t) => next.get(t) ?? t),
  };
}

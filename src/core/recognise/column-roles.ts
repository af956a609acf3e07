/**
 * Column roles from header words **and** content. Header words propose (several roles for ambiguous words
 * such as 绩效指标, 年度目标, 单位); what the column holds decides: a value column reads as targets, a name
 * column holds short texts that differ row to row, a goal column long prose over the project's rows, a label
 * column one word merged down the block. Of column groups (长期 | 年度, 上年实际 | 本年预期) the annual one is read.
 */
import type { MergeIndex, SheetGrid } from "../grid";
import { textAt } from "../grid";
import type { ColumnMap } from "../model";
import { labelKey } from "../value/normalize";
import { type ColumnProfile, looksLikeLabel, profileColumn, share } from "./column-profile";
import type { HeaderCell, HeaderRow } from "./header-rows";
import type { ColumnRole } from "./headers";

export type SkipReason = "label" | "other-group" | "prose" | "duplicate";

export interface SkippedColumn {
  col: number;
  header: string;
  reason: SkipReason;
}

export interface ResolvedColumns {
  columns: ColumnMap;
  skipped: SkippedColumn[];
  source: "auto" | "override";
}

/** Roles decided by scoring candidates' content; every other role goes to its first header column. */
const SCORED: readonly ColumnRole[] = ["level1", "level2", "name", "value", "goal", "unit", "org"];

/** How strongly a header's own words ask for a role (三级指标 is surer than 指标). */
function headerBonus(cell: HeaderCell, role: ColumnRole): number {
  if (cell.roles[0] !== role) return 0;
  const k = labelKey(cell.text);
  if (role === "name") return /^三级指标|^指标名称|^三级$/.test(k) ? 0.4 : 0.1;
  if (role === "value") return /指标值|目标值/.test(k) ? 0.4 : 0.1;
  return 0.2;
}

function score(role: ColumnRole, p: ColumnProfile, cell: HeaderCell): number {
  const s = (n: number) => share(p, n);
  const bonus = headerBonus(cell, role);
  // an empty column is a weak candidate, yet better than none; an empty 单位 column stays the unit column
  if (p.anchors === 0) return role === "unit" ? 0.6 : bonus - 1;
  const distinct = p.distinct / p.anchors;
  switch (role) {
    case "level1":
      return s(p.level1) * 2 + bonus;
    case "level2":
      return s(p.level2) * 2 + bonus;
    case "name":
      return distinct * 2 - s(p.level1 + p.level2) * 2 - s(p.targets) - s(p.prose) * 2 + bonus;
    case "value":
      return s(p.targets) * 2 - s(p.prose) * 2 - s(p.level1 + p.level2) + bonus;
    case "goal":
      return s(p.prose) * 2 + (p.avgLen > 15 ? 0.5 : 0) - s(p.targets) + bonus;
    case "unit":
      return s(p.units) * 2 - s(p.prose) + bonus;
    case "org":
      return (p.avgLen > 3 ? 0.5 : 0) - s(p.units) * 2 + bonus;
    default:
      return bonus;
  }
}

/** Minimal score for a role won on content (a name column full of level words is not a name column). */
const MIN_SCORE: Partial<Record<ColumnRole, number>> = { goal: 0.5, org: 0.1, unit: 0.5 };

export function resolveColumns(
  sheet: SheetGrid,
  merges: MergeIndex,
  header: HeaderRow,
  rows: readonly number[],
  override?: ColumnMap,
): ResolvedColumns {
  const skipped: SkippedColumn[] = [];
  const columns: ColumnMap = {};
  const taken = new Set<number>();
  const skip = (cell: HeaderCell, reason: SkipReason) => {
    skipped.push({ col: cell.col, header: cell.text, reason });
    taken.add(cell.col);
  };

  // 1. column groups: read the annual one where the same roles appear in both
  let cells = header.cells;
  if (cells.some((c) => c.group === "other")) {
    const annualRoles = new Set<ColumnRole>();
    for (const c of cells) if (c.group !== "other") for (const r of c.roles) annualRoles.add(r);
    cells = cells.filter((c) => {
      const other = c.group === "other" && c.roles.some((r) => annualRoles.has(r));
      if (other) skip(c, "other-group");
      return !other;
    });
  }

  const profiles = new Map<number, ColumnProfile>();
  const profile = (col: number) => {
    let p = profiles.get(col);
    if (!p) profiles.set(col, (p = profileColumn(sheet, merges, col, rows)));
    return p;
  };
  const headerText = (col: number) => textAt(sheet, header.row, col) || (cells.find((c) => c.col === col)?.text ?? "");

  // a column holding two different texts is no label: known without profiling it (most name columns)
  const labelLike = (col: number) =>
    (profiles.has(col) || !holdsTwoTexts(sheet, merges, col, rows)) && looksLikeLabel(profile(col), valueText);

  // 2. label columns: one word merged down the block, under a header that could also mean 三级指标
  for (const c of cells) {
    if (!c.roles.includes("name") && !c.roles.includes("label")) continue;
    const hasOtherName = cells.some((o) => o !== c && o.roles.includes("name") && !labelLike(o.col));
    if (labelLike(c.col) && (hasOtherName || c.roles[0] === "label" || profile(c.col).anchors >= 2)) {
      if (columns.label === undefined) columns.label = c.col;
      skip(c, "label");
    }
  }

  // 3. scored roles: the best candidate by content wins; a lone candidate wins unless the role has a minimum
  for (const role of SCORED) {
    const min = MIN_SCORE[role];
    const candidates = cells.filter((c) => !taken.has(c.col) && c.roles.includes(role));
    let best: { cell: HeaderCell; score: number } | null = null;
    if (candidates.length === 1 && min === undefined) best = { cell: candidates[0], score: 0 };
    else {
      for (const c of candidates) {
        const sc = score(role, profile(c.col), c);
        if (!best || sc > best.score) best = { cell: c, score: sc };
      }
    }
    if (!best || best.score < (min ?? -Infinity)) continue;
    columns[role] = best.cell.col;
    taken.add(best.cell.col);
  }
  // 4. every other role: its first header column
  for (const c of cells) {
    if (taken.has(c.col)) continue;
    const role = c.roles.find((r) => columns[r] === undefined && !SCORED.includes(r));
    if (role) {
      columns[role] = c.col;
      taken.add(c.col);
    } else if (c.roles.includes("value") || c.roles.includes("goal")) {
      skip(c, profile(c.col).prose > 0 ? "prose" : "duplicate");
    }
  }
  if (!override || Object.keys(override).length === 0) return { columns, skipped, source: "auto" };
  return { columns: applyOverride(columns, override), skipped, source: "override" };

  function valueText(col: number): string {
    for (const r of rows) {
      const a = merges.anchor(r, col);
      const t = textAt(sheet, a.row, a.col);
      if (t) return t;
    }
    return headerText(col);
  }
}

/** Whether the column holds two different texts in `rows` (merge anchors in the column, as profileColumn reads them). */
function holdsTwoTexts(sheet: SheetGrid, merges: MergeIndex, col: number, rows: readonly number[]): boolean {
  let first: string | null = null;
  for (const r of rows) {
    const m = merges.areaAt(r, col);
    if (m && m.left !== col) continue;
    const text = textAt(sheet, m ? m.top : r, col);
    if (!text) continue;
    if (first === null) first = text;
    else if (text !== first) return true;
  }
  return false;
}

/** The user's own mapping wins: each role it names takes that column from whatever role had it. */
function applyOverride(auto: ColumnMap, override: ColumnMap): ColumnMap {
  const out: ColumnMap = { ...auto };
  const given = new Set(Object.values(override));
  for (const role of Object.keys(out) as ColumnRole[]) {
    if (given.has(out[role] as number)) delete out[role];
  }
  for (const [role, col] of Object.entries(override) as Array<[ColumnRole, number | undefined]>) {
    if (col === undefined || col <= 0) delete out[role];
    else out[role] = col;
  }
  return out;
}

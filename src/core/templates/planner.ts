/**
 * Plans the rows to add to a project block from a project type's template, in four stages:
 *
 * 1. select — template indicators the block does not already have (same name, a similar name under the same
 *    二级, or the same per-unit target family): `skipped` says which block indicator each one matched;
 * 2. place — the row each new indicator goes before: under its 一级/二级 group, new groups in framework order;
 * 3. ops — primitive operations in the block's own layout (merged or repeated level cells, one 指标值 column or
 *    split operator/value/unit columns, a value merged over columns), applied bottom-up so the rows above an
 *    insertion keep their numbers; Excel (src/excel) and ExcelJS (src/cli) both execute them;
 * 4. guard — replays the operations on the sheet's merged areas and refuses the whole plan (zh-CN and English
 *    reason, no operations) when a write would land outside the block's indicator columns, inside a merged area
 *    it does not own, or on an existing cell.
 *
 * Only the block's indicator columns (level1 … nature) are written, and only on new rows. Merged areas the new rows
 * belong to grow over them: the 一级/二级 runs they extend, and any other area running down the block (a label column
 * such as `绩效指标`, a goal column, a summary table's project columns) — never written into.
 */
import { MergeIndex, type CellValue, type MergedArea, type SheetGrid, textAt } from "../grid";
import type { ColumnMap, IndicatorRow, ProjectBlock } from "../model";
import { INDICATOR_ROLES } from "../recognise/headers";
export { INDICATOR_ROLES };
import { LEVEL1 } from "../recognise/levels";
import { formatPlain, parseOperatorWord } from "../value/parse";
import { MONEY_FACTORS } from "../value/units";
import { type Equivalence, findEquivalent } from "./equivalent";
import { MONEY_UNIT, PLACEHOLDER, type ProjectType, type TemplateIndicator } from "./schema";

export type PlanOp =
  | { op: "insertRows"; at: number; count: number }
  | { op: "copyFormats"; fromRow: number; toRow: number; count: number }
  | { op: "set"; row: number; col: number; value: CellValue }
  | { op: "unmerge"; area: MergedArea }
  | { op: "merge"; area: MergedArea };

export interface PlannedRow {
  /** Row in the sheet once the whole plan is applied. */
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  value: string;
  placeholder: boolean;
}

/** A template indicator left out because the block already has one that means the same. */
export interface SkippedIndicator {
  /** The template indicator's 三级 name. */
  name: string;
  /** Why, in zh-CN (names the block's indicator and its row). */
  reason: string;
  reasonEn: string;
  /** The block's indicator it matched; `row` in the sheet once the plan is applied. */
  existing: { name: string; row: number };
  /** `toString()` gives `name`, so older callers joining the list still print names. */
  toString(): string;
}

/** Why no rows can be inserted safely; the plan then has no operations. */
export interface InsertRefusal {
  reason: string;
  reasonEn: string;
}

export interface InsertPlan {
  sheet: string;
  project: string;
  projectRow: number;
  typeId: string;
  typeName: string;
  ops: PlanOp[];
  added: PlannedRow[];
  skipped: SkippedIndicator[];
  /** Set when the rows cannot be placed safely in this layout: `ops`, `added` and `guard` are then empty. */
  refused: InsertRefusal | null;
  /** Inserted rows in final coordinates (what 撤销 deletes). */
  insertedRows: Array<{ row: number; count: number }>;
  /** Value cells left for the user to fill in, final coordinates. */
  placeholders: Array<{ row: number; col: number }>;
  /** Cells that must still hold these values when the plan is applied (the block was not edited meanwhile). */
  guard: Array<{ row: number; col: number; value: string }>;
}

type IndicatorRole = (typeof INDICATOR_ROLES)[number];

type LevelStyle = "merged" | "repeated" | "blank";
type Wanted = TemplateIndicator & { level1: string; level2: string };

const RANK: Record<string, number> = Object.fromEntries(LEVEL1.map((l, i) => [l, i]));
const OP_WORDS: Record<string, string> = { "≥": "大于等于", "≤": "小于等于", "=": "等于", ">": "大于", "<": "小于" };

export interface PlanOptions {
  /** The block's layout writes costs under 产出指标 (older framework): put template costs there too. */
  legacyCost?: boolean;
}

// ---------------------------------------------------------------------------------------------- 1. select

export interface Selection {
  toAdd: Wanted[];
  matched: Array<{ name: string; eq: Equivalence }>;
}

/** Template indicators to add (costs moved under 产出指标 in older-framework blocks) and those the block already has. */
export function selectIndicators(block: ProjectBlock, type: ProjectType, opts: PlanOptions = {}): Selection {
  const inds = block.indicators;
  const legacy = opts.legacyCost ?? inds.some((i) => i.level1 === "产出指标" && i.level2 === "成本指标");
  const toAdd: Wanted[] = [];
  const matched: Selection["matched"] = [];
  for (const t of type.indicators) {
    const cost = t.level1 === "成本指标";
    const w: Wanted = { ...t, level1: cost && legacy ? "产出指标" : t.level1, level2: cost && legacy ? "成本指标" : t.level2 };
    const eq = findEquivalent(w, inds);
    if (eq) matched.push({ name: t.name, eq });
    else toAdd.push(w);
  }
  return { toAdd, matched };
}

function skippedEntry(name: string, eq: Equivalence, row: number): SkippedIndicator {
  const e = eq.existing;
  const l2 = e.level2 ? `“${e.level2}”下` : "";
  const [reason, reasonEn] =
    eq.kind === "name"
      ? [`已有同名指标“${e.name}”（第 ${row} 行）`, `"${e.name}" is already there (row ${row})`]
      : eq.kind === "similar"
        ? [`${l2}已有意思相同的指标“${e.name}”（第 ${row} 行）`, `a similar indicator "${e.name}" is already there (row ${row})`]
        : [
            `${l2}已有同类指标“${e.name}”（第 ${row} 行，都是按 ${eq.detail.replace(/^money/, "元")} 计的目标）`,
            `"${e.name}" (row ${row}) already sets a target in the same unit (${eq.detail})`,
          ];
  const entry = { name, reason, reasonEn, existing: { name: e.name, row } };
  Object.defineProperty(entry, "toString", { value: () => name, enumerable: false });
  return entry;
}

// ---------------------------------------------------------------------------------------------- 2. place

interface Item {
  ind: Wanted;
  /** The existing 一级 group the row extends (its merged cell grows), or null for a new group. */
  extends: string | null;
}

/** Rows to insert before one row of the sheet (original coordinates). */
export interface Placement {
  at: number;
  items: Item[];
}

/** Where each new indicator goes: after its 一级/二级 run, else after its 一级 group, else a new group in framework order. */
export function placeIndicators(block: ProjectBlock, toAdd: readonly Wanted[]): Placement[] {
  const inds = block.indicators;
  const hasLevels = block.columns.level1 !== undefined;
  const groupLast = new Map<string, number>();
  const subLast = new Map<string, number>();
  const order: string[] = [];
  for (const i of inds) {
    const l1 = i.level1 ?? "";
    if (!groupLast.has(l1)) order.push(l1);
    groupLast.set(l1, i.row);
    subLast.set(`${l1}|${i.level2 ?? ""}`, i.row);
  }
  const end = (inds.length ? inds[inds.length - 1].row : Math.max(...block.headerRows, block.lastRow)) + 1;

  const byAt = new Map<number, Item[]>();
  for (const ind of toAdd) {
    let at = end;
    let ext: string | null = null;
    if (hasLevels) {
      const sub = subLast.get(`${ind.level1}|${ind.level2}`);
      const prev = sub ?? groupLast.get(ind.level1);
      if (prev !== undefined) {
        at = prev + 1;
        ext = ind.level1;
      } else {
        // a new 一级 group: after the last group that comes before it in the framework, else before the first
        const before = order.filter((l) => (RANK[l] ?? 99) < (RANK[ind.level1] ?? 99));
        at = before.length ? (groupLast.get(before[before.length - 1]) as number) + 1 : inds.length ? inds[0].row : end;
      }
    }
    byAt.set(at, [...(byAt.get(at) ?? []), { ind, extends: ext }]);
  }
  for (const list of byAt.values()) {
    // extension rows of the group above first, then new groups in framework order, keeping template order within
    list.sort(
      (a, b) => (a.extends ? 0 : 1) - (b.extends ? 0 : 1) || (a.extends ? 0 : (RANK[a.ind.level1] ?? 99) - (RANK[b.ind.level1] ?? 99)),
    );
  }
  return [...byAt.entries()].sort((a, b) => b[0] - a[0]).map(([at, items]) => ({ at, items }));
}

// ---------------------------------------------------------------------------------------------- 3. ops

/** How the block writes a level column: merged down its run, repeated on every row, or only on the first row. */
function levelStyle(sheet: SheetGrid, merges: MergeIndex, inds: IndicatorRow[], col: number | undefined): LevelStyle {
  if (col === undefined || inds.length === 0) return "repeated";
  if (inds.some((i) => merges.areaAt(i.row, col))) return "merged";
  return inds.every((i) => textAt(sheet, i.row, col) !== "") ? "repeated" : "blank";
}

const spans = (m: MergedArea, col: number) => m.left <= col && col <= m.right;
const overlaps = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const tall = (m: MergedArea) => m.bottom > m.top;

/** The sheet's merged areas as the plan's operations change them (for placing merges and for the guard). */
class MergeSim {
  areas: MergedArea[];
  constructor(sheet: SheetGrid) {
    this.areas = sheet.merges.map((m) => ({ ...m }));
  }
  at(row: number, col: number): MergedArea | undefined {
    return this.areas.find((m) => m.top <= row && row <= m.bottom && spans(m, col));
  }
  /** As Excel inserts rows: areas below move down, areas across the point grow. */
  insert(at: number, count: number): void {
    this.areas = this.areas.map((m) =>
      m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m,
    );
  }
  remove(area: MergedArea): void {
    this.areas = this.areas.filter((m) => !overlaps(m, area));
  }
  /** Adds an area; false when it would overlap one already there (Excel refuses that merge). */
  add(area: MergedArea): boolean {
    if (this.areas.some((m) => overlaps(m, area))) return false;
    this.areas.push({ ...area });
    return true;
  }
}

interface Run {
  top: number;
  bottom: number;
  continues: boolean;
}

interface Built {
  ops: PlanOp[];
  added: PlannedRow[];
  placeholders: InsertPlan["placeholders"];
  insertedRows: InsertPlan["insertedRows"];
}

class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

const colName = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The block's indicator columns by role (what the plan may write), without duplicates. */
function indicatorColumns(cols: ColumnMap): Map<number, IndicatorRole> {
  const out = new Map<number, IndicatorRole>();
  for (const role of INDICATOR_ROLES) {
    const c = cols[role];
    if (c !== undefined && !out.has(c)) out.set(c, role);
  }
  return out;
}

/** The operations for each placement, bottom-up, in the block's layout. Throws Refused where a layout is unsafe. */
/**
 * Level words as the block writes them: the same text where the block has that category (`产出`, `项目完成指标`),
 * and the block's short or full style (`产出` vs `产出指标`) for a category it does not have yet.
 */
function levelSpelling(sheet: SheetGrid, inds: readonly IndicatorRow[], level: "level1" | "level2") {
  const written = new Map<string, string>();
  let short = 0;
  let full = 0;
  for (const i of inds) {
    const cell = i.cells[level];
    const canonical = i[level];
    if (!cell || !canonical || written.has(canonical)) continue;
    const text = textAt(sheet, cell.row, cell.col);
    if (!text) continue;
    written.set(canonical, text);
    if (/指标$/.test(text.replace(/\s+/g, ""))) full++;
    else short++;
  }
  return (canonical: string): string => written.get(canonical) ?? (short > full ? canonical.replace(/指标$/, "") : canonical);
}

function buildOps(sheet: SheetGrid, block: ProjectBlock, placements: Placement[]): Built {
  const merges = new MergeIndex(sheet);
  const cols = block.columns;
  const inds = block.indicators;
  const hasLevels = cols.level1 !== undefined;
  const levelCols = [cols.level1, cols.level2].filter((c): c is number => c !== undefined);
  const own = indicatorColumns(cols);
  const style1 = levelStyle(sheet, merges, inds, cols.level1);
  const style2 = levelStyle(sheet, merges, inds, cols.level2);
  const opWords =
    cols.operator !== undefined &&
    inds.some((i) => /[\u4e00-\u9fff]/.test(i.split?.operator ?? "") && parseOperatorWord(i.split?.operator ?? ""));
  const moneyUnit = block.moneyUnit ?? block.budget?.unit ?? "万元";
  const spell1 = levelSpelling(sheet, inds, "level1");
  const spell2 = levelSpelling(sheet, inds, "level2");
  const firstInd = inds.length ? inds[0].row : Math.max(...block.headerRows, block.lastRow) + 1;
  const lastInd = inds.length ? inds[inds.length - 1].row : firstInd - 1;
  const blockTop = block.firstRow;
  const sim = new MergeSim(sheet);
  const ops: PlanOp[] = [];
  const added: PlannedRow[] = [];
  const placeholders: Built["placeholders"] = [];
  const insertedRows: Built["insertedRows"] = [];
  const indAt = (row: number) => inds.find((i) => i.row === row);
  const merge = (area: MergedArea) => {
    if (!sim.add(area))
      throw new Refused(
        `无法在 ${colName(area.left)}${area.top} 处合并单元格：与已有的合并区域重叠`,
        `cannot merge at ${colName(area.left)}${area.top}: it overlaps a merged area`,
      );
    ops.push({ op: "merge", area });
  };
  const unmerge = (area: MergedArea) => {
    sim.remove(area);
    ops.push({ op: "unmerge", area });
  };

  for (const { at, items } of placements) {
    const n = items.length;
    const shiftAbove = placements.filter((p) => p.at < at).reduce((s, p) => s + p.items.length, 0);
    const above = at - 1 >= firstInd ? indAt(at - 1) : undefined;
    const inBlock = at - 1 >= firstInd && at - 1 <= lastInd;
    // areas running down the block that the new rows must join rather than be written into
    const before = sim.areas.map((m) => ({ ...m }));
    ops.push({ op: "insertRows", at, count: n });
    sim.insert(at, n);
    // formats from the indicator row above (or, before the first one, from the row now below)
    const from = at - 1 >= firstInd ? at - 1 : at + n;
    ops.push({ op: "copyFormats", fromRow: from, toRow: at, count: n });
    insertedRows.push({ row: at + shiftAbove, count: n });

    for (const m of before) {
      if (!tall(m) || levelCols.some((c) => spans(m, c))) continue;
      const writes = [...own.keys()].some((c) => spans(m, c));
      if (m.top < at && m.bottom >= at) {
        // Excel grows it over the new rows; they must not need writing there
        if (writes)
          throw new Refused(
            `插入位置第 ${at} 行落在跨行合并的单元格 ${colName(m.left)}${m.top} 中，而该列要写入指标内容`,
            `row ${at} falls inside the merged cell ${colName(m.left)}${m.top}, in a column the indicator is written to`,
          );
      } else if (m.bottom === at - 1 && inBlock && m.top >= blockTop && (m.top <= firstInd || items.every((it) => it.extends))) {
        // ends on the row above: a label / goal / project column of the block (or of the group the rows extend) grows over them
        if (writes)
          throw new Refused(
            `${colName(m.left)} 列的合并单元格 ${colName(m.left)}${m.top} 跨越项目各行（像是标签列），但被识别为指标列，无法确定写入位置`,
            `the merged cell ${colName(m.left)}${m.top} runs down the block (a label column?) but is read as an indicator column`,
          );
        unmerge(m);
        merge({ ...m, bottom: m.bottom + n });
      } else if (m.top === at && at === firstInd && m.bottom >= lastInd) {
        throw new Refused(
          `新增的一级指标需插在项目第一条指标（第 ${at} 行）之前，而 ${colName(m.left)} 列在此处有跨行合并的单元格；请先手动添加该一级指标的一行，再插入模板`,
          `the new 一级 group would go above row ${at}, where column ${colName(m.left)} has a merged cell running down the block; add one row of that group by hand first`,
        );
      }
    }
    // a summary table's project columns (blank below the first row) would lose their first row
    if (block.layout === "summary" && at === block.firstRow) {
      const own1 = new Set(own.keys());
      for (let c = 1; c <= sheet.columnCount; c++)
        if (!own1.has(c) && textAt(sheet, at, c) !== "")
          throw new Refused(
            `新增的一级指标需插在项目第一行（第 ${at} 行）之前，该行还有项目信息（${colName(c)} 列）；请先手动添加该一级指标的一行，再插入模板`,
            `the new 一级 group would go above the project's first row ${at}, which holds project columns; add one row of that group by hand first`,
          );
    }
    // summary tables: a one-row project whose columns are merged elsewhere on the sheet gets merged over its new rows
    if (block.layout === "summary" && inBlock && at - 1 === block.firstRow) {
      for (let c = 1; c <= sheet.columnCount; c++) {
        if (own.has(c) || textAt(sheet, block.firstRow, c) === "" || sim.at(block.firstRow, c)) continue;
        if (sheet.merges.some((m) => tall(m) && m.left === c && m.right === c && m.top > Math.max(...block.headerRows)))
          merge({ top: block.firstRow, left: c, bottom: at - 1 + n, right: c });
      }
    }

    // the shape of the row formats come from: its single-row merges (a value spread over columns) are repeated
    const srcRow = at - 1 >= firstInd ? at - 1 : at;
    const rowMerges = before.filter((m) => m.top === srcRow && m.bottom === srcRow && !levelCols.some((c) => spans(m, c)));
    for (let k = 0; k < n; k++) for (const m of rowMerges) merge({ ...m, top: at + k, bottom: at + k });

    let prevL1 = above?.level1 ?? null;
    let prevL2 = above?.level2 ?? null;
    // runs of merged level cells among the new rows; `continues`: the first run carries on the row above's
    const runs1: Run[] = [];
    const runs2: Run[] = [];
    const track = (runs: Run[], starts: boolean, r: number) => {
      if (starts || runs.length === 0) runs.push({ top: r, bottom: r, continues: !starts });
      else runs[runs.length - 1].bottom = r;
    };
    items.forEach((it, k) => {
      const r = at + k;
      const { ind } = it;
      const set = (col: number | undefined, value: CellValue) => {
        if (col !== undefined && value !== null && value !== "") ops.push({ op: "set", row: r, col, value });
      };
      if (hasLevels) {
        const startsGroup = ind.level1 !== prevL1;
        const startsSub = startsGroup || ind.level2 !== prevL2;
        if (style1 === "merged") track(runs1, startsGroup, r);
        if (style1 === "repeated" || startsGroup) set(cols.level1, spell1(ind.level1));
        if (style2 === "merged") track(runs2, startsSub, r);
        if (style2 === "repeated" || startsSub) set(cols.level2, spell2(ind.level2));
      }
      set(cols.name ?? cols.description, ind.name);
      if (cols.name !== undefined) set(cols.description, ind.description ?? ind.name);
      set(cols.basis, ind.basis ?? "");
      const v = targetCells(ind, block, moneyUnit, cols, opWords);
      for (const [col, value] of v.cells) set(col, value);
      if (v.placeholder && cols.value !== undefined) placeholders.push({ row: r + shiftAbove, col: cols.value });
      added.push({
        row: r + shiftAbove,
        level1: hasLevels ? ind.level1 : null,
        level2: hasLevels && cols.level2 !== undefined ? ind.level2 : null,
        name: ind.name,
        value: v.text,
        placeholder: v.placeholder,
      });
      prevL1 = ind.level1;
      prevL2 = ind.level2;
    });

    // merged level runs: a run continuing the row above grows its merged cell, a new run of several rows is merged
    const mergeRuns = (runs: Run[], col: number | undefined) => {
      if (col === undefined) return;
      for (const run of runs) {
        if (run.continues) {
          const m = sim.at(at - 1, col);
          if (m && m.bottom >= at) continue; // spans the insertion point: Excel grew it already
          if (m) unmerge(m);
          merge({ ...(m ?? { top: at - 1, left: col, right: col }), bottom: run.bottom });
        } else if (run.bottom > run.top) merge({ top: run.top, left: col, bottom: run.bottom, right: col });
      }
    };
    mergeRuns(runs1, cols.level1);
    mergeRuns(runs2, cols.level2);
  }

  added.sort((a, b) => a.row - b.row);
  return {
    ops,
    added,
    placeholders: placeholders.sort((a, b) => a.row - b.row),
    insertedRows: insertedRows.sort((a, b) => a.row - b.row),
  };
}

/** The template's target written in the block's columns: one 指标值 cell, or operator / value / unit. */
function targetCells(
  ind: TemplateIndicator,
  block: ProjectBlock,
  moneyUnit: string,
  cols: ColumnMap,
  opWords: boolean,
): { cells: Array<[number | undefined, CellValue]>; text: string; placeholder: boolean } {
  const t = ind.target;
  const split = cols.operator !== undefined || cols.unit !== undefined;
  if (t.kind === "qualitative") {
    const cells: Array<[number | undefined, CellValue]> = [[cols.value, t.text]];
    if (split && cols.operator !== undefined) cells.push([cols.operator, "定性"]);
    return { cells, text: t.text, placeholder: false };
  }
  const unit = t.unit === MONEY_UNIT ? moneyUnit : t.unit;
  let number: number | null = typeof t.value === "number" ? t.value : null;
  if (t.value === "budget" && block.budget) {
    number = Number.parseFloat(((block.budget.amount * MONEY_FACTORS[block.budget.unit]) / MONEY_FACTORS[moneyUnit]).toPrecision(12));
  }
  const placeholder = number === null;
  const shown = placeholder ? PLACEHOLDER : formatPlain(number as number);
  const text = `${t.operator}${shown}${unit}`;
  if (!split) return { cells: [[cols.value, t.operator === "=" && !placeholder ? `${shown}${unit}` : text]], text, placeholder };
  const cells: Array<[number | undefined, CellValue]> = [
    [cols.operator, opWords ? OP_WORDS[t.operator] : t.operator],
    [cols.value, placeholder ? PLACEHOLDER : number],
    [cols.unit, unit],
  ];
  if (cols.unit === undefined) cells[1] = [cols.value, `${shown}${unit}`];
  // a unit column but no operator column: the operator stays with the number
  else if (cols.operator === undefined) cells[1] = [cols.value, t.operator === "=" && !placeholder ? number : `${t.operator}${shown}`];
  return { cells, text, placeholder };
}

// ---------------------------------------------------------------------------------------------- 4. guard

/**
 * Replays the operations: every write must be on a new row, in one of the block's indicator columns, and not
 * covered by a merged area it is not the top-left cell of once the plan is done. Throws Refused otherwise.
 */
function checkOps(sheet: SheetGrid, block: ProjectBlock, ops: readonly PlanOp[]): void {
  const own = indicatorColumns(block.columns);
  const sim = new MergeSim(sheet);
  let fresh: Array<{ top: number; bottom: number }> = [];
  let writes: Array<{ row: number; col: number }> = [];
  for (const op of ops) {
    if (op.op === "insertRows") {
      const move = (r: number) => (r >= op.at ? r + op.count : r);
      sim.insert(op.at, op.count);
      fresh = fresh.map((f) => ({ top: move(f.top), bottom: move(f.bottom) }));
      fresh.push({ top: op.at, bottom: op.at + op.count - 1 });
      writes = writes.map((w) => ({ ...w, row: move(w.row) }));
    } else if (op.op === "unmerge") sim.remove(op.area);
    else if (op.op === "merge") {
      if (!sim.add(op.area)) throw new Refused("合并区域重叠", "merged areas overlap");
    } else if (op.op === "set") {
      const where = `${colName(op.col)}${op.row}`;
      if (!own.has(op.col))
        throw new Refused(`${where} 不在项目的指标列中，不能写入`, `${where} is not in one of the block's indicator columns`);
      if (!fresh.some((f) => f.top <= op.row && op.row <= f.bottom))
        throw new Refused(`${where} 是已有的单元格，不能覆盖`, `${where} is an existing cell`);
      writes.push({ row: op.row, col: op.col });
    }
  }
  for (const w of writes) {
    const m = sim.at(w.row, w.col);
    if (m && (m.top !== w.row || m.left !== w.col))
      throw new Refused(
        `${colName(w.col)}${w.row} 落在合并单元格 ${colName(m.left)}${m.top} 之内，写入的内容会被覆盖`,
        `${colName(w.col)}${w.row} falls inside the merged cell ${colName(m.left)}${m.top}`,
      );
  }
}

/** Refuses layouts the plan cannot read well enough to write into. */
function checkLayout(sheet: SheetGrid, block: ProjectBlock): void {
  const cols = block.columns;
  const nameCol = cols.name ?? cols.description;
  if (nameCol === undefined) throw new Refused("未识别出项目的指标名称列，无法插入", "no indicator name column was recognised");
  if (cols.value === undefined) throw new Refused("未识别出项目的指标值列，无法插入", "no indicator value column was recognised");
  const names = block.indicators.map((i) => i.name);
  if (names.length >= 3 && new Set(names).size === 1)
    throw new Refused(
      `识别出的指标名称每行都是“${names[0]}”，像是标签列而不是三级指标；请检查列的识别后再插入`,
      `every indicator name reads "${names[0]}": a label column, not the 三级 names`,
    );
  const first = block.indicators[0];
  const area = first ? new MergeIndex(sheet).areaAt(first.row, nameCol) : undefined;
  const spanning = !!area && block.indicators.length >= 2 && block.indicators.every((i) => i.row >= area.top && i.row <= area.bottom);
  if (spanning)
    throw new Refused(
      `${colName(nameCol)} 列是跨越项目各行的合并单元格（像是标签列），不能当作指标名称列写入`,
      `column ${colName(nameCol)} is one merged cell over the block (a label column), not the indicator names`,
    );
}

/** Cells that must still read the same when the plan is applied: the value header and the last indicator's name. */
function guardCells(sheet: SheetGrid, block: ProjectBlock): InsertPlan["guard"] {
  const cols = block.columns;
  const guard: InsertPlan["guard"] = [];
  const hr = block.headerRows[0];
  if (cols.value !== undefined) guard.push({ row: hr, col: cols.value, value: textAt(sheet, hr, cols.value) });
  const lastInd = block.indicators[block.indicators.length - 1];
  if (lastInd && lastInd.cells.name)
    guard.push({ row: lastInd.row, col: lastInd.cells.name.col, value: textAt(sheet, lastInd.row, lastInd.cells.name.col) });
  return guard;
}

// ---------------------------------------------------------------------------------------------- the plan

/** Where an original row lands once the placements' rows are in. */
function shifter(placements: readonly Placement[]): (row: number) => number {
  return (row) => row + placements.filter((p) => p.at <= row).reduce((s, p) => s + p.items.length, 0);
}

export function planInsert(sheet: SheetGrid, block: ProjectBlock, type: ProjectType, opts: PlanOptions = {}): InsertPlan {
  const selection = selectIndicators(block, type, opts);
  const placements = placeIndicators(block, selection.toAdd);
  const skippedAt = (shift: (row: number) => number) => selection.matched.map((m) => skippedEntry(m.name, m.eq, shift(m.eq.existing.row)));
  const base = {
    sheet: block.sheet,
    project: block.name,
    projectRow: block.firstRow,
    typeId: type.id,
    typeName: type.name,
  };
  const none = { ops: [], added: [], insertedRows: [], placeholders: [], guard: [] };
  try {
    if (placements.length === 0) return { ...base, ...none, skipped: skippedAt((r) => r), refused: null };
    checkLayout(sheet, block);
    const built = buildOps(sheet, block, placements);
    checkOps(sheet, block, built.ops);
    return { ...base, ...built, skipped: skippedAt(shifter(placements)), refused: null, guard: guardCells(sheet, block) };
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    // nothing is inserted: rows as they are now
    return {
      ...base,
      ...none,
      skipped: skippedAt((r) => r),
      refused: { reason: `无法安全插入：${e.reason}`, reasonEn: `Cannot insert safely: ${e.reasonEn}` },
    };
  }
}

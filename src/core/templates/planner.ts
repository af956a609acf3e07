/**
 * Plans the rows to add to a project block from a project type's template: indicators already there
 * (same normalised 三级 name) are skipped; each new one goes under its 一级/二级 group, in the block's own
 * layout (merged or repeated level cells, one 指标值 column or split operator/value/unit columns, summary
 * tables' merged project columns). The plan is a list of primitive operations, applied bottom-up so the
 * rows above an insertion keep their numbers; Excel (src/excel) and ExcelJS (src/cli) both execute it.
 */
import { MergeIndex, type CellValue, type MergedArea, type SheetGrid, textAt } from "../grid";
import type { ColumnMap, IndicatorRow, ProjectBlock } from "../model";
import type { ColumnRole } from "../recognise/headers";
import { LEVEL1 } from "../recognise/levels";
import { nameKey } from "../value/normalize";
import { formatPlain, parseOperatorWord } from "../value/parse";
import { MONEY_FACTORS } from "../value/units";
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

export interface InsertPlan {
  sheet: string;
  project: string;
  projectRow: number;
  typeId: string;
  typeName: string;
  ops: PlanOp[];
  added: PlannedRow[];
  skipped: string[];
  /** Inserted rows in final coordinates (what 撤销 deletes). */
  insertedRows: Array<{ row: number; count: number }>;
  /** Value cells left for the user to fill in, final coordinates. */
  placeholders: Array<{ row: number; col: number }>;
  /** Cells that must still hold these values when the plan is applied (the block was not edited meanwhile). */
  guard: Array<{ row: number; col: number; value: string }>;
}

type LevelStyle = "merged" | "repeated" | "blank";

const RANK: Record<string, number> = Object.fromEntries(LEVEL1.map((l, i) => [l, i]));
const OP_WORDS: Record<string, string> = { "≥": "大于等于", "≤": "小于等于", "=": "等于", ">": "大于", "<": "小于" };
const PROJECT_ROLES: ColumnRole[] = ["seq", "project", "code", "budget", "purpose", "goal", "org"];

/** How the block writes a level column: merged down its run, repeated on every row, or only on the first row. */
function levelStyle(sheet: SheetGrid, merges: MergeIndex, inds: IndicatorRow[], col: number | undefined): LevelStyle {
  if (col === undefined || inds.length === 0) return "repeated";
  if (inds.some((i) => merges.areaAt(i.row, col))) return "merged";
  return inds.every((i) => textAt(sheet, i.row, col) !== "") ? "repeated" : "blank";
}

interface Item {
  at: number;
  ind: TemplateIndicator & { level1: string; level2: string };
  /** The existing 一级 group the row extends (its merged cell grows), or null for a new group. */
  extends: string | null;
}

export interface PlanOptions {
  /** The block's layout writes costs under 产出指标 (older framework): put template costs there too. */
  legacyCost?: boolean;
}

export function planInsert(sheet: SheetGrid, block: ProjectBlock, type: ProjectType, opts: PlanOptions = {}): InsertPlan {
  const merges = new MergeIndex(sheet);
  const cols = block.columns;
  const inds = block.indicators;
  const existing = new Set(inds.map((i) => nameKey(i.name)));
  const legacy = opts.legacyCost ?? inds.some((i) => i.level1 === "产出指标" && i.level2 === "成本指标");
  const hasLevels = cols.level1 !== undefined;

  const toAdd: Array<TemplateIndicator & { level1: string; level2: string }> = [];
  const skipped: string[] = [];
  for (const t of type.indicators) {
    if (existing.has(nameKey(t.name))) {
      skipped.push(t.name);
      continue;
    }
    const cost = t.level1 === "成本指标";
    toAdd.push({ ...t, level1: cost && legacy ? "产出指标" : t.level1, level2: cost && legacy ? "成本指标" : t.level2 });
  }

  // where each 一级 group and 一级/二级 run of the block ends
  const groupFirst = new Map<string, number>();
  const groupLast = new Map<string, number>();
  const subLast = new Map<string, number>();
  const order: string[] = [];
  for (const i of inds) {
    const l1 = i.level1 ?? "";
    if (!groupFirst.has(l1)) {
      groupFirst.set(l1, i.row);
      order.push(l1);
    }
    groupLast.set(l1, i.row);
    subLast.set(`${l1}|${i.level2 ?? ""}`, i.row);
  }
  const end = (inds.length ? inds[inds.length - 1].row : Math.max(...block.headerRows, block.lastRow)) + 1;

  const items: Item[] = toAdd.map((ind) => {
    if (!hasLevels) return { at: end, ind, extends: null };
    const sub = subLast.get(`${ind.level1}|${ind.level2}`);
    if (sub !== undefined) return { at: sub + 1, ind, extends: ind.level1 };
    const last = groupLast.get(ind.level1);
    if (last !== undefined) return { at: last + 1, ind, extends: ind.level1 };
    // a new 一级 group: after the last group that comes before it in the framework, else before the first
    const before = order.filter((l) => (RANK[l] ?? 99) < (RANK[ind.level1] ?? 99));
    const at = before.length ? (groupLast.get(before[before.length - 1]) as number) + 1 : inds.length ? inds[0].row : end;
    return { at, ind, extends: null };
  });

  const style1 = levelStyle(sheet, merges, inds, cols.level1);
  const style2 = levelStyle(sheet, merges, inds, cols.level2);
  const opWords =
    cols.operator !== undefined &&
    inds.some((i) => /[\u4e00-\u9fff]/.test(i.split?.operator ?? "") && parseOperatorWord(i.split?.operator ?? ""));
  const moneyUnit = block.moneyUnit ?? block.budget?.unit ?? "万元";

  const byAt = new Map<number, Item[]>();
  for (const it of items) byAt.set(it.at, [...(byAt.get(it.at) ?? []), it]);
  for (const list of byAt.values()) {
    // extension rows of the group above first, then new groups in framework order, keeping template order within
    list.sort(
      (a, b) => (a.extends ? 0 : 1) - (b.extends ? 0 : 1) || (a.extends ? 0 : (RANK[a.ind.level1] ?? 99) - (RANK[b.ind.level1] ?? 99)),
    );
  }
  const positions = [...byAt.keys()].sort((a, b) => b - a);
  const ops: PlanOp[] = [];
  const added: PlannedRow[] = [];
  const placeholders: InsertPlan["placeholders"] = [];
  const insertedRows: InsertPlan["insertedRows"] = [];
  const firstIndicatorRow = inds.length ? inds[0].row : end;

  for (const at of positions) {
    const list = byAt.get(at) as Item[];
    const n = list.length;
    const shiftAbove = positions.filter((p) => p < at).reduce((s, p) => s + (byAt.get(p) as Item[]).length, 0);
    ops.push({ op: "insertRows", at, count: n });
    // formats from the indicator row above (or, before the first one, from the row now below)
    const from = at - 1 >= firstIndicatorRow ? at - 1 : at + n;
    ops.push({ op: "copyFormats", fromRow: from, toRow: at, count: n });
    insertedRows.push({ row: at + shiftAbove, count: n });

    let prevL1 = at - 1 >= firstIndicatorRow ? (inds.find((i) => i.row === at - 1)?.level1 ?? null) : null;
    let prevL2 = at - 1 >= firstIndicatorRow ? (inds.find((i) => i.row === at - 1)?.level2 ?? null) : null;
    const newGroupRuns = new Map<string, { top: number; bottom: number }>();
    list.forEach((it, k) => {
      const r = at + k;
      const { ind } = it;
      const set = (col: number | undefined, value: CellValue) => {
        if (col !== undefined && value !== null && value !== "") ops.push({ op: "set", row: r, col, value });
      };
      if (hasLevels) {
        const startsGroup = ind.level1 !== prevL1;
        if (style1 === "repeated" || (startsGroup && !it.extends)) set(cols.level1, ind.level1);
        if (!it.extends && style1 === "merged") {
          const run = newGroupRuns.get(ind.level1) ?? { top: r, bottom: r };
          run.bottom = r;
          newGroupRuns.set(ind.level1, run);
        }
        if (style2 !== "blank" || ind.level2 !== prevL2 || startsGroup) set(cols.level2, ind.level2);
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
        level2: hasLevels ? ind.level2 : null,
        name: ind.name,
        value: v.text,
        placeholder: v.placeholder,
      });
      prevL1 = ind.level1;
      prevL2 = ind.level2;
    });

    // the merged 一级 cell of the group these rows extend grows over them
    const ext = list.filter((it) => it.extends).length;
    const group = list.find((it) => it.extends)?.extends;
    if (ext > 0 && group && cols.level1 !== undefined && style1 === "merged") {
      const top = groupFirst.get(group) as number;
      const m = merges.areaAt(top, cols.level1);
      const area = m ?? { top, left: cols.level1, bottom: top, right: cols.level1 };
      if (area.bottom === at - 1) {
        if (m) ops.push({ op: "unmerge", area: m });
        ops.push({ op: "merge", area: { ...area, bottom: area.bottom + ext } });
      }
    }
    for (const run of newGroupRuns.values()) {
      if (run.bottom > run.top && cols.level1 !== undefined)
        ops.push({ op: "merge", area: { top: run.top, left: cols.level1, bottom: run.bottom, right: cols.level1 } });
    }
    // summary tables: the project's merged columns grow over rows added at the block's end
    if (block.layout === "summary" && at === block.lastRow + 1) {
      for (const role of PROJECT_ROLES) {
        const c = cols[role];
        if (c === undefined) continue;
        const m = merges.areaAt(block.firstRow, c);
        if (m && m.bottom === at - 1) {
          ops.push({ op: "unmerge", area: m });
          ops.push({ op: "merge", area: { ...m, bottom: m.bottom + n } });
        } else if (!m) {
          ops.push({ op: "merge", area: { top: block.firstRow, left: c, bottom: at - 1 + n, right: c } });
        }
      }
    }
  }

  const guard: InsertPlan["guard"] = [];
  const hr = block.headerRows[0];
  if (cols.value !== undefined) guard.push({ row: hr, col: cols.value, value: textAt(sheet, hr, cols.value) });
  const lastInd = inds[inds.length - 1];
  if (lastInd && lastInd.cells.name)
    guard.push({ row: lastInd.row, col: lastInd.cells.name.col, value: textAt(sheet, lastInd.row, lastInd.cells.name.col) });

  added.sort((a, b) => a.row - b.row);
  return {
    sheet: block.sheet,
    project: block.name,
    projectRow: block.firstRow,
    typeId: type.id,
    typeName: type.name,
    ops,
    added,
    skipped,
    insertedRows: insertedRows.sort((a, b) => a.row - b.row),
    placeholders: placeholders.sort((a, b) => a.row - b.row),
    guard,
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
  return { cells, text, placeholder };
}

import { OPERATOR_WORDS } from "../value/operators";
import { roundNumber } from "../value/numbers";
/** Stage 3 of the insert plan: the primitive operations that insert the placed rows in the block's own layout. */
import { MergeIndex, type CellValue, type MergedArea, type SheetGrid, textAt } from "../grid";
import type { ColumnMap, IndicatorRow, ProjectBlock } from "../model";
import { INDICATOR_ROLES } from "../recognise/headers";
import { formatPlain, parseOperatorWord } from "../value/parse";
import { MONEY_FACTORS } from "../value/units";
import { MergeSim, spans, tall } from "./merge-sim";
import { type IndicatorRole, type InsertPlan, type LevelStyle, type PlanOp, type Placement, type PlannedRow } from "./plan-types";
import { MONEY_UNIT, PLACEHOLDER, type TemplateIndicator } from "./schema";

// ---------------------------------------------------------------------------------------------- 3. ops

/** How the block writes a level column: merged down its run, repeated on every row, or only on the first row. */
function levelStyle(sheet: SheetGrid, merges: MergeIndex, inds: IndicatorRow[], col: number | undefined): LevelStyle {
  if (col === undefined || inds.length === 0) return "repeated";
  if (inds.some((i) => merges.areaAt(i.row, col))) return "merged";
  return inds.every((i) => textAt(sheet, i.row, col) !== "") ? "repeated" : "blank";
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

export class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

export const colName = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The block's indicator columns by role (what the plan may write), without duplicates. */
export function indicatorColumns(cols: ColumnMap): Map<number, IndicatorRole> {
  const out = new Map<number, IndicatorRole>();
  for (const role of INDICATOR_ROLES) {
    const c = cols[role];
    if (c !== undefined && !out.has(c)) out.set(c, role);
  }
  return out;
}

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

/** The operations for each placement, bottom-up, in the block's layout. Throws Refused where a layout is unsafe. */
export function buildOps(sheet: SheetGrid, block: ProjectBlock, placements: Placement[]): Built {
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
    number = roundNumber((block.budget.amount * MONEY_FACTORS[block.budget.unit]) / MONEY_FACTORS[moneyUnit]);
  }
  const placeholder = number === null;
  const shown = placeholder ? PLACEHOLDER : formatPlain(number as number);
  const text = `${t.operator}${shown}${unit}`;
  if (!split) return { cells: [[cols.value, t.operator === "=" && !placeholder ? `${shown}${unit}` : text]], text, placeholder };
  const cells: Array<[number | undefined, CellValue]> = [
    [cols.operator, opWords ? OPERATOR_WORDS[t.operator] : t.operator],
    [cols.value, placeholder ? PLACEHOLDER : number],
    [cols.unit, unit],
  ];
  if (cols.unit === undefined) cells[1] = [cols.value, `${shown}${unit}`];
  // a unit column but no operator column: the operator stays with the number
  else if (cols.operator === undefined) cells[1] = [cols.value, t.operator === "=" && !placeholder ? number : `${t.operator}${shown}`];
  return { cells, text, placeholder };
}

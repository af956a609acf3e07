/** Stage 4 of the insert plan: refuses layouts and operations that could write where they should not. */
import { MergeIndex, type SheetGrid, textAt } from "../grid";
import type { ProjectBlock } from "../model";
import { colName, indicatorColumns, Refused } from "./build-ops";
import { MergeSim } from "./merge-sim";
import type { InsertPlan, PlanOp } from "./plan-types";

// ---------------------------------------------------------------------------------------------- 4. guard

/**
 * Replays the operations: every write must be on a new row, in one of the block's indicator columns, and not
 * covered by a merged area it is not the top-left cell of once the plan is done. Throws Refused otherwise.
 */
export function checkOps(sheet: SheetGrid, block: ProjectBlock, ops: readonly PlanOp[]): void {
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
export function checkLayout(sheet: SheetGrid, block: ProjectBlock): void {
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
export function guardCells(sheet: SheetGrid, block: ProjectBlock): InsertPlan["guard"] {
  const cols = block.columns;
  const guard: InsertPlan["guard"] = [];
  const hr = block.headerRows[0];
  if (cols.value !== undefined) guard.push({ row: hr, col: cols.value, value: textAt(sheet, hr, cols.value) });
  const lastInd = block.indicators[block.indicators.length - 1];
  if (lastInd && lastInd.cells.name)
    guard.push({ row: lastInd.row, col: lastInd.cells.name.col, value: textAt(sheet, lastInd.row, lastInd.cells.name.col) });
  return guard;
}

import { type CellValue, type MergeIndex, type SheetGrid, textAt, valueAt } from "../grid";
import type { CellRef, ColumnMap, IndicatorRow } from "../model";
import { type ParseOptions, type ParsedValue, isQualitativeMarker, parseOperatorWord, parseTarget, parseUnitText } from "../value/parse";
import { labelKey, normalizeValueText } from "../value/normalize";
import { completeValue } from "../value/types";
import { memoize } from "../memoize";
import { canonicalLevel1, canonicalLevel2 } from "./levels";

/** Text of a table cell, spreading vertical merges but not a banner merged across other columns. */
function columnText(sheet: SheetGrid, merges: MergeIndex, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const m = merges.areaAt(row, col);
  if (!m) return textAt(sheet, row, col);
  return m.left !== col ? "" : textAt(sheet, m.top, col);
}

/** A row whose first filled cell spans three or more of the table's columns: a title or a note. */
export function isBannerRow(
  sheet: SheetGrid,
  merges: MergeIndex,
  row: number,
  cols: ColumnMap,
  mapped: readonly number[] = Object.values(cols),
): boolean {
  for (let c = 1, end = merges.lastColumn(row); c <= end; c++) {
    const m = merges.areaAt(row, c);
    const text = m ? textAt(sheet, m.top, m.left) : textAt(sheet, row, c);
    if (!text) continue;
    if (!m) return false;
    let spanned = 0;
    for (const x of mapped) if (x >= m.left && x <= m.right) spanned++;
    return spanned >= 3;
  }
  return false;
}

/** Composes the value of split columns (运算符 | 单位 | 目标值) into one parsed value, keeping each part. */
export function composeSplitValue(
  opText: string,
  valueCell: string | number | boolean | null,
  unitText: string,
  options: ParseOptions = {},
): ParsedValue {
  // in the one shape every parsed value shares (value/types.ts), as parseTarget gives them
  return completeValue(splitValue(opText, valueCell, unitText, options));
}

function splitValue(opText: string, valueCell: string | number | boolean | null, unitText: string, options: ParseOptions): ParsedValue {
  const valueText = valueCell === null ? "" : typeof valueCell === "number" ? String(valueCell) : String(valueCell).trim();
  // a date typed into a 时效 cell is stored as its serial number (45657): with no unit it reads as a date
  const parsed = parseTarget(valueCell, unitText ? {} : options);
  const op = opText ? parseOperatorWord(opText) : null;
  // as a person reads the row: operator, value, unit; an operator column holding 定性 or the target itself is not repeated
  const raw = op ? `${opText}${valueText}${unitText}` : valueText ? `${valueText}${unitText}` : opText;
  if (!valueText && !unitText && (!opText || op || isQualitativeMarker(opText))) {
    return { ...parsed, raw, kind: "empty", operator: op };
  }
  if (!valueText && opText && !op && !isQualitativeMarker(opText)) {
    // the operator column holds the target itself (提升, 可持续)
    return { ...parseTarget(opText), raw };
  }
  if (parsed.kind !== "quantitative") {
    return { ...parsed, raw, operator: op ?? parsed.operator, operatorSource: op ? "column" : parsed.operatorSource };
  }
  const unitNorm = normalizeValueText(unitText);
  return {
    ...parsed,
    raw,
    operator: op ?? parsed.operator,
    operatorSource: op ? "column" : parsed.operatorSource,
    unit: unitNorm ? parseUnitText(unitNorm) : parsed.unit,
    unitRaw: unitNorm ? unitNorm : parsed.unitRaw,
  };
}

/** `指标1：报到及时率`, `1.报到及时率`, `（1）报到及时率` → 报到及时率: the numbering is no part of the name. */
const withoutNumbering = memoize(withoutNumberingOf);

function withoutNumberingOf(name: string): string {
  const stripped = name.replace(/^(?:指标\s*\d{1,2}\s*[:：.、．]|[(（]\d{1,2}[)）]|\d{1,2}[.、．](?!\d))\s*/, "");
  return stripped || name;
}

export interface RowContext {
  level1: string | null;
  level2: string | null;
  /** The 一级 and 二级 cells as written (older frameworks are told apart by their words). */
  level1Text?: string;
  level2Text?: string;
}

/**
 * Older frameworks (2019–2021) put 满意度 as a 二级 under 效果指标 / 项目效益指标, or wrote a bare `满意度`
 * 二级 under 效益: that is today's 满意度指标. Today's `效益指标 → 服务对象满意度指标` stays as written, a defect.
 */
function level1Of(ctx: RowContext): string | null {
  if (ctx.level1 !== "效益指标" || ctx.level2 !== "服务对象满意度指标") return ctx.level1;
  const l1 = labelKey(ctx.level1Text ?? "");
  const l2 = labelKey(ctx.level2Text ?? "");
  const older = l1 !== "效益指标" && l1 !== "效益";
  return older || l2 === "满意度" || l2 === "满意度指标" ? "满意度指标" : ctx.level1;
}

/** 正向 / 反向 / 越大越好 …: a direction; 定量 / 定性 (the other thing 指标性质 holds) are not. */
function directionText(text: string): string | null {
  if (!text) return null; // most tables have no such column
  const t = text.replace(/\s+/g, "");
  return /正向|反向|越大越好|越小越好|越高越好|越低越好|递增|递减/.test(t) ? t : null;
}

const DEADLINE: ParseOptions = Object.freeze({ hint: "deadline" });
const NO_HINT: ParseOptions = Object.freeze({});

/** Reads one indicator row, or null when the row holds no indicator (only level cells, or nothing). */
export function readIndicatorRow(sheet: SheetGrid, merges: MergeIndex, row: number, cols: ColumnMap, ctx: RowContext): IndicatorRow | null {
  const t = (c: number | undefined) => columnText(sheet, merges, row, c);
  const l1Text = t(cols.level1);
  const l2Text = t(cols.level2);
  if (l1Text) {
    ctx.level1 = canonicalLevel1(l1Text);
    ctx.level1Text = l1Text;
    if (!l2Text) ctx.level2 = null;
  }
  if (l2Text) {
    ctx.level2 = canonicalLevel2(l2Text);
    ctx.level2Text = l2Text;
  }

  const description = t(cols.description) || null;
  const name = withoutNumbering(t(cols.name) || (cols.name === undefined ? (description ?? "") : ""));
  const target = targetCellsOf(sheet, merges, row, cols);
  if (!name && !target.valueText && !target.opText && !target.unitText) return null;
  const { value, split } = targetOf(target, cols, ctx.level2);
  const at = (c: number | undefined): CellRef | undefined => (c === undefined ? undefined : { row, col: c });
  const weightText = t(cols.weight);
  const weight = weightText ? Number.parseFloat(normalizeValueText(weightText)) : NaN;
  return {
    row,
    level1: level1Of(ctx),
    level2: ctx.level2,
    name,
    description,
    basis: t(cols.basis) || null,
    value,
    cells: {
      level1: cols.level1 !== undefined ? merges.anchor(row, cols.level1) : undefined,
      level2: cols.level2 !== undefined ? merges.anchor(row, cols.level2) : undefined,
      name: at(cols.name),
      description: at(cols.description),
      value: { row: target.valueRow, col: cols.value as number },
      operator: at(cols.operator),
      unit: at(cols.unit),
      weight: cols.weight !== undefined ? merges.anchor(row, cols.weight) : undefined,
    },
    split,
    weight: Number.isFinite(weight) ? weight : null,
    direction: directionText(t(cols.direction)) ?? directionText(t(cols.nature)),
  };
}

/** The cells an indicator row's target is read from, merged cells spread as the row shows them. */
interface TargetCells {
  /** The row of the 指标值 cell (the top of a merge running down several indicators). */
  valueRow: number;
  rawValue: CellValue;
  valueText: string;
  opText: string;
  unitText: string;
}

function targetCellsOf(sheet: SheetGrid, merges: MergeIndex, row: number, cols: ColumnMap): TargetCells {
  const valueCol = cols.value as number;
  const valueArea = merges.areaAt(row, valueCol);
  const valueRow = valueArea ? valueArea.top : row;
  return {
    valueRow,
    rawValue: !valueArea || valueArea.left === valueCol ? valueAt(sheet, valueRow, valueCol) : null,
    valueText: columnText(sheet, merges, row, cols.value),
    opText: columnText(sheet, merges, row, cols.operator),
    unitText: columnText(sheet, merges, row, cols.unit),
  };
}

function targetOf(c: TargetCells, cols: ColumnMap, level2: string | null): Pick<IndicatorRow, "value" | "split"> {
  const split = cols.operator !== undefined || cols.unit !== undefined;
  // a date typed into a 时效 cell is stored as its serial number (45657): read it as the date it shows
  const hint = level2 === "时效指标" ? DEADLINE : NO_HINT;
  const value = split ? composeSplitValue(c.opText, c.rawValue, c.unitText, hint) : parseTarget(c.rawValue, hint);
  return { value, split: split ? { operator: c.opText, value: c.valueText, unit: c.unitText } : null };
}

/** The target an indicator row reads (what readIndicatorRow reads), for reading a changed target again. */
export function readTarget(
  sheet: SheetGrid,
  merges: MergeIndex,
  row: number,
  cols: ColumnMap,
  level2: string | null,
): Pick<IndicatorRow, "value" | "split"> {
  return targetOf(targetCellsOf(sheet, merges, row, cols), cols, level2);
}

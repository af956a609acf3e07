import { cellAddress, type CellValue } from "../grid";
import type { IndicatorRow, ProjectBlock, WorkbookModel } from "../model";
import { isCostIndicator } from "../recognise/levels";
import { nameKey } from "../value/normalize";
import { type Operator, OPERATOR_WORDS, formatPlain } from "../value/parse";
import { moneyFactor, unitFamily } from "../value/units";
import type { Edit } from "./types";

export function forEachIndicator(model: WorkbookModel, fn: (ind: IndicatorRow, project: ProjectBlock) => void): void {
  for (const sheet of model.sheets) for (const p of sheet.projects) for (const ind of p.indicators) fn(ind, p);
}

export function forEachProject(model: WorkbookModel, fn: (p: ProjectBlock) => void): void {
  for (const sheet of model.sheets) for (const p of sheet.projects) fn(p);
}

const RATE_NAME = /(率|比例|比率|占比|覆盖面|满意度|满意率|百分比|达标度|知晓度|认可度|参与度)$/;
const RATE_ANYWHERE = /(率|比例|占比|满意度|覆盖面)/;

/** A count by its name (投诉次数, 有效投诉件数): not a rate, whatever category it sits under. */
const COUNT_NAME = /(次数|件数|个数|人数|人次|起数|宗数|数量|次|件|起)$/;

/**
 * Indicators measured in percent: 合格率, 满意度, 覆盖面 … (the 三级 name or, failing that, its description).
 * The name decides: a count under 满意度 (投诉次数 ≤3次) is a count, not a rate.
 */
export function isRateIndicator(ind: IndicatorRow): boolean {
  const name = nameKey(ind.name);
  if (/(效率|频率|汇率|功率|税率|利率)$/.test(name)) return false;
  if (RATE_NAME.test(name)) return true;
  if (COUNT_NAME.test(name)) return false;
  if (ind.level2 === "服务对象满意度指标") return true;
  return !name && RATE_ANYWHERE.test(nameKey(ind.description));
}

/** In tables without levels only the name tells: 成本 anywhere, or a money word at its end (补贴案件数 is a count). */
const COST_NAME = /成本|(费用|经费|资金|预算控制数|预算数|支出|开支|金额|单价|价格|造价|补贴标准|补助标准)(控制数|控制|标准)?$/;

/** A cost indicator: under 成本指标 (either framework), or — in tables without levels — named as one. */
export function isCost(ind: IndicatorRow): boolean {
  if (isCostIndicator(ind.level1, ind.level2)) return true;
  if (ind.level1 || ind.level2) return false;
  return COST_NAME.test(ind.name) && !isRateIndicator(ind);
}

/** 社会成本 / 生态环境成本: negative impacts, rightly written in physical units or words, not money. */
export function isImpactCost(ind: IndicatorRow): boolean {
  return ind.level2 === "社会成本指标" || ind.level2 === "生态环境成本指标";
}

/** A standard (补助标准 1500元/人, 单价 =300元/人·月): an exact amount, so bare or `=` is right, not a ceiling. */
const STANDARD_NAME = /(补贴|补助|发放|开支|支出|资助|奖补|奖励|慰问|收费|救助)标准|单价/;

export function isStandard(ind: IndicatorRow): boolean {
  return STANDARD_NAME.test(nameKey(ind.name));
}

/** Target in 元, for comparing with a budget; null when not a money total. */
export function amountInYuan(value: number | null, unit: string | null): number | null {
  if (value === null || !unit || unit.includes("/")) return null;
  const f = moneyFactor(unit);
  return f === null ? null : value * f;
}

export function isMoneyUnit(unit: string | null): boolean {
  return unitFamily(unit) === "money";
}

function edit(sheet: string, row: number, col: number, before: CellValue, after: CellValue): Edit {
  return { sheet, row, col, cell: cellAddress(row, col), before, after };
}

export interface TargetChange {
  operator?: Operator | null;
  number?: number;
  unit?: string | null;
}

/**
 * The edits that write a corrected target in the sheet's own layout: the one 指标值 cell, or only
 * the split columns (运算符 / 目标值 / 单位) that change, operators in the column's own style.
 */
export function targetEdits(p: ProjectBlock, ind: IndicatorRow, change: TargetChange): Edit[] {
  const v = ind.value;
  const op = change.operator !== undefined ? change.operator : v.operator;
  const num = change.number !== undefined ? change.number : v.number;
  // `250万` keeps its 万: dropping it would shrink the amount ten thousand times
  const unit = change.unit !== undefined ? change.unit : (v.unit ?? v.unitPrefix ?? null);
  const opChanged = change.operator !== undefined && change.operator !== v.operator;
  const numChanged = change.number !== undefined && change.number !== v.number;
  if (ind.split) {
    const edits: Edit[] = [];
    const { cells } = ind;
    if (opChanged && cells.operator && op) {
      const before = ind.split.operator;
      const wordy = /[\u4e00-\u9fff]/.test(before);
      edits.push(edit(p.sheet, cells.operator.row, cells.operator.col, before || null, wordy ? OPERATOR_WORDS[op] : op));
    }
    if (numChanged && num !== null) {
      edits.push(edit(p.sheet, cells.value.row, cells.value.col, ind.split.value || null, num));
    }
    const unitChanged = change.unit !== undefined && (change.unit !== v.unit || (v.unitRaw ?? null) !== (v.unit ?? null));
    if (unitChanged && cells.unit) edits.push(edit(p.sheet, cells.unit.row, cells.unit.col, ind.split.unit || null, unit ?? null));
    if (opChanged && !cells.operator && op) {
      // no operator column: the operator goes in front of the number
      edits.push(edit(p.sheet, cells.value.row, cells.value.col, ind.split.value || null, `${op}${formatPlain(num ?? 0)}`));
    }
    return edits;
  }
  const keepNumberText = !numChanged && v.numberText !== null && v.scale === 1;
  const numText = num === null ? "" : keepNumberText ? (v.numberText as string) : formatPlain(num);
  const opText = op === null || (v.operatorSource === "implicit" && !opChanged) ? "" : op;
  const after = `${opText}${numText}${unit ?? ""}`;
  return [edit(p.sheet, ind.cells.value.row, ind.cells.value.col, v.raw === "" ? null : v.raw, after)];
}

/** A target spelled out, for messages: ≥ 85 % → "≥85%". */
export function targetText(op: Operator | null, n: number, unit: string | null): string {
  return `${op ?? ""}${formatPlain(n)}${unit ?? ""}`;
}

import { type MergeIndex, type SheetGrid, textAt, valueAt } from "../grid";
import type { CellRef, PlanPoint } from "../model";
import { moneyUnitIn, normalizeValueText } from "../value/normalize";
import type { MoneyUnit } from "../value/units";
import { type FormLabel, formLabel, textTraits } from "./headers";
import { memoize } from "../memoize";
import { rowWords } from "./row-words";

/** What the rows above an indicator table say about its project (the form's key/value cells). */
export interface FormMeta {
  titleRow: number | null;
  firstFilledRow: number | null;
  /** First row holding a project label (项目名称, 项目编码, 预算数 …). */
  identityRow: number | null;
  fields: Partial<Record<FormLabel, { text: string; raw: string | number | boolean | null; cell: CellRef }>>;
  moneyUnit: MoneyUnit | null;
  plan: { points: PlanPoint[]; header: string } | null;
}

/** The first filled cell right of `col` on `row` that is not another label; null at a label or the row's end. */
function valueRightOf(sheet: SheetGrid, merges: MergeIndex, row: number, fromCol: number): CellRef | null {
  for (let c = fromCol, end = merges.lastColumn(row); c <= end; c++) {
    if (!merges.isAnchor(row, c)) continue;
    const text = textAt(sheet, row, c);
    if (!text) continue;
    const traits = textTraits(text);
    if (traits.formLabel || traits.planPoint) return null;
    return { row, col: c };
  }
  return null;
}

/**
 * The `label：value` lines of a cell (remembered per text: forms repeat them): `项目名称：…`, or `项目名称  …`
 * with spaces only; `unit`: a money unit stated in the label.
 */
const inlineFields = memoize((text: string): ReadonlyArray<{ label: FormLabel; value: string; unit: MoneyUnit | null }> => {
  const out: Array<{ label: FormLabel; value: string; unit: MoneyUnit | null }> = [];
  for (const line of text.split(/\r?\n/)) {
    const inline = /^\s*([^:：]{2,16})[:：]\s*(\S[\s\S]*)$/.exec(line) ?? /^\s*(\S{2,12})\s+(\S[\s\S]*)$/.exec(line);
    const label = inline ? formLabel(inline[1]) : null;
    if (label && inline) out.push({ label, value: inline[2].trim(), unit: moneyUnitIn(inline[1]) });
  }
  return out;
});

/** Labels that say a project's form starts here. */
const IDENTITY: ReadonlySet<FormLabel> = new Set<FormLabel>(["project", "code", "budget"]);

export function readFormMeta(sheet: SheetGrid, merges: MergeIndex, from: number, to: number): FormMeta {
  const meta: FormMeta = { titleRow: null, firstFilledRow: null, identityRow: null, fields: {}, moneyUnit: null, plan: null };
  const words = rowWords(sheet, merges);
  for (let r = from; r <= to; r++) {
    let planLabels: Array<{ col: number; label: string; right: number }> = [];
    let planHeader = "";
    if (meta.firstFilledRow === null && words.isFilled(r)) meta.firstFilledRow = r;
    // the marked cells, in column order: the others (numbers, plain values) say nothing about the form
    for (const { col: c, text, traits } of words.marksOf(r)) {
      if (traits.title) meta.titleRow = r;
      if (traits.moneyUnit && !meta.moneyUnit) meta.moneyUnit = traits.moneyUnit;
      if (traits.planPoint) {
        planLabels.push({ col: c, label: text.replace(/\s+/g, ""), right: merges.areaAt(r, c)?.right ?? c });
        continue;
      }
      const label = traits.formLabel;
      if (!label) {
        // 项目名称：法律援助经费 — label and value in one cell, or several on the lines of one cell; either
        // pattern needs a colon or a space, which most values (names, amounts) lack
        if (!traits.inlineHint) continue;
        for (const { label: l, value, unit: u } of inlineFields(text)) {
          if (IDENTITY.has(l) && meta.identityRow === null) meta.identityRow = r;
          if (meta.fields[l]) continue;
          if (u && !meta.moneyUnit) meta.moneyUnit = u;
          meta.fields[l] = { text: value, raw: value, cell: { row: r, col: c } };
        }
        continue;
      }
      if (label === "plan") planHeader = text;
      if (IDENTITY.has(label) && meta.identityRow === null) meta.identityRow = r;
      if (meta.fields[label]) continue;
      const m = merges.areaAt(r, c);
      const right = (m?.right ?? c) + 1;
      const bottom = m?.bottom ?? r;
      // value to the right on the label's own row; for a label merged down (预算规模及资金用途), on its later rows
      let cell = valueRightOf(sheet, merges, r, right);
      for (let rr = r + 1; !cell && rr <= bottom; rr++) cell = valueRightOf(sheet, merges, rr, right);
      if (cell) {
        meta.fields[label] = { text: textAt(sheet, cell.row, cell.col), raw: valueAt(sheet, cell.row, cell.col), cell };
      }
    }
    if (planLabels.length >= 2 && !meta.plan) {
      meta.plan = { points: readPlanValues(sheet, merges, r, to, planLabels), header: planHeader || "资金支出计划" };
    }
    planLabels = [];
  }
  return meta;
}

/** Values of a spending plan sit in the row under its labels (3月底 | 6月底 | 10月底 | 12月底). */
function readPlanValues(
  sheet: SheetGrid,
  merges: MergeIndex,
  labelRow: number,
  to: number,
  labels: Array<{ col: number; label: string; right: number }>,
): PlanPoint[] {
  const valueRow = labelRow + 1 <= to ? labelRow + 1 : labelRow;
  return labels.map(({ col, label, right }) => {
    let cell: CellRef = { row: valueRow, col };
    for (let c = col; c <= right; c++) {
      const m = merges.areaAt(valueRow, c);
      if (m ? textAt(sheet, m.top, m.left) : textAt(sheet, valueRow, c)) {
        cell = m ? { row: m.top, col: m.left } : { row: valueRow, col: c };
        break;
      }
    }
    return { label, ...planValueAt(sheet, cell), cell };
  });
}

/** A spending plan's value as written in its cell: `20%`, `20` or an amount. */
export function planValueAt(sheet: SheetGrid, cell: CellRef): { raw: string; value: number | null } {
  const raw = textAt(sheet, cell.row, cell.col);
  const v = valueAt(sheet, cell.row, cell.col);
  let value: number | null = null;
  if (typeof v === "number") value = v;
  else if (raw) {
    const m = /^(\d+(?:\.\d+)?)%?$/.exec(normalizeValueText(raw).replace(/,/g, ""));
    value = m ? Number.parseFloat(m[1]) : null;
  }
  return { raw, value };
}

/**
 * A budget as written: `160000.00`, `1,030,700.00`, `17`, `250万元`, or prose that opens with the amount
 * (`854万（其中中央资金300万）`, `250（含上年结转）`). `unit` only when the text states it.
 */
function parseMoney(raw: string | number | boolean | null): { amount: number; unit: MoneyUnit | null } | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? { amount: raw, unit: null } : null;
  if (typeof raw !== "string") return null;
  const t = normalizeValueText(raw);
  const m = /^(?:[^\d(]{0,12}?[:：])?(\d+(?:,\d{3})*(?:\.\d+)?)(万元|亿元|元|万|亿)?(?=$|[(（,，;；。]|其中|含)/.exec(t);
  if (!m) return null;
  const amount = Number.parseFloat(m[1].replace(/,/g, ""));
  const u = m[2] === "万" ? "万元" : m[2] === "亿" ? "亿元" : ((m[2] as MoneyUnit | undefined) ?? null);
  return Number.isFinite(amount) ? { amount, unit: u } : null;
}

/** A budget cell as a Money, in the unit the text states, else the table's, else a guess from its size. */
export function moneyFrom(
  raw: string | number | boolean | null,
  tableUnit: MoneyUnit | null,
  cell: CellRef,
): { amount: number; unit: MoneyUnit; cell: CellRef } | null {
  const m = parseMoney(raw);
  if (!m) return null;
  return { amount: m.amount, unit: m.unit ?? tableUnit ?? guessMoneyUnit(m.amount), cell };
}

/** A table that never states its unit: budgets of budget units are in 万元 unless they are large. */
function guessMoneyUnit(amount: number): MoneyUnit {
  return amount >= 100000 ? "元" : "万元";
}

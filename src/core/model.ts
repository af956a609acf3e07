import type { ColumnRole } from "./recognise/headers";
import type { MoneyUnit } from "./value/units";
import type { ParsedValue } from "./value/parse";

/** A cell on a sheet, 1-based as Excel shows it. */
export interface CellRef {
  row: number;
  col: number;
}

export type Layout = "form" | "summary";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface Money {
  amount: number;
  unit: MoneyUnit;
  cell: CellRef;
}

export interface PlanPoint {
  label: string;
  raw: string;
  /** Percent value (20 for `20%` or 20), or the amount when the plan is written in money. */
  value: number | null;
  cell: CellRef;
}

export interface IndicatorRow {
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  description: string | null;
  basis: string | null;
  value: ParsedValue;
  /** Where the value lives: the combined cell, or the split columns. */
  cells: {
    level1?: CellRef;
    level2?: CellRef;
    name?: CellRef;
    description?: CellRef;
    value: CellRef;
    operator?: CellRef;
    unit?: CellRef;
  };
  /** Text of the split columns as written, for fixes that touch one of them. */
  split: { operator: string; value: string; unit: string } | null;
  weight: number | null;
}

export interface ProjectBlock {
  sheet: string;
  /** 0-based order of the block within its sheet. */
  index: number;
  name: string;
  code: string | null;
  nameCell: CellRef | null;
  codeCell: CellRef | null;
  seq: string | null;
  org: string | null;
  firstRow: number;
  lastRow: number;
  layout: Layout;
  /** Header rows of this block's indicator table (more than one where a page break repeats it). */
  headerRows: number[];
  columns: ColumnMap;
  /** The money unit the block's figures are in (its own `单位：…` line, else the sheet's). */
  moneyUnit: MoneyUnit | null;
  budget: Money | null;
  fiscal: Money | null;
  purpose: string | null;
  goal: string | null;
  plan: { points: PlanPoint[]; header: string } | null;
  indicators: IndicatorRow[];
}

export interface SheetModel {
  name: string;
  status: "ok" | "no-table" | "empty";
  /** Why a sheet was not read, in zh-CN. */
  message: string | null;
  layout: Layout | null;
  moneyUnit: MoneyUnit | null;
  projects: ProjectBlock[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
}

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
    /** The 分值 / 权重 cell's anchor: a weight merged over several rows is one weight. */
    weight?: CellRef;
  };
  /** Text of the split columns as written, for fixes that touch one of them. */
  split: { operator: string; value: string; unit: string } | null;
  weight: number | null;
  /** 正向 / 反向 / 越大越好 … as written in a 指标方向 (or 指标性质) column; null when the table has none. */
  direction: string | null;
}

/** How well a table reads: what `table-unreadable` is decided on. */
export interface Plausibility {
  indicators: number;
  /** Indicator rows with something in the value cells. */
  valuesFilled: number;
  /** Of those, values that read as targets (operator / number / unit, or a graded text). */
  valuesRead: number;
  /** Distinct 三级 names, summed over the table's projects. */
  distinctNames: number;
  /** Indicators under a known 一级 category; null when the table has no 一级 column. */
  levelsKnown: number | null;
  /** What reads implausibly: most values unreadable, names repeated, 一级 unknown. */
  problems: Array<"values" | "names" | "levels">;
}

/** One indicator table as understood: its columns' roles and how plausible the reading is. */
export interface TableInfo {
  sheet: string;
  headerRow: number;
  /** First and last row of the table (header to last indicator). */
  firstRow: number;
  lastRow: number;
  columns: ColumnMap;
  /** Header text of each mapped column. */
  headers: Partial<Record<ColumnRole, string>>;
  /** Header columns deliberately not read (a label column, the long-term group …). */
  skipped: Array<{ col: number; header: string; reason: "label" | "other-group" | "prose" | "duplicate" }>;
  /** `override`: the user's own mapping (task pane or `columns` in kpi-lint.config.json). */
  source: "auto" | "override";
  plausibility: Plausibility;
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
  /** The table this block's indicators were read from (shared by a summary table's projects). */
  table: TableInfo;
  /** The money unit the block's figures are in (its own `单位：…` line, else the sheet's). */
  moneyUnit: MoneyUnit | null;
  budget: Money | null;
  fiscal: Money | null;
  /** 其他资金 (其他来源资金, 自有资金): with 财政资金 it makes up the budget (年度资金总额). */
  other: Money | null;
  purpose: string | null;
  goal: string | null;
  /** Where the goal text is written (a form's 绩效目标 cell, a summary table's goal column). */
  goalCell: CellRef | null;
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
  /** Every indicator table of the sheet, in order. */
  tables: TableInfo[];
  /** The budget year a title states (`（2024年）`, `2024年度项目支出绩效目标表`); null when none does. */
  budgetYear: number | null;
}

export interface WorkbookModel {
  sheets: SheetModel[];
}

/**
 * Synthetic performance-target tables (项目支出绩效目标表) in the layouts seen in the wild
 * (docs/domain.md, "Layouts in the wild"). A `TableSpec` says what the tables hold, `LayoutOptions`
 * how it is laid out; `buildSheet` returns the sheet and what a finance officer reads from it.
 */
import type { SheetGrid } from "../../../src/core/grid";

export type Level1 = "产出指标" | "成本指标" | "效益指标" | "满意度指标";
export type Op = "≥" | "≤" | "=" | ">" | "<";

/**
 * A target value. `quant`: operator (or "" when implied), number and unit, written `≥95%` in one cell
 * or spread over split columns. `text`: written as is in the value cell (qualitative values, ranges,
 * `250万`, line breaks). `serial`: an Excel date serial in a 时效 cell, read as the date `deadline`.
 */
export type ValueSpec =
  | { kind: "quant"; op: Op | ""; num: number; unit: string }
  | { kind: "text"; text: string }
  | { kind: "serial"; serial: number; deadline: string };

export interface IndicatorSpec {
  /** Canonical 一级 and 二级 (数量指标, 经济成本指标, 服务对象满意度指标 …). */
  level1: Level1;
  level2: string;
  name: string;
  value: ValueSpec;
}

export interface ProjectSpec {
  name: string;
  code?: string;
  org: string;
  /** In the table's money unit (`TableSpec.moneyUnit`). */
  budget: number;
  goal: string;
  indicators: IndicatorSpec[];
}

export interface TableSpec {
  /** The department (部门) filing the tables, e.g. 某市司法局. */
  department: string;
  year: number;
  moneyUnit: "万元" | "元";
  projects: ProjectSpec[];
}

/** How 一级/二级 cells are filled down a run: merged (Excel), repeated on every row, or only the first row. */
export type LevelFill = "merged" | "repeated" | "blank";
/** Level columns: both, none (`指标名称 | 计量单位 | 指标性质 | 指标值`), or only 一级 headed `一级`. */
export type LevelColumns = "both" | "none" | "level1Only";
/** Level words: 产出指标/数量指标; 产出/数量; the older names (项目完成指标, 效果指标, 满意度 under 效益). */
export type LevelSpelling = "full" | "short" | "older";

/**
 * The value cell(s):
 * - plain: one `指标值` column;
 * - merged: the value merged over `mergeWidth` (2–3) columns, header too;
 * - withUnitHeader: one column headed `指标值及单位`;
 * - withNote: `指标值 | 指标说明`;
 * - split: `运算符 | 单位 | 目标值` (operator symbols);
 * - opDirection: `指标方向 | 目标值 | 计量单位`, operator words 大于等于/小于等于/等于/定性;
 * - opNature: `指标性质 | 指标值 | 度量单位 | 指标方向性`, operator words in 指标性质, 正向/反向 in 指标方向性.
 */
export type ValueStyle = "plain" | "merged" | "withUnitHeader" | "withNote" | "split" | "opDirection" | "opNature";

/** Column groups under a two-row header; the annual group (`年度目标`, `本年预期`) is the one read. */
export type GroupKind = "长期目标|年度目标" | "实施期目标|年度目标" | "上年实际|本年预期";

export interface GroupOptions {
  kind: GroupKind;
  /** The other group is left blank (a blank group is not a missing value). */
  otherBlank: boolean;
}

/** The indicator columns whose order can be permuted (value = the whole value group of columns). */
export type IndicatorColumn = "level1" | "level2" | "name" | "value" | "basis";

/** Budget labels. `multiline`: one cell `项目名称：…\n资金总额: 250\n其中财政资金: 250`; `prose`: `854万（其中中央资金300万）`. */
export type BudgetLabel =
  | "预算数"
  | "项目金额"
  | "年度本级预算金额"
  | "项目预算金额（万元）"
  | "本年度申请市财政预算资金（万元）"
  | "金额（万元）"
  | "multiline"
  | "prose";

/**
 * Name labels; `title`: no label, the report title `某市司法局2024年<name>项目绩效目标表` is the only name,
 * and the name a person reads from it is `<name>` (without the department, year and 项目绩效目标表).
 */
export type NameLabel = "项目名称" | "项目支出名称" | "项目(名称)" | "项目（名称）" | "title";

export interface LabelColumnOptions {
  /** The one word in the merged cell: 绩效指标, 年度绩效指标, `绩 效 指 标`, `绩效\n指标`. */
  word: string;
  /** Its header: 绩效指标 or blank. */
  header: "绩效指标" | "";
}

export interface LayoutOptions {
  form: "form" | "summary";
  levelColumns: LevelColumns;
  levelFill: LevelFill;
  levelSpelling: LevelSpelling;
  /** Order of the indicator columns; default level1, level2, name, value, basis. */
  columnOrder: IndicatorColumn[];
  labelColumn: LabelColumnOptions | null;
  groups: GroupOptions | null;
  valueStyle: ValueStyle;
  mergeWidth: 2 | 3;
  budgetLabel: BudgetLabel;
  nameLabel: NameLabel;
  /** Header words written with spaces: `一 级 指 标`, `指 标 值`. */
  spacedHeaders: boolean;
  /** A blank row after every `blankRowEvery`-th indicator (0: none). */
  blankRowEvery: number;
  /** The header repeated (page break) after this many indicator rows of each project (0: never). */
  repeatHeaderAfter: number;
  /** Summary: project cells merged down over the project's rows, or blank below the first row. */
  summaryFill: "merged" | "blank";
  /** Summary: a department row (code, name, total) before the projects. */
  subtotalRow: boolean;
  /** Summary: the header of the goal-prose column (`年度目标` is also a value header word elsewhere). */
  goalHeader: "年度目标" | "年度绩效目标";
}

export const DEFAULT_OPTIONS: LayoutOptions = {
  form: "form",
  levelColumns: "both",
  levelFill: "merged",
  levelSpelling: "full",
  columnOrder: ["level1", "level2", "name", "value", "basis"],
  labelColumn: null,
  groups: null,
  valueStyle: "plain",
  mergeWidth: 2,
  budgetLabel: "预算数",
  nameLabel: "项目名称",
  spacedHeaders: false,
  blankRowEvery: 0,
  repeatHeaderAfter: 0,
  summaryFill: "merged",
  subtotalRow: false,
  goalHeader: "年度绩效目标",
};

export function layout(options: Partial<LayoutOptions>): LayoutOptions {
  return { ...DEFAULT_OPTIONS, ...options };
}

export interface ExpectedIndicator {
  /** Canonical; null when the table has no such column. */
  level1: Level1 | null;
  level2: string | null;
  name: string;
  /** The value as a person reads it, whitespace removed; null for a date serial (see `deadline`). */
  raw: string | null;
  /** For a date serial: the date read (yyyy-mm-dd); raw is then not asserted. */
  deadline: string | null;
}

export interface ExpectedProject {
  name: string;
  /** Amount in the table's money unit, or null when the layout states none. */
  budget: number | null;
  /** 1-based columns of the indicator name and of the value (the number column when split). */
  columns: { name: number; value: number };
  indicators: ExpectedIndicator[];
}

export interface Expected {
  projects: ExpectedProject[];
}

export interface BuiltSheet {
  sheet: SheetGrid;
  expected: Expected;
}

/** Small in-memory sheets for rule and recogniser tests (no ExcelJS needed). */
import type { CellValue, MergedArea, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { makeSheet } from "../../src/core/grid";

export type Row = [string, string, string, string | number | null] | [string, string, string, string | number | null, string];

export interface FormSpec {
  sheet?: string;
  title?: string;
  name?: string;
  code?: string | null;
  unit?: "元" | "万元" | null;
  budget?: number | null;
  /** 其中：财政资金 (default: the budget; null leaves it blank) and 其他资金 (default blank). */
  fiscal?: number | null;
  other?: number | string | null;
  /** 绩效目标 text (default 完成年度工作任务). */
  goal?: string;
  /** 指标值确定依据 per indicator row (default 依据历史标准 on every row). */
  basis?: Array<string | null>;
  /** 分值 per indicator row: adds a 分值 column G. */
  weights?: Array<number | null>;
  plan?: Array<string | number | null>;
  /** [一级, 二级, 三级, 指标值, 绩效指标描述?] — an empty 一级 continues the one above (merged). */
  rows: Row[];
}

/**
 * A project form: title, 单位 line, 项目编码/名称, 预算数, plan, header at row 8, indicators from row 9
 * (A 一级, B 二级, C 三级, D 描述, E 指标值, F 依据, G 分值 when `weights` are given), 一级 merged down its run like Excel.
 */
export function formRows(spec: FormSpec, startRow = 1): { rows: CellValue[][]; merges: MergedArea[]; firstIndicatorRow: number } {
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const r0 = startRow;
  rows.push([spec.title ?? `1.${spec.name ?? "测试项目"}绩效目标表`]);
  merges.push({ top: r0, left: 1, bottom: r0, right: 6 });
  rows.push([null, null, null, null, null, spec.unit === null ? null : `单位：${spec.unit ?? "万元"}`]);
  rows.push(["项目编码", spec.code === null ? null : (spec.code ?? "37020023P88002811020P"), null, "项目名称", spec.name ?? "测试项目"]);
  rows.push([
    "预算规模及资金用途",
    "预算数",
    spec.budget === undefined ? 100 : spec.budget,
    "其中：财政资金",
    spec.fiscal !== undefined ? spec.fiscal : (spec.budget ?? null),
    "其他资金",
    ...(spec.other !== undefined ? [spec.other] : []),
  ]);
  rows.push(["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"]);
  rows.push([null, ...(spec.plan ?? ["25%", "50%", "75%", "100%"])]);
  rows.push(["绩效目标", spec.goal ?? "完成年度工作任务"]);
  rows.push(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", ...(spec.weights ? ["分值"] : [])]);
  const first = r0 + rows.length;
  let runStart = first;
  spec.rows.forEach((row, i) => {
    const r = first + i;
    if (row[0] && i > 0 && runStart < r - 1) merges.push({ top: runStart, left: 1, bottom: r - 1, right: 1 });
    if (row[0]) runStart = r;
    const basis = spec.basis ? (spec.basis[i] ?? null) : "依据历史标准";
    rows.push([
      row[0] || null,
      row[1] || null,
      row[2],
      row[4] ?? row[2],
      row[3],
      basis,
      ...(spec.weights ? [spec.weights[i] ?? null] : []),
    ]);
  });
  const last = first + spec.rows.length - 1;
  if (last > runStart) merges.push({ top: runStart, left: 1, bottom: last, right: 1 });
  return { rows, merges, firstIndicatorRow: first };
}

export function formSheet(spec: FormSpec): SheetGrid {
  const { rows, merges } = formRows(spec);
  return makeSheet(spec.sheet ?? "Sheet1", rows, merges);
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** A complete, clean project: every 一级 present, every value well formed. */
export const CLEAN_ROWS: Row[] = [
  ["产出指标", "数量指标", "培训人数", "≥200人"],
  ["", "质量指标", "培训合格率", "≥90%"],
  ["", "时效指标", "培训完成时间", "2024年12月底前"],
  ["成本指标", "经济成本指标", "培训成本控制数", "≤80万元"],
  ["效益指标", "社会效益指标", "执法水平", "有效提升"],
  ["满意度指标", "服务对象满意度指标", "培训对象满意度", "≥90%"],
];

/** CLEAN_ROWS with one row replaced by `row` (matched by 三级 name) or added. */
export function withRow(row: Row, replace?: string): Row[] {
  const rows: Row[] = CLEAN_ROWS.map((r): Row => [...r]);
  const i = replace ? rows.findIndex((r) => r[2] === replace) : -1;
  if (i >= 0) rows[i] = row;
  else rows.splice(rows.length - 1, 0, row);
  return rows;
}

/** Summary-table layout (one row per indicator, project columns merged, split 运算符|单位|年度目标值). */
export function summarySheet(
  projects: Array<{ seq: number; name: string; budget: number; rows: Array<[string, string, string, string | number]> }>,
): SheetGrid {
  const rows: CellValue[][] = [
    ["项目绩效目标汇总表"],
    ["序号", "项目名称", "本年预算金额（万元）", "核心绩效指标"],
    [null, null, null, "指标名称", "运算符", "单位", "年度目标值"],
  ];
  const merges: MergedArea[] = [
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 4, bottom: 2, right: 7 },
  ];
  for (const p of projects) {
    const top = rows.length + 1;
    p.rows.forEach((r, i) => rows.push(i === 0 ? [p.seq, p.name, p.budget, ...r] : [null, null, null, ...r]));
    const bottom = rows.length;
    if (bottom > top) for (const c of [1, 2, 3]) merges.push({ top, left: c, bottom, right: c });
  }
  return makeSheet("汇总表", rows, merges);
}

/** A workbook of one project form holding `rows`. */
export function form(rows: Row[], spec: Partial<FormSpec> = {}): WorkbookGrid {
  return workbook(formSheet({ rows, ...spec }));
}

/** A clean project plus `row`, placed before its last row: row 14, value in E14. */
export function added(row: Row, spec: Partial<FormSpec> = {}): WorkbookGrid {
  return form(withRow(row), spec);
}

/** A plain 一级 | 二级 | 三级 | 指标值 body, 一级 left blank below its first row as merged cells read. */
export const PLAIN_INDICATORS: CellValue[][] = [
  ["产出指标", "数量指标", "调解案件数", "≥300件"],
  [null, "质量指标", "调解成功率", "≥95%"],
  [null, "时效指标", "案件办结时限", "≤30天"],
  ["成本指标", "经济成本指标", "调解经费控制数", "≤40万元"],
  ["效益指标", "社会效益指标", "矛盾纠纷化解水平", "有效提升"],
  ["满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"],
];

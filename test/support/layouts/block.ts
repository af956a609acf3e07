/**
 * One project's indicator table: its columns (levels, label column, name, value styles, groups,
 * basis) in the chosen order, the header (one or two rows), and the indicator rows with level
 * cells merged / repeated / blank, blank rows and a header repeated after a page break.
 */
import type { CellValue } from "../../../src/core/grid";
import type { Canvas } from "./canvas";
import { type WrittenLevels, writeLevels } from "./levels";
import type { ExpectedIndicator, IndicatorSpec, LayoutOptions, ProjectSpec } from "./spec";
import { type SplitCells, combinedCell, direction, expectedRaw, otherGroupValue, splitCells } from "./values";

type Role = "label" | "level1" | "level2" | "name" | "value" | "other";

interface Col {
  header: string | null;
  /** Top header of a column group (two-row header). */
  group?: string;
  span: number;
  role: Role;
  cell(ind: IndicatorSpec, w: WrittenLevels, split: SplitCells): CellValue;
}

const BASIS = ["参照上年完成情况", "依据年度工作计划", "根据历史数据测算", "按行业标准确定"];

function spaced(word: string, on: boolean): string {
  return on ? [...word].join(" ") : word;
}

function valueCols(o: LayoutOptions): Col[] {
  const sp = (w: string) => spaced(w, o.spacedHeaders);
  const combined = (header: string, span = 1): Col => ({ header, span, role: "value", cell: (i) => combinedCell(i.value) });
  switch (o.valueStyle) {
    case "plain":
      return [combined(sp("指标值"))];
    case "merged":
      return [combined(sp("指标值"), o.mergeWidth)];
    case "withUnitHeader":
      return [combined("指标值及单位")];
    case "withNote":
      return [combined(sp("指标值")), { header: "指标说明", span: 1, role: "other", cell: (i) => `反映${i.name}情况` }];
    case "split":
      return [
        { header: "运算符", span: 1, role: "other", cell: (_i, _w, s) => s.operator },
        { header: "单位", span: 1, role: "other", cell: (_i, _w, s) => s.unit },
        { header: "目标值", span: 1, role: "value", cell: (_i, _w, s) => s.number },
      ];
    case "opDirection":
      return [
        { header: "指标方向", span: 1, role: "other", cell: (_i, _w, s) => s.operator },
        { header: "目标值", span: 1, role: "value", cell: (_i, _w, s) => s.number },
        { header: "计量单位", span: 1, role: "other", cell: (_i, _w, s) => s.unit },
      ];
    case "opNature":
      return [
        { header: "指标性质", span: 1, role: "other", cell: (_i, _w, s) => s.operator },
        { header: sp("指标值"), span: 1, role: "value", cell: (_i, _w, s) => s.number },
        { header: "度量单位", span: 1, role: "other", cell: (_i, _w, s) => s.unit },
        { header: "指标方向性", span: 1, role: "other", cell: (i) => direction(i.value) },
      ];
  }
}

function groupCols(o: LayoutOptions): Col[] {
  const g = o.groups;
  if (!g) return [];
  const [other, annual] = g.kind.split("|");
  const lastYear = other === "上年实际";
  return [
    { header: "指标名称", group: other, span: 1, role: "other", cell: (i) => (g.otherBlank ? null : i.name) },
    {
      header: "指标值",
      group: other,
      span: 1,
      role: "other",
      cell: (i) => (g.otherBlank ? null : otherGroupValue(i.value, lastYear)),
    },
    { header: "指标名称", group: annual, span: 1, role: "name", cell: (i) => i.name },
    { header: "指标值", group: annual, span: 1, role: "value", cell: (i) => combinedCell(i.value) },
  ];
}

/** The table's columns, left to right. */
export function indicatorColumns(o: LayoutOptions): Col[] {
  const sp = (w: string) => spaced(w, o.spacedHeaders);
  const cols: Col[] = [];
  const label = o.labelColumn;
  const labelCol: Col | null = label ? { header: label.header || null, span: 1, role: "label", cell: () => null } : null;
  if (labelCol && o.levelColumns === "none") cols.push(labelCol);
  for (const c of o.columnOrder) {
    if (c === "level1" && o.levelColumns !== "none") {
      if (labelCol) cols.push(labelCol);
      const header = o.levelColumns === "level1Only" ? "一级" : sp("一级指标");
      cols.push({ header, span: 1, role: "level1", cell: (_i, w) => w.level1 });
    }
    if (c === "level2" && o.levelColumns === "both")
      cols.push({ header: sp("二级指标"), span: 1, role: "level2", cell: (_i, w) => w.level2 });
    if (c === "name" && o.groups) cols.push(...groupCols(o));
    if (c === "name" && !o.groups) {
      const header = o.levelColumns === "both" ? sp("三级指标") : "指标名称";
      cols.push({ header, span: 1, role: "name", cell: (i) => i.name });
    }
    if (c === "value" && !o.groups) cols.push(...valueCols(o));
    if (c === "basis") cols.push({ header: "指标值确定依据", span: 1, role: "other", cell: (i) => BASIS[i.name.length % BASIS.length] });
  }
  return cols;
}

export function tableWidth(cols: Col[]): number {
  return cols.reduce((n, c) => n + c.span, 0);
}

export function headerHeight(o: LayoutOptions): number {
  return o.groups ? 2 : 1;
}

/** Writes the header at `row`, `col`; two rows when the table has column groups. */
export function writeHeader(canvas: Canvas, row: number, col: number, cols: Col[]): void {
  const two = cols.some((c) => c.group);
  let x = col;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (!two || !c.group) {
      canvas.put(row, x, c.header, two ? 2 : 1, c.span);
    } else {
      if (i === 0 || cols[i - 1].group !== c.group) {
        let span = 0;
        for (let j = i; j < cols.length && cols[j].group === c.group; j++) span += cols[j].span;
        canvas.put(row, x, c.group, 1, span);
      }
      canvas.put(row + 1, x, c.header, 1, c.span);
    }
    x += c.span;
  }
}

export interface WrittenBlock {
  firstRow: number;
  lastRow: number;
  nameCol: number;
  valueCol: number;
  expected: ExpectedIndicator[];
}

function offsetOf(cols: Col[], role: Role): number {
  let x = 0;
  for (const c of cols) {
    if (c.role === role) return x;
    x += c.span;
  }
  return -1;
}

/**
 * Writes the project's indicator rows from `row` (the header is written by the caller above it),
 * with header repeats (`withRepeats`) and blank rows as the options say.
 */
export function writeRows(
  canvas: Canvas,
  row: number,
  col: number,
  p: ProjectSpec,
  o: LayoutOptions,
  variant: number,
  withRepeats: boolean,
): WrittenBlock {
  const cols = indicatorColumns(o);
  const levels = p.indicators.map((i) => writeLevels(i, o.levelColumns, o.levelSpelling, variant));
  const split = o.valueStyle === "split" || o.valueStyle === "opDirection" || o.valueStyle === "opNature";
  const words = o.valueStyle !== "split";
  /** Row of each indicator; segments between repeated headers. */
  const at: number[] = [];
  const segments: number[][] = [[]];
  let r = row;
  p.indicators.forEach((ind, i) => {
    if (withRepeats && o.repeatHeaderAfter > 0 && i > 0 && i % o.repeatHeaderAfter === 0) {
      writeHeader(canvas, r, col, cols);
      r += headerHeight(o);
      segments.push([]);
    }
    const s = splitCells(ind.value, words);
    let x = col;
    for (const c of cols) {
      if (c.role !== "level1" && c.role !== "level2" && c.role !== "label") canvas.put(r, x, c.cell(ind, levels[i], s), 1, c.span);
      x += c.span;
    }
    at.push(r);
    segments[segments.length - 1].push(i);
    r++;
    if (o.blankRowEvery > 0 && (i + 1) % o.blankRowEvery === 0 && i < p.indicators.length - 1) r++;
  });
  // level and label cells, run by run within each segment
  let x = col;
  for (const c of cols) {
    if (c.role === "level1" || c.role === "level2" || c.role === "label") {
      const key = (i: number) =>
        c.role === "label" ? "" : c.role === "level1" ? levels[i].level1 : `${levels[i].level1}|${levels[i].level2}`;
      const text = (i: number) =>
        c.role === "label" ? (o.labelColumn?.word ?? "") : c.role === "level1" ? levels[i].level1 : levels[i].level2;
      for (const seg of segments) {
        let start = 0;
        for (let k = 1; k <= seg.length; k++) {
          if (k < seg.length && key(seg[k]) === key(seg[start])) continue;
          const first = seg[start];
          const last = seg[k - 1];
          const fill = c.role === "label" ? "merged" : o.levelFill;
          if (fill === "repeated") for (let m = start; m < k; m++) canvas.set(at[seg[m]], x, text(seg[m]));
          else canvas.set(at[first], x, text(first));
          if (fill === "merged") canvas.merge(at[first], x, at[last], x);
          start = k;
        }
      }
    }
    x += c.span;
  }
  const valueOffset = offsetOf(cols, "value");
  const expected: ExpectedIndicator[] = p.indicators.map((ind, i) => ({
    level1: levels[i].expectedLevel1,
    level2: levels[i].expectedLevel2,
    name: ind.name,
    raw: expectedRaw(ind.value, split ? splitCells(ind.value, words) : null),
    deadline: ind.value.kind === "serial" ? ind.value.deadline : null,
  }));
  return { firstRow: row, lastRow: r - 1, nameCol: col + offsetOf(cols, "name"), valueCol: col + valueOffset, expected };
}

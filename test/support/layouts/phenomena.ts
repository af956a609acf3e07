/** The layout phenomena of docs/domain.md ("Layouts in the wild"), each as 1–3 sheets: title, table, options. */
import type { LayoutOptions, TableSpec } from "./spec";
import { CORRECTION, FOOD_SAMPLING, HOTLINE, LEGAL_PUBLICITY, MEDIATION, ODD_VALUES, table } from "./samples";

const TWO = table([HOTLINE, MEDIATION]);
const THREE = table([CORRECTION, LEGAL_PUBLICITY, FOOD_SAMPLING], "万元", "某区司法局");
const ONE = table([MEDIATION], "万元", "某县司法局");

export type Case = [string, TableSpec, Partial<LayoutOptions>];

export const PHENOMENA: Record<string, Case[]> = {
  "baseline: a plain form and a plain summary": [
    ["form", ONE, {}],
    ["summary", TWO, { form: "summary" }],
  ],
  "several forms on one sheet": [
    ["three forms", THREE, {}],
    ["two forms, project codes", TWO, {}],
  ],
  "summary: project columns on the first indicator row": [
    ["goal prose under 年度目标, not a target value", TWO, { form: "summary", goalHeader: "年度目标" }],
    ["年度目标, blank below", THREE, { form: "summary", goalHeader: "年度目标", summaryFill: "blank" }],
    ["merged down", THREE, { form: "summary", summaryFill: "merged" }],
    ["blank below", THREE, { form: "summary", summaryFill: "blank" }],
    ["department subtotal row before the projects", TWO, { form: "summary", subtotalRow: true }],
  ],
  "level cells merged, repeated, blank after the first": [
    ["merged", TWO, { levelFill: "merged" }],
    ["repeated", TWO, { levelFill: "repeated" }],
    ["blank after first", THREE, { form: "summary", levelFill: "blank", summaryFill: "blank" }],
  ],
  "column order permutations": [
    ["value first, levels last", TWO, { columnOrder: ["value", "name", "level2", "level1", "basis"] }],
    ["name first", ONE, { columnOrder: ["name", "level1", "level2", "basis", "value"] }],
    ["summary, basis before the value", TWO, { form: "summary", columnOrder: ["level1", "level2", "basis", "name", "value"] }],
  ],
  "label column left of 一级指标": [
    ["绩效指标 under header 绩效指标", TWO, { labelColumn: { word: "绩效指标", header: "绩效指标" } }],
    ["年度绩效指标, blank header", ONE, { labelColumn: { word: "年度绩效指标", header: "" } }],
    ["`绩 效 指 标` in a summary", TWO, { form: "summary", labelColumn: { word: "绩 效 指 标", header: "绩效指标" } }],
    ["`绩效\\n指标`", ONE, { labelColumn: { word: "绩效\n指标", header: "绩效指标" } }],
  ],
  "column groups under a two-row header": [
    ["长期目标 | 年度目标", TWO, { groups: { kind: "长期目标|年度目标", otherBlank: false } }],
    ["实施期目标 | 年度目标, 实施期 blank", ONE, { groups: { kind: "实施期目标|年度目标", otherBlank: true } }],
    ["上年实际 | 本年预期 in a summary", TWO, { form: "summary", groups: { kind: "上年实际|本年预期", otherBlank: false } }],
  ],
  "no level columns, or only 一级": [
    ["指标名称 | 指标性质 | 指标值 | 度量单位", ONE, { levelColumns: "none", valueStyle: "opNature" }],
    ["指标名称 | 指标值 only", TWO, { levelColumns: "none" }],
    ["only 一级, headed 一级", TWO, { levelColumns: "level1Only" }],
  ],
  "older category names": [
    ["项目完成指标 / 效果指标 and 预期产出 / 项目效益指标, 满意度 as a 二级 under 效益", TWO, { levelSpelling: "older" }],
    ["older names in a summary", table([MEDIATION, HOTLINE]), { form: "summary", levelSpelling: "older" }],
    ["short words 产出 / 数量", ONE, { levelSpelling: "short" }],
  ],
  "value spread over columns": [
    ["value merged over 2 columns", TWO, { valueStyle: "merged", mergeWidth: 2 }],
    ["value merged over 3 columns", ONE, { valueStyle: "merged", mergeWidth: 3 }],
    ["指标值及单位", ONE, { valueStyle: "withUnitHeader" }],
    ["指标值 | 指标说明", TWO, { valueStyle: "withNote" }],
    ["运算符 | 单位 | 目标值", TWO, { valueStyle: "split" }],
    ["operator words in 指标方向", TWO, { valueStyle: "opDirection" }],
    ["operator words in 指标性质, 正向/反向 in 指标方向性", ONE, { form: "summary", valueStyle: "opNature" }],
  ],
  "budget labels": [
    ["项目金额", ONE, { budgetLabel: "项目金额" }],
    ["年度本级预算金额", ONE, { budgetLabel: "年度本级预算金额" }],
    ["项目预算金额（万元）", ONE, { budgetLabel: "项目预算金额（万元）" }],
    ["本年度申请市财政预算资金（万元）", ONE, { budgetLabel: "本年度申请市财政预算资金（万元）" }],
    ["金额（万元） column in a summary", TWO, { form: "summary", budgetLabel: "金额（万元）" }],
    ["资金总额: … as one line of a multi-line cell", TWO, { budgetLabel: "multiline" }],
    ["prose 854万（其中中央资金…）", ONE, { budgetLabel: "prose" }],
  ],
  "name labels": [
    ["项目支出名称", ONE, { nameLabel: "项目支出名称" }],
    ["项目(名称)", ONE, { nameLabel: "项目(名称)" }],
    ["项目（名称）", ONE, { nameLabel: "项目（名称）" }],
    ["a report title as the only name", TWO, { nameLabel: "title" }],
  ],
  "header words with spaces": [
    ["form", TWO, { spacedHeaders: true }],
    ["summary", TWO, { form: "summary", spacedHeaders: true }],
  ],
  "blank rows between indicators": [
    ["form, every second row", TWO, { blankRowEvery: 2 }],
    ["summary, every third row", THREE, { form: "summary", blankRowEvery: 3 }],
  ],
  "header repeated after a page break inside a form": [
    ["after 3 rows", TWO, { repeatHeaderAfter: 3 }],
    ["after 4 rows, levels repeated", THREE, { repeatHeaderAfter: 4, levelFill: "repeated" }],
    [
      "after 4 rows, operator words in 指标性质 in the first column, two forms",
      TWO,
      { repeatHeaderAfter: 4, valueStyle: "opNature", columnOrder: ["value", "level1", "level2", "name", "basis"] },
    ],
    ["after 4 rows, two-row header with groups", ONE, { repeatHeaderAfter: 4, groups: { kind: "长期目标|年度目标", otherBlank: true } }],
  ],
  "cell contents: ranges, 万 implied, per month, 人/次, line breaks, date serials": [
    ["form", table([ODD_VALUES]), {}],
    ["summary", table([ODD_VALUES, HOTLINE]), { form: "summary" }],
    ["split 运算符 | 单位 | 目标值", table([ODD_VALUES]), { valueStyle: "split" }],
  ],
};

import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { IndicatorRow, ProjectBlock, TableInfo } from "../model";
import { nameKey } from "../value/normalize";

/** Where the number will come from, not what it was set by: 年终统计, 完成情况, 年度总结 … */
const NO_STANDARD =
  /^(依据|根据)?(年终|年底|年末|年度|全年|实际|工作|项目)?(统计|统计数据|统计结果|数据统计|完成情况|实际完成情况|工作完成情况|情况|总结|工作总结|考核|自评|评价)$/;

/** Why a filled basis names no standard, or null when it may name one. */
function weakBasis(ind: IndicatorRow): "generic" | "copy" | null {
  const basis = nameKey(ind.basis);
  if (NO_STANDARD.test(basis)) return "generic";
  // a basis that is only the name, the description or the value (blank ones never match: basis is filled)
  const copy = basis === nameKey(ind.name) || basis === nameKey(ind.description) || basis === nameKey(ind.value.raw);
  return copy && basis !== "" ? "copy" : null;
}

const allBlank = (p: ProjectBlock) => p.indicators.length > 0 && p.indicators.every((ind) => !ind.basis);

export default defineRule({
  id: "basis-missing",
  title: { zh: "缺少指标值确定依据", en: "No basis for the target value" },
  defaultSeverity: "info",
  docs: {
    zh: "表格有“指标值确定依据”列，但依据空白，或没有写明标准（年终统计、完成情况、照抄指标名称）",
    en: "The table has a 指标值确定依据 column, but the basis is blank or names no standard (年终统计, 完成情况, the indicator's own name)",
    example: { bad: "法律援助咨询数 ≥400件，依据：法律援助咨询数", good: "依据：历史标准（近三年平均 380 件）" },
  },
  messages: {
    empty: {
      zh: "指标“{{name}}”的指标值确定依据为空，应写明计划标准、行业标准、历史标准或财政部门确认的标准",
      en: "Indicator “{{name}}”: the basis is blank; name the plan, industry or historical standard, or one the finance bureau confirmed",
    },
    columnEmpty: {
      zh: "表格的“{{header}}”列全部空白（{{count}} 个项目），应逐项写明计划标准、行业标准、历史标准等",
      en: "The table's “{{header}}” column is blank throughout ({{count}} projects); give each target's standard",
    },
    allEmpty: {
      zh: "项目“{{name}}”的 {{count}} 个指标都没有填写指标值确定依据，应写明计划标准、行业标准、历史标准等",
      en: "Project “{{name}}”: none of its {{count}} indicators gives a basis; name the plan, industry or historical standard",
    },
    generic: {
      zh: "指标“{{name}}”的确定依据“{{basis}}”没有说明标准，应写明计划标准、行业标准、历史标准或具体文件",
      en: "Indicator “{{name}}”: the basis “{{basis}}” names no standard; name the plan, industry or historical standard, or the document",
    },
    copy: {
      zh: "指标“{{name}}”的确定依据“{{basis}}”照抄了指标名称或指标值，应写明标准的来源",
      en: "Indicator “{{name}}”: the basis “{{basis}}” repeats the indicator's name or value; say which standard the value comes from",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    // a summary table whose column is blank for every project: one finding for the table, not one per project
    const byTable = new Map<TableInfo, ProjectBlock[]>();
    forEachProject(ctx.model, (p) => {
      const list = byTable.get(p.table);
      if (list) list.push(p);
      else byTable.set(p.table, [p]);
    });
    const blankTables = new Set<TableInfo>();
    for (const [table, projects] of byTable) {
      const col = table.columns.basis;
      if (col === undefined || projects.length < 2 || !projects.every(allBlank)) continue;
      blankTables.add(table);
      const header = table.headers.basis ?? "指标值确定依据";
      const data = { header, count: projects.length };
      ctx.report({ project: null, sheet: table.sheet, at: { row: table.headerRow, col }, messageId: "columnEmpty", data });
    }
    forEachProject(ctx.model, (p) => {
      const col = p.table.columns.basis;
      // only where the table has the column: a table without one is not asked for a basis
      if (col === undefined || p.indicators.length === 0 || blankTables.has(p.table)) return;
      if (allBlank(p)) {
        const at = { row: p.indicators[0].row, col };
        ctx.report({ project: p, at, messageId: "allEmpty", data: { name: p.name, count: p.indicators.length } });
        return;
      }
      for (const ind of p.indicators) {
        const weak = ind.basis ? weakBasis(ind) : "empty";
        if (!weak) continue;
        const data: Record<string, string> = weak === "empty" ? { name: ind.name } : { name: ind.name, basis: ind.basis ?? "" };
        ctx.report({ project: p, at: { row: ind.row, col }, indicator: ind.name, messageId: weak, data });
      }
    });
  },
});

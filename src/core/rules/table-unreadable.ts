import { columnLetter } from "../grid";
import { describeColumns } from "../recognise/describe-mapping";
import { defineRule } from "./types";

/**
 * One finding per indicator table that reads implausibly (most values not targets, names repeated,
 * 一级 unknown): it says what was understood and how to correct the mapping. The engine reports nothing
 * else on such a table — dozens of findings built on a wrong reading help nobody.
 */
export default defineRule({
  id: "table-unreadable",
  title: { zh: "表格无法可靠读取", en: "Table cannot be read reliably" },
  defaultSeverity: "warning",
  docs: {
    zh: "指标表读不通：列的识别可能有误，需要指定各列的含义",
    en: "The indicator table does not read plausibly: its columns need to be mapped",
    example: {
      bad: "“年度目标”列是项目的目标文字，却被当作指标值",
      good: "在任务窗格“列映射”或 kpi-lint.config.json 的 columns 中指定：指标值 = I 列",
    },
  },
  messages: {
    default: {
      zh: "第 {{row}} 行起的指标表读不通：{{problems}}。已识别为：{{mapping}}。如识别有误，请在任务窗格“列映射”中指定各列，或在 kpi-lint.config.json 的 columns 中设置；在此之前不对该表报告其他问题。",
      en: "The indicator table from row {{row}} does not read plausibly: {{problemsEn}}. Understood as: {{mappingEn}}. If this is wrong, map the columns in the task pane (Columns tab) or under `columns` in kpi-lint.config.json; until then no other problems are reported for this table.",
    },
  },
  fixable: false,
  seesUnreadableTables: true,
  hasSuggestions: false,
  check(ctx) {
    for (const sheet of ctx.model.sheets) {
      for (const t of sheet.tables) {
        const p = t.plausibility;
        if (p.problems.length === 0) continue;
        const valueCol = t.columns.value !== undefined ? columnLetter(t.columns.value) : "?";
        // names all alike can read as a label column: then there is no name column to point at
        const nameCol = t.columns.name !== undefined ? columnLetter(t.columns.name) : null;
        const zh: string[] = [];
        const en: string[] = [];
        if (p.problems.includes("values")) {
          zh.push(`指标值（${valueCol} 列）只有 ${p.valuesRead}/${p.valuesFilled} 个能读成目标值`);
          en.push(`only ${p.valuesRead} of ${p.valuesFilled} values (column ${valueCol}) read as targets`);
        }
        if (p.problems.includes("names")) {
          zh.push(`三级指标名称${nameCol ? `（${nameCol} 列）` : ""}大多相同，${p.indicators} 条中只有 ${p.distinctNames} 个不同`);
          en.push(`indicator names${nameCol ? ` (column ${nameCol})` : ""} mostly repeat: ${p.distinctNames} distinct of ${p.indicators}`);
        }
        if (p.problems.includes("levels")) {
          zh.push(`一级指标列大多不是产出、成本、效益、满意度指标`);
          en.push(`the level-1 column mostly holds no known category (产出, 成本, 效益, 满意度)`);
        }
        const project = sheet.projects.find((b) => b.table === t) ?? null;
        ctx.report({
          project,
          sheet: sheet.name,
          at: { row: t.headerRow, col: t.columns.value ?? t.columns.name ?? 1 },
          data: {
            row: t.headerRow,
            problems: zh.join("；"),
            problemsEn: en.join("; "),
            mapping: describeColumns(t.columns, "zh-CN"),
            mappingEn: describeColumns(t.columns, "en"),
          },
        });
      }
    }
  },
});

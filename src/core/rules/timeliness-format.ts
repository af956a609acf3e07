import { defineRule } from "./types";
import { budgetYears } from "./budget-year";
import { isTimeliness } from "./indicator-kinds";
import { normalizeValueText } from "../value/normalize";

/** A time span in words or figures: 30天, 3个工作日内, 两个月, 半年, 7*24小时. */
const DURATION = /(\d+|[一二两三四五六七八九十百半])(个)?(工作日|自然日|天|日|小时|分钟|周|星期|个月|月|季度|年)/;
/** A point or period in time that needs no figure: 第三季度, 上半年, 年底前, 当日, 次月, 实时, 每季度 …. */
const TIME_WORD =
  /季度|上半年|下半年|年底|年末|年内|年初|年中|月底|月末|月初|月内|旬|当日|当天|次日|当月|次月|当年|本年|即时|实时|随时|每日|每天|每周|每月|每季|每年|按月|按季|按年|按周/;

/** What to write instead, with the table's year where it is known. */
function deadlineExample(year: number | null): string {
  return year ? `${year}年12月底前` : "12月31日前";
}

export default defineRule({
  id: "timeliness-format",
  title: { zh: "时效指标没有时间", en: "Timeliness target without a time" },
  defaultSeverity: "warning",
  docs: {
    zh: "时效指标的指标值既不是日期或期限（2024年12月底前）、时长（≤30天），也不是比率（按时完成率 ≥95%），如“及时”“按时”“≤国家部署和工作计划规定时间”",
    en: "A timeliness target that is neither a date or deadline (2024年12月底前), a duration (≤30天) nor a rate (按时完成率 ≥95%): “及时”, “按时”, “≤国家部署和工作计划规定时间”",
    example: { bad: "时效指标 | 完成时间 | 及时", good: "时效指标 | 完成时间 | 2024年12月底前" },
  },
  messages: {
    default: {
      zh: "时效指标“{{name}}”的指标值“{{raw}}”没有给出时间；应写完成期限（如 {{example}}）、时长（如 ≤30天）或及时率（如 ≥95%）",
      en: "Timeliness indicator “{{name}}”: “{{raw}}” states no time; write a deadline (e.g. {{example}}), a duration (≤30天) or an on-time rate (≥95%)",
    },
  },
  fixable: false,
  hasSuggestions: false,
  // `及时` on a 时效 row: saying what a 时效 value must be beats calling it vague
  overrides: ["vague-qualitative"],
  check(ctx) {
    const yearOf = budgetYears(ctx.model, ctx.config);
    for (const sheet of ctx.model.sheets) {
      const example = deadlineExample(yearOf(sheet));
      for (const p of sheet.projects) {
        for (const ind of p.indicators) {
          const v = ind.value;
          if (!isTimeliness(ind) || v.kind !== "qualitative" || v.deadline || v.period) continue;
          const t = normalizeValueText(v.raw);
          // a figure in the text (及时率100%, 7*24小时) states something checkable; words alone do not
          if (!t || /\d/.test(t) || DURATION.test(t) || TIME_WORD.test(t)) continue;
          ctx.report({ project: p, at: ind.cells.value, indicator: ind.name, data: { name: ind.name, raw: v.raw, example } });
        }
      }
    }
  },
});

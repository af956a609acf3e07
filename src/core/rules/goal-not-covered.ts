import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { IndicatorRow } from "../model";
import { memoize } from "../memoize";
import { normalizeValueText } from "../value/normalize";
import type { ParsedValue } from "../value/parse";
import { unitFamily } from "../value/units";

/** Units a goal states a target in; money is left out (goals restate the budget and its parts). Longest first. */
const GOAL_UNITS = [
  "个工作日",
  "工作日",
  "个月",
  "小时",
  "课时",
  "学时",
  "人次",
  "场次",
  "班次",
  "期次",
  "批次",
  "户次",
  "件次",
  "天",
  "人",
  "名",
  "个",
  "次",
  "场",
  "件",
  "份",
  "册",
  "本",
  "套",
  "台",
  "项",
  "家",
  "户",
  "期",
  "批",
  "篇",
  "条",
  "所",
  "处",
  "宗",
  "起",
  "例",
  "班",
  "%",
];

/**
 * `培训500人次`, `覆盖3个区`, `1.2万人次`, `2名以上`: a number with 万/千 and a unit. Not an ordinal (第3期), a
 * clause number (`1.`), a product (7*24小时), a frequency (每季度1次), a year or a date (年/月/日 are not in the list), 个百分点.
 */
const QUANTITY = new RegExp(`(?<![\\d.第*×xX])(\\d+(?:\\.\\d+)?)(万|千)?(?:余|多)?(${GOAL_UNITS.join("|")})(?!百分点)`, "g");

interface Quantity {
  number: number;
  family: string;
  text: string;
}

const familyOf = (unit: string) => (unit === "个月" ? "time" : (unitFamily(unit) ?? "other"));

/**
 * The quantities a text states, each with the words around it (`培训500人次`, `覆盖3个区`). Remembered per text (names
 * and values repeat down a large sheet): the list is shared, read it only.
 */
const quantitiesIn = memoize<string, readonly Quantity[]>(quantitiesOf);

function quantitiesOf(text: string): Quantity[] {
  const t = normalizeValueText(text);
  const out: Quantity[] = [];
  for (const m of t.matchAll(QUANTITY)) {
    const scale = m[2] === "万" ? 1e4 : m[2] === "千" ? 1e3 : 1;
    // the clause's words before it (培训对象满意度达到95%); after a bare 个, the noun it counts (3个区)
    const end = (m.index ?? 0) + m[0].length;
    const before = /[\u4e00-\u9fff]{0,10}$/.exec(t.slice(0, m.index))?.[0] ?? "";
    // a frequency (每季度1次, 每月2期) is carried as a yearly count (≥4次), not as the same number
    if (/每[\u4e00-\u9fff]{0,6}$/.test(before)) continue;
    const after = m[3] === "个" ? (/^[\u4e00-\u9fff]{0,2}/.exec(t.slice(end))?.[0] ?? "") : "";
    out.push({ number: Number.parseFloat(m[1]) * scale, family: familyOf(m[3]), text: `${before}${m[0]}${after}` });
  }
  return out;
}

/** Numbers an indicator carries, each with its unit family (null: no unit, matches any). */
function carried(ind: IndicatorRow): Array<{ number: number; family: string | null }> {
  const out: Array<{ number: number; family: string | null }> = [];
  const add = (v: ParsedValue) => {
    const family = v.unit || v.unitPrefix ? familyOf(v.unit ?? v.unitPrefix ?? "") : null;
    if (v.number !== null) out.push({ number: v.number, family });
    if (v.range) out.push({ number: v.range.low, family }, { number: v.range.high, family });
    for (const part of v.parts ?? []) add(part);
  };
  add(ind.value);
  for (const text of [ind.name, ind.description ?? "", ind.value.raw]) {
    for (const q of quantitiesIn(text)) out.push({ number: q.number, family: q.family });
  }
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

export default defineRule({
  id: "goal-not-covered",
  title: { zh: "绩效目标的数量没有对应指标", en: "Goal quantity without an indicator" },
  defaultSeverity: "info",
  docs: {
    zh: "绩效目标文字中写明的数量（如培训500人次、覆盖3个区）没有任何指标体现",
    en: "A quantity the goal text states (培训500人次, 覆盖3个区) is carried by no indicator",
    example: { bad: "绩效目标：全年培训500人次；指标只有 培训合格率 ≥90%", good: "增加 培训人次 ≥500人次" },
  },
  messages: {
    default: {
      zh: "项目“{{name}}”的绩效目标写明了{{items}}，但没有指标体现，建议补充相应的数量指标",
      en: "Project “{{name}}”: the goal states {{items}}, which no indicator carries; consider adding matching targets",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachProject(ctx.model, (p) => {
      if (!p.goal || p.indicators.length === 0) return;
      const wanted = quantitiesIn(p.goal);
      if (wanted.length === 0) return;
      const have = p.indicators.flatMap(carried);
      const missing = wanted.filter((q) => !have.some((h) => same(h.number, q.number) && (h.family === null || h.family === q.family)));
      const items = [...new Set(missing.map((q) => `“${q.text}”`))];
      if (items.length === 0) return;
      ctx.report({
        project: p,
        at: p.goalCell ?? p.nameCell ?? { row: p.firstRow, col: 1 },
        data: { name: p.name, items: items.slice(0, 5).join("、") + (items.length > 5 ? " 等" : "") },
      });
    });
  },
});

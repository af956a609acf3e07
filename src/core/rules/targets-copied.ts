import * as z from "zod/mini";
import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { ProjectBlock } from "../model";
import { nameKey } from "../value/normalize";
import { formatPlain } from "../value/parse";
import { MONEY_FACTORS, unitFamily } from "../value/units";

interface Options {
  similarity: number;
  budgetRatio: number;
}

/** Fewer indicators than this and two projects share them by chance (满意度 ≥90%, 完成率 100%). */
const MIN_INDICATORS = 4;

interface Entry {
  p: ProjectBlock;
  budget: number;
  keys: Set<string>;
  /** Keys of targets that should scale with money: counts, amounts (not %, not words). */
  scaling: Set<string>;
  /** The rarest keys: two sets similar enough must share one of them (prefix filtering). */
  prefix: string[];
}

function entryOf(p: ProjectBlock): Omit<Entry, "prefix"> | null {
  if (!p.budget || p.budget.amount <= 0) return null;
  const keys = new Set<string>();
  const scaling = new Set<string>();
  for (const ind of p.indicators) {
    const key = `${nameKey(ind.name)}|${nameKey(ind.value.raw)}`;
    keys.add(key);
    const family = unitFamily(ind.value.unit ?? ind.value.unitPrefix ?? null);
    if (ind.value.number !== null && (family === "count" || family === "money")) scaling.add(key);
  }
  if (keys.size < MIN_INDICATORS) return null;
  return { p, budget: p.budget.amount * MONEY_FACTORS[p.budget.unit], keys, scaling };
}

/** Shared keys over the larger set: 0.8 means four in five of the larger project's targets are the other's. */
function similarity(a: Entry, b: Entry): { score: number; scalingShared: boolean } {
  let shared = 0;
  let scalingShared = false;
  const [small, large] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  for (const k of small.keys) {
    if (!large.keys.has(k)) continue;
    shared++;
    if (small.scaling.has(k)) scalingShared = true;
  }
  return { score: shared / large.keys.size, scalingShared };
}

export default defineRule<"default", false, false, Options>({
  id: "targets-copied",
  title: { zh: "指标照搬其他项目", en: "Targets copied from another project" },
  defaultSeverity: "warning",
  docs: {
    zh: "两个项目的指标（名称和指标值）大部分相同，预算却相差数倍：目标没有随资金确定（孤立化）",
    en: "Two projects share most of their targets (name and value) while their budgets differ several times: the targets do not follow the money",
    example: { bad: "预算 20 万元和 100 万元的两个项目都写 培训人数 ≥200人 …", good: "按各自资金测算数量指标" },
  },
  options: {
    schema: z.strictObject({
      similarity: z.optional(z.number().check(z.minimum(0.5), z.maximum(1))),
      budgetRatio: z.optional(z.number().check(z.minimum(1))),
    }),
    defaults: { similarity: 0.8, budgetRatio: 2 },
    docs: {
      similarity: {
        zh: "相同指标（名称和指标值）占较多一方指标的比例，达到即视为照搬（默认 0.8）",
        en: "Share of the larger project's targets (name and value) the two have in common to count as copied (default 0.8)",
      },
      budgetRatio: {
        zh: "两个项目预算数之比达到多少倍才报告（默认 2）",
        en: "How many times one budget must exceed the other to report (default 2)",
      },
    },
  },
  messages: {
    default: {
      zh: "项目“{{name}}”（预算 {{budget}}）的指标有 {{percent}}% 与{{where}}项目“{{other}}”（预算 {{otherBudget}}）相同，预算相差 {{ratio}} 倍，指标值应按本项目资金测算",
      en: "Project “{{name}}” (budget {{budget}}) shares {{percent}}% of its targets with project “{{other}}”{{whereEn}} (budget {{otherBudget}}), a budget {{ratio}} times different; set targets from this project's own money",
    },
  },
  fixable: false,
  check(ctx) {
    const { similarity: threshold, budgetRatio } = ctx.options;
    const raw: Array<Omit<Entry, "prefix">> = [];
    forEachProject(ctx.model, (p) => {
      const e = entryOf(p);
      if (e) raw.push(e);
    });
    // prefix filtering: order keys rarest first; sets sharing ≥ t of the larger one share a key among each one's
    // first |A| − ⌈t·|A|⌉ + 1 rarest keys, so only those are indexed and boilerplate (满意度 ≥90%) never pairs by itself
    const df = new Map<string, number>();
    for (const e of raw) for (const k of e.keys) df.set(k, (df.get(k) ?? 0) + 1);
    const entries: Entry[] = raw.map((e) => {
      const sorted = [...e.keys].sort((a, b) => (df.get(a) as number) - (df.get(b) as number) || (a < b ? -1 : 1));
      return { ...e, prefix: sorted.slice(0, sorted.length - Math.ceil(threshold * sorted.length) + 1) };
    });
    const index = new Map<string, number[]>();
    const reported = new Set<number>();
    entries.forEach((b, j) => {
      const candidates = new Set<number>();
      for (const k of b.prefix) for (const i of index.get(k) ?? []) candidates.add(i);
      for (const k of b.prefix) {
        const list = index.get(k);
        if (list) list.push(j);
        else index.set(k, [j]);
      }
      if (reported.has(j)) return;
      for (const i of [...candidates].sort((x, y) => x - y)) {
        const a = entries[i];
        const ratio = Math.max(a.budget, b.budget) / Math.min(a.budget, b.budget);
        // the same code twice is duplicate-project's finding
        if (ratio < budgetRatio || (a.p.code && a.p.code === b.p.code)) continue;
        const { score, scalingShared } = similarity(a, b);
        if (score < threshold - 1e-9 || !scalingShared) continue;
        reported.add(j);
        const otherSheet = a.p.sheet !== b.p.sheet;
        const money = (q: ProjectBlock) => (q.budget ? `${formatPlain(q.budget.amount)}${q.budget.unit}` : "");
        ctx.report({
          project: b.p,
          at: b.p.nameCell ?? { row: b.p.firstRow, col: 1 },
          data: {
            name: b.p.name,
            budget: money(b.p),
            percent: Math.round(score * 100),
            other: a.p.name,
            otherBudget: money(a.p),
            ratio: formatPlain(Math.round(ratio * 10) / 10),
            where: otherSheet ? `工作表“${a.p.sheet}”的` : "",
            whereEn: otherSheet ? ` on sheet “${a.p.sheet}”` : "",
          },
        });
        break;
      }
    });
  },
});

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

/** Comparisons per project at most: a bucket of thousands with the same counts stays linear. */
const MAX_COMPARED = 64;

interface Entry {
  p: ProjectBlock;
  budget: number;
  /** Every target (name and value) as its TargetIds number. */
  keys: Set<number>;
  /** Counts and amounts, sorted and joined: what should follow the money. Projects pair only when theirs are identical. */
  signature: string;
}

/**
 * Numbers each distinct target (name and value, compared by nameKey) in the order first seen: sets of numbers
 * rather than of joined texts, which a large workbook would build by the tens of thousands.
 */
class TargetIds {
  private readonly byName = new Map<string, Map<string, number>>();
  private next = 0;

  of(name: string, value: string): number {
    const n = nameKey(name);
    let byValue = this.byName.get(n);
    if (!byValue) this.byName.set(n, (byValue = new Map<string, number>()));
    const v = nameKey(value);
    let id = byValue.get(v);
    if (id === undefined) byValue.set(v, (id = this.next++));
    return id;
  }
}

function entryOf(p: ProjectBlock, ids: TargetIds): Entry | null {
  if (!p.budget || p.budget.amount <= 0) return null;
  const keys = new Set<number>();
  const scaling = new Set<number>();
  for (const ind of p.indicators) {
    const k = ids.of(ind.name, ind.value.raw);
    keys.add(k);
    const family = unitFamily(ind.value.unit ?? ind.value.unitPrefix ?? null);
    if (ind.value.number !== null && (family === "count" || family === "money")) scaling.add(k);
  }
  if (keys.size < MIN_INDICATORS || scaling.size === 0) return null;
  const budget = p.budget.amount * MONEY_FACTORS[p.budget.unit];
  return { p, budget, keys, signature: [...scaling].sort((a, b) => a - b).join(",") };
}

/** Shared keys over the larger set: 0.8 means four in five of the larger project's targets are the other's. */
function similarity(a: Entry, b: Entry): number {
  let shared = 0;
  const [small, large] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  for (const k of small.keys) if (large.keys.has(k)) shared++;
  return shared / large.keys.size;
}

const money = (q: ProjectBlock) => (q.budget ? `${formatPlain(q.budget.amount)}${q.budget.unit}` : "");

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
  hasSuggestions: false,
  check(ctx) {
    const { similarity: threshold, budgetRatio } = ctx.options;
    // bucketed by their counts and amounts, each bucket sorted by budget: only projects whose quantity targets are
    // word for word the same and whose budgets are far enough apart are compared (2,400 projects: no 2.9 million pairs)
    const buckets = new Map<string, Entry[]>();
    const ids = new TargetIds();
    forEachProject(ctx.model, (p) => {
      const b = entryOf(p, ids);
      if (!b) return;
      const sorted = buckets.get(b.signature) ?? [];
      buckets.set(b.signature, sorted);
      const a = partner(sorted, b);
      sorted.splice(firstAbove(sorted, b.budget), 0, b);
      if (!a) return;
      const ratio = Math.max(a.budget, b.budget) / Math.min(a.budget, b.budget);
      const otherSheet = a.p.sheet !== b.p.sheet;
      ctx.report({
        project: p,
        at: p.nameCell ?? { row: p.firstRow, col: 1 },
        data: {
          name: p.name,
          budget: money(p),
          percent: Math.round(similarity(a, b) * 100),
          other: a.p.name,
          otherBudget: money(a.p),
          ratio: formatPlain(Math.round(ratio * 10) / 10),
          where: otherSheet ? `工作表“${a.p.sheet}”的` : "",
          whereEn: otherSheet ? ` on sheet “${a.p.sheet}”` : "",
        },
      });
    });

    /** An earlier project of the bucket with a budget `budgetRatio` times smaller or larger and similar targets. */
    function partner(sorted: Entry[], b: Entry): Entry | null {
      const eps = 1 + 1e-9;
      const low = firstAbove(sorted, (b.budget / budgetRatio) * eps);
      const high = firstAbove(sorted, (b.budget * budgetRatio) / eps - 1e-9);
      const candidates = [...sorted.slice(Math.max(0, low - MAX_COMPARED), low).reverse(), ...sorted.slice(high, high + MAX_COMPARED)];
      for (const a of candidates.slice(0, MAX_COMPARED)) {
        // the same code twice is duplicate-project's finding
        if (a.p.code && a.p.code === b.p.code) continue;
        if (similarity(a, b) >= threshold - 1e-9) return a;
      }
      return null;
    }
  },
});

/** Index of the first entry whose budget is above `budget` (entries sorted by budget). */
function firstAbove(sorted: readonly Entry[], budget: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].budget <= budget) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

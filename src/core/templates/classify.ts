/**
 * Suggests a project type from what the block says of itself: its name weighs most, then its purpose
 * (资金用途) and 绩效目标 text, then the names of the indicators it already has.
 */
import type { ProjectBlock } from "../model";
import { nameKey } from "../value/normalize";
import type { ProjectType } from "./schema";

export interface TypeScore {
  typeId: string;
  name: string;
  /** 0..1, the share of the evidence this type got (the three shown sum to at most 1). */
  score: number;
  /** The words that matched, for the user to see why. */
  matched: string[];
}

const WEIGHTS = { namePhrase: 8, nameKeyword: 4, nameHead: 4, textPhrase: 2, textKeyword: 1, indicatorKeyword: 0.5 };

/** Chinese names are head-final: 公证E通系统 is a 系统, 法律培训费 a 培训. Money words at the end are not the head. */
function headOf(name: string): string {
  return name.replace(/(专项资金|工作经费|业务经费|业务费|经费|资金|费用|费|项目|专项|补助|支出)+$/, "");
}

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export interface ClassifyInput {
  name: string;
  purpose?: string | null;
  goal?: string | null;
  indicators?: string[];
}

export function classify(input: ClassifyInput, types: readonly ProjectType[], top = 3): TypeScore[] {
  const name = nameKey(input.name);
  const head = headOf(name);
  const text = nameKey(`${input.purpose ?? ""}${input.goal ?? ""}`);
  const inds = nameKey((input.indicators ?? []).join("|"));
  const raw = types.map((t) => {
    let score = 0;
    const matched = new Set<string>();
    for (const p of t.phrases ?? []) {
      const k = nameKey(p);
      if (name.includes(k)) {
        score += WEIGHTS.namePhrase;
        matched.add(p);
      }
      const c = Math.min(3, count(text, k));
      if (c) {
        score += WEIGHTS.textPhrase * c;
        matched.add(p);
      }
    }
    for (const w of t.keywords) {
      const k = nameKey(w);
      if (name.includes(k)) {
        score += WEIGHTS.nameKeyword + (head.endsWith(k) ? WEIGHTS.nameHead : 0);
        matched.add(w);
      }
      const c = Math.min(3, count(text, k));
      if (c) {
        score += WEIGHTS.textKeyword * c;
        matched.add(w);
      }
      const ci = Math.min(6, count(inds, k));
      if (ci) {
        score += WEIGHTS.indicatorKeyword * ci;
        matched.add(w);
      }
    }
    return { typeId: t.id, name: t.name, raw: score, matched: [...matched] };
  });
  const total = raw.reduce((s, r) => s + r.raw, 0);
  return raw
    .filter((r) => r.raw > 0)
    .sort((a, b) => b.raw - a.raw)
    .slice(0, top)
    .map((r) => ({ typeId: r.typeId, name: r.name, score: Math.round((r.raw / total) * 1000) / 1000, matched: r.matched }));
}

export function classifyProject(p: ProjectBlock, types: readonly ProjectType[], top = 3): TypeScore[] {
  return classify({ name: p.name, purpose: p.purpose, goal: p.goal, indicators: p.indicators.map((i) => i.name) }, types, top);
}

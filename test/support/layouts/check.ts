/** Compares what the recogniser read with what a person reads from a built sheet. */
import type { SheetModel } from "../../../src/core/model";
import type { Expected, ExpectedIndicator, ExpectedProject } from "./spec";
import { squash } from "./values";

export interface View {
  status: string;
  projects: ExpectedProject[];
}

/** The expected reading, in the shape `readView` gives, for `toEqual`. */
export function expectedView(e: Expected): View {
  return { status: "ok", projects: e.projects };
}

/** What the recogniser read, reduced to the expected fields (raw only where a raw is expected). */
export function readView(m: SheetModel, e: Expected): View {
  return {
    status: m.status,
    projects: m.projects.map((p, k) => ({
      name: p.name,
      budget: p.budget?.amount ?? null,
      columns: { name: p.columns.name ?? -1, value: p.columns.value ?? -1 },
      indicators: p.indicators.map((i, n): ExpectedIndicator => {
        const want = e.projects[k]?.indicators[n];
        const isDate = !!want && want.deadline !== null;
        return {
          level1: i.level1 as ExpectedIndicator["level1"],
          level2: i.level2,
          name: squash(i.name),
          raw: isDate ? null : squash(i.value.raw),
          deadline: isDate ? i.value.deadline : null,
        };
      }),
    })),
  };
}

export interface Tally {
  right: number;
  total: number;
}

export interface Score {
  sheets: Tally;
  names: Tally;
  values: Tally;
  levels: Tally;
  budgets: Tally;
}

export function emptyScore(): Score {
  const t = (): Tally => ({ right: 0, total: 0 });
  return { sheets: t(), names: t(), values: t(), levels: t(), budgets: t() };
}

function count(t: Tally, ok: boolean): boolean {
  t.total++;
  if (ok) t.right++;
  return ok;
}

/**
 * Adds one sheet to the score. Indicators are matched by position within a project matched by
 * position: an extra or missing project or row counts every expected item under it as wrong.
 */
export function addToScore(s: Score, m: SheetModel, e: Expected): void {
  const got = readView(m, e);
  let all = m.status === "ok" && m.projects.length === e.projects.length;
  e.projects.forEach((want, k) => {
    const p = got.projects[k];
    all = count(s.budgets, !!p && p.budget === want.budget) && all;
    all = count(s.names, !!p && p.name === want.name) && all;
    want.indicators.forEach((wi, n) => {
      const gi = p && p.indicators.length === want.indicators.length ? p.indicators[n] : undefined;
      all = count(s.names, !!gi && gi.name === wi.name) && all;
      all = count(s.values, !!gi && gi.raw === wi.raw && gi.deadline === wi.deadline) && all;
      all = count(s.levels, !!gi && gi.level1 === wi.level1 && gi.level2 === wi.level2) && all;
    });
  });
  count(s.sheets, all);
}

export function share(t: Tally): string {
  return t.total === 0 ? "n/a" : `${((100 * t.right) / t.total).toFixed(1)}% (${t.right}/${t.total})`;
}

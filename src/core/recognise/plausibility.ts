/**
 * Does a table read like an indicator table? Values that read as targets, names that differ within a
 * project, known 一级 categories. A table that reads implausibly is reported once (`table-unreadable`)
 * with what was understood, instead of dozens of findings built on a wrong reading.
 */
import type { IndicatorRow, Plausibility, ProjectBlock, TableInfo } from "../model";
import { readsAsTarget } from "./column-profile";
import { isKnownLevel1 } from "./levels";

/** Fewer indicators than this say too little to judge. */
const MIN_INDICATORS = 3;

export function measurePlausibility(projects: ReadonlyArray<{ indicators: readonly IndicatorRow[] }>, hasLevel1: boolean) {
  // a form's table holds one project: no flatMap (slow) for it
  const all = projects.length === 1 ? projects[0].indicators : projects.flatMap((p) => p.indicators);
  const filled = all.filter((i) => i.value.kind !== "empty");
  const valuesRead = filled.filter((i) => i.value.kind === "quantitative" || readsAsTarget(i.value.raw)).length;
  let names = 0;
  let distinct = 0;
  for (const p of projects) {
    names += p.indicators.length;
    distinct += new Set(p.indicators.map((i) => i.name)).size;
  }
  const levelsKnown = hasLevel1 ? all.filter((i) => isKnownLevel1(i.level1)).length : null;
  const out: Plausibility = {
    indicators: all.length,
    valuesFilled: filled.length,
    valuesRead,
    distinctNames: distinct,
    levelsKnown,
    problems: [],
  };
  if (all.length < MIN_INDICATORS) return out;
  if (filled.length >= MIN_INDICATORS && valuesRead / filled.length < 0.5) out.problems.push("values");
  if (names >= 4 && distinct / names < 0.5) out.problems.push("names");
  if (levelsKnown !== null && levelsKnown / all.length < 0.5) out.problems.push("levels");
  return out;
}

/** A sheet's projects by the table they were read from, in order (one pass: a sheet of a thousand forms has a thousand tables). */
export function projectsByTable(projects: readonly ProjectBlock[]): Map<TableInfo, ProjectBlock[]> {
  const byTable = new Map<TableInfo, ProjectBlock[]>();
  for (const p of projects) {
    const blocks = byTable.get(p.table);
    if (blocks) blocks.push(p);
    else byTable.set(p.table, [p]);
  }
  return byTable;
}

/** The plausibility of a table read as `blocks`. */
export function tablePlausibility(table: TableInfo, blocks: readonly ProjectBlock[]): Plausibility {
  return measurePlausibility(blocks, table.columns.level1 !== undefined);
}

/** Stages 1 and 2 of the insert plan: select the template indicators to add, and place them in the block. */
import type { ProjectBlock } from "../model";
import { type Equivalence, findEquivalent } from "./equivalent";
import { type Item, type PlanOptions, type Placement, RANK, type Selection, type SkippedIndicator, type Wanted } from "./plan-types";
import type { ProjectType } from "./schema";

// ---------------------------------------------------------------------------------------------- 1. select

/** Template indicators to add (costs moved under 产出指标 in older-framework blocks) and those the block already has. */
export function selectIndicators(block: ProjectBlock, type: ProjectType, opts: PlanOptions = {}): Selection {
  const inds = block.indicators;
  const legacy = opts.legacyCost ?? inds.some((i) => i.level1 === "产出指标" && i.level2 === "成本指标");
  const toAdd: Wanted[] = [];
  const matched: Selection["matched"] = [];
  for (const t of type.indicators) {
    const cost = t.level1 === "成本指标";
    const w: Wanted = { ...t, level1: cost && legacy ? "产出指标" : t.level1, level2: cost && legacy ? "成本指标" : t.level2 };
    const eq = findEquivalent(w, inds);
    if (eq) matched.push({ name: t.name, eq });
    else toAdd.push(w);
  }
  return { toAdd, matched };
}

export function skippedEntry(name: string, eq: Equivalence, row: number): SkippedIndicator {
  const e = eq.existing;
  const l2 = e.level2 ? `“${e.level2}”下` : "";
  const [reason, reasonEn] =
    eq.kind === "name"
      ? [`已有同名指标“${e.name}”（第 ${row} 行）`, `"${e.name}" is already there (row ${row})`]
      : eq.kind === "similar"
        ? [`${l2}已有意思相同的指标“${e.name}”（第 ${row} 行）`, `a similar indicator "${e.name}" is already there (row ${row})`]
        : [
            `${l2}已有同类指标“${e.name}”（第 ${row} 行，都是按 ${eq.detail.replace(/^money/, "元")} 计的目标）`,
            `"${e.name}" (row ${row}) already sets a target in the same unit (${eq.detail})`,
          ];
  const entry = { name, reason, reasonEn, existing: { name: e.name, row } };
  Object.defineProperty(entry, "toString", { value: () => name, enumerable: false });
  return entry;
}

// ---------------------------------------------------------------------------------------------- 2. place

/** Where each new indicator goes: after its 一级/二级 run, else after its 一级 group, else a new group in framework order. */
export function placeIndicators(block: ProjectBlock, toAdd: readonly Wanted[]): Placement[] {
  const inds = block.indicators;
  const hasLevels = block.columns.level1 !== undefined;
  const groupLast = new Map<string, number>();
  const subLast = new Map<string, number>();
  const order: string[] = [];
  for (const i of inds) {
    const l1 = i.level1 ?? "";
    if (!groupLast.has(l1)) order.push(l1);
    groupLast.set(l1, i.row);
    subLast.set(`${l1}|${i.level2 ?? ""}`, i.row);
  }
  const end = (inds.length ? inds[inds.length - 1].row : Math.max(...block.headerRows, block.lastRow)) + 1;

  const byAt = new Map<number, Item[]>();
  for (const ind of toAdd) {
    let at = end;
    let ext: string | null = null;
    if (hasLevels) {
      const sub = subLast.get(`${ind.level1}|${ind.level2}`);
      const prev = sub ?? groupLast.get(ind.level1);
      if (prev !== undefined) {
        at = prev + 1;
        ext = ind.level1;
      } else {
        // a new 一级 group: after the last group that comes before it in the framework, else before the first
        const before = order.filter((l) => (RANK[l] ?? 99) < (RANK[ind.level1] ?? 99));
        at = before.length ? (groupLast.get(before[before.length - 1]) as number) + 1 : inds.length ? inds[0].row : end;
      }
    }
    byAt.set(at, [...(byAt.get(at) ?? []), { ind, extends: ext }]);
  }
  for (const list of byAt.values()) {
    // extension rows of the group above first, then new groups in framework order, keeping template order within
    list.sort(
      (a, b) => (a.extends ? 0 : 1) - (b.extends ? 0 : 1) || (a.extends ? 0 : (RANK[a.ind.level1] ?? 99) - (RANK[b.ind.level1] ?? 99)),
    );
  }
  return [...byAt.entries()].sort((a, b) => b[0] - a[0]).map(([at, items]) => ({ at, items }));
}

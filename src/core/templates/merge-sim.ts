/** Merge-area helpers shared by the ops stage (build-ops.ts) and the guard (guard.ts). */
import type { MergedArea, SheetGrid } from "../grid";

export const spans = (m: MergedArea, col: number) => m.left <= col && col <= m.right;
export const overlaps = (a: MergedArea, b: MergedArea) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const tall = (m: MergedArea) => m.bottom > m.top;

/** The sheet's merged areas as the plan's operations change them (for placing merges and for the guard). */
export class MergeSim {
  areas: MergedArea[];
  constructor(sheet: SheetGrid) {
    this.areas = sheet.merges.map((m) => ({ ...m }));
  }
  at(row: number, col: number): MergedArea | undefined {
    return this.areas.find((m) => m.top <= row && row <= m.bottom && spans(m, col));
  }
  /** As Excel inserts rows: areas below move down, areas across the point grow. */
  insert(at: number, count: number): void {
    this.areas = this.areas.map((m) =>
      m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m,
    );
  }
  remove(area: MergedArea): void {
    this.areas = this.areas.filter((m) => !overlaps(m, area));
  }
  /** Adds an area; false when it would overlap one already there (Excel refuses that merge). */
  add(area: MergedArea): boolean {
    if (this.areas.some((m) => overlaps(m, area))) return false;
    this.areas.push({ ...area });
    return true;
  }
}

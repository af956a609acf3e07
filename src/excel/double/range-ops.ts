/** What range.copyFrom, merge and clear do to the in-memory sheet, with Excel's refusals around merged cells. */
import type { MergedArea } from "../../core/grid";
import { FakeOfficeError } from "./batch";
import { contains, FORMAT_KEYS, intersects, type MemCell, type MemSheet } from "./mem-sheet";

/** "We can't do that to a merged cell": a paste that covers part of a merged area (office-js#4800; support.microsoft.com "Cut, copy, and paste"). */
const partialMerge = (a: MergedArea) =>
  new FakeOfficeError("InvalidOperation", `Cannot change part of a merged cell (${a.top},${a.left}:${a.bottom},${a.right}).`);

function checkWhole(sheet: MemSheet, area: MergedArea): void {
  const cut = sheet.merges.find((m) => intersects(m, area) && !contains(area, m));
  if (cut) throw partialMerge(cut);
}

/**
 * copyFrom(source, "Formats") behaves like Paste Special → Formats: refused when the source or the destination
 * cuts a merged area; merged areas inside the source are pasted with the formats, the destination's own are replaced.
 */
export function copyFormats(to: { sheet: MemSheet; area: MergedArea }, from: { sheet: MemSheet; area: MergedArea }): void {
  checkWhole(from.sheet, from.area);
  checkWhole(to.sheet, to.area);
  const h = from.area.bottom - from.area.top + 1;
  const w = from.area.right - from.area.left + 1;
  const srcMerges = from.sheet.merges.filter((m) => contains(from.area, m));
  // only cells that hold something can differ: the columns either side has a cell in
  const cols = new Set<number>();
  for (const sheet of [from.sheet, to.sheet])
    for (const k of sheet.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      const inFrom = sheet === from.sheet && r >= from.area.top && r <= from.area.bottom && c >= from.area.left && c <= from.area.right;
      const inTo = sheet === to.sheet && r >= to.area.top && r <= to.area.bottom && c >= to.area.left && c <= to.area.right;
      if (inFrom) for (let c2 = to.area.left + ((c - from.area.left) % w); c2 <= to.area.right; c2 += w) cols.add(c2);
      if (inTo) cols.add(c);
    }
  for (let r = to.area.top; r <= to.area.bottom; r++) {
    for (const c of cols) {
      const src: MemCell | undefined = from.sheet.cell(from.area.top + ((r - to.area.top) % h), from.area.left + ((c - to.area.left) % w));
      const dst = to.sheet.ensure(r, c);
      for (const f of FORMAT_KEYS) (dst as unknown as Record<string, unknown>)[f] = src?.[f];
    }
  }
  to.sheet.merges = to.sheet.merges.filter((m) => !contains(to.area, m));
  for (let r0 = to.area.top; r0 + h - 1 <= to.area.bottom; r0 += h)
    for (let c0 = to.area.left; c0 + w - 1 <= to.area.right; c0 += w)
      for (const m of srcMerges) {
        const dr = r0 - from.area.top;
        const dc = c0 - from.area.left;
        to.sheet.merges.push({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc });
      }
}

/** Merging keeps the top-left value only, as Excel does; merging over an existing merged area is refused. */
export function mergeArea(sheet: MemSheet, area: MergedArea): void {
  if (sheet.merges.some((m) => intersects(m, area)))
    throw new FakeOfficeError("MergedRangeConflict", "Cannot merge over an existing merged area.");
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++)
      if ((r !== area.top || c !== area.left) && sheet.cell(r, c)) sheet.ensure(r, c).value = null;
  sheet.merges.push({ ...area });
}

export function clearArea(sheet: MemSheet, area: MergedArea): void {
  const inside = (k: string) => {
    const [r, c] = k.split(",").map(Number);
    return r >= area.top && r <= area.bottom && c >= area.left && c <= area.right;
  };
  for (const k of [...sheet.cells.keys()]) if (inside(k)) sheet.cells.delete(k);
  for (const k of [...sheet.hyperlinks.keys()]) if (inside(k)) sheet.hyperlinks.delete(k);
  sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
}

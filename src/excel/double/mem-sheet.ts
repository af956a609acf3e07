/**
 * One sheet of the in-memory workbook: cells (values, number formats, the few formats the add-in touches,
 * the `locked` flag), merged areas (the value in the top-left cell, as in Excel), conditional formats of every
 * type, hyperlinks. Row insertion and deletion move all of it as Excel does.
 */
import type { CellValue, MergedArea } from "../../core/grid";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface MemCell {
  value: CellValue;
  numberFormat?: string;
  formula?: string;
  fill?: string | null;
  bold?: boolean;
  fontColor?: string | null;
  wrap?: boolean;
  border?: boolean;
  /** Excel's default is locked; only `false` (unlocked, Format Cells → Protection) is stored. */
  locked?: boolean;
}

/** The formats copyFrom(…, "Formats") and row insertion carry. */
export const FORMAT_KEYS = ["fill", "bold", "fontColor", "wrap", "border", "numberFormat", "locked"] as const;

/** Excel.ConditionalFormatType: only `Custom` has `custom/rule/formula` (office-js#2180). */
export type MemConditionalFormatType =
  "Custom" | "ColorScale" | "DataBar" | "IconSet" | "CellValue" | "TopBottom" | "PresetCriteria" | "ContainsText";

export interface MemConditionalFormat {
  id: number;
  type: MemConditionalFormatType;
  areas: MergedArea[];
  /** The custom rule's formula (Custom only). */
  formula: string;
  fill: string | null;
}

/** A sheet's one AutoFilter (./auto-filter.ts). */
export interface MemAutoFilter {
  area: MergedArea;
  /** Rows the criteria hide; removing the filter shows them again (support.microsoft.com "Filter data in a range or table"). */
  hiddenRows: Set<number>;
}

export const intersects = (a: MergedArea, b: MergedArea): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const contains = (outer: MergedArea, inner: MergedArea): boolean =>
  outer.top <= inner.top && inner.bottom <= outer.bottom && outer.left <= inner.left && inner.right <= outer.right;

export class MemSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  readonly cells = new Map<string, MemCell>();
  merges: MergedArea[] = [];
  conditionalFormats: MemConditionalFormat[] = [];
  readonly hyperlinks = new Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>();
  frozenRows = 0;
  autoFilter: MemAutoFilter | null = null;
  readonly columnWidths = new Map<number, number>();

  constructor(public name: string) {}

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  cell(row: number, col: number): MemCell | undefined {
    return this.cells.get(MemSheet.key(row, col));
  }

  /** The cell, created when missing (for writes). */
  ensure(row: number, col: number): MemCell {
    const k = MemSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null };
      this.cells.set(k, c);
    }
    return c;
  }

  value(row: number, col: number): CellValue {
    return this.cell(row, col)?.value ?? null;
  }

  setValue(row: number, col: number, value: CellValue, numberFormat?: string): void {
    const c = this.ensure(row, col);
    c.value = value === "" ? null : value;
    if (numberFormat !== undefined) c.numberFormat = numberFormat;
  }

  /** Whether a write to the cell is refused: a protected sheet and a locked cell (the default). */
  isLocked(row: number, col: number): boolean {
    return this.protected && this.cell(row, col)?.locked !== false;
  }

  /** Last row and column holding a value (or any format when `valuesOnly` is false); null when empty. */
  usedArea(valuesOnly: boolean): MergedArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.cells) {
      const filled = c.value !== null && c.value !== "";
      if (valuesOnly ? !filled : !filled && !c.fill && !c.bold && !c.numberFormat) continue;
      // the key read in place: a split per cell cost the preview ~0.7 s on a 35,000-row sheet
      const comma = k.indexOf(",");
      const r = Number(k.slice(0, comma));
      const col = Number(k.slice(comma + 1));
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }

  mergeAt(row: number, col: number): MergedArea | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /**
   * Inserts `count` whole rows before `row`: cells, merges, links and conditional formats below move down;
   * merges spanning the point grow; the new rows take the formats of the row above, as Excel's Insert does
   * ("Format Same As Above", support.microsoft.com "Insert or delete rows and columns").
   */
  insertRows(row: number, count: number): void {
    this.shiftCells((r) => (r >= row ? r + count : r));
    const grow = (a: MergedArea) =>
      a.top >= row ? { ...a, top: a.top + count, bottom: a.bottom + count } : a.bottom >= row ? { ...a, bottom: a.bottom + count } : a;
    this.merges = this.merges.map(grow);
    for (const cf of this.conditionalFormats) cf.areas = cf.areas.map(grow);
    this.moveFilter(grow, (r) => (r >= row ? r + count : r));
    if (row <= 1) return;
    for (const [k, c] of [...this.cells]) {
      const [r, col] = k.split(",").map(Number);
      if (r !== row - 1) continue;
      const formats = Object.fromEntries(FORMAT_KEYS.filter((f) => c[f] !== undefined).map((f) => [f, c[f]]));
      if (Object.keys(formats).length === 0) continue;
      for (let i = 0; i < count; i++) Object.assign(this.ensure(row + i, col), formats);
    }
  }

  /** Deletes whole rows `row`..`row+count-1`, moving what is below up; merges shrink or vanish. */
  deleteRows(row: number, count: number): void {
    const last = row + count - 1;
    for (const k of [...this.cells.keys()]) {
      const r = Number(k.split(",")[0]);
      if (r >= row && r <= last) this.cells.delete(k);
    }
    for (const k of [...this.hyperlinks.keys()]) {
      const r = Number(k.split(",")[0]);
      if (r >= row && r <= last) this.hyperlinks.delete(k);
    }
    this.shiftCells((r) => (r > last ? r - count : r));
    const shrink = (a: MergedArea): MergedArea | null => {
      if (a.top > last) return { ...a, top: a.top - count, bottom: a.bottom - count };
      if (a.bottom < row) return a;
      const removed = Math.min(a.bottom, last) - Math.max(a.top, row) + 1;
      const top = a.top < row ? a.top : row;
      const bottom = a.bottom - removed - (a.top > row ? a.top - row : 0);
      return bottom < top ? null : { ...a, top, bottom };
    };
    this.merges = this.merges.map(shrink).filter((m): m is MergedArea => !!m && (m.bottom > m.top || m.right > m.left));
    for (const cf of this.conditionalFormats) cf.areas = cf.areas.map(shrink).filter((a): a is MergedArea => !!a);
    this.conditionalFormats = this.conditionalFormats.filter((cf) => cf.areas.length > 0);
    this.moveFilter(shrink, (r) => (r < row ? r : r > last ? r - count : null));
  }

  /** The AutoFilter's range moves and resizes with the rows, as a merged area does; its hidden rows move too. */
  private moveFilter(move: (a: MergedArea) => MergedArea | null, moveRow: (r: number) => number | null): void {
    if (!this.autoFilter) return;
    const area = move(this.autoFilter.area);
    const hidden = [...this.autoFilter.hiddenRows].map(moveRow).filter((r): r is number => r !== null);
    this.autoFilter = area && { area, hiddenRows: new Set(hidden) };
  }

  private shiftCells(move: (row: number) => number): void {
    const moved = new Map<string, MemCell>();
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(",").map(Number);
      moved.set(MemSheet.key(move(r), col), c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    const links = new Map(this.hyperlinks);
    this.hyperlinks.clear();
    for (const [k, v] of links) {
      const [r, col] = k.split(",").map(Number);
      this.hyperlinks.set(MemSheet.key(move(r), col), v);
    }
  }
}

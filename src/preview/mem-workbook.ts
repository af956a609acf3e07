/**
 * An in-memory workbook: what the browser preview shows and what the in-memory Excel object model
 * (fake-excel.ts) reads and writes. Cells hold values, number formats and the few formats the
 * add-in touches; merged areas hold their value in the top-left cell, as in Excel.
 */
import type { CellValue, MergedArea } from "../core/grid";

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
}

export interface MemConditionalFormat {
  id: number;
  areas: MergedArea[];
  formula: string;
  fill: string | null;
}

export class MemSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  readonly cells = new Map<string, MemCell>();
  merges: MergedArea[] = [];
  conditionalFormats: MemConditionalFormat[] = [];
  readonly hyperlinks = new Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>();
  frozenRows = 0;
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

  /** Last row and column holding a value (or any format when `valuesOnly` is false); null when empty. */
  usedArea(valuesOnly: boolean): MergedArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.cells) {
      const filled = c.value !== null && c.value !== "";
      if (valuesOnly ? !filled : !filled && !c.fill && !c.bold && !c.numberFormat) continue;
      const [r, col] = k.split(",").map(Number);
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

  /** Inserts `count` whole rows before `row`: cells, merges, links and conditional formats below move down; merges spanning the point grow. */
  insertRows(row: number, count: number): void {
    this.shiftCells((r) => (r >= row ? r + count : r));
    this.merges = this.merges.map((m) =>
      m.top >= row ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= row ? { ...m, bottom: m.bottom + count } : m,
    );
    for (const cf of this.conditionalFormats) {
      cf.areas = cf.areas.map((a) =>
        a.top >= row ? { ...a, top: a.top + count, bottom: a.bottom + count } : a.bottom >= row ? { ...a, bottom: a.bottom + count } : a,
      );
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

export class MemWorkbook {
  sheets: MemSheet[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  /** Every context.sync() of the in-memory object model, and the response payload (bytes) of each. */
  syncCount = 0;
  readonly payloads: number[] = [];
  /** Simulates the user typing in a cell: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  private listeners = new Set<() => void>();

  addSheet(name: string): MemSheet {
    const s = new MemSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  sheet(name: string): MemSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  emit(): void {
    for (const fn of this.listeners) fn();
  }
}

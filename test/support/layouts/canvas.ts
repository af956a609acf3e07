/** A sheet under construction: cells and merges by 1-based row and column, as Excel numbers them. */
import { type CellValue, type MergedArea, type SheetGrid, makeSheet } from "../../../src/core/grid";

export class Canvas {
  private readonly rows: CellValue[][] = [];
  private readonly merges: MergedArea[] = [];
  /** Rows written so far (the next free row is `height + 1`). */
  height = 0;

  set(row: number, col: number, value: CellValue): void {
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
    if (row > this.height) this.height = row;
  }

  /** Merges the area (the value stays in its top-left cell); single cells are not merges. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    if (bottom > this.height) this.height = bottom;
  }

  /** Writes `value` at (row, col) merged over `rows` × `cols`. */
  put(row: number, col: number, value: CellValue, rows = 1, cols = 1): void {
    this.set(row, col, value);
    this.merge(row, col, row + rows - 1, col + cols - 1);
  }

  /** Leaves an empty row. */
  skip(): number {
    this.height++;
    while (this.rows.length < this.height) this.rows.push([]);
    return this.height;
  }

  toSheet(name: string): SheetGrid {
    while (this.rows.length < this.height) this.rows.push([]);
    return makeSheet(name, this.rows, this.merges);
  }
}

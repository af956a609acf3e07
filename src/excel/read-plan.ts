/**
 * Planning reads under Excel on the web's 5 MB payload limit (UTF-8 bytes, requests and responses alike): how many
 * rows a chunk may carry at the bytes per cell measured on the sheet, and how to split a chunk Excel refused.
 * Pure: tested on its own (test/excel/read-plan.test.ts).
 */

/** What one sync may carry: under the 5 MB limit with room for the response's own structure. */
export const PAYLOAD_BUDGET = 3.5 * 1024 * 1024;
/** Rows of each sheet read first, to measure its bytes per cell before planning the rest. */
export const PROBE_ROWS = 100;
/** Assumed before anything is measured: a long Chinese text in every cell (~121 bytes measured on summary sheets). */
export const WORST_BYTES_PER_CELL = 400;
/** Measured bytes per cell are multiplied by this: later rows may hold longer texts than the probe. */
export const HEADROOM = 1.5;
/** The least bytes per cell planned with (`""` and `"General"` with separators). */
const MIN_BYTES_PER_CELL = 16;
/** Beyond this many cells in a sheet's used range (values only), reading stops with a message naming the far cell (issue 13). */
export const MAX_READ_CELLS = 1_000_000;

export interface RowChunk {
  r0: number;
  n: number;
}

/** Bytes of a values + numberFormat response, as UTF-8 on the wire. */
export function responseBytes(values: unknown[][], numberFormat: unknown[][]): number {
  return utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(numberFormat));
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes per cell to plan with, from a probe's response over `cells` cells. */
export function plannedBytesPerCell(measuredBytes: number, cells: number): number {
  if (cells <= 0) return WORST_BYTES_PER_CELL;
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil((measuredBytes / cells) * HEADROOM));
}

/** Rows `from`..`rows-1` in chunks of at most `budget` bytes at `bytesPerCell` (at least one row each). */
export function rowChunks(from: number, rows: number, cols: number, bytesPerCell: number, budget = PAYLOAD_BUDGET): RowChunk[] {
  const per = Math.max(1, Math.floor(budget / (bytesPerCell * Math.max(1, cols))));
  const out: RowChunk[] = [];
  for (let r0 = from; r0 < rows; r0 += per) out.push({ r0, n: Math.min(per, rows - r0) });
  return out;
}

/** The two halves of a chunk Excel refused; null when it is one row. */
export function halve(c: RowChunk): [RowChunk, RowChunk] | null {
  if (c.n < 2) return null;
  const a = Math.floor(c.n / 2);
  return [
    { r0: c.r0, n: a },
    { r0: c.r0 + a, n: c.n - a },
  ];
}

/** Consecutive groups of items whose summed sizes stay under `budget` (an item alone may exceed it). */
export function groupUnder<T>(items: readonly T[], size: (t: T) => number, budget = PAYLOAD_BUDGET): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const it of items) {
    const b = size(it);
    if (current.length > 0 && bytes + b > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(it);
    bytes += b;
  }
  if (current.length) groups.push(current);
  return groups;
}

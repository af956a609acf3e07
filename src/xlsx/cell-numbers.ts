/** A cell's place and the plain numbers of a sheet, read from its text without making a string or an object. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/**
 * `AB12` (or the part of `ref` from `from` to `to`) as one number, (row - 1) * MAX_COL + col - 1; -1 when it is
 * no cell reference inside the sheet's bounds. A number rather than an object: read once per cell, it makes no garbage.
 */
export function cellIndex(ref: string, from = 0, to = ref.length): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === from || i === to || i > from + 3) return -1;
  let row = 0;
  for (; i < to; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return -1;
  return (row - 1) * MAX_COL + col - 1;
}

/** `AB12` → { row: 12, col: 28 }; null when it is no cell reference inside the sheet's bounds. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const k = cellIndex(ref);
  return k < 0 ? null : { row: Math.floor(k / MAX_COL) + 1, col: (k % MAX_COL) + 1 };
}

/**
 * The value of 1 to 15 ASCII digits, exactly what Number and parseFloat give for them; -1 for anything else
 * (the caller then asks Number or parseFloat). Most numbers in a sheet are such: V8 converts them from a
 * string in a slow runtime call.
 */
export function digitsValue(s: string): number {
  return digitsIn(s, 0, s.length);
}

/** digitsValue of the part of `s` from `from` to `to`, read where it stands. */
export function digitsIn(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

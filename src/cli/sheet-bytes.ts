/**
 * Setting cells of a worksheet part in its bytes, for the usual sheet: rows and cells carrying their addresses
 * (`<row r="7">`, `<c r="C7"`), as Excel writes every one. Each cell is found with a byte search from the one
 * before, its element replaced, its row's `spans` hint dropped, the dimension grown; every other byte is copied.
 * The result is what sheet-xml.ts gives through the sheet's text, without decoding, splitting, joining and
 * encoding 15 MB of XML for a 16,000-cell fix. Anything unusual (a cell without its address or not there yet,
 * the same cell written twice, cells out of order) returns null, and the caller takes the text path.
 */
import { Buffer } from "node:buffer";
import { boundsOf, cellRef } from "./cell-refs";
import { growDimension } from "./sheet-shift";
import { ROW_NUMBER, type RawCell, type SheetDoc, isTagNameEnd, worksheetPrefix } from "./sheet-xml";
import { removeAttr } from "./xml-text";

export interface CellAt {
  row: number;
  col: number;
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The index just past the `>` of the tag starting at `start` (quotes respected); -1 when it does not end. */
function tagEndAt(b: Buffer, start: number): number {
  let quote = 0;
  for (let i = start; i < b.length; i++) {
    const ch = b[i];
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return -1;
}

/** The first `<name` tag from `from`; -1 when none. */
function findTag(b: Buffer, open: string, from: number): number {
  for (let i = b.indexOf(open, from, "latin1"); i >= 0; i = b.indexOf(open, i + 1, "latin1")) {
    if (isTagNameEnd(b[i + open.length])) return i;
  }
  return -1;
}

interface Replacement {
  from: number;
  to: number;
  text: string;
}

/**
 * The part with each of `cells` replaced by what `make` returns for it (given the old element and a document
 * holding the sheet's prefix), or null when the sheet is not one this path reads.
 */
export function setCellsInBytes<T extends CellAt>(
  bytes: Uint8Array,
  cells: readonly T[],
  make: (doc: SheetDoc, old: RawCell, cell: T) => string,
): Uint8Array | null {
  if (cells.length === 0) return null;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = decoder.decode(b.subarray(0, 4096));
  const p = worksheetPrefix(start);
  if (!start.includes(`<${p}worksheet`)) return null;
  const dataAt = findTag(b, `<${p}sheetData`, 0);
  const openEnd = dataAt < 0 ? -1 : tagEndAt(b, dataAt);
  if (openEnd < 0 || b[openEnd - 2] === 47) return null;
  const doc: SheetDoc = { p, head: decoder.decode(b.subarray(0, openEnd)), rows: [], tail: "" };
  const bodyEnd = b.indexOf(`</${p}sheetData>`, openEnd, "latin1");
  if (bodyEnd < 0) return null;

  const ordered = [...cells].sort((x, y) => x.row - y.row || x.col - y.col);
  const out: Replacement[] = [];
  // the needles searched for at every cell, as bytes once (a string needle is encoded again at each search)
  const rowStartNeedle = Buffer.from(`<${p}row`, "latin1");
  const rowEndNeedle = Buffer.from(`</${p}row>`, "latin1");
  const cellEndNeedle = Buffer.from(`</${p}c>`, "latin1");
  let cursor = openEnd;
  // the row element around the last cell written: its start, the end of its open tag, its close, its number
  let rowAt = -1;
  let rowOpenEnd = -1;
  let rowEnd = -1;
  let rowNumber = -1;
  for (let i = 0; i < ordered.length; i++) {
    const w = ordered[i];
    if (i > 0 && ordered[i - 1].row === w.row && ordered[i - 1].col === w.col) return null;
    const at = b.indexOf(`<${p}c r="${cellRef(w.row, w.col)}"`, cursor, "latin1");
    if (at < 0 || at >= bodyEnd) return null;
    // the cell must sit in the row of its number, as the text path finds it
    const cellRow = b.lastIndexOf(rowStartNeedle, at);
    if (cellRow !== rowAt) {
      rowAt = cellRow;
      rowOpenEnd = rowAt < openEnd || !isTagNameEnd(b[rowAt + p.length + 4]) ? -1 : tagEndAt(b, rowAt);
      if (rowOpenEnd < 0 || rowOpenEnd > at || b[rowOpenEnd - 2] === 47) return null;
      rowEnd = b.indexOf(rowEndNeedle, rowOpenEnd);
      const rowOpen = decoder.decode(b.subarray(rowAt, rowOpenEnd));
      rowNumber = Number(ROW_NUMBER.exec(rowOpen)?.[1]);
      const kept = removeAttr(rowOpen, "spans");
      if (kept !== rowOpen) out.push({ from: rowAt, to: rowOpenEnd, text: kept });
    }
    if (rowNumber !== w.row || rowEnd < at) return null;
    const cellOpenEnd = tagEndAt(b, at);
    if (cellOpenEnd < 0 || cellOpenEnd > rowEnd) return null;
    let end = cellOpenEnd;
    if (b[cellOpenEnd - 2] !== 47) {
      const close = b.indexOf(cellEndNeedle, cellOpenEnd);
      if (close < 0 || close > rowEnd) return null;
      end = close + p.length + 4;
    }
    out.push({ from: at, to: end, text: make(doc, { col: w.col, xml: decoder.decode(b.subarray(at, end)) }, w) });
    cursor = end;
  }

  // the dimension grown once, by the box around every written cell
  growDimension(doc, boundsOf(ordered));
  return spliced(b, openEnd, doc.head, out);
}

/** `b` with its first `headEnd` bytes replaced by `head` and each replacement made, in one allocation. */
function spliced(b: Buffer, headEnd: number, head: string, out: readonly Replacement[]): Uint8Array {
  let size = Buffer.byteLength(head) + b.length - headEnd;
  for (const r of out) size += Buffer.byteLength(r.text) - (r.to - r.from);
  const result = Buffer.allocUnsafe(size);
  let at = result.write(head, 0);
  let from = headEnd;
  for (const r of out) {
    at += b.copy(result, at, from, r.from);
    at += result.write(r.text, at);
    from = r.to;
  }
  b.copy(result, at, from);
  return new Uint8Array(result.buffer, result.byteOffset, result.length);
}

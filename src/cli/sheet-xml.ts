/**
 * A worksheet part held as text around its rows: what precedes `<sheetData>` (head), its rows, and what follows
 * (tail). A row is parsed into cells only when a change needs it (a cell that carries its address is replaced
 * within the row's text); an untouched row is written back as the exact text it was read as. Cells are set here;
 * rows are shifted in sheet-shift.ts.
 */
import type { CellValue } from "../core/grid";
import { cellRef, parseCell } from "./cell-refs";
import { attrValue, attributes, escapeXml, removeAttr, setAttr, tagEnd } from "./xml-text";

export interface RawCell {
  col: number;
  /** The whole `<c …/>` or `<c …>…</c>` element. */
  xml: string;
}

export interface RawRow {
  row: number;
  /** The row's text, as read or with a cell replaced in it; null once taken apart (then `open` and `cells` describe it). */
  xml: string | null;
  open?: string;
  cells?: RawCell[];
}

export interface SheetDoc {
  /** The namespace prefix of the sheet's elements with its colon (`x:`), usually empty. */
  p: string;
  head: string;
  rows: RawRow[];
  tail: string;
}

const SLASH = 47;
/** A row's number in its opening tag. */
export const ROW_NUMBER = /\sr="(\d+)"/;

/** White space, `/` or `>`: the character after a tag's name (`<row ` or `<row>`, not `<rowBreaks`). */
export function isTagNameEnd(ch: number): boolean {
  return ch === 32 || ch === 47 || ch === 62 || ch === 9 || ch === 10 || ch === 13;
}

/** The namespace prefix of the sheet's elements with its colon (`x:`), from the text holding its root tag; "" for none. */
export function worksheetPrefix(xml: string): string {
  return /<([\w.-]+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
}

/** Where the next element opened by `open` (`<row`, `<x:c` …) starts, from `from` and before `limit`; -1 when none. */
function nextTag(xml: string, open: string, from: number, limit: number): number {
  for (let i = xml.indexOf(open, from); i >= 0 && i < limit; i = xml.indexOf(open, i + 1)) {
    if (isTagNameEnd(xml.charCodeAt(i + open.length))) return i;
  }
  return -1;
}

/** The end of the element whose opening tag ends at `tagStop`: past `close`, or `limit` when it is not closed. */
function elementEnd(xml: string, tagStop: number, close: string, limit: number): number {
  if (tagStop < 0) return limit;
  if (xml.charCodeAt(tagStop - 2) === SLASH) return tagStop;
  const at = xml.indexOf(close, tagStop);
  return at < 0 ? limit : at + close.length;
}

export function parseSheet(xml: string): SheetDoc {
  const p = worksheetPrefix(xml);
  const start = xml.search(new RegExp(`<${p}sheetData[\\s/>]`));
  if (start < 0) return { p, head: xml, rows: [], tail: "" };
  const openEnd = tagEnd(xml, start);
  const selfClosing = xml[openEnd - 2] === "/";
  const close = `</${p}sheetData>`;
  const bodyEnd = selfClosing ? openEnd : xml.indexOf(close, openEnd);
  const head = selfClosing ? `${xml.slice(start, openEnd - 2)}>` : xml.slice(0, openEnd);
  const rows: RawRow[] = [];
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  let last = 0;
  for (let at = nextTag(xml, rowOpen, openEnd, bodyEnd); at >= 0;) {
    const tagStop = tagEnd(xml, at);
    const end = elementEnd(xml, tagStop, rowClose, bodyEnd);
    const r = ROW_NUMBER.exec(xml.slice(at, tagStop));
    last = r ? Number(r[1]) : last + 1;
    rows.push({ row: last, xml: xml.slice(at, end) });
    at = nextTag(xml, rowOpen, end, bodyEnd);
  }
  return {
    p,
    head: selfClosing ? xml.slice(0, start) + head : head,
    rows,
    tail: selfClosing ? `${close}${xml.slice(openEnd)}` : xml.slice(bodyEnd),
  };
}

/** Parses a row's cells (once), so that it can be changed. */
export function openRow(doc: SheetDoc, row: RawRow): RawRow {
  if (row.xml === null) return row;
  const xml = row.xml;
  const stop = tagEnd(xml, 0);
  const selfClosing = xml[stop - 2] === "/";
  row.open = selfClosing ? `${xml.slice(0, stop - 2)}>` : xml.slice(0, stop);
  row.cells = [];
  const cellOpen = `<${doc.p}c`;
  const cellClose = `</${doc.p}c>`;
  let col = 0;
  for (let at = selfClosing ? -1 : nextTag(xml, cellOpen, stop, xml.length); at >= 0;) {
    const tagStop = tagEnd(xml, at);
    const end = elementEnd(xml, tagStop, cellClose, xml.length);
    const ref = attrValue(xml.slice(at, tagStop), "r");
    col = (ref && parseCell(ref)?.col) || col + 1;
    row.cells.push({ col, xml: xml.slice(at, end) });
    at = nextTag(xml, cellOpen, end, xml.length);
  }
  row.xml = null;
  return row;
}

export function serializeSheet(doc: SheetDoc): string {
  const parts: string[] = [doc.head];
  for (const r of doc.rows) parts.push(r.xml ?? rowText(doc, r));
  parts.push(doc.tail);
  return parts.join("");
}

function rowText(doc: SheetDoc, r: RawRow): string {
  const tag = r.open ?? `<${doc.p}row>`;
  const open = tag.includes(` r="${r.row}"`) ? tag : setAttr(tag, "r", String(r.row));
  const cells = r.cells ?? [];
  if (cells.length === 0) return `${open.slice(0, -1)}/>`;
  return `${open}${cells.map((c) => c.xml).join("")}</${doc.p}row>`;
}

/** The row numbered `row`, created (empty) where it belongs when absent. */
export function rowAt(doc: SheetDoc, row: number): RawRow {
  const i = rowIndex(doc, row);
  if (doc.rows[i]?.row === row) return openRow(doc, doc.rows[i]);
  const fresh: RawRow = { row, xml: null, open: `<${doc.p}row r="${row}">`, cells: [] };
  doc.rows.splice(i, 0, fresh);
  return fresh;
}

/** The index of the first row numbered `row` or more (rows are kept in order). */
export function rowIndex(doc: SheetDoc, row: number): number {
  let lo = 0;
  let hi = doc.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.rows[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The opening tag of a cell element. */
export function cellOpenTag(c: RawCell): string {
  return c.xml.slice(0, tagEnd(c.xml, 0));
}

/** The cell's attributes other than its value's (the style `s` above all), under its new address. */
function keptOpen(doc: SheetDoc, old: RawCell | undefined, row: number, col: number): string {
  let tag = old ? cellOpenTag(old) : `<${doc.p}c>`;
  if (tag.endsWith("/>")) tag = `${tag.slice(0, -2)}>`;
  for (const a of ["t", "cm", "vm"]) tag = removeAttr(tag, a);
  return setAttr(tag, "r", cellRef(row, col));
}

/** The cell's element holding `value` (text as an inline string), keeping the cell's style. */
export function cellWithValue(doc: SheetDoc, old: RawCell | undefined, row: number, col: number, value: CellValue): string {
  const open = keptOpen(doc, old, row, col);
  const { p } = doc;
  if (value === null || value === "") return `${open.slice(0, -1)}/>`;
  if (typeof value === "number") return `${open}<${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === "boolean") return `${setAttr(open, "t", "b")}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const t = `<${p}t xml:space="preserve">${escapeXml(value)}</${p}t>`;
  return `${setAttr(open, "t", "inlineStr")}<${p}is>${t}</${p}is></${p}c>`;
}

/**
 * In a row still held as text, the cell that carries its own address (`<c r="C7"`, as Excel writes every cell)
 * replaced where it stands, without taking the row apart into cells: a fix touches one or two cells of a row,
 * and splitting and joining every cell of thousands of rows was most of a large fix's writing time.
 */
function replaceInText(doc: SheetDoc, row: number, col: number, make: (old: RawCell) => string): { old: RawCell } | undefined {
  const r = doc.rows[rowIndex(doc, row)];
  if (r?.row !== row || r.xml === null) return undefined;
  const xml = r.xml;
  const at = xml.indexOf(`<${doc.p}c r="${cellRef(row, col)}"`);
  if (at < 0) return undefined;
  const end = elementEnd(xml, tagEnd(xml, at), `</${doc.p}c>`, xml.length);
  const old: RawCell = { col, xml: xml.slice(at, end) };
  const openStop = tagEnd(xml, 0);
  // the row's `spans` (a hint of its first and last column) may no longer hold
  r.xml = removeAttr(xml.slice(0, openStop), "spans") + xml.slice(openStop, at) + make(old) + xml.slice(end);
  return { old };
}

/** Replaces (or creates) the cell at row, col; `make` gets the old cell, if any, and returns the new element. */
export function putCell(doc: SheetDoc, row: number, col: number, make: (old: RawCell | undefined) => string): RawCell | undefined {
  const inText = replaceInText(doc, row, col, make);
  if (inText) return inText.old;
  const r = rowAt(doc, row);
  const cells = r.cells ?? (r.cells = []);
  let i = 0;
  while (i < cells.length && cells[i].col < col) i++;
  const old = cells[i]?.col === col ? cells[i] : undefined;
  const next: RawCell = { col, xml: make(old) };
  cells.splice(i, old ? 1 : 0, next);
  // the row's `spans` (a hint of its first and last column) may no longer hold
  r.open = removeAttr(r.open ?? "", "spans");
  return old;
}

/** True when the cell holds a formula, and whether it is the first cell of a shared formula others follow. */
export function formulaOf(doc: SheetDoc, c: RawCell | undefined): { formula: boolean; sharedMaster: boolean } {
  const f = c?.xml.includes(`<${doc.p}f`) && new RegExp(`<${doc.p}f(?=[\\s/>])[^>]*>`).exec(c.xml);
  if (!f) return { formula: false, sharedMaster: false };
  const a = attributes(f[0]);
  return { formula: true, sharedMaster: a.t === "shared" && a.ref !== undefined };
}

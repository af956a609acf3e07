/**
 * Inserting rows into a worksheet part as Excel does: rows and cells at or below the point are renumbered, and
 * every range and formula of the sheet follows — merged areas, conditional formats and data validations (also
 * those in the x14 extension), hyperlinks, the autofilter, the dimension, page breaks and the formulas of every
 * cell. Merged areas are kept as a list while a plan runs and written back once.
 */
import { type Area, type RowShift, areaRef, cellRef, parseArea, shiftFormula, shiftRow, shiftSqref } from "./cell-refs";
import { type SheetDoc, cellOpenTag, openRow, rowAt, rowIndex } from "./sheet-xml";
import { attributes, mapAttrs, mapTexts, removeAttr, setAttr, tagPattern } from "./xml-text";

/** Attributes holding cell ranges, wherever they appear in a worksheet. */
const RANGE_ATTRS = ["ref", "sqref", "activeCell"];
/** Elements whose text is a formula (`xm:f` of the x14 extensions included). */
const FORMULA_ELEMENTS = ["f", "formula", "formula1", "formula2"];

/** Shifts the ranges and formulas of a piece of worksheet XML outside the rows. */
function shiftFragment(xml: string, sheet: string, s: RowShift): string {
  let out = mapAttrs(xml, RANGE_ATTRS, (v) => shiftSqref(v, s));
  out = mapTexts(out, FORMULA_ELEMENTS, (f) => shiftFormula(f, sheet, s));
  out = mapTexts(out, ["sqref"], (v) => shiftSqref(v, s));
  // a row page break's id is the (0-based) row the new page starts with
  return out.replace(/<(?:[\w.-]+:)?rowBreaks[\s>][\s\S]*?<\/(?:[\w.-]+:)?rowBreaks>/, (breaks) =>
    breaks.replace(/(<(?:[\w.-]+:)?brk\s[^>]*?\bid=")(\d+)"/g, (_, lead: string, n: string) => `${lead}${shiftRow(Number(n) + 1, s) - 1}"`),
  );
}

/** Renumbers the cells of a row and shifts their formulas; rows without formulas above the point stay as read. */
function shiftRowCells(doc: SheetDoc, index: number, sheet: string, s: RowShift): void {
  const row = doc.rows[index];
  const moves = row.row >= s.at;
  if (!moves && !(row.xml ?? row.cells?.map((c) => c.xml).join("") ?? "").includes(`<${doc.p}f`)) return;
  openRow(doc, row);
  if (moves) row.row += s.count;
  for (const c of row.cells ?? []) {
    let xml = c.xml.includes(`<${doc.p}f`) ? shiftFragmentCell(c.xml, sheet, s) : c.xml;
    if (moves) {
      const open = cellOpenTag({ col: c.col, xml });
      xml = setAttr(open, "r", cellRef(row.row, c.col)) + xml.slice(open.length);
    }
    c.xml = xml;
  }
}

function shiftFragmentCell(xml: string, sheet: string, s: RowShift): string {
  // a shared or array formula's `ref` moves with it; the cell's own `r` is renumbered by the caller
  const out = mapTexts(xml, ["f"], (f) => shiftFormula(f, sheet, s));
  return out.replace(tagPattern("f"), (tag) => mapAttrs(tag, ["ref"], (v) => shiftSqref(v, s)));
}

export function readMerges(doc: SheetDoc): Area[] {
  const out: Area[] = [];
  for (const m of doc.tail.matchAll(tagPattern("mergeCell"))) {
    const a = parseArea(attributes(m[0]).ref ?? "");
    if (a) out.push(a);
  }
  return out;
}

/** Elements that follow `mergeCells` in a worksheet, in schema order: a new `mergeCells` goes before the first present. */
const AFTER_MERGES = [
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function writeMerges(doc: SheetDoc, merges: readonly Area[]): void {
  const { p } = doc;
  const body = merges.length
    ? `<${p}mergeCells count="${merges.length}">${merges.map((m) => `<${p}mergeCell ref="${areaRef(m)}"/>`).join("")}</${p}mergeCells>`
    : "";
  const existing = new RegExp(`<${p}mergeCells[\\s>/](?:[^>]*/>|[\\s\\S]*?</${p}mergeCells>)`).exec(doc.tail);
  if (existing) {
    doc.tail = doc.tail.slice(0, existing.index) + body + doc.tail.slice(existing.index + existing[0].length);
    return;
  }
  const next = AFTER_MERGES.map((n) => doc.tail.search(new RegExp(`<${p}${n}[\\s/>]`))).filter((i) => i >= 0);
  const at = next.length ? Math.min(...next) : doc.tail.lastIndexOf(`</${p}worksheet>`);
  doc.tail = doc.tail.slice(0, at) + body + doc.tail.slice(at);
}

/** Inserts `s.count` empty rows before row `s.at`; merged areas across the point grow, those below move. */
export function insertRows(doc: SheetDoc, sheet: string, merges: Area[], s: RowShift): void {
  for (let i = 0; i < doc.rows.length; i++) shiftRowCells(doc, i, sheet, s);
  doc.head = shiftFragment(doc.head, sheet, s);
  // the tail's mergeCell elements shift here too; the caller writes the list back over them (writeMerges)
  doc.tail = shiftFragment(doc.tail, sheet, s);
  for (const m of merges) {
    m.top = shiftRow(m.top, s);
    m.bottom = shiftRow(m.bottom, s);
  }
}

/** Gives `count` rows from `toRow` the height, row style and cell styles of row `fromRow` (Excel's "format as above"). */
export function copyFormats(doc: SheetDoc, fromRow: number, toRow: number, count: number): void {
  const src = doc.rows[rowIndex(doc, fromRow)];
  if (src?.row !== fromRow) return;
  openRow(doc, src);
  for (let k = 0; k < count; k++) {
    const dst = rowAt(doc, toRow + k);
    dst.open = ["spans", "hidden", "collapsed"].reduce((t, a) => removeAttr(t, a), src.open ?? dst.open ?? "");
    for (const c of src.cells ?? []) {
      const style = attributes(cellOpenTag(c)).s;
      if (style === undefined) continue;
      const cells = dst.cells ?? (dst.cells = []);
      const existing = cells.find((x) => x.col === c.col);
      const ref = cellRef(dst.row, c.col);
      if (existing) {
        const open = cellOpenTag(existing);
        existing.xml = setAttr(open, "s", style) + existing.xml.slice(open.length);
      } else {
        cells.push({ col: c.col, xml: `<${doc.p}c r="${ref}" s="${style}"/>` });
        cells.sort((a, b) => a.col - b.col);
      }
    }
  }
}

/** The dimension (`<dimension ref>`) grown to cover `area`. */
export function growDimension(doc: SheetDoc, area: Area): void {
  doc.head = doc.head.replace(tagPattern("dimension"), (tag) => {
    const d = parseArea(attributes(tag).ref ?? "");
    if (!d) return tag;
    const grown = {
      top: Math.min(d.top, area.top),
      left: Math.min(d.left, area.left),
      bottom: Math.max(d.bottom, area.bottom),
      right: Math.max(d.right, area.right),
    };
    return setAttr(tag, "ref", areaRef(grown));
  });
}

/**
 * The CLI's writer (`fix`, `insert`): patches the cells it is asked to change, and for an insertion shifts the
 * rows and every range and formula that follows them, in the sheet's XML; every other part of the .xlsx is
 * copied as it was. What cannot be shifted safely from here (tables, pivot tables, drawings or comments below the
 * point, shared formulas across it) is refused before anything is written, pointing to the add-in.
 */
import type { CellValue } from "../core/grid";
import { KpiLintError } from "./errors";
import type { InsertPlan } from "../core/templates/planner";
import { type Area, type RowShift, boundsOf, cellRef, parseArea, parseCell, shiftQualified, shiftRange } from "./cell-refs";
import { type MessageKey, translator } from "./i18n";
import { copyFormats, growDimension, insertRows, readMerges, writeMerges } from "./sheet-shift";
import { type RawCell, type SheetDoc, cellWithValue, formulaOf, parseSheet, putCell, serializeSheet } from "./sheet-xml";
import { setCellsInBytes } from "./sheet-bytes";
import type { RawInflate } from "../xlsx/zip";
import {
  type SheetPart,
  type XlsxPackage,
  findSheetPart,
  openPackage,
  packageBytes,
  partBytes,
  partNames,
  partText,
  relationshipsOf,
  setPartBytes,
  setPartText,
  sheetParts,
  workbookPart,
} from "./xlsx-package";
import { attributes, escapeXml, mapTexts, setAttr, tagPattern } from "./xml-text";

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
}

function needsAddin(sheet: string, key: MessageKey, data?: Record<string, string>): KpiLintError {
  return new KpiLintError("WRITE_NEEDS_ADDIN", { sheet, what: translator("zh-CN")(key, data), whatEn: translator("en")(key, data) });
}

function setText(pkg: XlsxPackage, part: string, before: string, after: string): void {
  if (after !== before) setPartText(pkg, part, after);
}

/** The cell's new element, keeping its style; a formula it held goes, with its calculation-chain entry. */
function cellFor(doc: SheetDoc, old: RawCell | undefined, w: CellWrite, dropped: string[]): string {
  const f = formulaOf(doc, old);
  if (f.sharedMaster) throw needsAddin(w.sheet, "cliBlockSharedMaster", { cell: cellRef(w.row, w.col) });
  if (f.formula) dropped.push(cellRef(w.row, w.col));
  return cellWithValue(doc, old, w.row, w.col, w.value);
}

/** Sets one cell's value in the sheet's text. */
function writeCell(doc: SheetDoc, w: CellWrite, dropped: string[]): void {
  putCell(doc, w.row, w.col, (old) => cellFor(doc, old, w, dropped));
}

function calcChainPart(pkg: XlsxPackage): string | undefined {
  return relationshipsOf(pkg, workbookPart(pkg)).find((r) => r.kind === "calcChain")?.part;
}

/** Rewrites the calculation chain's entries of one sheet (`i` is its sheetId; an entry without `i` has the previous one's). */
function editCalcChain(pkg: XlsxPackage, sheet: SheetPart, edit: (ref: string) => string | null): void {
  const part = calcChainPart(pkg);
  const xml = part && partText(pkg, part);
  if (!part || !xml) return;
  let current = "";
  let afterDrop = false;
  const next = xml.replace(tagPattern("c"), (tag) => {
    const a = attributes(tag);
    const inherits = a.i === undefined;
    current = a.i ?? current;
    if (current !== sheet.sheetId) return tag;
    const ref = edit(a.r ?? "");
    if (ref === null) {
      afterDrop = true;
      return "";
    }
    let out = ref === a.r ? tag : setAttr(tag, "r", ref);
    // a dropped entry may have carried the sheet id for the ones after it
    if (afterDrop && inherits) out = setAttr(out, "i", current);
    afterDrop = false;
    return out;
  });
  setText(pkg, part, xml, next);
}

/**
 * Writes the values of `writes` into the workbook's bytes; returns the new workbook's bytes. `inflate`: the one
 * the bytes were read with (rememberingInflate), so that no part is inflated twice.
 */
export function writeCells(bytes: Uint8Array, file: string, writes: readonly CellWrite[], inflate?: RawInflate): Uint8Array {
  const pkg = openPackage(bytes, file, inflate);
  for (const sheet of new Set(writes.map((w) => w.sheet))) {
    const sp = findSheetPart(pkg, sheet);
    const dropped: string[] = [];
    const mine = writes.filter((w) => w.sheet === sheet);
    // in the bytes when the sheet is the usual one, else through its text: the same result
    const patched = setCellsInBytes(partBytes(pkg, sp.part) ?? new Uint8Array(), mine, (doc, old, w) => cellFor(doc, old, w, dropped));
    if (patched) setPartBytes(pkg, sp.part, patched);
    else {
      dropped.length = 0;
      const doc = parseSheet(partText(pkg, sp.part) ?? "");
      for (const w of mine) writeCell(doc, w, dropped);
      // the dimension grown once, by the box around every written cell: the same as growing it cell by cell
      growDimension(doc, boundsOf(mine));
      setPartText(pkg, sp.part, serializeSheet(doc));
    }
    if (dropped.length) editCalcChain(pkg, sp, (ref) => (dropped.includes(ref) ? null : ref));
  }
  return packageBytes(pkg);
}

// ---------------------------------------------------------------------------------------------- insertion

/** Rows (0-based) at which the anchors of a drawing or VML part start or end. */
function anchorRows(xml: string): number[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?(?:row|Row)>\s*(\d+)\s*</g)].map((m) => Number(m[1]));
}

/** Refuses, before anything is written, a sheet holding what an insertion at `at` would leave out of place. */
function checkShiftable(pkg: XlsxPackage, sp: SheetPart, doc: SheetDoc, at: number): void {
  if (tagPattern("tablePart").test(doc.tail)) throw needsAddin(sp.name, "cliBlockTable");
  for (const rel of relationshipsOf(pkg, sp.part)) {
    const kind = rel.kind;
    const xml = partText(pkg, rel.part) ?? "";
    if (kind === "table") throw needsAddin(sp.name, "cliBlockTable");
    if (kind === "pivotTable") throw needsAddin(sp.name, "cliBlockPivot");
    if (kind === "drawing" && anchorRows(xml).some((r) => r + 1 >= at)) throw needsAddin(sp.name, "cliBlockDrawing");
    const below = (refs: number[]) => refs.some((r) => r >= at);
    if (kind === "comments" && below(tagsRows(xml, "comment"))) throw needsAddin(sp.name, "cliBlockComments");
    if (kind === "vmlDrawing" && anchorRows(xml).some((r) => r + 1 >= at)) throw needsAddin(sp.name, "cliBlockComments");
  }
  if (anchorRows(doc.tail).some((r) => r + 1 >= at)) throw needsAddin(sp.name, "cliBlockDrawing");
  // a shared formula's cells below the point would take their references from a first cell that did not move
  for (const row of doc.rows) {
    const xml = row.xml ?? (row.cells ?? []).map((c) => c.xml).join("");
    if (!xml.includes("shared")) continue;
    for (const m of xml.matchAll(tagPattern("f"))) {
      const a = attributes(m[0]);
      const area = a.t === "shared" && a.ref ? parseArea(a.ref) : null;
      if (area && area.bottom >= at) throw needsAddin(sp.name, "cliBlockSharedFormula", { cell: a.ref });
    }
  }
}

function tagsRows(xml: string, name: string): number[] {
  return [...xml.matchAll(tagPattern(name))].map((m) => parseCell(attributes(m[0]).ref ?? "")?.row ?? 0);
}

/** Elsewhere in the workbook, references to the sheet follow its rows: defined names, other sheets' formulas, charts. */
function shiftReferencesTo(pkg: XlsxPackage, sp: SheetPart, s: RowShift): void {
  const wb = workbookPart(pkg);
  const wbXml = partText(pkg, wb) ?? "";
  setText(
    pkg,
    wb,
    wbXml,
    mapTexts(wbXml, ["definedName"], (f) => shiftQualified(f, sp.name, s)),
  );
  const named = [sp.name, escapeXml(sp.name)];
  const others = [
    ...sheetParts(pkg)
      .filter((o) => o.part !== sp.part)
      .map((o) => o.part),
    ...chartParts(pkg),
  ];
  for (const part of others) {
    const xml = partText(pkg, part);
    if (!xml || !named.some((n) => xml.includes(n))) continue;
    setText(
      pkg,
      part,
      xml,
      mapTexts(xml, ["f", "formula", "formula1", "formula2"], (f) => shiftQualified(f, sp.name, s)),
    );
  }
  editCalcChain(pkg, sp, (ref) => shiftRange(ref, s));
}

function chartParts(pkg: XlsxPackage): string[] {
  return partNames(pkg).filter((p) => /^xl\/charts\/[^/]+\.xml$/.test(p));
}

/** Executes an insertion plan on the workbook's bytes; returns the new workbook's bytes. `inflate`: as for writeCells. */
export function writePlan(bytes: Uint8Array, file: string, plan: InsertPlan, inflate?: RawInflate): Uint8Array {
  if (plan.refused) throw new KpiLintError("INSERT_REFUSED", { reason: plan.refused.reason, reasonEn: plan.refused.reasonEn });
  const pkg = openPackage(bytes, file, inflate);
  const sp = findSheetPart(pkg, plan.sheet);
  const doc = parseSheet(partText(pkg, sp.part) ?? "");
  const inserts = plan.ops.flatMap((o) => (o.op === "insertRows" ? [o.at] : []));
  if (inserts.length) checkShiftable(pkg, sp, doc, Math.min(...inserts));
  const merges = readMerges(doc);
  const same = (a: Area, b: Area) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
  for (const op of plan.ops) {
    if (op.op === "insertRows") {
      const s = { at: op.at, count: op.count };
      insertRows(doc, sp.name, merges, s);
      shiftReferencesTo(pkg, sp, s);
    } else if (op.op === "copyFormats") copyFormats(doc, op.fromRow, op.toRow, op.count);
    else if (op.op === "set") {
      writeCell(doc, { sheet: sp.name, row: op.row, col: op.col, value: op.value }, []);
      growDimension(doc, { top: op.row, left: op.col, bottom: op.row, right: op.col });
    } else if (op.op === "unmerge") {
      const i = merges.findIndex((m) => same(m, op.area));
      if (i >= 0) merges.splice(i, 1);
    } else merges.push({ ...op.area });
  }
  writeMerges(doc, merges);
  setPartText(pkg, sp.part, serializeSheet(doc));
  return packageBytes(pkg);
}

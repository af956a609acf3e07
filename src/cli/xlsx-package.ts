/**
 * An .xlsx file as its zip parts, for the surgical writer: a part is inflated (by zlib, within the reader's
 * bounds) only when the writer reads it, and written back in the zip's order — the parts it replaced
 * compressed anew, every other one copied as its original compressed entry. Also finds a sheet's part (and its
 * relationships) by the sheet's name, through the workbook and its relationships.
 */
import { KpiLintError } from "./errors";
import { relKind, relsPathOf, resolveTarget } from "../xlsx/parts";
import { type RawInflate, type ZipParts, openZip } from "../xlsx/zip";
import { nativeInflate } from "./native-inflate";
import { attributes, tagPattern, tagsOf } from "./xml-text";
import { type ZipPart, zipParts } from "./zip-write";

export interface XlsxPackage {
  zip: ZipParts;
  file: string;
  /** Parts read so far and not replaced since, as text, by their name in the zip. */
  texts: Map<string, string>;
  /** Parts replaced, by their name in the zip (or a new name). */
  replaced: Map<string, Uint8Array>;
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** A zip that cannot be read is DAMAGED_FILE, as it has always been for the writer; a part too large keeps its own message. */
function damaged<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof KpiLintError && e.code === "PART_TOO_LARGE") throw e;
    throw new KpiLintError("DAMAGED_FILE", { path: file });
  }
}

/** Opens the zip's directory; nothing is inflated until a part is read. */
export function openPackage(bytes: Uint8Array, file: string, inflate: RawInflate = nativeInflate): XlsxPackage {
  const zip = damaged(file, () => openZip(bytes, file, inflate));
  return { zip, file, texts: new Map(), replaced: new Map() };
}

/** The part names, in the zip's order. */
export function partNames(pkg: XlsxPackage): string[] {
  return [...pkg.zip.names];
}

/** Whether the package has the part (in any case, as OPC names are). */
export function hasPart(pkg: XlsxPackage, part: string): boolean {
  return pkg.zip.nameOf(part) !== undefined || pkg.replaced.has(part);
}

export function partText(pkg: XlsxPackage, part: string): string | undefined {
  const name = pkg.zip.nameOf(part) ?? part;
  let text = pkg.texts.get(name);
  if (text === undefined) {
    const b = partBytes(pkg, name);
    if (!b) return undefined;
    text = decoder.decode(b);
    pkg.texts.set(name, text);
  }
  return text;
}

/** The part's bytes as they stand (replaced, or inflated from the zip). */
export function partBytes(pkg: XlsxPackage, part: string): Uint8Array | undefined {
  const name = pkg.zip.nameOf(part) ?? part;
  return pkg.replaced.get(name) ?? damaged(pkg.file, () => pkg.zip.read(name));
}

export function setPartBytes(pkg: XlsxPackage, part: string, bytes: Uint8Array): void {
  const name = pkg.zip.nameOf(part) ?? part;
  pkg.texts.delete(name);
  pkg.replaced.set(name, bytes);
}

export function setPartText(pkg: XlsxPackage, part: string, text: string): void {
  // only the bytes are kept (a sheet's text is read again from them, if ever): 10 large sheets' texts are 30 MB
  setPartBytes(pkg, part, encoder.encode(text));
}

/**
 * The package as .xlsx bytes: replaced parts compressed (binary `.bin` parts, already compressed, stored), every
 * other part its original entry, copied without inflating it (or, where it cannot be copied so, read and
 * compressed again).
 */
export function packageBytes(pkg: XlsxPackage): Uint8Array {
  const parts = new Map<string, ZipPart>();
  for (const name of pkg.zip.names) {
    const part = pkg.replaced.get(name) ?? damaged(pkg.file, () => pkg.zip.stored(name) ?? pkg.zip.read(name));
    if (part) parts.set(name, part);
  }
  for (const [name, bytes] of pkg.replaced) if (!parts.has(name)) parts.set(name, bytes);
  return zipParts(parts, (name) => name.endsWith(".bin"));
}

export interface Relationship {
  id: string;
  /** The type's last segment (`worksheet`, `drawing`, `calcChain` …). */
  kind: string;
  /** The target's part path (internal targets only). */
  part: string;
}

/** The internal relationships of a part. */
export function relationshipsOf(pkg: XlsxPackage, part: string): Relationship[] {
  const xml = partText(pkg, relsPathOf(part)) ?? "";
  return tagsOf(xml, "Relationship")
    .filter((r) => r.TargetMode !== "External")
    .map((r) => ({ id: r.Id, kind: relKind(r.Type ?? ""), part: resolveTarget(part, r.Target ?? "") }));
}

export interface SheetPart {
  name: string;
  /** The sheet's `sheetId` (calcChain's `i`). */
  sheetId: string;
  /** Position among the workbook's sheets, 0-based (defined names' `localSheetId`). */
  index: number;
  part: string;
}

export function workbookPart(pkg: XlsxPackage): string {
  const main = relationshipsOf(pkg, "").find((r) => r.kind === "officeDocument");
  return main?.part ?? "xl/workbook.xml";
}

/** The workbook's sheets (worksheets and others) in tab order, each with its part. */
export function sheetParts(pkg: XlsxPackage): SheetPart[] {
  const wbPart = workbookPart(pkg);
  const rels = relationshipsOf(pkg, wbPart);
  const xml = partText(pkg, wbPart) ?? "";
  return [...xml.matchAll(tagPattern("sheet"))].map((m, index) => {
    const a = attributes(m[0]);
    const rid = Object.entries(a).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1];
    return { name: a.name ?? "", sheetId: a.sheetId ?? "", index, part: rels.find((r) => r.id === rid)?.part ?? "" };
  });
}

export function findSheetPart(pkg: XlsxPackage, sheet: string): SheetPart {
  const found = sheetParts(pkg).find((s) => s.name === sheet && hasPart(pkg, s.part));
  if (!found) throw new KpiLintError("SHEET_NOT_FOUND", { sheet });
  return found;
}

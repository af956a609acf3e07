/**
 * An .xlsx file as its zip parts, for the surgical writer: parts are kept as the bytes they were read as and
 * written back in their original order; only the parts the writer replaces change. Also finds a sheet's part
 * (and its relationships) by the sheet's name, through the workbook and its relationships.
 */
import { unzipSync } from "fflate";
import { KpiLintError } from "./errors";
import { relKind, relsPathOf, resolveTarget } from "../xlsx/parts";
import { attributes, tagPattern, tagsOf } from "./xml-text";
import { zipParts } from "./zip-write";

export interface XlsxPackage {
  /** The parts by their path in the zip (no leading slash), in the zip's order. */
  parts: Map<string, Uint8Array>;
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

export function openPackage(bytes: Uint8Array, file: string): XlsxPackage {
  try {
    return { parts: new Map(Object.entries(unzipSync(bytes))) };
  } catch {
    throw new KpiLintError("DAMAGED_FILE", { path: file });
  }
}

export function partText(pkg: XlsxPackage, part: string): string | undefined {
  const b = pkg.parts.get(part);
  return b && decoder.decode(b);
}

export function setPartText(pkg: XlsxPackage, part: string, text: string): void {
  pkg.parts.set(part, encoder.encode(text));
}

/** The package as .xlsx bytes: binary parts (`.bin`, already compressed) stored, the rest deflated. */
export function packageBytes(pkg: XlsxPackage): Uint8Array {
  return zipParts(pkg.parts, (name) => name.endsWith(".bin"));
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
  const found = sheetParts(pkg).find((s) => s.name === sheet && pkg.parts.has(s.part));
  if (!found) throw new KpiLintError("SHEET_NOT_FOUND", { sheet });
  return found;
}

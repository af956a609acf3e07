/**
 * The small parts of an .xlsx around the sheets: relationships, the workbook (sheet names, visibility,
 * date system), styles (number format, and the few looks the preview shows) and shared strings.
 */
import { KpiLintError } from "../core/read-error-codes";
import { builtInFormat } from "./number-formats";
import { type PartRef, localName, parseXml, relId } from "./xml";
import type { ZipParts } from "./zip";

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it (`../x`, `/xl/x`, `x`). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = part.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The type's last segment: `…/relationships/worksheet` → `worksheet`, whatever the namespace (Strict too). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export function readRels(zip: ZipParts, relsPart: string, ownerPart: string, path: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const bytes = zip.read(relsPart);
  if (!bytes) return out;
  parseXml(
    bytes,
    { path, part: relsPart },
    {
      open(name, a) {
        const id = a.get("Id");
        const target = a.get("Target");
        if (name !== "Relationship" || !id || !target) return;
        const external = a.get("TargetMode") === "External";
        out.set(id, { type: relKind(a.get("Type") ?? ""), target: external ? target : resolveTarget(ownerPart, target), external });
      },
    },
  );
  return out;
}

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  relId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function readWorkbookPart(bytes: Uint8Array, where: PartRef): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  parseXml(bytes, where, {
    open(name, a) {
      if (name === "workbookPr") out.date1904 = a.get("date1904") === "1" || a.get("date1904") === "true";
      if (name !== "sheet") return;
      const id = relId(a);
      const sheetName = a.get("name");
      if (sheetName === undefined || id === undefined) throw new KpiLintError("XML_MALFORMED", { ...where, detail: "<sheet>" });
      const given = a.get("state");
      const state = given === "hidden" || given === "veryHidden" ? given : "visible";
      out.sheets.push({ name: sheetName, state, relId: id });
    },
  });
  return out;
}

/** One cell format (`cellXfs/xf`), resolved: its number format and the looks the preview shows. */
export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  /** Solid fill colour as `#RRGGBB`. */
  fill?: string;
  wrap?: boolean;
  border?: boolean;
}

/** `FFRRGGBB` → `#RRGGBB`. */
function argb(rgb: string | undefined): string | undefined {
  return rgb && /^[0-9A-Fa-f]{8}$/.test(rgb) ? `#${rgb.slice(2).toUpperCase()}` : undefined;
}

interface RawXf {
  numFmtId?: string;
  fontId?: string;
  fillId?: string;
  borderId?: string;
  wrap: boolean;
}

export function readStyles(bytes: Uint8Array, where: PartRef): CellStyle[] {
  const numFmts = new Map<number, string>();
  const bold: boolean[] = [];
  const fills: Array<string | undefined> = [];
  const borders: boolean[] = [];
  const xfs: RawXf[] = [];
  let section = "";
  let pattern: string | undefined;
  let xf: RawXf | undefined;
  parseXml(bytes, where, {
    open(name, a) {
      switch (name) {
        case "numFmt":
          if (section === "numFmts" && a.get("numFmtId") !== undefined) numFmts.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
          break;
        case "numFmts":
        case "fonts":
        case "fills":
        case "borders":
        case "cellXfs":
        case "cellStyleXfs":
        case "dxfs":
          section = name;
          break;
        case "font":
          if (section === "fonts") bold.push(false);
          break;
        case "b":
          if (section === "fonts" && bold.length && a.get("val") !== "0" && a.get("val") !== "false") bold[bold.length - 1] = true;
          break;
        case "fill":
          if (section === "fills") fills.push(undefined);
          break;
        case "patternFill":
          pattern = a.get("patternType");
          break;
        case "fgColor":
          if (section === "fills" && pattern === "solid" && fills.length) fills[fills.length - 1] = argb(a.get("rgb"));
          break;
        case "border":
          if (section === "borders") borders.push(false);
          break;
        case "left":
        case "right":
        case "top":
        case "bottom":
        case "diagonal":
          if (section === "borders" && a.get("style") && borders.length) borders[borders.length - 1] = true;
          break;
        case "xf":
          if (section !== "cellXfs") break;
          xf = { fontId: a.get("fontId"), fillId: a.get("fillId"), borderId: a.get("borderId"), numFmtId: a.get("numFmtId"), wrap: false };
          xfs.push(xf);
          break;
        case "alignment":
          if (xf && a.get("wrapText") && a.get("wrapText") !== "0" && a.get("wrapText") !== "false") xf.wrap = true;
          break;
      }
    },
    close(name) {
      if (name === section) section = "";
      if (name === "xf") xf = undefined;
    },
  });
  return xfs.map((ids) => {
    const style: CellStyle = {};
    const fmtId = ids.numFmtId ? Number(ids.numFmtId) : 0;
    const numFmt = fmtId ? (numFmts.get(fmtId) ?? builtInFormat(fmtId)) : undefined;
    if (numFmt) style.numFmt = numFmt;
    if (ids.fontId !== undefined && bold[Number(ids.fontId)]) style.bold = true;
    const fill = ids.fillId !== undefined ? fills[Number(ids.fillId)] : undefined;
    if (fill) style.fill = fill;
    if (ids.borderId !== undefined && borders[Number(ids.borderId)]) style.border = true;
    if (ids.wrap) style.wrap = true;
    return style;
  });
}

/**
 * The shared-string table: plain and rich text joined (phonetic runs left out), `_xHHHH_` escapes
 * decoded as Excel writes them.
 */
export function readSharedStrings(bytes: Uint8Array, where: PartRef): string[] {
  const out: string[] = [];
  let inT = false;
  let inPhonetic = false;
  // joined as read: one text node (the usual string) is kept as it is, no array per string
  let text = "";
  parseXml(bytes, where, {
    open(name) {
      if (name === "si") text = "";
      else if (name === "rPh") inPhonetic = true;
      else if (name === "t" && !inPhonetic) inT = true;
    },
    text(t) {
      if (inT) text += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si") out.push(decodeEscapes(text));
    },
  });
  return out;
}

/** `_x000D_` → carriage return: how OOXML writes characters XML cannot hold. */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export { localName };

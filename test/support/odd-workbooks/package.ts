/**
 * The sound workbook every odd one starts from, as its zip parts, and the edits the odd-workbook cases make to
 * them. The base is the Qingdao fixture (ten sheets of project forms, shared strings, styles, merges, findings),
 * with one date in a timeliness indicator so that a 1904 date system has something to change.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildQingdao } from "../../fixtures/build";

export type Parts = Record<string, Uint8Array>;

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Sheet 1, 「1.法律培训费」: E17 is its timeliness indicator (执法证发放及时率). */
export const SHEET1 = "xl/worksheets/sheet1.xml";
export const SST = "xl/sharedStrings.xml";
export const STYLES = "xl/styles.xml";
export const WORKBOOK = "xl/workbook.xml";
export const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
export const CONTENT_TYPES = "[Content_Types].xml";
/** 2024-06-30 as a 1900-system serial; the 1904 system counts 1462 days fewer. */
export const DEADLINE_SERIAL = 45473;
export const DAYS_1904 = 1462;

/** The base workbook's parts: the Qingdao fixture, E17 of sheet 1 a date (numFmt 14) instead of 100%. */
export async function baseParts(): Promise<Parts> {
  const wb = buildQingdao();
  const cell = wb.worksheets[0].getCell("E17");
  cell.value = new Date(Date.UTC(2024, 5, 30));
  cell.numFmt = "yyyy-mm-dd";
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  // ExcelJS stores the date as its serial; check, so that the 1904 case shifts what it means to shift
  if (!new RegExp(`<c r="E17" s="\\d+"><v>${DEADLINE_SERIAL}</v></c>`).test(text(parts, SHEET1))) {
    throw new Error("base workbook: E17 is not the expected date serial");
  }
  return parts;
}

export function text(parts: Parts, name: string): string {
  const p = parts[name];
  if (!p) throw new Error(`no part ${name}`);
  return strFromU8(p);
}

export function copy(parts: Parts): Parts {
  return { ...parts };
}

/** `parts` with `name` rewritten by `edit`, which must change it (a pattern that no longer matches is a bug here). */
export function edit(parts: Parts, name: string, change: (xml: string) => string): Parts {
  const before = text(parts, name);
  const after = change(before);
  if (after === before) throw new Error(`edit of ${name} changed nothing`);
  return { ...parts, [name]: strToU8(after) };
}

/** Every part whose name matches, rewritten (at least one must change). */
export function editAll(parts: Parts, names: RegExp, change: (xml: string) => string): Parts {
  let out = parts;
  let changed = 0;
  for (const name of Object.keys(parts)) {
    if (!names.test(name) || parts[name].length === 0) continue;
    const after = change(text(parts, name));
    if (after !== text(parts, name)) {
      out = { ...out, [name]: strToU8(after) };
      changed++;
    }
  }
  if (changed === 0) throw new Error(`no part matching ${names} changed`);
  return out;
}

export function withPart(parts: Parts, name: string, content: string | Uint8Array): Parts {
  return { ...parts, [name]: typeof content === "string" ? strToU8(content) : content };
}

export function without(parts: Parts, ...names: string[]): Parts {
  const out = { ...parts };
  for (const n of names) {
    if (!out[n]) throw new Error(`no part ${n}`);
    delete out[n];
  }
  return out;
}

/** The worksheet parts, in the workbook's order. */
export function sheetParts(parts: Parts): string[] {
  return Object.keys(parts)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
}

/** Replaces `pattern` (a string, literally) once in `xml`, failing when it is not there. */
export function replaceOnce(xml: string, pattern: string, by: string): string {
  const i = xml.indexOf(pattern);
  if (i < 0) throw new Error(`pattern not found: ${pattern.slice(0, 80)}`);
  return xml.slice(0, i) + by + xml.slice(i + pattern.length);
}

/** Cells appended to sheet 1 as rows of their own (after its last row), e.g. `{ 40: '<c r="J40" .../>' }`. */
export function appendRows(parts: Parts, rows: Record<number, string>, sheet = SHEET1): Parts {
  const xml = Object.entries(rows)
    .map(([r, cells]) => `<row r="${r}">${cells}</row>`)
    .join("");
  return edit(parts, sheet, (s) => replaceOnce(s, "</sheetData>", `${xml}</sheetData>`));
}

/** The shared strings' `<si>` contents, in order. */
export function sharedStrings(parts: Parts): string[] {
  return [...text(parts, SST).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
}

/** Every shared-string cell written as an inline string instead (`t="inlineStr"`, the same rich text). */
export function inlineStrings(parts: Parts): Parts {
  const sst = sharedStrings(parts);
  return editAll(parts, /^xl\/worksheets\/sheet\d+\.xml$/, (xml) =>
    xml.replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (_m, ref: string, s = "", i: string) => {
      return `<c r="${ref}"${s} t="inlineStr"><is>${sst[Number(i)]}</is></c>`;
    }),
  );
}

/** The package without its shared-strings part, its relationship and its content type: nothing refers to it. */
export function withoutSharedStrings(parts: Parts): Parts {
  let out = without(parts, SST);
  out = edit(out, WORKBOOK_RELS, (s) => s.replace(/<Relationship [^>]*Target="sharedStrings\.xml"\/>/, ""));
  return edit(out, CONTENT_TYPES, (s) => s.replace(/<Override PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/, ""));
}

/** A zip of `parts` by fflate, each entry at `level` (0 = stored). */
export function zip(parts: Parts, level: 0 | 6 | 9 = 6): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([n, d]) => [n, [d, { level }]])));
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

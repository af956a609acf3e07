import { cellAddress, columnLetter, columnNumber, type MergedArea } from "../core/grid";

/** `'My sheet'!A1:B2` → its sheet and area; `A1` alone is one cell. */
export function parseRangeAddress(address: string): { sheet: string | null; area: MergedArea } | null {
  const m = /^(?:('(?:[^']|'')+'|[^!]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] ? m[1].replace(/^'|'$/g, "").replace(/''/g, "'") : null;
  const top = Number(m[3]);
  const left = columnNumber(m[2]);
  return { sheet, area: { top, left, bottom: m[5] ? Number(m[5]) : top, right: m[4] ? columnNumber(m[4]) : left } };
}

/** The areas of a RangeAreas address: `Sheet1!A1:F1, Sheet1!A3:A5` (sheet names may hold commas in quotes). */
export function parseAreasAddress(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  const re = /(?:'(?:[^']|'')+'|[^!,\s][^!,]*)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g;
  for (const m of address.match(re) ?? []) {
    const r = parseRangeAddress(m);
    if (r) out.push(r.area);
  }
  return out;
}

export function areaAddress(a: MergedArea): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${columnLetter(a.right)}${a.bottom}`;
}

/** A sheet-qualified reference for formulas and hyperlinks: 'My sheet'!E13 */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

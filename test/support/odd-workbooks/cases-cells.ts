/** Odd cells and sheets that are still sound workbooks: each must read exactly like its clean original. */
import type { OddCase } from "./case-types";
import {
  DAYS_1904,
  DEADLINE_SERIAL,
  SHEET1,
  SST,
  WORKBOOK,
  appendRows,
  edit,
  editAll,
  inlineStrings,
  replaceOnce,
  sharedStrings,
  withoutSharedStrings,
  zip,
} from "./package";
import { columnLetter } from "../../../src/core/grid";

const SHEETS = /^xl\/worksheets\/sheet\d+\.xml$/;
const inline = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;

/** Rows `from`..`to` written one by one, each by `row(n)`. */
function rows(from: number, to: number, row: (n: number) => string): string {
  const out: string[] = [];
  for (let r = from; r <= to; r++) out.push(row(r));
  return out.join("");
}

const SHEET10 = "xl/worksheets/sheet10.xml";
/** Row 60 with the numbers 0, 1, 2 … in its first `columns` cells. */
const numberRow = (columns: number) =>
  Array.from({ length: columns }, (_, c) => `<c r="${columnLetter(c + 1)}60"><v>${c}</v></c>`).join("");

export const CELL_CASES: OddCase[] = [
  {
    name: "far cell: a value at XFD1048576",
    build: ({ base }) => zip(appendRows(base, { 1048576: inline("XFD1048576", "x") })),
    expect: { read: "same" },
  },
  {
    name: "far cell: only a format at XFD1048576",
    build: ({ base }) => zip(appendRows(base, { 1048576: '<c r="XFD1048576" s="1"/>' })),
    expect: { read: "same" },
  },
  {
    name: "styled empty rows: 100,000 formatted rows below the table",
    build: ({ base }) =>
      zip(
        edit(base, SHEET1, (s) =>
          replaceOnce(s, "</sheetData>", rows(20, 100_019, (r) => `<row r="${r}" s="1" customFormat="1"/>`) + "</sheetData>"),
        ),
      ),
    expect: { read: "same" },
  },
  {
    name: "styled empty cells: 1,000 rows of formatted blanks across 30 columns",
    build: ({ base }) => {
      const blanks = (r: number) => Array.from({ length: 30 }, (_, c) => `<c r="${columnLetter(c + 1)}${r}" s="1"/>`).join("");
      return zip(
        edit(base, SHEET1, (s) =>
          replaceOnce(s, "</sheetData>", rows(20, 1019, (r) => `<row r="${r}">${blanks(r)}</row>`) + "</sheetData>"),
        ),
      );
    },
    expect: { read: "same" },
  },
  {
    name: "whole columns formatted to XFD",
    build: ({ base }) =>
      zip(editAll(base, SHEETS, (s) => s.replace("</cols>", '<col min="9" max="16384" width="9" style="1" customWidth="1"/></cols>'))),
    expect: { read: "same" },
  },
  {
    name: "lying dimension: claims A1:XFD1048576",
    build: ({ base }) => zip(editAll(base, SHEETS, (s) => s.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'))),
    expect: { read: "same" },
  },
  {
    name: "lying dimension: claims A1 only",
    build: ({ base }) => zip(editAll(base, SHEETS, (s) => s.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>'))),
    expect: { read: "same" },
  },
  {
    // the row's first cells sit under the table's columns and are read as one more indicator row: the clean
    // original has just those, so what is compared is that the other 16,376 change nothing
    name: "a row of 16,384 columns",
    build: ({ base }) => zip(appendRows(base, { 60: numberRow(16_384) }, SHEET10)),
    expect: { read: "same", clean: ({ base }) => zip(appendRows(base, { 60: numberRow(8) }, SHEET10)) },
  },
  {
    name: "a 32,767-character cell",
    build: ({ base }) => zip(appendRows(base, { 40: inline("J40", "长".repeat(32_767)) })),
    expect: { read: "same" },
  },
  {
    name: "error cells read as Excel shows them",
    build: ({ base }) =>
      zip(edit(base, SHEET1, (s) => s.replace(/<c r="E13"( s="\d+")?( t="s")?><v>\d+<\/v><\/c>/, '<c r="E13" t="e"><v>#DIV/0!</v></c>'))),
    expect: {
      read: "same",
      clean: ({ base }) =>
        zip(edit(base, SHEET1, (s) => s.replace(/<c r="E13"( s="\d+")?( t="s")?><v>\d+<\/v><\/c>/, inline("E13", "#DIV/0!")))),
    },
  },
  {
    name: "boolean and error cells beside the table",
    build: ({ base }) =>
      zip(appendRows(base, { 41: '<c r="J41" t="b"><v>1</v></c><c r="K41" t="b"><v>0</v></c><c r="L41" t="e"><v>#N/A</v></c>' })),
    expect: { read: "same" },
  },
  {
    name: "1904 date system",
    build: ({ base }) => {
      const shifted = edit(base, SHEET1, (s) => replaceOnce(s, `<v>${DEADLINE_SERIAL}</v>`, `<v>${DEADLINE_SERIAL - DAYS_1904}</v>`));
      return zip(edit(shifted, WORKBOOK, (s) => s.replace(/<workbookPr /, '<workbookPr date1904="1" ')));
    },
    expect: { read: "same" },
  },
  {
    name: "inline strings, no shared-strings part (as POI's streaming writer saves)",
    build: ({ base }) => zip(withoutSharedStrings(inlineStrings(base))),
    expect: { read: "same" },
  },
  {
    name: "rich-text shared strings with phonetic runs",
    build: ({ base }) =>
      zip(
        edit(base, SST, (s) =>
          s.replace(/<si><t>([^<&]{2,})<\/t><\/si>/g, (_m, t: string) => {
            const half = Math.ceil(t.length / 2);
            return `<si><r><rPr><b/><sz val="11"/></rPr><t>${t.slice(0, half)}</t></r><r><t>${t.slice(half)}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/></si>`;
          }),
        ),
      ),
    expect: { read: "same" },
  },
  {
    name: "formulas with cached results",
    build: ({ base }) =>
      zip(editAll(base, SHEETS, (s) => s.replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>)<v>([\d.]+)<\/v>/g, "$1<f>0+$2</f><v>$2</v>"))),
    expect: { read: "same" },
  },
  {
    name: 'text as formula results (t="str") instead of shared strings',
    build: ({ base }) => {
      const sst = sharedStrings(base);
      return zip(
        edit(base, SHEET1, (s) =>
          s.replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g, (m, ref: string, st = "", i: string) => {
            const plain = /^<t>([^<]*)<\/t>$/.exec(sst[Number(i)]);
            return plain ? `<c r="${ref}"${st} t="str"><f>T("")&amp;""</f><v>${plain[1]}</v></c>` : m;
          }),
        ),
      );
    },
    expect: { read: "same" },
  },
  {
    name: "whitespace kept in text (xml:space) and numbers written as 1.7E1",
    build: ({ base }) =>
      zip(
        edit(
          edit(base, SST, (s) => s.replace(/<t>/g, '<t xml:space="preserve">')),
          SHEET1,
          (s) => s.replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>)<v>17<\/v>/g, "$1<v>1.7E1</v>"),
        ),
      ),
    expect: { read: "same" },
  },
  {
    name: "duplicated merge records",
    build: ({ base }) =>
      zip(
        editAll(base, SHEETS, (s) =>
          s.replace(
            /<mergeCells count="(\d+)">([\s\S]*?)<\/mergeCells>/,
            (_m, n: string, body: string) => `<mergeCells count="${2 * Number(n)}">${body}${body}</mergeCells>`,
          ),
        ),
      ),
    expect: { read: "same" },
  },
  {
    name: "merge records reversed (G3:A3) and of a single cell",
    build: ({ base }) =>
      zip(
        editAll(base, SHEETS, (s) =>
          s
            .replace(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g, '<mergeCell ref="$3$4:$1$2"/>')
            .replace("</mergeCells>", '<mergeCell ref="J1:J1"/></mergeCells>'),
        ),
      ),
    expect: { read: "same" },
  },
];

/**
 * Plain cells, rows and merged areas read where they stand (plain-elements.ts) against the same sheet read through
 * saxes, the reference parser: every cell and merge, or the same refusal, on elements of the plain form and on every
 * near miss they must decline.
 */
import { type RawCell, type SheetContext, readSheetXml } from "../../src/xlsx/sheet-xml";
import { KpiLintError } from "../../src/core/read-error-codes";
import { type Rng, pick, seeded } from "../support/layouts/random";

const STRINGS = ["项目名称", "≥95%", "a&b", "  ", "x"];

interface Reading {
  cells: RawCell[];
  merges: string[];
  error?: string;
}

function read(xml: string, strings: readonly string[] | null = STRINGS): Reading {
  const ctx: SheetContext = { path: "t.xlsx", part: "xl/worksheets/sheet1.xml", sheet: "表1", sharedStrings: strings };
  const out: Reading = { cells: [], merges: [] };
  try {
    readSheetXml(new TextEncoder().encode(xml), ctx, { onCell: (c) => out.cells.push({ ...c }), onMerge: (m) => out.merges.push(m) });
  } catch (e) {
    if (!(e instanceof KpiLintError)) throw e;
    out.error = e.code;
  }
  return out;
}

/** The same part with a DOCTYPE: the fast tokenizer leaves all of it to saxes, which knows nothing of plain cells. */
const throughSaxes = (xml: string, strings?: readonly string[] | null) =>
  read(xml.replace("<worksheet", "<!DOCTYPE worksheet><worksheet"), strings);

const sheet = (rows: string, merges = '<mergeCell ref="A1:B1"/>') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="urn:x" xmlns:x="urn:x"><sheetData>${rows}</sheetData>` +
  `<mergeCells>${merges}</mergeCells></worksheet>`;

/** The same cells, or the same error (the cells given before an error are thrown away with the reading). */
function expectSameAsSaxes(xml: string, strings?: readonly string[] | null): Reading {
  const got = read(xml, strings);
  const want = throughSaxes(xml, strings);
  if (want.error || got.error) expect({ xml, error: got.error }).toEqual({ xml, error: want.error });
  else expect({ xml, ...got }).toEqual({ xml, ...want });
  return got;
}

/** Cells of the plain form, then each way a cell can miss it. */
const CELLS = [
  '<c r="B2" s="3" t="s"><v>1</v></c>',
  '<c t="s" s="3" r="B2"><v>0</v></c>',
  '<c r="C2"><v>42</v></c>',
  '<c r="C2" t="n"><v>0.95</v></c>',
  '<c r="C2"><v>1.5E-3</v></c>',
  '<c r="C2"><v>1234567890123456789</v></c>',
  '<c r="C2"><v>-7</v></c>',
  '<c r="D2" s="4"/>',
  '<c r="D2" s="0"/>',
  '<c r="D2" s="00"/>',
  '<c r="D2" s=""/>',
  '<c r="D2"/>',
  "<c/>",
  "<c><v>5</v></c>",
  '<c r=""><v>5</v></c>',
  '<c s="2"><v>5</v></c>',
  '<c r="E2" t="s"><v>99</v></c>',
  '<c r="E2" t="s"><v>x</v></c>',
  '<c r="E2" t="s"><v> 1</v></c>',
  '<c r="E2" t="str"><v>a&amp;b</v></c>',
  '<c r="E2" t="b"><v>1</v></c>',
  '<c r="E2" t="e"><v>#N/A</v></c>',
  '<c r="E2" t="d"><v>2024-01-31T00:00:00</v></c>',
  '<c r="E2" t="inlineStr"><is><t>文字</t></is></c>',
  '<c r="E2"><f>A1+1</f><v>3</v></c>',
  '<c r="E2"><v></v></c>',
  '<c r="E2"></c>',
  '<c r="E2"> <v>1</v></c>',
  '<c r="E2"><v>1</v> </c>',
  '<c  r="E2"><v>1</v></c>',
  '<c r = "E2"><v>1</v></c>',
  "<c r='E2'><v>1</v></c>",
  '<c r="E2" r="F2"><v>1</v></c>',
  '<c r="E2" t="s" t="s"><v>1</v></c>',
  '<c r="E2" cm="1"><v>1</v></c>',
  '<c r="E2" s="1.0"><v>1</v></c>',
  '<c r="E&#50;"><v>1</v></c>',
  '<c r="E2"><v>1&#48;</v></c>',
  '<c r="E2"><v>1\n</v></c>',
  '<c r="E2"><v>]</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="XFE1"><v>1</v></c>',
  '<c r="E2"><v>1<v></c>',
  '<c r="E2"><v>1</v></c',
  '<c r="E2"><v>1</v>',
  '<c r="E2 ><v>1</v></c>',
  '<c r="E2"/ >',
  '<x:c r="E2"><x:v>1</x:v></x:c>',
  '<cx r="E2"/>',
  '<c r="E2" t="s"><v>2</v><v>3</v></c>',
  '<c r="E2" t="s"><c r="F2"><v>1</v></c></c>',
  '<c r="E2"><mergeCell ref="A1:B2"/><v>1</v></c>',
  '<c r="E2"><row r="9"/><v>1</v></c>',
];

/** Row start tags of the plain form, then near misses; each row holds one cell, `<c><v>1</v></c>`. */
const ROWS = [
  '<row r="4">',
  '<row r="4" spans="1:7" x14ac:dyDescent="0.25">',
  '<row spans="1:7" r="4" ht="20" customHeight="1" s="3" customFormat="1" hidden="1" outlineLevel="1">',
  "<row>",
  '<row r="">',
  '<row r="0">',
  '<row r="1048577">',
  '<row r="4.0">',
  '<row r="004">',
  '<row r="4" r="5">',
  '<row r="4" ht="1" ht="2">',
  '<row r="4" x:ht="1" ht="2">',
  '<row r="4" a:b:c="1">',
  '<row r="4" 1a="1">',
  '<row r="4" _a.b-c="1">',
  '<row  r="4">',
  "<row r='4'>",
  '<row r="4" >',
  '<row r="&#52;">',
  '<row r="4" spans="1&#58;2">',
  '<row r="4"\n>',
  '<row r="4" ht="2\t">',
  '<row r="4"',
  '<row r="4" ht>',
  "<rows>",
  // more attributes than the plain reader keeps names of: the last one given twice
  `<row r="4"${Array.from({ length: 17 }, (_, i) => ` a${i}="1"`).join("")} a16="2">`,
  `<row r="4"${Array.from({ length: 20 }, (_, i) => ` a${i}="1"`).join("")}>`,
];

const MERGES = [
  '<mergeCell ref="A1:B2"/>',
  '<mergeCell ref="B2:A1"/>',
  '<mergeCell ref=""/>',
  '<mergeCell ref="A1"/>',
  '<mergeCell ref="nonsense"/>',
  '<mergeCell ref="A1:B2"></mergeCell>',
  '<mergeCell ref="A1:B2" />',
  "<mergeCell ref='A1:B2'/>",
  '<mergeCell ref="A&#49;:B2"/>',
  '<mergeCell  ref="A1:B2"/>',
  '<mergeCell ref="A1:B2" x="1"/>',
  '<mergeCell ref="A1:B2">',
  '<x:mergeCell ref="A1:B2"/>',
  '<mergeCells ref="A1:B2"/>',
];

describe("plain rows and merged areas", () => {
  it.each(ROWS)("%s reads as saxes reads it, or is refused as saxes refuses it", (row) => {
    const self = row.endsWith('">') ? row.replace(/>$/, "/>") : row;
    expectSameAsSaxes(sheet(`${row}<c><v>1</v></c></row>${row}<c><v>2</v></c></row>`));
    expectSameAsSaxes(sheet(`${self}<row><c><v>3</v></c></row>`));
  });

  it.each(MERGES)("%s reads as saxes reads it, or is refused as saxes refuses it", (merge) => {
    const got = expectSameAsSaxes(sheet('<row r="1"><c><v>1</v></c></row>', `${merge}<mergeCell ref="C3:D4"/>${merge}`));
    if (!got.error) expect(got.merges.length).toBeGreaterThanOrEqual(1);
  });

  it("reads a row's number and its cells' places, and an empty row as a row", () => {
    const { cells, merges } = expectSameAsSaxes(
      sheet(
        '<row r="7" spans="1:2"><c><v>1</v></c><c><v>2</v></c></row><row r="9"/><row><c><v>3</v></c></row>',
        '<mergeCell ref="A7:B8"/>',
      ),
    );
    expect(cells.map((c) => [c.row, c.col])).toEqual([
      [7, 1],
      [7, 2],
      [10, 1],
    ]);
    expect(merges).toEqual(["A7:B8"]);
  });
});

describe("plain cells", () => {
  it.each(CELLS)("%s reads as saxes reads it, or is refused as saxes refuses it", (c) => {
    expectSameAsSaxes(sheet(`<row r="2">${c}</row>`));
    expectSameAsSaxes(sheet(`<row r="2">${c}${c}</row><row r="3">${c}</row>`));
  });

  it("reads a plain shared string's text, style and place, and a styled empty cell as not present", () => {
    const { cells } = expectSameAsSaxes(sheet('<row r="2"><c r="B2" s="3" t="s"><v>1</v></c><c r="C2" s="4"/></row>'));
    expect(cells.map((c) => [c.row, c.col, c.value, c.style, c.present, c.numeric])).toEqual([
      [2, 2, "≥95%", 3, true, false],
      [2, 3, null, 4, false, false],
    ]);
  });

  it("a shared string without the shared-strings part is the same error either way", () => {
    expect(expectSameAsSaxes(sheet('<row r="2"><c r="B2" t="s"><v>0</v></c></row>'), null).error).toBe("PART_MISSING");
  });

  it("random rows of plain and near-plain cells, in parts longer than the tokenizer's 1 MB pieces", () => {
    const rng: Rng = seeded(20261123);
    for (let doc = 0; doc < 3; doc++) {
      const rows: string[] = [];
      let size = 0;
      for (let r = 1; size < 2_300_000; r++) {
        const cells = Array.from({ length: 1 + Math.floor(rng() * 8) }, () => randomCell(rng, r));
        const row = `${randomRowTag(rng, r)}${cells.join("")}</row>`;
        rows.push(row);
        size += row.length;
      }
      const merges = Array.from({ length: 2000 }, (_, i) => `<mergeCell ref="A${i * 3 + 1}:${pick(rng, ["A", "B", "C"])}${i * 3 + 2}"/>`);
      const got = expectSameAsSaxes(sheet(rows.join(""), merges.join("")));
      expect(got.error).toBeUndefined();
      expect(got.cells.length).toBeGreaterThan(40_000);
    }
  });
});

/** A well-formed row start tag for row `r`, its number given or left to follow the row before. */
function randomRowTag(rng: Rng, r: number): string {
  const attrs = [
    rng() < 0.9 ? ` r="${r}"` : "",
    rng() < 0.5 ? ` spans="1:${1 + Math.floor(rng() * 9)}"` : "",
    rng() < 0.3 ? ' ht="20.25" customHeight="1"' : "",
    rng() < 0.5 ? ' x14ac:dyDescent="0.25"' : "",
  ];
  return `<row${rng() < 0.5 ? attrs.join("") : attrs.reverse().join("")}>`;
}

/** A well-formed cell of row `r`: mostly plain, sometimes of a form the plain reader declines. */
function randomCell(rng: Rng, r: number): string {
  const ref = rng() < 0.9 ? ` r="${pick(rng, ["A", "B", "C", "AB", "ZZ"])}${r}"` : "";
  const style = rng() < 0.5 ? ` s="${pick(rng, ["0", "1", "12", "00"])}"` : "";
  const [type, value] = pick<[string, string]>(rng, [
    [' t="s"', `<v>${Math.floor(rng() * STRINGS.length)}</v>`],
    ["", `<v>${Math.floor(rng() * 1e6)}</v>`],
    [' t="n"', `<v>${(rng() * 10).toFixed(4)}</v>`],
    ["", "<f>SUM(A1:A2)</f><v>3</v>"],
    [' t="str"', "<v>a&amp;b</v>"],
    ["", ""],
  ]);
  const attrs = rng() < 0.5 ? `${ref}${style}${type}` : `${type}${style}${ref}`;
  return value ? `<c${attrs}>${value}</c>` : `<c${attrs}/>`;
}

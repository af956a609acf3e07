/**
 * Cells set in a sheet's bytes give, byte for byte, what the text path (sheet-xml.ts) gives; a sheet this path
 * does not read gives null (the writer then takes the text path).
 */
import { setCellsInBytes } from "../../src/cli/sheet-bytes";
import { boundsOf, cellRef } from "../../src/cli/cell-refs";
import { growDimension } from "../../src/cli/sheet-shift";
import { type RawCell, type SheetDoc, cellWithValue, parseSheet, putCell, serializeSheet } from "../../src/cli/sheet-xml";
import type { CellValue } from "../../src/core/grid";
import { type Rng, pick, seeded } from "../support/layouts/random";

interface Write {
  row: number;
  col: number;
  value: CellValue;
}

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });
const make = (doc: SheetDoc, old: RawCell | undefined, w: Write) => cellWithValue(doc, old, w.row, w.col, w.value);

function byText(xml: string, writes: Write[]): string {
  const doc = parseSheet(xml);
  for (const w of writes) putCell(doc, w.row, w.col, (old) => make(doc, old, w));
  growDimension(doc, boundsOf(writes));
  return serializeSheet(doc);
}

function byBytes(xml: string, writes: Write[]): string | null {
  const out = setCellsInBytes(enc.encode(xml), writes, make);
  return out && dec.decode(out);
}

/** A sheet as Excel writes it: every row and cell addressed, in order; some cells styled, formulas, text, empty. */
function randomSheet(rng: Rng): { xml: string; cells: Array<[number, number]> } {
  const p = pick(rng, ["", "", "x:"]);
  const cells: Array<[number, number]> = [];
  let rows = "";
  let row = 0;
  for (let n = 1 + Math.floor(rng() * 12); n > 0; n--) {
    row += 1 + Math.floor(rng() * 3);
    const attrs = `${rng() < 0.6 ? ` spans="1:${1 + Math.floor(rng() * 6)}"` : ""}${rng() < 0.3 ? ' ht="22.5" customHeight="1"' : ""}`;
    let body = "";
    let col = 0;
    for (let k = Math.floor(rng() * 6); k > 0; k--) {
      col += 1 + Math.floor(rng() * 2);
      const ref = cellRef(row, col);
      const style = rng() < 0.5 ? ` s="${Math.floor(rng() * 9)}"` : "";
      body += pick(rng, [
        `<${p}c r="${ref}"${style}/>`,
        `<${p}c r="${ref}"${style} t="s"><${p}v>${Math.floor(rng() * 40)}</${p}v></${p}c>`,
        `<${p}c r="${ref}"${style}><${p}v>0.95</${p}v></${p}c>`,
        `<${p}c r="${ref}"${style}><${p}f>SUM(A1:A3)</${p}f><${p}v>6</${p}v></${p}c>`,
        `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>≥95%满意度</${p}t></${p}is></${p}c>`,
      ]);
      cells.push([row, col]);
    }
    rows += `<${p}row r="${row}"${attrs}${body ? `>${body}</${p}row>` : "/>"}`;
  }
  const ns = p ? ' xmlns:x="urn:s"' : ' xmlns="urn:s"';
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet${ns}><${p}dimension ref="A1:C3"/><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`;
  const tail = `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells><${p}rowBreaks count="0"/></${p}worksheet>`;
  return { xml: `${head}<${p}sheetData>${rows}</${p}sheetData>${tail}`, cells };
}

const values: CellValue[] = ["≥95%", "11.76%", 100, 0.5, null, "", true, 'a<b & "c"', "指标值"];

it("gives the text path's bytes on 2,000 random sheets and writes", () => {
  const rng = seeded(112301);
  let compared = 0;
  for (let i = 0; i < 2000; i++) {
    const { xml, cells } = randomSheet(rng);
    if (cells.length === 0) continue;
    const chosen = cells.filter(() => rng() < 0.4);
    if (chosen.length === 0) chosen.push(pick(rng, cells));
    // in any order: the path sorts them
    const writes = chosen.map(([row, col]) => ({ row, col, value: pick(rng, values) })).sort(() => rng() - 0.5);
    expect({ xml, writes, out: byBytes(xml, writes) }).toEqual({ xml, writes, out: byText(xml, writes) });
    compared++;
  }
  expect(compared).toBeGreaterThan(1500);
});

describe("leaves to the text path", () => {
  const sheet = (rows: string) => `<worksheet xmlns="urn:s"><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`;
  it.each([
    ["a cell not there yet", sheet('<row r="2"><c r="A2"><v>1</v></c></row>'), [{ row: 2, col: 2, value: 5 }]],
    ["a cell without its address", sheet('<row r="2"><c><v>1</v></c></row>'), [{ row: 2, col: 1, value: 5 }]],
    ["a row without its number", sheet('<row><c r="A1"><v>1</v></c></row>'), [{ row: 1, col: 1, value: 5 }]],
    ["a cell in a row of another number", sheet('<row r="3"><c r="A2"><v>1</v></c></row>'), [{ row: 2, col: 1, value: 5 }]],
    [
      "the same cell twice",
      sheet('<row r="2"><c r="A2"><v>1</v></c></row>'),
      [
        { row: 2, col: 1, value: 5 },
        { row: 2, col: 1, value: 6 },
      ],
    ],
    ["an empty sheetData", '<worksheet xmlns="urn:s"><sheetData/></worksheet>', [{ row: 1, col: 1, value: 5 }]],
    [
      "cells out of order in their row",
      sheet('<row r="2"><c r="B2"/><c r="A2"/></row>'),
      [
        { row: 2, col: 1, value: 5 },
        { row: 2, col: 2, value: 6 },
      ],
    ],
  ])("%s", (_name, xml, writes) => {
    expect(byBytes(xml, writes)).toBeNull();
  });
});

it("keeps every byte it was not asked to change, white space between rows included", () => {
  const xml =
    '<worksheet xmlns="urn:s">\n  <sheetData>\n    <row r="1" spans="1:2"><c r="A1" s="2"><v>3</v></c></row>\n    <row r="2"><c r="B2"/></row>\n  </sheetData>\n</worksheet>';
  expect(byBytes(xml, [{ row: 1, col: 1, value: "≥95%" }])).toBe(
    '<worksheet xmlns="urn:s">\n  <sheetData>\n    <row r="1"><c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">≥95%</t></is></c></row>\n    <row r="2"><c r="B2"/></row>\n  </sheetData>\n</worksheet>',
  );
});

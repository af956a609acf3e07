/**
 * Setting cells in a worksheet part held as text: a cell that carries its address is replaced within its row's
 * text, any other (no `r`, or not there yet) through the row's cells; either way every other byte stays.
 */
import { cellWithValue, parseSheet, putCell, serializeSheet } from "../../src/cli/sheet-xml";
import type { CellValue } from "../../src/core/grid";

const head = '<?xml version="1.0"?><worksheet xmlns="urn:x"><dimension ref="A1:D9"/><sheetData>';
const tail = '</sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells></worksheet>';

function write(rows: string, writes: Array<[number, number, CellValue]>): string {
  const doc = parseSheet(`${head}${rows}${tail}`);
  for (const [row, col, value] of writes) putCell(doc, row, col, (old) => cellWithValue(doc, old, row, col, value));
  return serializeSheet(doc);
}

const sheet = (rows: string) => `${head}${rows}${tail}`;

describe("putCell", () => {
  it("replaces addressed cells in the row's text, keeping style and every other cell as it was", () => {
    const row7 = '<row r="7" spans="1:4" ht="20"><c r="A7" t="s"><v>3</v></c><c r="C7" s="5"><v>0.1176</v></c><c r="D7" s="5"/></row>';
    const row8 = '<row r="8"><c r="C8" s="2"><v>1</v></c></row>';
    expect(
      write(row7 + row8, [
        [7, 3, "11.76%"],
        [7, 4, 100],
        [7, 3, "12%"],
      ]),
    ).toBe(
      sheet(
        '<row r="7" ht="20"><c r="A7" t="s"><v>3</v></c><c r="C7" s="5" t="inlineStr"><is><t xml:space="preserve">12%</t></is></c><c r="D7" s="5"><v>100</v></c></row>' +
          row8,
      ),
    );
  });

  it("finds cells without an address by their place, and adds missing cells and rows in order", () => {
    const rows = '<row r="2"><c><v>1</v></c><c s="4"><v>2</v></c></row><row r="5"><c r="B5"><v>9</v></c></row>';
    expect(
      write(rows, [
        [2, 2, 20],
        [5, 1, "是"],
        [3, 2, 7],
      ]),
    ).toBe(
      sheet(
        '<row r="2"><c><v>1</v></c><c s="4" r="B2"><v>20</v></c></row><row r="3"><c r="B3"><v>7</v></c></row>' +
          '<row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">是</t></is></c><c r="B5"><v>9</v></c></row>',
      ),
    );
  });

  it("a write that empties a cell leaves it empty with its style; nothing written, the text is the same", () => {
    const rows = '<row r="4"><c r="B4" s="3" t="s"><v>8</v></c><c r="B40x"/></row>';
    expect(write(rows, [[4, 2, null]])).toBe(sheet('<row r="4"><c r="B4" s="3"/><c r="B40x"/></row>'));
    expect(write(rows, [])).toBe(sheet(rows));
  });
});

/**
 * The reader's allocation-free parsing (cell references, merge ranges, digit strings) gives what the plain
 * string functions it replaced gave, on the edges as well: lower case, bounds, stray colons, signs, spaces.
 */
import { digitsValue, parseCellRef } from "../../src/xlsx/cell-numbers";
import { parseRange } from "../../src/xlsx/workbook";

describe("cell references", () => {
  it.each([
    ["A1", { row: 1, col: 1 }],
    ["ab12", { row: 12, col: 28 }],
    ["XFD1048576", { row: 1048576, col: 16384 }],
    ["XFE1", null],
    ["A1048577", null],
    ["A0", null],
    ["ABCD1", null],
    ["A", null],
    ["12", null],
    ["A1 ", null],
    ["$A$1", null],
    ["", null],
  ])("%s", (ref, expected) => expect(parseCellRef(ref)).toEqual(expected));
});

describe("merge ranges", () => {
  it.each([
    ["A1:C3", { top: 1, left: 1, bottom: 3, right: 3 }],
    ["C3:A1", { top: 1, left: 1, bottom: 3, right: 3 }],
    ["B5", { top: 5, left: 2, bottom: 5, right: 2 }],
    ["A3:C1", { top: 1, left: 1, bottom: 3, right: 3 }],
    // a third part is ignored, as when the text was split at colons
    ["A1:B2:C3", { top: 1, left: 1, bottom: 2, right: 2 }],
    ["A1:", null],
    [":B2", null],
    ["A1:B0", null],
    ["A1-B2", null],
  ])("%s", (ref, expected) => expect(parseRange(ref)).toEqual(expected));
});

describe("digit strings", () => {
  it("are read exactly as Number reads them, others are left to Number (-1)", () => {
    for (const s of ["0", "7", "007", "123456789", "999999999999999"]) expect(digitsValue(s)).toBe(Number(s));
    for (const s of ["", "-1", "+1", "1.5", "1e3", " 1", "1 ", "0x10", "1234567890123456", "١"]) expect(digitsValue(s)).toBe(-1);
  });
});

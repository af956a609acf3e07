/** References as Excel moves them when rows are inserted before row 5. */
import { shiftFormula, shiftQualified, shiftSqref } from "../../src/cli/cell-refs";

const s = { at: 5, count: 2 };

describe("shifting references for an insertion", () => {
  it("moves references at or below the point, grows ranges across it, leaves other sheets, strings and functions", () => {
    expect(shiftFormula("SUM(A1:A10)+B5*$C$4+LOG10(D9)+'S x'!A9+S!A9", "S", s)).toBe("SUM(A1:A12)+B7*$C$4+LOG10(D11)+'S x'!A9+S!A11");
    expect(shiftFormula('IF(A6="B7",5:6,"x")', "S", s)).toBe('IF(A8="B7",7:8,"x")');
    expect(shiftFormula("[1]S!A9+A:A", "S", s)).toBe("[1]S!A9+A:A");
  });

  it("from elsewhere, only references qualified with the sheet's name move", () => {
    expect(shiftQualified("'预算 表'!$A$1:$K$50", "预算 表", s)).toBe("'预算 表'!$A$1:$K$52");
    expect(shiftQualified("汇总!A6,Other!A6,A6", "汇总", s)).toBe("汇总!A8,Other!A6,A6");
  });

  it("sqref lists", () => {
    expect(shiftSqref("A1:B4 C5 D3:D9 A:A", s)).toBe("A1:B4 C7 D3:D11 A:A");
  });
});

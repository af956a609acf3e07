import { groupUnder, halve, plannedBytesPerCell, rowChunks, utf8Length, WORST_BYTES_PER_CELL } from "../../src/excel/read-plan";

describe("the read planner (UTF-8 bytes, Excel on the web's 5 MB limit)", () => {
  it("measures UTF-8: a CJK character is 3 bytes, as on the wire", () => {
    expect(utf8Length("绩效")).toBe(6);
    expect(utf8Length("a€𝄞")).toBe(1 + 3 + 4);
  });

  it("a Chinese summary sheet (~121 bytes per cell) is planned at its own measure, not at 40 bytes", () => {
    const bpc = plannedBytesPerCell(121 * 1500, 1500);
    expect(bpc).toBeGreaterThanOrEqual(121);
    const chunks = rowChunks(0, 3000, 15, bpc, 3.5 * 1024 * 1024);
    expect(chunks.every((c) => c.n * 15 * 121 < 5 * 1024 * 1024)).toBe(true);
    expect(chunks.reduce((s, c) => s + c.n, 0)).toBe(3000);
    expect(plannedBytesPerCell(0, 0)).toBe(WORST_BYTES_PER_CELL);
  });

  it("a refused chunk halves down to one row; groups stay under the budget", () => {
    expect(halve({ r0: 10, n: 5 })).toEqual([
      { r0: 10, n: 2 },
      { r0: 12, n: 3 },
    ]);
    expect(halve({ r0: 3, n: 1 })).toBeNull();
    expect(groupUnder([3, 3, 3, 9, 1], (x) => x, 6)).toEqual([[3, 3], [3], [9], [1]]);
  });
});

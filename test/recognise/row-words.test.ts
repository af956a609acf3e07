/**
 * The row scan shared by the header search, the table ends and the form fields (row-words.ts): what it
 * remembers per row must be what the cells say, merged areas and numbers included.
 */
import { MergeIndex, makeSheet } from "../../src/core/grid";
import { rowWords } from "../../src/core/recognise/row-words";

const sheet = makeSheet(
  "表",
  [
    ["1.法律培训费绩效目标表", null, null, null],
    ["项目名称", "法律培训费", "单位：万元", 17],
    ["序号", "三级指标", "指标值", "指标值确定依据"],
    [null, "培训次数", "≥3次", "依据政策要求"],
    [null, "培训人数", 120, "依据历史标准"],
    [null, null, "   ", null],
    ["填报人：张三", null, null, null],
  ],
  [
    { top: 1, left: 1, bottom: 1, right: 4 }, // the title across the table
    { top: 3, left: 1, bottom: 5, right: 1 }, // 序号 merged down the block
  ],
);

describe("row words of a small form", () => {
  const words = rowWords(sheet, new MergeIndex(sheet));

  it("counts header words per row, a header merged down counting on every row it covers", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((r) => words.candidateCount(r))).toEqual([0, 1, 4, 2, 2, 0, 0]);
    expect([...words.candidatesOf(3).keys()]).toEqual([1, 2, 3, 4]);
    // a row with one candidate keeps no map, and gives the same one when asked
    expect([...words.candidatesOf(2)]).toEqual([[1, { roles: ["project"], text: "项目名称" }]]);
    expect([...words.candidatesOf(4).keys()]).toEqual([1, 4]);
  });

  it("knows a header row needs a value word and a name word", () => {
    expect([1, 2, 3, 4, 5].map((r) => words.mayHead(r))).toEqual([false, false, true, false, false]);
  });

  it("lists the cells that may end a table or describe a form, in column order, numbers never", () => {
    expect(words.marksOf(2).map((m) => m.col)).toEqual([1, 3]);
    expect(words.mayEnd(1)).toBe(true);
    expect(words.mayEnd(4)).toBe(false);
    expect(words.marksOf(7).map((m) => m.traits.footer)).toEqual([true]);
    expect(words.marksOf(5)).toEqual([]);
  });

  it("tells a filled row from one holding only blanks", () => {
    expect([1, 2, 5, 6, 7].map((r) => words.isFilled(r))).toEqual([true, true, true, false, true]);
  });

  it("answers for rows below the last one without remembering them", () => {
    expect(words.candidateCount(sheet.rowCount + 5)).toBe(0);
    expect(words.isFilled(sheet.rowCount + 5)).toBe(false);
  });
});

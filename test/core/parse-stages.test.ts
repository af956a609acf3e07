/** Each parse stage on its own: what it reads from the front of the text and what it leaves. */
import { readDate, readNumber, readOperator, readRangeEnd, readScale, readSuffix, readUnitStage } from "../../src/core/value/stages";
import type { Scan } from "../../src/core/value/types";

const scan = (t: string, operator: Scan["operator"] = null): Scan => ({
  raw: t,
  t,
  operator,
  source: operator ? "symbol" : null,
  tolerance: false,
});

describe("stage 1: operator", () => {
  it.each([
    ["≥95%", "≥", "symbol", "95%"],
    ["不低于95%", "≥", "word", "95%"],
    ["达标率", null, null, "达标率"],
    ["±3%", "≤", "symbol", "3%"],
  ])("%s", (t, op, source, rest) => {
    const s = scan(t);
    readOperator(s);
    expect([s.operator, s.source, s.t]).toEqual([op, source, rest]);
  });
  it("± marks a tolerance", () => {
    const s = scan("±3%");
    readOperator(s);
    expect(s.tolerance).toBe(true);
  });
});

describe("stage 2: date", () => {
  it("reads deadlines and periods, leaves numbers", () => {
    expect(readDate(scan("2024年12月底前"))).toMatchObject({ deadline: "2024-12", operator: "≤" });
    expect(readDate(scan("2023.07-2024.01"))).toMatchObject({ period: { from: "2023-07", to: "2024-01" } });
    expect(readDate(scan("95%"))).toBeNull();
    expect(readDate(scan("2024.5"))).toBeNull();
  });
});

describe("stage 3: number", () => {
  it("reads separators and 百分之, refuses 7*24", () => {
    const s = scan("1,030,700.00元");
    expect(readNumber(s)).toEqual({ value: 1030700, text: "1,030,700.00", unitBefore: null });
    expect(s.t).toBe("元");
    expect(readNumber(scan("百分之90"))).toMatchObject({ value: 90, unitBefore: "百分之" });
    expect(readNumber(scan("7*24小时"))).toBeNull();
    expect(readNumber(scan("有效"))).toBeNull();
  });
});

describe("stage 4: scale", () => {
  it.each([
    ["万册", { scale: 1e4, prefix: null }, "册"],
    ["万元", { scale: 1, prefix: null }, "万元"],
    ["万", { scale: 1, prefix: "万" }, ""],
    ["万/月", { scale: 1, prefix: "万" }, "/月"],
    ["千米", { scale: 1, prefix: null }, "千米"],
  ])("%s", (t, read, rest) => {
    const s = scan(t);
    expect(readScale(s)).toEqual(read);
    expect(s.t).toBe(rest);
  });
});

describe("stage 5: unit", () => {
  it.each([
    ["元/人/天", null, "元/人/天", "元/人/天", ""],
    ["百分率以上", null, "%", "百分率", "以上"],
    ["棵", null, "棵", "棵", ""],
    ["/月", "万", "万元/月", "万/月", ""],
    ["援助案件完成率", null, null, null, "援助案件完成率"],
  ])("%s", (t, prefix, unit, unitRaw, rest) => {
    const s = scan(t);
    expect(readUnitStage(s, { scale: 1, prefix }, null)).toEqual({ unit, unitRaw });
    expect(s.t).toBe(rest);
  });
});

describe("stage 6: range", () => {
  it("reads the high end with the shared unit", () => {
    const s = scan("-5个工作日");
    expect(readRangeEnd(s, 3, { unit: null, unitRaw: null })).toEqual({ high: 5, unit: { unit: "个工作日", unitRaw: "个工作日" } });
    expect(readRangeEnd(scan("-5天"), 3, { unit: "%", unitRaw: "%" })).toBeNull();
    expect(readRangeEnd(scan("-2"), 3, { unit: null, unitRaw: null })).toBeNull();
  });
});

describe("stage 7: suffix", () => {
  it("takes the operator from 以上, drops a repeat, keeps a bracketed note", () => {
    const a = scan("以上");
    readSuffix(a, "%");
    expect([a.operator, a.source, a.t]).toEqual(["≥", "suffix", ""]);
    const b = scan("以上", "≥");
    readSuffix(b, "%");
    expect(b.t).toBe("");
    const c = scan("(按季度考核)", "≥");
    expect(readSuffix(c, "%")).toEqual({ note: "按季度考核" });
    const d = scan("");
    readSuffix(d, "个");
    expect([d.operator, d.source]).toEqual(["=", "implicit"]);
  });
});

/** Values as people write them in published tables (domain.md, "Cell contents"): read correctly, raw kept. */
import { excelSerialDate, formatPlain, OPERATOR_WORDS, parseTarget, roundNumber } from "../../src/core/value/parse";
import { moneyFactor, unitFamily } from "../../src/core/value/units";

describe("Excel date serials in 时效 cells", () => {
  it("read as a date with the deadline hint", () => {
    expect(parseTarget(44561, { hint: "deadline" })).toMatchObject({
      raw: "44561",
      kind: "qualitative",
      deadline: "2021-12-31",
      display: "2021年12月31日",
      number: null,
    });
    expect(parseTarget(45657, { hint: "deadline" })).toMatchObject({ deadline: "2024-12-31", display: "2024年12月31日" });
    expect(parseTarget("45657", { hint: "deadline" })).toMatchObject({ raw: "45657", deadline: "2024-12-31" });
    expect(parseTarget(36526, { hint: "deadline" }).deadline).toBe("2000-01-01");
    expect(parseTarget(55153, { hint: "deadline" }).deadline).toBe("2050-12-31");
  });
  it("stay numbers without the hint or outside 2000–2050", () => {
    expect(parseTarget(44561)).toMatchObject({ kind: "quantitative", number: 44561, deadline: null });
    expect(parseTarget("44561")).toMatchObject({ kind: "quantitative", number: 44561 });
    expect(parseTarget(30, { hint: "deadline" })).toMatchObject({ kind: "quantitative", number: 30 });
    expect(parseTarget(60000, { hint: "deadline" })).toMatchObject({ kind: "quantitative", number: 60000 });
    expect(parseTarget("≤30天", { hint: "deadline" })).toMatchObject({ operator: "≤", number: 30, unit: "天" });
    expect(parseTarget("2024年12月底前", { hint: "deadline" })).toMatchObject({ deadline: "2024-12" });
  });
  it("converts serials in the 1900 date system", () => {
    expect(excelSerialDate(43831)).toEqual({ y: 2020, m: 1, d: 1 });
    expect(excelSerialDate(44561.75)).toEqual({ y: 2021, m: 12, d: 31 });
    expect(excelSerialDate(100)).toBeNull();
  });
});

describe("ranges and periods", () => {
  it.each([
    ["2023.07-2024.01", "2023-07", "2024-01"],
    ["2023年7月-2024年1月", "2023-07", "2024-01"],
    ["2023年7月至2024年1月", "2023-07", "2024-01"],
    ["2023.07.01—2024.01.31", "2023-07-01", "2024-01-31"],
    ["1-12月", "01", "12"],
    ["1月-6月", "01", "06"],
    ["2024年1-12月", "2024-01", "2024-12"],
    ["2024年7月至12月", "2024-07", "2024-12"],
    ["2023-2024年", "2023-01", "2024-12"],
  ])("%s is a period", (raw, from, to) => {
    const v = parseTarget(raw);
    expect(v).toMatchObject({ raw, kind: "qualitative", period: { from, to }, deadline: to, text: null, number: null });
  });
  it.each([
    ["3-5个工作日", 3, 5, "个工作日"],
    ["1-3个月", 1, 3, "个月"],
    ["90%-95%", 90, 95, "%"],
    ["90-95%", 90, 95, "%"],
    ["3～5天", 3, 5, "天"],
  ])("%s is a range", (raw, low, high, unit) => {
    expect(parseTarget(raw)).toMatchObject({ raw, kind: "range", range: { low, high }, unit, number: null, text: null, operator: null });
  });
  it("is never a number with a unit of -2024.01", () => {
    const v = parseTarget("2023.07-2024.01");
    expect(v.unit).toBeNull();
    expect(v.text).toBeNull();
  });
});

describe("± tolerances", () => {
  it.each([
    ["±3%以内", 3],
    ["±5%", 5],
    ["±0.5%", 0.5],
    ["正负3%", 3],
  ])("%s is ≤ on the deviation", (raw, number) => {
    expect(parseTarget(raw)).toMatchObject({ raw, kind: "quantitative", operator: "≤", number, unit: "%", tolerance: true, text: null });
  });
  it("plain bounds are no tolerance", () => {
    expect(parseTarget("≤3%").tolerance).toBeUndefined();
  });
});

describe("complete time expressions", () => {
  it.each([
    ["2024年全年", "2024-01", "2024-12"],
    ["全年", "01", "12"],
    ["全年度", "01", "12"],
    ["2024年1-12月", "2024-01", "2024-12"],
    ["2024年度", "2024-01", "2024-12"],
    ["2024年", "2024-01", "2024-12"],
  ])("%s", (raw, from, to) => {
    expect(parseTarget(raw)).toMatchObject({ raw, kind: "qualitative", period: { from, to }, deadline: to, text: null });
  });
  it("the end of an unnamed year", () => {
    expect(parseTarget("年底前")).toMatchObject({ kind: "qualitative", operator: "≤", deadline: "12", text: null });
    expect(parseTarget("年度内完成")).toMatchObject({ kind: "qualitative", operator: "≤", deadline: "12", text: null });
  });
  it("a year count is still a number", () => {
    expect(parseTarget("≥3年")).toMatchObject({ kind: "quantitative", number: 3, unit: "年" });
  });
});

describe("money written as 万 / 万/月", () => {
  it("250万 keeps 万 as a money prefix", () => {
    expect(parseTarget("250万")).toMatchObject({
      kind: "quantitative",
      operator: "=",
      number: 250,
      unit: null,
      unitPrefix: "万",
      scale: 1,
    });
    expect(unitFamily("万")).toBe("money");
    expect(moneyFactor("万")).toBe(1e4);
    expect(moneyFactor("亿")).toBe(1e8);
  });
  it("≤620万/月 is a money rate in 万元/月", () => {
    expect(parseTarget("≤620万/月")).toMatchObject({
      operator: "≤",
      number: 620,
      unit: "万元/月",
      unitRaw: "万/月",
      unitPrefix: "万",
      text: null,
      scale: 1,
    });
    expect(unitFamily("万元/月")).toBe("money");
  });
  it("万 before a count unit is still a multiplier", () => {
    expect(parseTarget("≥43万通/年")).toMatchObject({ number: 430000, unit: "通/年" });
  });
  it("=24人/次 keeps its unit as written", () => {
    expect(parseTarget("=24人/次")).toMatchObject({ operator: "=", number: 24, unit: "人/次", unitRaw: "人/次", text: null });
  });
});

describe("white space and line breaks", () => {
  it.each(["≥95%", "≥ 95 %", "≥　95　%", "≥\n95%", " ≥95% "])("%j", (raw) => {
    expect(parseTarget(raw)).toMatchObject({ raw, kind: "quantitative", operator: "≥", number: 95, unit: "%", text: null });
  });
  it("a bracketed remark on its own line is a note, not prose", () => {
    expect(parseTarget("≥95%\n（按季度考核）")).toMatchObject({ operator: "≥", number: 95, unit: "%", text: null, note: "按季度考核" });
    expect(parseTarget("≥95%(按季度考核)").note).toBe("按季度考核");
  });
  it("unbracketed prose is still prose", () => {
    expect(parseTarget("≥95%按季度考核").text).toBe("按季度考核");
  });
});

describe("two targets in one value", () => {
  it.each([
    ["60人,1次", ["60人", "1次"], [undefined, undefined]],
    ["60人，1次", ["60人", "1次"], [undefined, undefined]],
    ["60人\n1次", ["60人", "1次"], [undefined, undefined]],
    ["合格率≥95%,优秀率≥90%", ["合格率≥95%", "优秀率≥90%"], ["合格率", "优秀率"]],
    ["≥2次；≥100人次", ["≥2次", "≥100人次"], [undefined, undefined]],
    ["满意度达90%、知晓率达85%", ["满意度达90%", "知晓率达85%"], ["满意度", "知晓率"]],
  ])("%s", (raw, partsRaw, labels) => {
    const v = parseTarget(raw);
    expect(v).toMatchObject({ raw, kind: "multiple", operator: null, number: null, unit: null });
    expect(v.parts?.map((p) => p.raw)).toEqual(partsRaw);
    expect(v.parts?.map((p) => p.label)).toEqual(labels);
    expect(v.parts?.every((p) => p.kind === "quantitative" && p.number !== null)).toBe(true);
  });
  it("reads each part", () => {
    expect(parseTarget("合格率≥95%,优秀率≥90%").parts).toMatchObject([
      { operator: "≥", number: 95, unit: "%", label: "合格率" },
      { operator: "≥", number: 90, unit: "%", label: "优秀率" },
    ]);
  });
  it.each([
    ["≥60人、次", "quantitative"], // 人、次 is one unit
    ["≤1,030,700.00元", "quantitative"], // thousands separators
    ["≥95%,按季度考核", "quantitative"], // prose after a comma
    ["有效提升,群众满意", "qualitative"],
  ])("%s is one value", (raw, kind) => {
    expect(parseTarget(raw).kind).toBe(kind);
  });
});

describe("shared helpers", () => {
  it("rounds and prints numbers without float noise", () => {
    expect(roundNumber(0.1 + 0.2)).toBe(0.3);
    expect(formatPlain(0.1 + 0.2)).toBe("0.3");
    expect(formatPlain(1030700)).toBe("1030700");
  });
  it("names every operator", () => {
    expect(OPERATOR_WORDS).toEqual({ "≥": "大于等于", "≤": "小于等于", "=": "等于", ">": "大于", "<": "小于" });
  });
});

import { findEmbeddedTarget, parseTarget, parseUnitText } from "../../src/core/value/parse";

type Expect = [string, string | null, number | null, string | null, "quantitative" | "qualitative" | "empty"];

describe("parseTarget: every spelling of domain.md", () => {
  const cases: Expect[] = [
    // operators: symbols, ASCII, full width, look-alikes
    ["≥400件", "≥", 400, "件", "quantitative"],
    ["≤0.5%", "≤", 0.5, "%", "quantitative"],
    ["=2次", "=", 2, "次", "quantitative"],
    [">3名", ">", 3, "名", "quantitative"],
    ["<5天", "<", 5, "天", "quantitative"],
    [">=90%", "≥", 90, "%", "quantitative"],
    ["<=10%", "≤", 10, "%", "quantitative"],
    ["＞90％", ">", 90, "%", "quantitative"],
    ["＜5％", "<", 5, "%", "quantitative"],
    ["＝1个", "=", 1, "个", "quantitative"],
    ["≧85％", "≥", 85, "%", "quantitative"],
    ["≦3天", "≤", 3, "天", "quantitative"],
    ["＞＝95％", "≥", 95, "%", "quantitative"],
    // words
    ["大于等于90%", "≥", 90, "%", "quantitative"],
    ["小于等于10%", "≤", 10, "%", "quantitative"],
    ["等于1个", "=", 1, "个", "quantitative"],
    ["不低于95%", "≥", 95, "%", "quantitative"],
    ["不少于300人", "≥", 300, "人", "quantitative"],
    ["不小于5家", "≥", 5, "家", "quantitative"],
    ["至少2场", "≥", 2, "场", "quantitative"],
    ["不超过50万元", "≤", 50, "万元", "quantitative"],
    ["不高于5%", "≤", 5, "%", "quantitative"],
    ["至多3次", "≤", 3, "次", "quantitative"],
    ["超过11000件", ">", 11000, "件", "quantitative"],
    ["大于100件", ">", 100, "件", "quantitative"],
    ["高于80%", ">", 80, "%", "quantitative"],
    ["低于1%", "<", 1, "%", "quantitative"],
    ["小于5万元", "<", 5, "万元", "quantitative"],
    ["不足3天", "<", 3, "天", "quantitative"],
    ["不到2小时", "<", 2, "小时", "quantitative"],
    ["达到95%", "≥", 95, "%", "quantitative"],
    ["达90%", "≥", 90, "%", "quantitative"],
    // suffix operators: 以上 inclusive as in statute usage
    ["95%以上", "≥", 95, "%", "quantitative"],
    ["500人次及以上", "≥", 500, "人次", "quantitative"],
    ["2小时以内", "≤", 2, "小时", "quantitative"],
    ["5%以下", "≤", 5, "%", "quantitative"],
    // implicit =
    ["100%", "=", 100, "%", "quantitative"],
    ["1个", "=", 1, "个", "quantitative"],
    // numbers: full width, separators, 万
    ["≥９５％", "≥", 95, "%", "quantitative"],
    ["≤1,030,700.00元", "≤", 1030700, "元", "quantitative"],
    ["3.5万册", "=", 35000, "册", "quantitative"],
    ["≥43万通/年", "≥", 430000, "通/年", "quantitative"],
    ["≤291.2万元", "≤", 291.2, "万元", "quantitative"],
    ["≤2亿元", "≤", 2, "亿元", "quantitative"],
    // units: percent spellings, counts, money, time, rates
    ["≥95 百分率", "≥", 95, "%", "quantitative"],
    ["≥ 百分比 95", "≥", null, null, "qualitative"], // split columns read in order are composed elsewhere
    ["百分之90", "=", 90, "%", "quantitative"],
    ["≥60人、次", "≥", 60, "人次", "quantitative"],
    ["≥3场次", "≥", 3, "场次", "quantitative"],
    ["≤7个工作日", "≤", 7, "个工作日", "quantitative"],
    ["≤550元/人/天", "≤", 550, "元/人/天", "quantitative"],
    ["≤550元（每人每天）", "≤", 550, "元/人/天", "quantitative"],
    ["≤80元/件", "≤", 80, "元/件", "quantitative"],
    ["≥210人次/年", "≥", 210, "人次/年", "quantitative"],
    ["≥9个/小时", "≥", 9, "个/小时", "quantitative"],
    // qualitative
    ["有效提升", null, null, null, "qualitative"],
    ["明显提升", null, null, null, "qualitative"],
    ["高质量完成", null, null, null, "qualitative"],
    ["保障", null, null, null, "qualitative"],
    ["达到年度指标", null, null, null, "qualitative"],
    ["达标率", null, null, null, "qualitative"],
    ["7*24小时", null, null, null, "qualitative"],
    // empty
    ["", null, null, null, "empty"],
    ["   ", null, null, null, "empty"],
    ["—", null, null, null, "empty"],
  ];
  it.each(cases)("%s", (raw, operator, number, unit, kind) => {
    const v = parseTarget(raw);
    expect(v.raw).toBe(raw);
    expect(v.kind).toBe(kind);
    if (kind === "quantitative") {
      expect(v.operator).toBe(operator);
      expect(v.number).toBe(number);
      expect(v.unit).toBe(unit);
    }
  });

  it("keeps the original text and reads the unit's own spelling", () => {
    const v = parseTarget("≥95 百分率");
    expect(v.raw).toBe("≥95 百分率");
    expect(v.unitRaw).toBe("百分率");
    expect(v.numberText).toBe("95");
  });

  it("deadlines are 时效 targets with a date", () => {
    expect(parseTarget("2024年12月底前")).toMatchObject({ kind: "qualitative", operator: "≤", deadline: "2024-12" });
    expect(parseTarget("≤2023年12月10日前")).toMatchObject({ operator: "≤", deadline: "2023-12-10" });
    expect(parseTarget("2023年10月底").deadline).toBe("2023-10");
  });

  it("separates prose glued to a value", () => {
    expect(parseTarget("≥0.85援助案件完成率达85%以上")).toMatchObject({ number: 0.85, unit: null, text: "援助案件完成率达85%以上" });
    expect(parseTarget("≥6000012348人热线受益人达到60000人次")).toMatchObject({
      number: 6000012348,
      unit: "人",
      text: "热线受益人达到60000人次",
    });
  });

  it("numbers from cells are implicit = with no unit", () => {
    expect(parseTarget(150)).toMatchObject({ kind: "quantitative", operator: "=", number: 150, unit: null, raw: "150" });
    expect(parseTarget(null).kind).toBe("empty");
  });

  it("never throws, whatever the text", () => {
    const alphabet = [
      "≥",
      "≤",
      "=",
      "<",
      ">",
      "１",
      "9",
      ".",
      ",",
      "万",
      "元",
      "%",
      "年",
      "月",
      "底",
      "前",
      "(",
      "（",
      "每",
      "人",
      "/",
      "以上",
      "百分",
      "之",
      " ",
      "\u0000",
      "😀",
      "\uD800",
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      let s = "";
      const n = Math.floor(rand() * 12);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(() => parseTarget(s)).not.toThrow();
      expect(parseTarget(s).raw).toBe(s);
    }
    expect(() => parseTarget("9".repeat(400))).not.toThrow();
  });
});

describe("findEmbeddedTarget", () => {
  it("reads targets restated in prose", () => {
    expect(findEmbeddedTarget("援助案件完成率达85%以上")).toEqual({ operator: "≥", number: 85, unit: "%" });
    expect(findEmbeddedTarget("热线受益人达到60000人次")).toEqual({ operator: "≥", number: 60000, unit: "人次" });
    expect(findEmbeddedTarget("维持中心运行维修维护成本小于5万元")).toEqual({ operator: "<", number: 5, unit: "万元" });
    expect(findEmbeddedTarget("没有数字")).toBeNull();
  });
});

describe("parseUnitText", () => {
  it.each([
    ["百分比", "%"],
    ["百分率", "%"],
    ["％", "%"],
    ["人、次", "人次"],
    ["元（每人每天）", "元/人/天"],
    ["万元", "万元"],
    ["人/天", "人/天"],
  ])("%s → %s", (raw, unit) => expect(parseUnitText(raw)).toBe(unit));
});

describe("measure words not in the list", () => {
  it.each([
    ["≥120棵", 120, "棵"],
    ["≥3000尾", 3000, "尾"],
    ["2000羽以上", 2000, "羽"],
    ["≥10笔", 10, "笔"],
  ])("%s", (raw, number, unit) => {
    expect(parseTarget(raw)).toMatchObject({ kind: "quantitative", number, unit, text: null });
  });
  it("but a longer run of words after the number is prose", () => {
    expect(parseTarget("≥5家律所参与")).toMatchObject({ number: 5, unit: "家", text: "律所参与" });
    expect(parseTarget("≥0.85援助案件完成率").unit).toBeNull();
  });
});

describe("more spellings seen in other units' tables", () => {
  it("numeric dates are deadlines", () => {
    expect(parseTarget("2024.12.31前")).toMatchObject({ kind: "qualitative", operator: "≤", deadline: "2024-12-31", text: null });
    expect(parseTarget("≤2024/12/31")).toMatchObject({ operator: "≤", deadline: "2024-12-31" });
    expect(parseTarget("2024-12")).toMatchObject({ deadline: "2024-12" });
    expect(parseTarget("2024.5")).toMatchObject({ kind: "quantitative", number: 2024.5 }); // one dot: a number
  });
  it("(含) after a bound says it is inclusive, not prose", () => {
    expect(parseTarget("≥95%（含）")).toMatchObject({ operator: "≥", number: 95, unit: "%", text: null });
  });
  it("a bare 万 after the number is a half-written unit", () => {
    expect(parseTarget("≤291.2万")).toMatchObject({ number: 291.2, unit: null, unitPrefix: "万" });
  });
});

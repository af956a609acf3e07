import { MESSAGES, interpolate, severityLabel, translate, type MessageKey } from "../../src/app/i18n";

const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const keys = Object.keys(MESSAGES["zh-CN"]) as MessageKey[];

/**
 * Chinese the English catalogue may hold: text quoted in “…” or 「…」 (a sheet's name, a placeholder the
 * user must find in the workbook such as “【待填】”), and these domain terms of the performance-target
 * forms, which English users of these forms read as they are (the settings' cost framework options).
 */
const DOMAIN_TERMS = ["成本指标", "产出指标", "一级"];

function withoutAllowedChinese(text: string): string {
  let rest = text.replace(/“[^”]*”/g, "").replace(/「[^」]*」/g, "");
  for (const term of DOMAIN_TERMS) rest = rest.split(term).join("");
  return rest;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the message catalogue", () => {
  it("has every key in both languages, none empty", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, typeof MESSAGES["zh-CN"][key]]).toEqual([key, "string"]);
      expect([key, MESSAGES.en[key].length > 0]).toEqual([key, true]);
    }
  });

  it("English holds no Chinese except quoted text and the listed domain terms", () => {
    const offending = keys.filter((k) => CJK.test(withoutAllowedChinese(MESSAGES.en[k])));
    expect(offending).toEqual([]);
  });

  it("every key has the same {{placeholders}} in zh-CN and English", () => {
    const mismatched = keys.filter((k) => placeholders(MESSAGES["zh-CN"][k]).join() !== placeholders(MESSAGES.en[k]).join());
    expect(mismatched).toEqual([]);
  });

  it("interpolates placeholders, and the severity labels come from one table", () => {
    expect(interpolate("{{a}} / {{b}} / {{a}}", { a: 1, b: "x" })).toBe("1 / x / 1");
    expect(interpolate("{{missing}}!")).toBe("!");
    expect(translate("zh-CN", "applied", { n: 3 })).toBe("已修改 3 个单元格。");
    expect(["error", "warning", "info"].map((s) => severityLabel("zh-CN", s as "error"))).toEqual(["错误", "警告", "提示"]);
    expect(["error", "warning", "info"].map((s) => severityLabel("en", s as "error"))).toEqual(["Error", "Warning", "Info"]);
  });
});

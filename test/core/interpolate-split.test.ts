/**
 * `interpolate` splits each template once and joins: it must fill every catalogue message (the pane's, the
 * ribbon's, the CLI's) exactly as one regex replacement over the template does — values holding `$&` or
 * `{{…}}` included, placeholders missing, no data at all.
 */
import { MESSAGES, type Locale } from "../../src/app/messages";
import { cliEn, cliZh } from "../../src/app/messages/cli";
import { interpolate } from "../../src/core/interpolate";
import { type MessageKey, translator } from "../../src/cli/i18n";

/** The fill as it was written before the split: one replace over the template. */
function byRegex(template: string, data: Record<string, string | number> = {}, missing: "empty" | "keep" = "empty"): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in data ? String(data[k]) : missing === "keep" ? whole : ""));
}

const catalogues: Array<[Locale, Record<string, string>]> = [
  ["zh-CN", { ...MESSAGES["zh-CN"], ...cliZh }],
  ["en", { ...MESSAGES.en, ...cliEn }],
];

it.each(catalogues)("%s: every message, with its placeholders filled, missing or odd", (locale, catalogue) => {
  const t = translator(locale);
  let placeholders = 0;
  for (const [key, template] of Object.entries(catalogue)) {
    const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    placeholders += names.length;
    const full = Object.fromEntries(names.map((n, i) => [n, i % 2 ? i : `$&{{${n}}}值`]));
    const some = Object.fromEntries(names.slice(1).map((n) => [n, 0]));
    for (const data of [full, some, undefined]) {
      expect(t(key as MessageKey, data)).toBe(byRegex(template, data));
      expect(interpolate(template, data, "keep")).toBe(byRegex(template, data, "keep"));
    }
  }
  expect(placeholders).toBeGreaterThan(50);
});

it("fills a template seen for the first time and again the same way; text without placeholders stays as it is", () => {
  expect(interpolate("{{a}}与{{b}}：{{a}}", { a: "甲", b: 2 })).toBe("甲与2：甲");
  expect(interpolate("{{a}}与{{b}}：{{a}}", { a: "乙" })).toBe("乙与：乙");
  expect(interpolate("{{a}}与{{b}}：{{a}}", { a: "乙" }, "keep")).toBe("乙与{{b}}：乙");
  expect(interpolate("无占位符")).toBe("无占位符");
  expect(interpolate("{{ a }} {{}}", { a: 1 })).toBe("{{ a }} {{}}");
});

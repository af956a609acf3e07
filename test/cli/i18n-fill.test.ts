/** The CLI's translator fills every catalogue message exactly as the shared `interpolate` does. */
import { MESSAGES, interpolate, type Locale } from "../../src/app/messages";
import { cliEn, cliZh } from "../../src/app/messages/cli";
import { type MessageKey, translator } from "../../src/cli/i18n";

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
      expect(t(key as MessageKey, data)).toBe(interpolate(template, data));
    }
  }
  expect(placeholders).toBeGreaterThan(50);
});

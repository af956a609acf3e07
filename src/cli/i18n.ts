/**
 * The CLI's words: the catalogue's CLI section (src/app/messages/cli.ts) joined to the shared sections here,
 * so the browser bundles (task pane, ribbon) do not carry them.
 */
import { MESSAGES, type Locale, type MessageKey as SharedKey } from "../app/messages";
import { cliEn, cliZh } from "../app/messages/cli";
import { interpolate } from "../core/interpolate";

export type { Locale };

export type MessageKey = SharedKey | keyof typeof cliZh;

const CATALOGUE: Record<Locale, Record<MessageKey, string>> = {
  "zh-CN": { ...MESSAGES["zh-CN"], ...cliZh },
  en: { ...MESSAGES.en, ...cliEn },
};

/** A message from the catalogue, `{{name}}` placeholders filled from `data`. */
export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

/** Fills through `interpolate`, which splits each template once: the CLI prints tens of thousands for a large workbook. */
export function translator(locale: Locale): Translate {
  return (key, data) => interpolate(CATALOGUE[locale][key], data);
}

export function isLocale(s: string | undefined): s is Locale {
  return s === "zh-CN" || s === "en";
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Pads `s` with spaces to `width` terminal columns. */
export function padDisplay(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

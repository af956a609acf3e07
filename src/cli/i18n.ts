/**
 * The CLI's words: the catalogue's CLI section (src/app/messages/cli.ts) joined to the shared sections here,
 * so the browser bundles (task pane, ribbon) do not carry them.
 */
import { MESSAGES, type Locale, type MessageKey as SharedKey } from "../app/messages";
import { cliEn, cliZh } from "../app/messages/cli";

export type { Locale };

export type MessageKey = SharedKey | keyof typeof cliZh;

const CATALOGUE: Record<Locale, Record<MessageKey, string>> = {
  "zh-CN": { ...MESSAGES["zh-CN"], ...cliZh },
  en: { ...MESSAGES.en, ...cliEn },
};

/** A message from the catalogue, `{{name}}` placeholders filled from `data`. */
export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

/**
 * Each template split once at its `{{name}}` placeholders (odd indexes are the names): a message is then filled
 * by joining, exactly as `interpolate` fills it, without a regex pass per message — the CLI prints one or more
 * per finding, tens of thousands for a large workbook.
 */
const SPLIT: Record<Locale, Map<MessageKey, string[]>> = { "zh-CN": new Map(), en: new Map() };
const PLACEHOLDER = /\{\{(\w+)\}\}/;

function fill(locale: Locale, key: MessageKey, data: Readonly<Record<string, string | number>> = {}): string {
  let parts = SPLIT[locale].get(key);
  if (!parts) SPLIT[locale].set(key, (parts = CATALOGUE[locale][key].split(PLACEHOLDER)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] in data ? String(data[parts[i]]) : "") + parts[i + 1];
  return out;
}

export function translator(locale: Locale): Translate {
  return (key, data) => fill(locale, key, data);
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

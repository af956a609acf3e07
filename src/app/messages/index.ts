/**
 * The message catalogue: one per language, composed of sections (pane, CLI …) so each part of the app keeps
 * its strings together. zh-CN is the reference: every key it has, English has too (the types enforce it).
 * The engine's rule messages live with their rules in src/core/rules.
 */
import { cliEn, cliZh } from "./cli";
import { paneEn, paneZh } from "./pane";
import { mappingEn, mappingZh } from "./mapping";

export type Locale = "zh-CN" | "en";

const zhCN = { ...paneZh, ...cliZh, ...mappingZh };
export type MessageKey = keyof typeof zhCN;
const en: Record<MessageKey, string> = { ...paneEn, ...cliEn, ...mappingEn };

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

/** `{{name}}` placeholders filled from `data`: the one interpolation helper. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(data[k] ?? ""));
}

export function translate(locale: Locale, key: MessageKey, data: Record<string, string | number> = {}): string {
  return interpolate(MESSAGES[locale][key], data);
}

/** Office's display language (zh-CN, zh-TW …) → our locale; Chinese first. */
export function localeFrom(displayLanguage: string | null | undefined): Locale {
  if (!displayLanguage) return "zh-CN";
  return /^zh/i.test(displayLanguage) ? "zh-CN" : "en";
}

/**
 * The UI's strings (task pane, preview): the shared catalogue (./messages) joined with the pane's, the
 * templates', the column mapping's and the preview's sections, which the ribbon's bundle does without.
 */
import { MESSAGES as SHARED, type Locale, interpolate } from "./messages";
import { mappingEn, mappingZh } from "./messages/mapping";
import { paneEn, paneZh } from "./messages/pane";
import { previewEn, previewZh } from "./messages/preview";
import { templatesEn, templatesZh } from "./messages/templates";

export { type Locale, REPORT_SHEET_NAME, interpolate, localeFrom, severityLabel } from "./messages";

const zhCN = { ...SHARED["zh-CN"], ...paneZh, ...templatesZh, ...previewZh, ...mappingZh };
export type MessageKey = keyof typeof zhCN;
const en: Record<MessageKey, string> = { ...SHARED.en, ...paneEn, ...templatesEn, ...previewEn, ...mappingEn };

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function translate(locale: Locale, key: MessageKey, data: Record<string, string | number> = {}): string {
  return interpolate(MESSAGES[locale][key], data);
}

/** A translator bound to one locale: `t("applied", { n: 3 })`. */
export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, data) => translate(locale, key, data);
}

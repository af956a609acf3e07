/**
 * The message catalogue: one per language, composed of sections (ribbon, report, Excel adapter, findings …)
 * so each part of the app keeps its strings together. These are the sections every page needs (the ribbon's
 * commands among them); the task pane's and preview's own sections join them in ../i18n.ts, the CLI's in
 * src/cli/i18n.ts, so the ribbon bundle carries neither and the pane not the command line's words.
 * zh-CN is the reference: every key it has, English has too (the types enforce it). The engine's rule
 * messages live with their rules in src/core/rules. Names that are identifiers rather than messages are
 * in ./constants.
 */
import { interpolate } from "../../core/interpolate";
import type { Severity } from "../../core/rules/types";
import { commonEn, commonZh } from "./common";
import { excelEn, excelZh } from "./excel";
import { findingsEn, findingsZh } from "./findings";
import { reportEn, reportZh } from "./report";
import { ribbonEn, ribbonZh } from "./ribbon";
import { severityEn, severityZh } from "./severity";

export { REPORT_SHEET_NAME } from "./constants";

export type Locale = "zh-CN" | "en";

const zhCN = {
  ...commonZh,
  ...severityZh,
  ...findingsZh,
  ...ribbonZh,
  ...reportZh,
  ...excelZh,
};
export type MessageKey = keyof typeof zhCN;
const en: Record<MessageKey, string> = {
  ...commonEn,
  ...severityEn,
  ...findingsEn,
  ...ribbonEn,
  ...reportEn,
  ...excelEn,
};

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

/** `{{name}}` placeholders filled from `data`: the one interpolation helper. */
export { interpolate };

export function translate(locale: Locale, key: MessageKey, data: Record<string, string | number> = {}): string {
  return interpolate(MESSAGES[locale][key], data);
}

/** A translator bound to one locale: `t("applied", { n: 3 })`. */
export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, data) => translate(locale, key, data);
}

/** The severity label (错误/警告/提示 ↔ Error/Warning/Info) from the one table in ./severity. */
export function severityLabel(locale: Locale, severity: Severity): string {
  return translate(locale, severity);
}

/** Office's display language (zh-CN, zh-TW …) → our locale; Chinese first. */
export function localeFrom(displayLanguage: string | null | undefined): Locale {
  if (!displayLanguage) return "zh-CN";
  return /^zh/i.test(displayLanguage) ? "zh-CN" : "en";
}

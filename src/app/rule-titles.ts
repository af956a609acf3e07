/** A rule's short title in the user's language: what every screen shows for a rule; the id is secondary. */
import { RULES } from "../core/rules";
import type { Locale } from "./messages";

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The title, or the id itself for a rule this build does not know (a newer workbook's settings). */
export function ruleTitle(id: string, locale: Locale): string {
  const r = BY_ID.get(id);
  return r ? (locale === "en" ? r.title.en : r.title.zh) : id;
}

/** The rule's one-line description, or "" for an unknown id. */
export function ruleSummary(id: string, locale: Locale): string {
  const r = BY_ID.get(id);
  return r ? (locale === "en" ? r.docs.en : r.docs.zh) : "";
}

/**
 * The why of a finding: its rule's doc, fetched and parsed on first use (the parser is its own chunk),
 * cached per rule. A rule whose doc is not written yet gives null, and the pane falls back to the rule's
 * one-line description.
 */
import type { RuleDoc } from "../app/rule-doc";

/** Where the docs' Markdown comes from: the bundle's lazy chunks in the add-in, the docs folder in tests. */
export type RuleDocSource = (ruleId: string) => Promise<string | null>;

const cache = new Map<string, Promise<RuleDoc | null>>();

export function loadRuleDoc(ruleId: string, source: RuleDocSource | undefined): Promise<RuleDoc | null> {
  if (!source) return Promise.resolve(null);
  let doc = cache.get(ruleId);
  if (!doc) {
    doc = Promise.all([source(ruleId), import(/* webpackChunkName: "rule-doc-parser" */ "../app/rule-doc")]).then(
      ([text, m]) => (text ? m.parseRuleDoc(text) : null),
      () => null,
    );
    cache.set(ruleId, doc);
  }
  return doc;
}

/** The full doc page bundled with the add-in (built from docs/rules by webpack). */
export function ruleDocPage(ruleId: string, locale: "zh-CN" | "en"): string {
  return `help/${ruleId}.html${locale === "en" ? "#en" : ""}`;
}

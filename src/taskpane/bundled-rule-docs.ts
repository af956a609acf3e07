/**
 * The rule docs as the add-in carries them: each docs/rules/<id>.md is its own lazy chunk (webpack
 * asset/source), loaded when a finding of that rule is opened. Only the page entries import this.
 */
import type { RuleDocSource } from "./rule-docs";

export const bundledRuleDocs: RuleDocSource = (ruleId) =>
  /^[a-z0-9-]+$/.test(ruleId)
    ? import(/* webpackChunkName: "rule-doc-[request]" */ `../../docs/rules/${ruleId}.md`).then(
        (m: { default: string }) => m.default,
        () => null,
      )
    : Promise.resolve(null);

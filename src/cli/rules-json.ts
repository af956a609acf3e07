import type { RuleModule } from "../core/rules/types";
import { ruleDocPath, ruleHelpUri } from "./rule-help";

/** One rule in `kpi-lint rules --format json` (a contract: fields are added, never removed). */
export function ruleJson(r: RuleModule) {
  const defaults: Record<string, unknown> = r.options?.defaults ?? {};
  const docs: Record<string, { zh: string; en: string }> = r.options?.docs ?? {};
  return {
    id: r.id,
    title: { zh: r.title.zh, en: r.title.en },
    description: { zh: r.docs.zh, en: r.docs.en },
    defaultSeverity: r.defaultSeverity,
    fixable: r.fixable,
    hasSuggestions: r.hasSuggestions ?? false,
    options: Object.keys(defaults).map((name) => ({ name, default: defaults[name], description: docs[name] ?? null })),
    doc: ruleDocPath(r.id),
    helpUri: ruleHelpUri(r.id),
  };
}

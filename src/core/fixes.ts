import { cellText, type CellValue } from "./grid";
import type { Edit, Finding } from "./finding";
import type { RuleModule } from "./rules/types";

/** Edits of every certain fix, at most one per cell (the first finding's wins; the next run picks up the rest). */
export function certainEdits(findings: readonly Finding[], ruleIds?: readonly string[]): Edit[] {
  const out: Edit[] = [];
  const taken = new Set<string>();
  for (const f of findings) {
    if (!f.fix || (ruleIds && !ruleIds.includes(f.ruleId))) continue;
    const keys = f.fix.edits.map((e) => `${e.sheet}!${e.cell}`);
    if (keys.some((k) => taken.has(k))) continue;
    keys.forEach((k) => taken.add(k));
    out.push(...f.fix.edits);
  }
  return out;
}

/** True when the cell still holds what validation saw (numbers and their text compare equal). */
export function unchangedSince(current: CellValue, before: CellValue): boolean {
  return cellText(current).replace(/\s+/g, "") === cellText(before).replace(/\s+/g, "");
}

/**
 * The rules whose findings decide the certain fixes: the fixable ones (of `ruleIds`, when given) and the rules that
 * override them (an overridden finding's fix is not applied). Their findings give the same certain edits as all
 * rules': the others report no fix and drop none of these.
 */
export function rulesForFixes(rules: readonly RuleModule[], ruleIds?: readonly string[]): RuleModule[] {
  const fixable = new Set(rules.filter((r) => r.fixable && (!ruleIds || ruleIds.includes(r.id))).map((r) => r.id));
  return rules.filter((r) => fixable.has(r.id) || (r.overrides ?? []).some((o) => fixable.has(o)));
}

import { interpolate } from "./interpolate";
import { cellAddress } from "./grid";
import type { WorkbookGrid } from "./grid";
import type { WorkbookModel } from "./model";
import { DEFAULT_CONFIG, type ResolvedConfig } from "./config";
import { recogniseWorkbook } from "./recognise/recognise";
import { RULES } from "./rules";
import type { Finding, Severity } from "./finding";
import type { ReportDescriptor, RuleModule } from "./rules/types";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A rule breaking its declared contract is a bug in the rule, not a finding: it stops the run. */
function contractError(rule: RuleModule, what: string): Error {
  return new Error(`KPI Lint rule "${rule.id}" ${what}`);
}

function findingFrom(rule: RuleModule, severity: Severity, d: ReportDescriptor, texts: boolean): Finding {
  const messageId = d.messageId ?? "default";
  if (!Object.prototype.hasOwnProperty.call(rule.messages, messageId)) {
    const known = Object.keys(rule.messages).join(", ");
    throw contractError(rule, `reported unknown message id "${messageId}" (its messages: ${known})`);
  }
  if (d.fix && d.fix.length > 0 && !rule.fixable) throw contractError(rule, "reported a fix but is not marked fixable");
  if (d.suggestions && d.suggestions.length > 0 && !rule.hasSuggestions) {
    throw contractError(rule, "reported suggestions but does not declare hasSuggestions");
  }
  const msg = rule.messages[messageId];
  const sheet = d.sheet ?? d.project?.sheet ?? "";
  const cell = cellAddress(d.at.row, d.at.col);
  const edits = d.fix && d.fix.length > 0 ? d.fix : null;
  const subject = d.indicator ?? cell;
  return {
    // concatenated rather than joined: the same text, without an array per finding
    id: texts ? `${rule.id}|${sheet}|${d.project?.name ?? ""}|${subject}|${d.data ? JSON.stringify(d.data) : ""}` : "",
    ruleId: rule.id,
    severity,
    sheet,
    row: d.at.row,
    column: d.at.col,
    cell,
    project: d.project?.name ?? null,
    projectCode: d.project?.code ?? null,
    projectRow: d.project?.firstRow ?? null,
    indicator: d.indicator ?? null,
    message: texts ? interpolate(msg.zh, d.data, "keep") : "",
    messageEn: texts ? interpolate(msg.en, d.data, "keep") : "",
    fix: edits ? { cell: edits[0].cell, value: edits[0].after, edits } : null,
    suggestions: d.suggestions?.length ? suggestionsOf(d.suggestions) : [],
  };
}

function suggestionsOf(list: NonNullable<ReportDescriptor["suggestions"]>): Finding["suggestions"] {
  return list.filter((s) => s.edits.length > 0).map((s) => ({ label: s.label.zh, labelEn: s.label.en, edits: s.edits }));
}

export interface LintOptions {
  /**
   * false: findings without their texts (`id`, `message`, `messageEn` left empty), for a caller that uses only
   * their places, severities and fixes. `fix` makes 26,000 findings on a large workbook and shows none of them;
   * their texts were a third of its linting.
   */
  texts?: boolean;
}

/**
 * Runs every enabled rule over a recognised workbook. One defect, one finding: the most specific rule wins.
 * `rules` defaults to the registered rules; a rule breaking its contract (unknown message id, a fix without
 * `fixable`, suggestions without `hasSuggestions`) throws an Error naming it.
 */
export function lintModel(
  model: WorkbookModel,
  config: ResolvedConfig = DEFAULT_CONFIG,
  rules: readonly RuleModule[] = RULES,
  { texts = true }: LintOptions = {},
): Finding[] {
  const ignored = new Set(config.ignoreSheets);
  // a table that reads implausibly gets one `table-unreadable` finding, not findings built on a wrong reading
  const all: WorkbookModel = { sheets: model.sheets.filter((s) => !ignored.has(s.name)) };
  const scoped: WorkbookModel = {
    sheets: all.sheets.map((s) => ({ ...s, projects: s.projects.filter((p) => p.table.plausibility.problems.length === 0) })),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === "off") continue;
    const options = { ...rule.options?.defaults, ...config.ruleOptions[rule.id] };
    rule.check({
      model: rule.seesUnreadableTables ? all : scoped,
      config,
      options,
      report: (d) => findings.push(findingFrom(rule, setting, d, texts)),
    });
  }
  return dropOverridden(findings, rules).sort(compareFindings(scoped));
}

/** A finding is dropped when a rule that overrides its rule reported on the same indicator row. */
function dropOverridden(findings: Finding[], rules: readonly RuleModule[]): Finding[] {
  // rule id → the rules that override it; most rules have none, so most findings need no lookup
  const overriders = new Map<string, string[]>();
  for (const r of rules) for (const o of r.overrides ?? []) overriders.set(o, [...(overriders.get(o) ?? []), r.id]);
  if (overriders.size === 0) return findings;
  // only the rows where an overriding rule reported matter: keys for those findings alone
  const overriding = new Set([...overriders.values()].flat());
  const rowKey = (f: Finding) => `${f.sheet}|${f.project ?? ""}|${f.indicator ?? f.cell}|${f.row}`;
  const byRow = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!overriding.has(f.ruleId)) continue;
    const key = rowKey(f);
    const set = byRow.get(key);
    if (set) set.add(f.ruleId);
    else byRow.set(key, new Set([f.ruleId]));
  }
  return findings.filter((f) => {
    const by = overriders.get(f.ruleId);
    if (!by) return true;
    const reported = byRow.get(rowKey(f));
    return !reported || !by.some((id) => reported.has(id));
  });
}

function compareFindings(model: WorkbookModel) {
  const sheetOrder = new Map(model.sheets.map((s, i) => [s.name, i]));
  return (a: Finding, b: Finding) =>
    (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
    a.row - b.row ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    // ids are lower-case ASCII words and hyphens: code-unit order is the order localeCompare gave, at less cost
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export interface LintResult {
  model: WorkbookModel;
  findings: Finding[];
}

/** Grid → recognise → rules: the whole engine in one call. */
export function lint(grid: WorkbookGrid, config: ResolvedConfig = DEFAULT_CONFIG): LintResult {
  const model = recogniseWorkbook(grid, { columns: config.columns });
  return { model, findings: lintModel(model, config) };
}

// in ./finding, so the pages can count findings without loading the engine (webpack: lint.ts has no side effects)
export { countBySeverity } from "./finding";

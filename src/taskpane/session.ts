/**
 * The task pane's state and actions, outside React: validate, select, fix, fix all of a rule, ignore,
 * undo, settings, templates. Components subscribe with useSyncExternalStore and stay thin. The state and
 * the busy/notice/error handling are in the store (store.ts); what each action does is in ./actions.
 */
import type { ConfigInput } from "../core/config";
import type { ProjectBlock } from "../core/model";
import type { Edit, Finding } from "../core/rules/types";
import type { InsertPlan } from "../core/templates/planner";
import type { WorkbookAdapter } from "../excel/adapter";
import { type Locale, type Translate, translator } from "../app/i18n";
import { Store, type PaneContext } from "./store";
import type { Filters, GroupBy, PaneState, SortBy } from "./state";
import * as fixes from "./actions/fixes";
import * as ignoring from "./actions/ignore";
import * as settings from "./actions/settings";
import * as templates from "./actions/templates";
import * as validation from "./actions/validate";
import * as nav from "./actions/navigate";
import { type RuleDocSource, loadRuleDoc } from "./rule-docs";
import type { RuleDoc } from "../app/rule-doc";
import type { Linter } from "../app/linter";

export type { Filters, GroupBy, Notice, PackInfo, PaneState, SortBy } from "./state";

export type SessionOptions = templates.PackOptions & {
  /** The rule docs (the why under a finding); without it, a finding shows its rule's one-line description. */
  ruleDocs?: RuleDocSource;
  /** Runs the engine (a Web Worker in the add-in); without it, in the page. */
  linter?: Linter;
};

export class Session {
  private readonly store: Store;
  private readonly ctx: PaneContext;
  readonly t: Translate;

  constructor(
    readonly adapter: WorkbookAdapter,
    readonly locale: Locale,
    private readonly options: SessionOptions = {},
  ) {
    this.store = new Store(locale);
    this.t = translator(locale);
    this.ctx = { store: this.store, adapter, locale, t: this.t, linter: options.linter };
  }

  subscribe = (fn: () => void): (() => void) => this.store.subscribe(fn);

  getState = (): PaneState => this.store.get();

  /** Loads what the workbook keeps: settings, ignored findings, the journal; then the template packs. */
  init(): Promise<void> {
    return settings.loadWorkbookState(this.ctx, () => this.loadPacks());
  }

  loadPacks(): Promise<void> {
    return templates.loadPacks(this.ctx, this.options);
  }

  importPackText(json: string): Promise<boolean> {
    return templates.importPackText(this.ctx, this.options, json);
  }

  projectAtSelection(): Promise<ProjectBlock | null> {
    return templates.projectAtSelection(this.ctx);
  }

  planFor(block: ProjectBlock, typeId: string): Promise<InsertPlan | null> {
    return templates.planFor(this.ctx, block, typeId);
  }

  insert(plan: InsertPlan): Promise<void> {
    return templates.insert(this.ctx, plan);
  }

  /** The rule's doc, loaded on first use; null when it is not written yet. */
  ruleDoc(ruleId: string): Promise<RuleDoc | null> {
    return loadRuleDoc(ruleId, this.options.ruleDocs);
  }

  setScope(scope: "active" | "all"): void {
    this.store.set({ scope });
  }

  setFilters(patch: Partial<Filters>): void {
    nav.setFilters(this.ctx, patch);
  }

  setGroupBy(groupBy: GroupBy): void {
    this.store.set({ groupBy });
  }

  /** Sheet order or errors first: kept for the session, like the grouping; 上一个 / 下一个 follow it. */
  setSortBy(sortBy: SortBy): void {
    this.store.set({ sortBy });
  }

  dismissNotice(): void {
    this.store.set({ notice: null });
  }

  validate(keepNotice = false): Promise<void> {
    return validation.validate(this.ctx, keepNotice);
  }

  /** 取消 the validation under way. */
  cancel(): void {
    validation.cancel(this.ctx);
  }

  /** The findings the filters let through, in the order the list shows them. */
  visibleFindings(): Finding[] {
    return nav.visibleFindings(this.ctx);
  }

  select(f: Finding): Promise<void> {
    return validation.select(this.ctx, f);
  }

  /** Makes `f` the current finding and selects its cell. */
  goTo(f: Finding): Promise<void> {
    return nav.goTo(this.ctx, f);
  }

  /** 上一个 / 下一个 in the list's order. */
  move(delta: 1 | -1): Promise<void> {
    return nav.move(this.ctx, delta);
  }

  /** Follows the user's selection in the sheet (the pane shows the finding of the selected cell) until the returned stop. */
  watchSelection(): () => void {
    return this.adapter.onSelectionChanged((sel) => nav.showAt(this.ctx, sel));
  }

  /** Runs a change that may remove the current finding; the user then stays at the same place in the list. */
  private async keepingPlace(change: () => Promise<void>): Promise<void> {
    const before = nav.visibleFindings(this.ctx);
    const at = before.findIndex((f) => nav.findingKey(f) === this.store.get().current);
    await change();
    const after = nav.visibleFindings(this.ctx);
    const current = this.store.get().current;
    if (at < 0 || after.some((f) => nav.findingKey(f) === current)) return;
    const next = after[Math.min(at, after.length - 1)];
    this.store.set({ current: next ? nav.findingKey(next) : null });
  }

  fix(f: Finding, edits?: Edit[]): Promise<void> {
    return this.keepingPlace(() => fixes.fix(this.ctx, f, edits));
  }

  /** Edits of every certain fix of a rule among the findings not ignored. */
  bulkEdits(ruleId: string): Edit[] {
    return fixes.bulkEdits(this.ctx, ruleId);
  }

  fixAll(ruleId: string): Promise<void> {
    return this.keepingPlace(() => fixes.fixAll(this.ctx, ruleId));
  }

  undo(): Promise<void> {
    return fixes.undo(this.ctx);
  }

  clearMarks(): Promise<void> {
    return fixes.clearMarks(this.ctx);
  }

  ignore(f: Finding, reason?: string): Promise<void> {
    return this.keepingPlace(() => ignoring.ignore(this.ctx, [f], reason));
  }

  /** Ignores every shown finding of a rule. */
  ignoreRule(ruleId: string): Promise<void> {
    return this.keepingPlace(() => ignoring.ignore(this.ctx, ignoring.activeOfRule(this.ctx, ruleId)));
  }

  /** 关闭此规则（本工作簿）: the rule is off in this workbook's settings (turned back on from the ignored view). */
  setRuleOff(ruleId: string, off: boolean): Promise<boolean> {
    return settings.setRuleSeverity(this.ctx, ruleId, off ? "off" : null);
  }

  unignore(id: string): Promise<void> {
    return ignoring.unignore(this.ctx, id);
  }

  saveConfig(input: ConfigInput): Promise<boolean> {
    return settings.saveConfig(this.ctx, input);
  }
}

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
import type { Filters, PaneState } from "./state";
import * as fixes from "./actions/fixes";
import * as ignoring from "./actions/ignore";
import * as settings from "./actions/settings";
import * as templates from "./actions/templates";
import * as validation from "./actions/validate";

export type { Filters, Notice, PackInfo, PaneState } from "./state";

export type SessionOptions = templates.PackOptions;

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
    this.ctx = { store: this.store, adapter, locale, t: this.t };
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

  planFor(block: ProjectBlock, typeId: string): InsertPlan | null {
    return templates.planFor(this.ctx, block, typeId);
  }

  insert(plan: InsertPlan): Promise<void> {
    return templates.insert(this.ctx, plan);
  }

  setScope(scope: "active" | "all"): void {
    this.store.set({ scope });
  }

  setFilters(patch: Partial<Filters>): void {
    validation.setFilters(this.ctx, patch);
  }

  dismissNotice(): void {
    this.store.set({ notice: null });
  }

  validate(keepNotice = false): Promise<void> {
    return validation.validate(this.ctx, keepNotice);
  }

  visibleFindings(): Finding[] {
    return validation.visibleFindings(this.ctx);
  }

  select(f: Finding): Promise<void> {
    return validation.select(this.ctx, f);
  }

  fix(f: Finding, edits?: Edit[]): Promise<void> {
    return fixes.fix(this.ctx, f, edits);
  }

  /** Edits of every certain fix of a rule among the findings not ignored. */
  bulkEdits(ruleId: string): Edit[] {
    return fixes.bulkEdits(this.ctx, ruleId);
  }

  fixAll(ruleId: string): Promise<void> {
    return fixes.fixAll(this.ctx, ruleId);
  }

  undo(): Promise<void> {
    return fixes.undo(this.ctx);
  }

  clearMarks(): Promise<void> {
    return fixes.clearMarks(this.ctx);
  }

  ignore(f: Finding): Promise<void> {
    return ignoring.ignore(this.ctx, f);
  }

  unignore(id: string): Promise<void> {
    return ignoring.unignore(this.ctx, id);
  }

  saveConfig(input: ConfigInput): Promise<boolean> {
    return settings.saveConfig(this.ctx, input);
  }
}

/**
 * The task pane's state and actions, outside React: validate, select, fix, fix all of a rule,
 * ignore, undo, settings. Components subscribe with useSyncExternalStore and stay thin.
 */
import { type ConfigInput, type ResolvedConfig, DEFAULT_CONFIG, resolveConfig } from "../core/config";
import { KpiLintError } from "../core/errors";
import { certainEdits } from "../core/fixes";
import { RULE_IDS } from "../core/rules";
import type { Edit, Finding, Severity } from "../core/rules/types";
import { STATE_KEYS, type IgnoredFinding, type JournalEntry, type WorkbookAdapter } from "../excel/adapter";
import { type Locale, type MessageKey, translate } from "../app/i18n";
import { activeFindings, loadConfig, loadIgnored, validateWorkbook, type ValidationResult } from "../app/workflow";
import { fetchPack, importPack, typesOf, workbookPacks, type PackSource } from "../app/packs";
import type { ProjectBlock } from "../core/model";
import { BUILTIN_PACK, type PackedType } from "../core/templates/packs";
import { planInsert, type InsertPlan } from "../core/templates/planner";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

export interface Filters {
  severities: Severity[];
  rule: string | null;
  showIgnored: boolean;
}

export interface PackInfo {
  label: string;
  origin: "builtin" | "organisation" | "workbook";
  ok: boolean;
  errors: string[];
  types: number;
}

export interface PaneState {
  scope: "active" | "all";
  running: boolean;
  progress: { done: number; total: number } | null;
  result: ValidationResult | null;
  ignoredList: IgnoredFinding[];
  journal: JournalEntry[];
  notice: Notice | null;
  filters: Filters;
  config: ResolvedConfig;
  packs: PackInfo[];
  types: PackedType[];
}

const INITIAL: PaneState = {
  scope: "active",
  running: false,
  progress: null,
  result: null,
  ignoredList: [],
  journal: [],
  notice: null,
  filters: { severities: ["error", "warning", "info"], rule: null, showIgnored: false },
  config: DEFAULT_CONFIG,
  packs: [{ label: BUILTIN_PACK.name, origin: "builtin", ok: true, errors: [], types: BUILTIN_PACK.types.length }],
  types: typesOf([]),
};

export interface SessionOptions {
  /** An organisation pack named in the manifest's SourceLocation (?templates=https://…). */
  orgPackUrl?: string | null;
  fetchImpl?: Parameters<typeof fetchPack>[1];
}

export class Session {
  private state: PaneState = INITIAL;
  private listeners = new Set<() => void>();
  /** Bumped by every user change to config or notice, so a slow init() does not overwrite it. */
  private edits = 0;

  constructor(
    readonly adapter: WorkbookAdapter,
    readonly locale: Locale,
    private readonly options: SessionOptions = {},
  ) {}

  t = (key: MessageKey, data?: Record<string, string | number>) => translate(this.locale, key, data);

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };

  getState = () => this.state;

  private set(patch: Partial<PaneState>): void {
    if ("notice" in patch || "config" in patch) this.edits++;
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  private fail(e: unknown): void {
    const err = e instanceof KpiLintError ? e : null;
    const text = err ? (this.locale === "en" ? err.messageEn : err.message) : String((e as Error)?.message ?? e);
    this.set({ running: false, progress: null, notice: { intent: "error", text } });
  }

  /** Loads what the workbook keeps: settings, ignored findings, the journal. */
  async init(): Promise<void> {
    const before = this.edits;
    try {
      const [{ config, errors }, ignoredList, journal] = await Promise.all([
        loadConfig(this.adapter),
        loadIgnored(this.adapter),
        this.adapter.journal(),
      ]);
      void this.loadPacks();
      if (this.edits !== before) {
        this.set({ ignoredList, journal });
        return;
      }
      this.set({
        config,
        ignoredList,
        journal,
        ...(errors.length ? { notice: { intent: "warning" as const, text: errors.join("；") } } : {}),
      });
    } catch (e) {
      this.fail(e);
    }
  }

  /** Built-in, organisation (from the manifest's URL) and workbook packs; a bad pack is listed with its errors. */
  async loadPacks(): Promise<void> {
    const sources: PackSource[] = [];
    const infos: PackInfo[] = [INITIAL.packs[0]];
    if (this.options.orgPackUrl) {
      const r = await fetchPack(this.options.orgPackUrl, this.options.fetchImpl);
      sources.push(
        r.ok ? { label: r.pack.name, pack: r.pack, errors: [] } : { label: this.options.orgPackUrl, pack: null, errors: r.errors },
      );
      infos.push(
        r.ok
          ? { label: r.pack.name, origin: "organisation", ok: true, errors: [], types: r.pack.types.length }
          : { label: this.options.orgPackUrl, origin: "organisation", ok: false, errors: r.errors, types: 0 },
      );
    }
    try {
      for (const w of await workbookPacks(this.adapter)) {
        sources.push(w);
        infos.push({ label: w.label, origin: "workbook", ok: !!w.pack, errors: w.errors, types: w.pack?.types.length ?? 0 });
      }
    } catch (e) {
      this.fail(e);
    }
    this.set({ packs: infos, types: typesOf(sources) });
  }

  async importPackText(json: string): Promise<boolean> {
    try {
      const r = await importPack(this.adapter, json);
      if (!r.ok) {
        this.set({ notice: { intent: "error", text: `模板包无效：${r.errors.join("；")}` } });
        return false;
      }
      await this.loadPacks();
      this.set({
        notice: { intent: "success", text: `已导入模板包“${r.pack.name}”，${r.pack.types.length} 个项目类型，已保存到本工作簿。` },
      });
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  /** The project block holding the selected cell, from the last validation. */
  async projectAtSelection(): Promise<ProjectBlock | null> {
    try {
      const sel = await this.adapter.getSelection();
      if (!sel) return null;
      const sheet = this.state.result?.model.sheets.find((s) => s.name === sel.sheet);
      if (!sheet) {
        this.set({ notice: { intent: "info", text: `工作表「${sel.sheet}」尚未校验：请先在该工作表上点击“校验”。` } });
        return null;
      }
      const block = sheet.projects.find((p) => sel.row >= p.firstRow && sel.row <= p.lastRow) ?? null;
      if (!block)
        this.set({
          notice: { intent: "info", text: `所选单元格（第 ${sel.row} 行）不在任何项目块内，请选中项目块中的单元格，或从列表中选择项目。` },
        });
      return block;
    } catch (e) {
      this.fail(e);
      return null;
    }
  }

  planFor(block: ProjectBlock, typeId: string): InsertPlan | null {
    const sheet = this.state.result?.grid.sheets.find((s) => s.name === block.sheet);
    const type = this.state.types.find((t) => t.id === typeId);
    return sheet && type ? planInsert(sheet, block, type) : null;
  }

  async insert(plan: InsertPlan): Promise<void> {
    this.set({ running: true });
    try {
      await this.adapter.applyPlan(plan, `插入模板指标：${plan.project}（${plan.typeName}，${plan.added.length} 条）`);
      const fill = plan.placeholders.length ? `，请把 ${plan.placeholders.length} 处“【待填】”换成数值` : "";
      this.set({ notice: { intent: "success", text: `已插入 ${plan.added.length} 条“${plan.typeName}”指标${fill}。` } });
      await this.validate(true);
    } catch (e) {
      this.fail(e);
    }
  }

  setScope(scope: "active" | "all"): void {
    this.set({ scope });
  }

  setFilters(patch: Partial<Filters>): void {
    this.set({ filters: { ...this.state.filters, ...patch } });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  async validate(keepNotice = false): Promise<void> {
    this.set({ running: true, progress: null, notice: keepNotice ? this.state.notice : null });
    try {
      const result = await validateWorkbook(this.adapter, this.state.scope, (done, total) => this.set({ progress: { done, total } }));
      const active = activeFindings(result);
      let notice = this.state.notice;
      try {
        await this.adapter.highlight(active.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
      } catch (e) {
        // a protected sheet cannot be marked; the findings still stand
        const err = e instanceof KpiLintError ? e : null;
        notice = {
          intent: "warning",
          text: `问题已列出，但未能在工作表中标记：${err ? (this.locale === "en" ? err.messageEn : err.message) : String(e)}`,
        };
      }
      const journal = await this.adapter.journal();
      this.set({ result, running: false, progress: null, journal, config: result.config, notice });
    } catch (e) {
      this.fail(e);
    }
  }

  visibleFindings(): Finding[] {
    const { result, filters } = this.state;
    if (!result) return [];
    return result.findings.filter(
      (f) =>
        filters.severities.includes(f.severity) &&
        (!filters.rule || f.ruleId === filters.rule) &&
        (filters.showIgnored || !result.ignored.has(f.id)),
    );
  }

  async select(f: Finding): Promise<void> {
    try {
      await this.adapter.select(f.sheet, f.cell);
    } catch (e) {
      this.fail(e);
    }
  }

  private async apply(edits: Edit[], label: string): Promise<void> {
    this.set({ running: true });
    try {
      const r = await this.adapter.applyEdits(edits, label);
      const notice: Notice =
        r.refused.length > 0
          ? {
              intent: "warning",
              text: `${this.t("applied", { n: r.applied.length })} ${this.t("refused", { n: r.refused.length, reason: r.refused[0].reason })}`,
            }
          : { intent: "success", text: this.t("applied", { n: r.applied.length }) };
      this.set({ notice });
      await this.validate(true);
    } catch (e) {
      this.fail(e);
    }
  }

  fix(f: Finding, edits: Edit[] = f.fix?.edits ?? []): Promise<void> {
    return this.apply(edits, `${this.t("fix")} ${f.sheet}!${f.cell}（${f.ruleId}）`);
  }

  /** Edits of every certain fix of a rule among the findings not ignored. */
  bulkEdits(ruleId: string): Edit[] {
    const r = this.state.result;
    return r ? certainEdits(activeFindings(r), [ruleId]) : [];
  }

  fixAll(ruleId: string): Promise<void> {
    return this.apply(this.bulkEdits(ruleId), `${this.t("fixAll")} ${ruleId}`);
  }

  async ignore(f: Finding): Promise<void> {
    const entry: IgnoredFinding = {
      id: f.id,
      ruleId: f.ruleId,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      at: new Date().toISOString(),
    };
    await this.saveIgnored([...this.state.ignoredList.filter((i) => i.id !== f.id), entry]);
  }

  async unignore(id: string): Promise<void> {
    await this.saveIgnored(this.state.ignoredList.filter((i) => i.id !== id));
  }

  private async saveIgnored(list: IgnoredFinding[]): Promise<void> {
    try {
      await this.adapter.saveState(STATE_KEYS.ignored, list);
      const result = this.state.result ? { ...this.state.result, ignored: new Set(list.map((i) => i.id)) } : null;
      this.set({ ignoredList: list, result });
      if (result) await this.adapter.highlight(activeFindings(result).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
    } catch (e) {
      this.fail(e);
    }
  }

  async undo(): Promise<void> {
    this.set({ running: true });
    try {
      const r = await this.adapter.undo();
      if (!r.entry) {
        this.set({ running: false, notice: { intent: "info", text: this.t("nothingToUndo") } });
        return;
      }
      const skipped = r.skipped.length ? ` ${r.skipped.map((s) => s.reason).join("；")}` : "";
      this.set({
        notice: {
          intent: r.skipped.length ? "warning" : "success",
          text: `${this.t("undone", { label: r.entry.label, n: r.restored })}${skipped}`,
        },
      });
      await this.validate(true);
    } catch (e) {
      this.fail(e);
    }
  }

  async clearMarks(): Promise<void> {
    try {
      const n = await this.adapter.clearHighlights();
      this.set({ notice: { intent: "success", text: this.t("marksCleared", { n }) } });
    } catch (e) {
      this.fail(e);
    }
  }

  /** Validates the settings form with the same schema as kpi-lint.config.json and keeps it in the workbook. */
  async saveConfig(input: ConfigInput): Promise<boolean> {
    const r = resolveConfig(input, RULE_IDS);
    if (!r.ok) {
      this.set({ notice: { intent: "error", text: r.errors.join("；") } });
      return false;
    }
    try {
      await this.adapter.saveState(STATE_KEYS.config, input);
      this.set({ config: r.config, notice: { intent: "success", text: this.t("settingsSaved") } });
      if (this.state.result) await this.validate(true);
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }
}

/**
 * The column mapping as the task pane shows and edits it: the tables of each validated sheet, the columns of
 * a table's header with their current role, and the stored config (`columns: { [sheet]: { [role]: "D" } }`)
 * after the user sets a role. Pure functions over the engine's types; the one effect, `saveColumnMapping`,
 * goes through the adapter, as settings do. The ribbon's 校验工作表 loads the same stored config
 * (`validateWorkbook` → `loadConfig`), so a saved mapping applies there too.
 */
import { type ConfigInput, DEFAULT_CONFIG, type ResolvedConfig, resolveConfig } from "../core/config";
import { MergeIndex, columnLetter, columnNumber, mergedText, valueAt } from "../core/grid";
import type { ColumnMap, SheetModel, TableInfo } from "../core/model";
import { ROLE_NAMES, ROLE_ORDER } from "../core/recognise/describe-mapping";
import type { ColumnRole } from "../core/recognise/headers";
import { RULES } from "../core/rules";
import { STATE_KEYS, type WorkbookAdapter } from "../excel/adapter";
import { type Locale, translate } from "./i18n";
import type { ValidationResult } from "./workflow";

/** A sheet's stored mapping: role → column letter (`"D"`) or number; `""` / 0: the table has no such column. */
export type StoredColumnMap = Partial<Record<ColumnRole, string | number>>;

/** A mapping being edited: role → 1-based column, `null` for "no such column". */
export type ColumnChoice = Partial<Record<ColumnRole, number | null>>;

/** The roles the mapping editor offers, in this order (any other role a table has is offered too). */
export const EDITABLE_ROLES: readonly ColumnRole[] = [
  "name",
  "value",
  "level1",
  "level2",
  "operator",
  "unit",
  "description",
  "basis",
  "project",
  "budget",
  "goal",
  "label",
];

export interface SheetTables {
  sheet: string;
  tables: TableInfo[];
}

/** The validated sheets that hold indicator tables, with their tables in order. */
export function tablesBySheet(r: ValidationResult): SheetTables[] {
  return r.model.sheets.filter((s: SheetModel) => s.tables.length > 0).map((s) => ({ sheet: s.name, tables: s.tables }));
}

/** Tables of a sheet that read alike (same mapping, same source, same doubt), so a sheet of 40 forms says it once. */
export function groupTables(tables: readonly TableInfo[]): TableInfo[][] {
  const groups = new Map<string, TableInfo[]>();
  for (const t of tables) {
    const key = JSON.stringify([
      ROLE_ORDER.map((r) => t.columns[r] ?? 0),
      t.source,
      t.plausibility.problems,
      t.skipped.map((s) => [s.col, s.reason]),
    ]);
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/** The table the editor starts from: the first one that reads implausibly, else the first. */
export function editorTable(tables: readonly TableInfo[]): TableInfo | null {
  return tables.find((t) => t.plausibility.problems.length > 0) ?? tables[0] ?? null;
}

/** The mapping in words, left to right as the sheet shows it: `一级指标：B 列，三级指标：D 列，指标值：I 列`. */
export function mappingInWords(columns: ColumnMap, locale: Locale): string {
  const roles = ROLE_ORDER.filter((r) => columns[r] !== undefined).sort((a, b) => (columns[a] as number) - (columns[b] as number));
  const parts = roles.map((role) =>
    translate(locale, "mappingRoleAt", { role: roleName(role, locale), col: columnLetter(columns[role] as number) }),
  );
  return parts.length ? parts.join(translate(locale, "mappingSeparator")) : translate(locale, "mappingNothing");
}

export function roleName(role: ColumnRole, locale: Locale): string {
  if (role === "label") return translate(locale, "mappingRoleLabel");
  return locale === "en" ? ROLE_NAMES[role].en : ROLE_NAMES[role].zh;
}

/** Why a table reads implausibly, in words (empty when it reads fine). */
export function problemsInWords(t: TableInfo, locale: Locale): string[] {
  const p = t.plausibility;
  return p.problems.map((k) =>
    k === "values"
      ? translate(locale, "mappingProblemValues", { read: p.valuesRead, filled: p.valuesFilled })
      : k === "names"
        ? translate(locale, "mappingProblemNames", { indicators: p.indicators, distinct: p.distinctNames })
        : translate(locale, "mappingProblemLevels"),
  );
}

export interface HeaderColumn {
  col: number;
  letter: string;
  /** The header's text (a two-row header as `年度目标 / 指标值`); "" for an unlabelled column. */
  header: string;
  /** The role the table reads it as, or null (not used, or left out: see `skipped`). */
  role: ColumnRole | null;
  skipped: TableInfo["skipped"][number]["reason"] | null;
}

/**
 * Every column of a table, from its first to its last column holding anything from the header row to the
 * last indicator, with the header text read from the grid and the role the table gives it.
 */
export function headerColumns(r: ValidationResult, t: TableInfo): HeaderColumn[] {
  const sheet = r.grid.sheets.find((s) => s.name === t.sheet);
  if (!sheet) return [];
  const merges = new MergeIndex(sheet);
  const used = new Set<number>(Object.values(t.columns).filter((c): c is number => typeof c === "number" && c > 0));
  for (const s of t.skipped) used.add(s.col);
  for (let row = t.headerRow; row <= Math.min(t.lastRow, sheet.rowCount); row++) {
    for (let col = 1, end = merges.lastColumn(row); col <= end; col++) {
      const a = merges.anchor(row, col);
      if (valueAt(sheet, a.row, a.col) !== null && String(valueAt(sheet, a.row, a.col)).trim() !== "") used.add(col);
    }
  }
  if (used.size === 0) return [];
  const first = Math.min(...used);
  const last = Math.max(...used);
  const roleOf = new Map<number, ColumnRole>();
  for (const role of ROLE_ORDER) {
    const col = t.columns[role];
    // a label column is also listed under `skipped`; the first role holding a column names it
    if (col !== undefined && !roleOf.has(col)) roleOf.set(col, role);
  }
  const out: HeaderColumn[] = [];
  for (let col = first; col <= last; col++) {
    const texts: string[] = [];
    // a group label above the header (长期目标 | 年度目标) is merged over its columns; other lines above are not the header
    for (let row = t.firstRow; row < t.headerRow; row++) {
      const area = merges.areaAt(row, col);
      const text = area && area.right > area.left && area.bottom < t.headerRow ? mergedText(sheet, merges, row, col) : "";
      if (text) texts.push(text);
    }
    const own = mergedText(sheet, merges, t.headerRow, col);
    if (own && texts[texts.length - 1] !== own) texts.push(own);
    out.push({
      col,
      letter: columnLetter(col),
      header: texts.join(" / "),
      role: roleOf.get(col) ?? null,
      skipped: t.skipped.find((s) => s.col === col)?.reason ?? null,
    });
  }
  return out;
}

/** The roles a table's editor offers: the usual ones, then any other role the table already reads. */
export function editorRoles(t: TableInfo | null): ColumnRole[] {
  const extra = t ? ROLE_ORDER.filter((r) => t.columns[r] !== undefined && !EDITABLE_ROLES.includes(r)) : [];
  return [...EDITABLE_ROLES, ...extra];
}

/** A mapping being edited, after column `col` is given `role` (null: not used): one role per column, one column per role. */
export function assignColumn(map: ColumnMap, col: number, role: ColumnRole | null): ColumnMap {
  const out: ColumnMap = {};
  for (const [r, c] of Object.entries(map) as Array<[ColumnRole, number | undefined]>) {
    if (c !== undefined && c !== col && r !== role) out[r] = c;
  }
  if (role) out[role] = col;
  return out;
}

/**
 * What to store for an edited mapping: each role of the edit at its column, and every role the table read
 * that the edit no longer has as `null` (no such column), so the engine does not find it again.
 */
export function choiceFrom(edited: ColumnMap, current: ColumnMap): ColumnChoice {
  const out: ColumnChoice = {};
  for (const role of ROLE_ORDER) {
    if (edited[role] !== undefined) out[role] = edited[role];
    else if (current[role] !== undefined) out[role] = null;
  }
  return out;
}

function refNumber(ref: string | number | undefined): number {
  if (ref === undefined) return 0;
  return typeof ref === "number" ? ref : columnNumber(ref);
}

function columnRef(col: number | string | null): string {
  if (col === null || col === "" || col === 0) return "";
  return typeof col === "number" ? columnLetter(col) : col.toUpperCase();
}

/**
 * The stored config after the user sets `role` of `sheet` to a column (letter `"E"` or number), or to no column
 * (`null` → `""`). The column leaves any other role of the sheet's mapping. Everything else is kept as stored.
 */
export function withColumnRole(
  config: ConfigInput | null | undefined,
  sheet: string,
  role: ColumnRole,
  column: string | number | null,
): ConfigInput {
  const base: ConfigInput = { ...(config ?? {}) };
  const ref = columnRef(column);
  const col = refNumber(ref);
  const prev: StoredColumnMap = { ...(base.columns?.[sheet] ?? {}) };
  const next: StoredColumnMap = {};
  for (const [r, v] of Object.entries(prev) as Array<[ColumnRole, string | number]>) {
    if (r === role) continue;
    if (col > 0 && refNumber(v) === col) continue;
    next[r] = v;
  }
  next[role] = ref;
  return { ...base, columns: { ...(base.columns ?? {}), [sheet]: next } };
}

/** Several roles at once (an edited mapping): `withColumnRole` for each, "no such column" first. */
export function withColumnChoice(config: ConfigInput | null | undefined, sheet: string, choice: ColumnChoice): ConfigInput {
  let out: ConfigInput = { ...(config ?? {}), columns: { ...(config?.columns ?? {}), [sheet]: {} } };
  const entries = Object.entries(choice) as Array<[ColumnRole, number | null | undefined]>;
  for (const [role, col] of entries) if (col === null) out = withColumnRole(out, sheet, role, null);
  for (const [role, col] of entries) if (typeof col === "number" && col > 0) out = withColumnRole(out, sheet, role, col);
  return out;
}

/** The stored config without the sheet's mapping (automatic recognition again); an empty `columns` goes too. */
export function clearMapping(config: ConfigInput | null | undefined, sheet: string): ConfigInput {
  const base: ConfigInput = { ...(config ?? {}) };
  if (!base.columns) return base;
  const columns = { ...base.columns };
  delete columns[sheet];
  if (Object.keys(columns).length === 0) {
    const { columns: _dropped, ...rest } = base;
    return rest;
  }
  return { ...base, columns };
}

/** Does the stored config hold a mapping of this very sheet (not only the `*` one for every sheet)? */
export function hasOwnMapping(config: ResolvedConfig, sheet: string): boolean {
  return config.columns[sheet] !== undefined;
}

type KeptConfig = Omit<ConfigInput, "costFramework" | "rules" | "$schema">;

/**
 * What the settings form (which edits 成本指标 framework and rule levels only) must carry along when it saves
 * the whole stored config: the column mappings (as letters), sheets left out, thresholds and locale that differ
 * from the defaults. Without it, saving settings would drop the user's column mapping.
 */
export function keptConfig(config: ResolvedConfig): KeptConfig {
  const out: KeptConfig = {};
  const sheets = Object.entries(config.columns);
  if (sheets.length > 0) {
    out.columns = Object.fromEntries(
      sheets.map(([sheet, map]) => [
        sheet,
        Object.fromEntries((Object.entries(map) as Array<[ColumnRole, number]>).map(([role, col]) => [role, columnRef(col)])),
      ]),
    );
  }
  if (config.ignoreSheets.length > 0) out.ignoreSheets = [...config.ignoreSheets];
  const th = config.thresholds;
  if (
    th.budgetTolerance !== DEFAULT_CONFIG.thresholds.budgetTolerance ||
    th.planEndTolerance !== DEFAULT_CONFIG.thresholds.planEndTolerance
  ) {
    out.thresholds = { ...th };
  }
  if (config.locale !== DEFAULT_CONFIG.locale) out.locale = config.locale;
  if (config.budgetYear !== null) out.budgetYear = config.budgetYear;
  return out;
}

export type SaveResult = { ok: true; config: ResolvedConfig; stored: ConfigInput } | { ok: false; errors: string[] };

async function saveStored(adapter: WorkbookAdapter, change: (stored: ConfigInput | null) => ConfigInput): Promise<SaveResult> {
  const stored = await adapter.loadState<ConfigInput>(STATE_KEYS.config);
  const next = change(stored && typeof stored === "object" ? stored : null);
  const r = resolveConfig(next, RULES);
  if (!r.ok) return { ok: false, errors: r.errors };
  await adapter.saveState(STATE_KEYS.config, next);
  return { ok: true, config: r.config, stored: next };
}

/**
 * Keeps the sheet's mapping in the workbook, where settings live (`kpiLint.config`): loads the stored config,
 * sets the sheet's mapping to `choice`, validates with the same schema as kpi-lint.config.json, saves.
 */
export function saveColumnMapping(adapter: WorkbookAdapter, sheet: string, choice: ColumnChoice): Promise<SaveResult> {
  return saveStored(adapter, (stored) => withColumnChoice(stored, sheet, choice));
}

/** Removes the sheet's mapping from the workbook: the sheet is recognised automatically again. */
export function clearColumnMapping(adapter: WorkbookAdapter, sheet: string): Promise<SaveResult> {
  return saveStored(adapter, (stored) => clearMapping(stored, sheet));
}

import * as z from "zod/mini";
import type { SeveritySetting } from "./finding";
import { columnNumber } from "./grid";
import type { ColumnMap } from "./model";
import { COLUMN_ROLES } from "./recognise/headers";

/** Where 成本指标 belongs: its own 一级 (财预〔2021〕101号), under 产出指标 (older tables), or either. */
export type CostFramework = "either" | "2021" | "legacy";

const severity = z.enum(["off", "info", "warning", "error"]);

/** `"D"`, `"d"` or `4`; 0 or `""` says the table has no such column. */
const columnRef = z.union([
  z.number().check(z.int(), z.minimum(0), z.maximum(16384)),
  z.string().check(z.regex(/^[A-Za-z]{0,3}$/, { message: "应为列字母（如 D）或列号（如 4）" })),
]);
const columnMapSchema = z.partialRecord(z.enum(COLUMN_ROLES), columnRef);

function columnRefNumber(ref: number | string): number {
  return typeof ref === "number" ? ref : columnNumber(ref);
}

// zod/mini: the ribbon's bundle validates the stored config too, and the classic API is not tree-shaken
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  locale: z.optional(z.enum(["zh-CN", "en"])),
  costFramework: z.optional(z.enum(["either", "2021", "legacy"])),
  /** The budget year, for tables whose title does not state it (`timeliness-year`). */
  budgetYear: z.optional(z.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
  /** A severity, or ESLint's `[severity, options]`. */
  rules: z.optional(
    z.record(
      z.string(),
      z.union([severity, z.tuple([severity], z.unknown())], { message: "取值无效，应为 off、info、warning 或 error，或 [级别, { 选项 }]" }),
    ),
  ),
  thresholds: z.optional(
    z.strictObject({
      /** How far above the budget a cost bound may go before it is flagged, as a fraction (0.05 = 5%). */
      budgetTolerance: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
      /** Spending-plan end value accepted as 100% (99.5 → rounding in the table). */
      planEndTolerance: z.optional(z.number().check(z.minimum(0), z.maximum(10))),
    }),
  ),
  /** Names of sheets to leave out (说明, 封面 …). */
  ignoreSheets: z.optional(z.array(z.string())),
  /** The user's column mapping per sheet name (`*`: every sheet): role → column letter (`"D"`) or number. */
  columns: z.optional(z.record(z.string(), columnMapSchema)),
});

export type ConfigInput = z.input<typeof configSchema>;

export interface ResolvedConfig {
  locale: "zh-CN" | "en";
  costFramework: CostFramework;
  /** The budget year when no title states it; null: taken from the 时效 values, if they agree. */
  budgetYear: number | null;
  rules: Record<string, SeveritySetting>;
  /** Options per rule id, as the user wrote them (validated against the rule's schema). */
  ruleOptions: Record<string, Record<string, unknown>>;
  thresholds: { budgetTolerance: number; planEndTolerance: number };
  ignoreSheets: string[];
  /** Column mapping per sheet name (`*`: every sheet), 1-based columns by role. */
  columns: Record<string, ColumnMap>;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  locale: "zh-CN",
  costFramework: "either",
  budgetYear: null,
  rules: {},
  ruleOptions: {},
  thresholds: { budgetTolerance: 0, planEndTolerance: 0.5 },
  ignoreSheets: [],
  columns: {},
};

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; errors: string[] };

/** What the config needs of a rule: its id and, when it takes options, their schema. */
export interface ConfigurableRule {
  id: string;
  options?: { schema: z.ZodMiniType };
}

/**
 * Validates a config object (from kpi-lint.config.json or the workbook's settings) and fills defaults.
 * Errors are zh-CN lines naming the path: `rules.missing-unit：应为 off、info、warning 或 error`.
 * `knownRules` are the registered rules (their option schemas checked) or only their ids.
 */
export function resolveConfig(input: unknown, knownRules: readonly (ConfigurableRule | string)[]): ConfigResult {
  const parsed = configSchema.safeParse(input ?? {});
  const errors: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(`${issue.path.join(".") || "(根)"}：${zhIssue(issue)}`);
    return { ok: false, errors };
  }
  const c = parsed.data;
  const known = new Map(knownRules.map((r) => (typeof r === "string" ? [r, { id: r }] : [r.id, r])));
  const rules: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const [id, setting] of Object.entries(c.rules ?? {})) {
    const rule = known.get(id);
    if (!rule) {
      errors.push(`rules.${id}：没有这条规则。可用规则：${[...known.keys()].join("、")}`);
      continue;
    }
    rules[id] = typeof setting === "string" ? setting : setting[0];
    if (typeof setting === "string" || setting.length < 2) continue;
    if (!rule.options) {
      errors.push(`rules.${id}：这条规则没有选项，只能写 off、info、warning 或 error`);
      continue;
    }
    const opts = rule.options.schema.safeParse(setting[1]);
    if (opts.success) ruleOptions[id] = opts.data as Record<string, unknown>;
    else for (const issue of opts.error.issues) errors.push(`rules.${[id, 1, ...issue.path].join(".")}：${zhIssue(issue)}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      locale: c.locale ?? DEFAULT_CONFIG.locale,
      costFramework: c.costFramework ?? DEFAULT_CONFIG.costFramework,
      budgetYear: c.budgetYear ?? null,
      rules,
      ruleOptions,
      thresholds: { ...DEFAULT_CONFIG.thresholds, ...(c.thresholds ?? {}) },
      ignoreSheets: c.ignoreSheets ?? [],
      columns: Object.fromEntries(
        Object.entries(c.columns ?? {}).map(([sheet, map]) => [
          sheet,
          Object.fromEntries(Object.entries(map).map(([role, ref]) => [role, columnRefNumber(ref)])),
        ]),
      ),
    },
  };
}

type Issue = z.core.$ZodIssue;

export function zhIssue(issue: Issue): string {
  // a message written for the schema (应为 …) says it best
  if (/^[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return /received undefined/.test(issue.message)
        ? `缺少必填字段（应为 ${typeName(issue.expected)}）`
        : `类型不对，应为 ${typeName(issue.expected)}`;
    case "invalid_value":
      return `取值无效，应为 ${issue.values.map((v) => String(v)).join("、")} 之一`;
    case "unrecognized_keys":
      return `不认识的字段：${issue.keys.join("、")}`;
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? `太短，至少 ${String(issue.minimum)} ${issue.origin === "array" ? "项" : "个字符"}`
        : `太小，不能小于 ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "string" || issue.origin === "array"
        ? `太长，最多 ${String(issue.maximum)} ${issue.origin === "array" ? "项" : "个字符"}`
        : `太大，不能大于 ${String(issue.maximum)}`;
    case "invalid_format":
      return `格式不对（应为 ${issue.format}）`;
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: "文本",
    number: "数字",
    boolean: "true 或 false",
    object: "对象 {…}",
    array: "数组 […]",
    record: "对象 {…}",
  };
  return names[t] ?? t;
}

import type { CellRef, ProjectBlock, WorkbookModel } from "../model";
import type { ResolvedConfig } from "../config";
import type { Edit, Severity } from "../finding";
import type * as z from "zod/mini";

/** The engine's output contract moved to ../finding; re-exported here for existing imports. */
export type { Edit, Finding, Fix, Severity, SeveritySetting, Suggestion } from "../finding";

export interface Message {
  zh: string;
  en: string;
}

/** A suggested change the user picks (not applied by 修复 / `kpi-lint fix`). */
export interface SuggestionDescriptor {
  label: Message;
  edits: Edit[];
}

/**
 * What a rule passes to `ctx.report`. `M` is the rule's message ids: `messageId` accepts only those, and
 * may be left out only when the rule has a `default` message. `Fixable` / `Suggests` mirror the rule's
 * `fixable` / `hasSuggestions` flags: a rule not marked fixable may not pass a fix (null aside), one
 * without `hasSuggestions` may not pass suggestions (an empty list aside). lint.ts checks all three again
 * at run time, for rules whose types were widened.
 */
export type ReportDescriptor<M extends string = string, Fixable extends boolean = boolean, Suggests extends boolean = boolean> = {
  data?: Record<string, string | number>;
  project: ProjectBlock | null;
  sheet?: string;
  at: CellRef;
  indicator?: string | null;
  /** Certain fix: the edits applied by 修复 / `kpi-lint fix`. */
  fix?: true extends Fixable ? Edit[] | null : null;
  suggestions?: true extends Suggests ? SuggestionDescriptor[] : [];
} & ("default" extends M ? { messageId?: M } : { messageId: M });

/** Options a rule takes in kpi-lint.config.json (`"rules": { "<id>": ["warning", { … }] }`), zod-validated. */
export interface RuleOptions<O extends object = Record<string, unknown>> {
  /** Every field optional: what the user leaves out comes from `defaults`. */
  schema: z.ZodMiniType<Partial<O>>;
  defaults: O;
  /** One line per option for the docs and 设置, zh-CN and English. */
  docs: Record<keyof O & string, Message>;
}

export interface RuleContext<
  M extends string = string,
  Fixable extends boolean = boolean,
  Suggests extends boolean = boolean,
  O extends object = Record<string, unknown>,
> {
  model: WorkbookModel;
  config: ResolvedConfig;
  /** The rule's options: its defaults overlaid with the user's (already validated). */
  options: O;
  report(d: ReportDescriptor<M, Fixable, Suggests>): void;
}

export interface RuleModule<
  M extends string = string,
  Fixable extends boolean = boolean,
  Suggests extends boolean = boolean,
  O extends object = Record<string, unknown>,
> {
  id: string;
  /** Short title (缺少计量单位 / Missing unit): what every UI shows for the rule; the id is secondary. */
  title: Message;
  defaultSeverity: Severity;
  docs: {
    /** One line, zh-CN and English. */
    zh: string;
    en: string;
    example?: { bad: string; good: string; fix?: string };
  };
  options?: RuleOptions<O>;
  /** Messages by id; `{{name}}` placeholders are filled from `data`. A report without `messageId` uses `default`. */
  messages: Record<M, Message>;
  /** The rule may report a certain fix (`fix`). */
  fixable: Fixable;
  /** The rule may report suggestions (`suggestions`); left out, it may not. */
  hasSuggestions?: Suggests;
  /** Rules whose findings on the same cell this rule's finding replaces (the more specific one wins). */
  overrides?: string[];
  /** The rule judges the reading itself: it sees tables that read implausibly, which every other rule is spared. */
  seesUnreadableTables?: boolean;
  check(ctx: RuleContext<M, Fixable, Suggests, O>): void;
}

/**
 * Declares a rule. The message ids, `fixable` and `hasSuggestions` are inferred from the declaration, so
 * inside `check`, `ctx.report({ messageId: "typo" })`, a `fix` from a rule not marked fixable and
 * `suggestions` from a rule without `hasSuggestions` are type errors. The result is widened to
 * `RuleModule` for the registry (the descriptor's conditional types make the narrow ones incomparable).
 */
export function defineRule<
  const M extends string,
  const Fixable extends boolean,
  const Suggests extends boolean = false,
  O extends object = Record<string, unknown>,
>(rule: RuleModule<M, Fixable, Suggests, O>): RuleModule {
  return rule as unknown as RuleModule;
}

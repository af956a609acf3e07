/**
 * Template packs: an organisation's indicator library per project type, as JSON. Validated with zod;
 * a pack is data only — nothing in it is executed or rendered as HTML, and every text has a length limit.
 */
// zod/mini: the task pane validates packs too, and the classic API is not tree-shaken
import * as z from "zod/mini";
import { MONEY_UNIT } from "./markers";
import { LEVEL1, LEVEL2_OF } from "../recognise/levels";
import { zhIssue } from "../config";

export const PACK_SCHEMA_VERSION = 1;
/** Largest pack accepted, in characters of JSON. */
export const PACK_MAX_CHARS = 1_000_000;
export { MONEY_UNIT, PLACEHOLDER } from "./markers";

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const quantitative = z
  .strictObject({
    kind: z.literal("quantitative"),
    operator: z.enum(["≥", "≤", "=", ">", "<"]),
    unit: text(12),
    /** A default number, "placeholder" (the user fills it in) or "budget" (the block's 预算数, for cost bounds). */
    value: z.union([z.number().check(z.nonnegative()), z.literal("placeholder"), z.literal("budget")]),
  })
  .check(
    z.refine((t) => t.value !== "budget" || t.unit === MONEY_UNIT, {
      message: `当 value 为 budget 时，unit 必须是 ${MONEY_UNIT}`,
      path: ["unit"],
    }),
  );

const qualitative = z.strictObject({ kind: z.literal("qualitative"), text: text(40) });

export const templateIndicatorSchema = z
  .strictObject({
    level1: z.enum(LEVEL1),
    level2: text(20),
    name: text(40),
    description: z.optional(text(80)),
    target: z.union([quantitative, qualitative]),
    basis: z.optional(text(40)),
    required: z.optional(z.boolean()),
  })
  .check(
    z.refine((i) => LEVEL2_OF[i.level1].includes(i.level2), {
      message: "二级指标不属于该一级指标（见绩效指标框架）",
      path: ["level2"],
    }),
  );

export const projectTypeSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "应为 2–40 个小写字母、数字或连字符")),
  name: text(20),
  keywords: z.array(text(12)).check(z.minLength(1), z.maxLength(40)),
  phrases: z.optional(z.array(text(20)).check(z.maxLength(40))),
  description: text(200),
  indicators: z.array(templateIndicatorSchema).check(z.minLength(1), z.maxLength(40)),
});

export const templatePackSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]{2,59}$/, "应为 3–60 个小写字母、数字、点或连字符")),
    name: text(40),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "应为 主版本.次版本.修订号，如 1.0.0")),
    publisher: text(60),
    types: z.array(projectTypeSchema).check(z.minLength(1), z.maxLength(100)),
  })
  .check(
    z.superRefine((p, ctx) => {
      const seen = new Set<string>();
      p.types.forEach((t, i) => {
        if (seen.has(t.id)) ctx.addIssue({ code: "custom", message: `项目类型 id 重复：${t.id}`, path: ["types", i, "id"] });
        seen.add(t.id);
      });
    }),
  );

export type TemplatePack = z.infer<typeof templatePackSchema>;
export type ProjectType = z.infer<typeof projectTypeSchema>;
export type TemplateIndicator = z.infer<typeof templateIndicatorSchema>;

export type PackResult = { ok: true; pack: TemplatePack } | { ok: false; errors: string[] };

/** Parses and validates a pack from JSON text; every problem is a zh-CN line naming its path. */
export function parsePack(json: string): PackResult {
  if (json.length > PACK_MAX_CHARS) return { ok: false, errors: [`模板包太大（${json.length} 字符），上限 ${PACK_MAX_CHARS}`] };
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, errors: [`不是有效的 JSON：${(e as Error).message}`] };
  }
  return validatePack(data);
}

export function validatePack(data: unknown): PackResult {
  const r = templatePackSchema.safeParse(data);
  if (r.success) return { ok: true, pack: r.data };
  return { ok: false, errors: r.error.issues.slice(0, 50).map((i) => `${i.path.join(".") || "(根)"}：${zhIssue(i)}`) };
}

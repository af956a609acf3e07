/**
 * Template packs: an organisation's indicator library per project type, as JSON. Validated with zod;
 * a pack is data only — nothing in it is executed or rendered as HTML, and every text has a length limit.
 */
import { z } from "zod";
import { LEVEL1, LEVEL2_OF } from "../recognise/levels";
import { zhIssue } from "../config";

export const PACK_SCHEMA_VERSION = 1;
/** Largest pack accepted, in characters of JSON. */
export const PACK_MAX_CHARS = 1_000_000;
/** The unit written as the table's own money unit (元 or 万元). */
export const MONEY_UNIT = "{money}";
/** What an inserted placeholder looks like in the sheet: the user replaces it with a number. */
export const PLACEHOLDER = "【待填】";

const text = (max: number) => z.string().trim().min(1).max(max);

const quantitative = z
  .object({
    kind: z.literal("quantitative"),
    operator: z.enum(["≥", "≤", "=", ">", "<"]),
    unit: text(12),
    /** A default number, "placeholder" (the user fills it in) or "budget" (the block's 预算数, for cost bounds). */
    value: z.union([z.number().finite().nonnegative(), z.literal("placeholder"), z.literal("budget")]),
  })
  .strict()
  .refine((t) => t.value !== "budget" || t.unit === MONEY_UNIT, {
    message: `当 value 为 budget 时，unit 必须是 ${MONEY_UNIT}`,
    path: ["unit"],
  });

const qualitative = z.object({ kind: z.literal("qualitative"), text: text(40) }).strict();

export const templateIndicatorSchema = z
  .object({
    level1: z.enum(LEVEL1),
    level2: text(20),
    name: text(40),
    description: text(80).optional(),
    target: z.union([quantitative, qualitative]),
    basis: text(40).optional(),
    required: z.boolean().optional(),
  })
  .strict()
  .refine((i) => LEVEL2_OF[i.level1].includes(i.level2), {
    message: "二级指标不属于该一级指标（见绩效指标框架）",
    path: ["level2"],
  });

export const projectTypeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "应为 2–40 个小写字母、数字或连字符"),
    name: text(20),
    keywords: z.array(text(12)).min(1).max(40),
    phrases: z.array(text(20)).max(40).optional(),
    description: text(200),
    indicators: z.array(templateIndicatorSchema).min(1).max(40),
  })
  .strict();

export const templatePackSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]{2,59}$/, "应为 3–60 个小写字母、数字、点或连字符"),
    name: text(40),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "应为 主版本.次版本.修订号，如 1.0.0"),
    publisher: text(60),
    types: z.array(projectTypeSchema).min(1).max(100),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.types.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: "custom", message: `项目类型 id 重复：${t.id}`, path: ["types", i, "id"] });
      seen.add(t.id);
    });
  });

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

/**
 * assets/templates/template-pack.schema.json (JSON Schema for editors), generated from the zod schema.
 * Run: npm run pack-schema (a test checks the committed file matches `packSchemaJson()`).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { templatePackSchema } from "../src/core/templates/schema";

export const PACK_SCHEMA_FILE = path.join(__dirname, "..", "assets", "templates", "template-pack.schema.json");

/** Formats text as the repository's Prettier settings would for `file` (its CLI in a child process: Prettier 3 is ESM inside). */
function prettierFormat(text: string, file: string): string {
  const bin = require.resolve("prettier/bin/prettier.cjs");
  const r = spawnSync(process.execPath, [bin, "--stdin-filepath", file], { input: text, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`prettier failed on ${file}: ${r.stderr || r.error?.message || `exit ${r.status}`}`);
  return r.stdout;
}

/** The file's content, exactly as written: Prettier-formatted, so `npm run format:check` passes after regenerating. */
export function packSchemaJson(file = PACK_SCHEMA_FILE): string {
  const schema = z.toJSONSchema(templatePackSchema, { unrepresentable: "any", io: "input" });
  return prettierFormat(JSON.stringify({ ...schema, title: "KPI Lint 模板包（template pack）" }, null, 2), file);
}

export function writePackSchema(out = PACK_SCHEMA_FILE): string {
  fs.writeFileSync(out, packSchemaJson(out));
  return out;
}

if (require.main === module) console.log(`written ${writePackSchema()}`);

/** Writes assets/templates/template-pack.schema.json (JSON Schema for editors) from the zod schema. Run: npx tsx scripts/pack-schema.ts */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { templatePackSchema } from "../src/core/templates/schema";

const schema = z.toJSONSchema(templatePackSchema, { unrepresentable: "any", io: "input" });
const out = path.join(__dirname, "..", "assets", "templates", "template-pack.schema.json");
fs.writeFileSync(out, `${JSON.stringify({ ...schema, title: "KPI Lint 模板包（template pack）" }, null, 1)}\n`);
console.log(`written ${out}`);

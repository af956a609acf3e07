import fs from "node:fs";
import path from "node:path";
import { type ResolvedConfig, DEFAULT_CONFIG, resolveConfig } from "../core/config";
import { KpiLintError } from "./errors";
import { RULES } from "../core/rules";

export const CONFIG_FILE = "kpi-lint.config.json";

/** Reads --config, or kpi-lint.config.json in the working folder when there is one. */
export function loadConfig(explicit: string | undefined, cwd = process.cwd()): ResolvedConfig {
  const file = explicit ?? (fs.existsSync(path.join(cwd, CONFIG_FILE)) ? path.join(cwd, CONFIG_FILE) : null);
  if (!file) return DEFAULT_CONFIG;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new KpiLintError("CONFIG_NOT_FOUND", { path: file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new KpiLintError("CONFIG_NOT_JSON", { path: file, detail: (e as Error).message });
  }
  const r = resolveConfig(json, RULES);
  if (!r.ok) {
    throw new KpiLintError("BAD_CONFIG", { path: file, errors: r.errors.map((e) => `  - ${e}`).join("\n") });
  }
  return r.config;
}

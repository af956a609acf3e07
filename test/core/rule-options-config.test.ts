/**
 * Rule options in the config (`"rules": { "<id>": ["warning", { … }] }`): validated against the rule's own
 * schema, with zh-CN errors naming the path; the validated options reach the rule as `ctx.options`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as z from "zod/mini";
import { type ConfigurableRule, resolveConfig } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { RULES } from "../../src/core/rules";
import { run } from "../support/cli-run";
import { CLEAN_ROWS, form } from "../support/sheets";

/** A rule of this test's own, so the checks do not hang on which real rules take options. */
const WITH_OPTIONS: ConfigurableRule = {
  id: "words-rule",
  options: { schema: z.strictObject({ words: z.optional(z.array(z.string())), limit: z.optional(z.number()) }) },
};
const KNOWN = [WITH_OPTIONS, "plain-rule"];

const errorsOf = (input: unknown, known: readonly (ConfigurableRule | string)[] = KNOWN) => {
  const r = resolveConfig(input, known);
  return r.ok ? [] : r.errors;
};

describe("rule options in the config", () => {
  it("accepts a severity alone, or [severity, options], and keeps the options by rule id", () => {
    const r = resolveConfig({ rules: { "words-rule": ["info", { words: ["有效提升"], limit: 3 }], "plain-rule": "off" } }, KNOWN);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.rules).toEqual({ "words-rule": "info", "plain-rule": "off" });
    expect(r.config.ruleOptions).toEqual({ "words-rule": { words: ["有效提升"], limit: 3 } });
  });

  it("accepts [severity] with no options", () => {
    const r = resolveConfig({ rules: { "plain-rule": ["warning"] } }, KNOWN);
    expect(r.ok && r.config.rules["plain-rule"]).toBe("warning");
  });

  it("rejects an unknown option, naming it and its path", () => {
    expect(errorsOf({ rules: { "words-rule": ["warning", { word: ["x"] }] } })).toEqual(["rules.words-rule.1：不认识的字段：word"]);
  });

  it("rejects an option of the wrong type, naming its path in zh-CN", () => {
    expect(errorsOf({ rules: { "words-rule": ["warning", { limit: "3" }] } })).toEqual(["rules.words-rule.1.limit：类型不对，应为 数字"]);
    expect(errorsOf({ rules: { "words-rule": ["warning", { words: ["a", 2] }] } })).toEqual([
      "rules.words-rule.1.words.1：类型不对，应为 文本",
    ]);
  });

  it("rejects options given to a rule that takes none", () => {
    expect(errorsOf({ rules: { "plain-rule": ["warning", { limit: 3 }] } })).toEqual([
      "rules.plain-rule：这条规则没有选项，只能写 off、info、warning 或 error",
    ]);
  });

  it("rejects a bad severity, alone or in the tuple, in zh-CN", () => {
    const message = "取值无效，应为 off、info、warning 或 error，或 [级别, { 选项 }]";
    expect(errorsOf({ rules: { "words-rule": ["loud", { limit: 3 }] } })).toEqual([`rules.words-rule：${message}`]);
    expect(errorsOf({ rules: { "words-rule": "loud" } })).toEqual([`rules.words-rule：${message}`]);
  });

  it("reports every mistake at once", () => {
    const errors = errorsOf({ rules: { "words-rule": ["warning", { limit: "x" }], "plain-rule": ["error", {}], nope: "off" } });
    expect(errors).toHaveLength(3);
  });
});

describe("a real rule's options (missing-level1 noServiceObject)", () => {
  const noSatisfaction = form(
    CLEAN_ROWS.filter((r) => r[0] !== "满意度指标"),
    { name: "党建工作经费" },
  );
  const level1 = (rules: Record<string, unknown>) => {
    const r = resolveConfig({ rules }, RULES);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return lint(noSatisfaction, r.config).findings.filter((f) => f.ruleId === "missing-level1");
  };

  it("reach the rule: the configured words exempt the project, the level is the configured one", () => {
    expect(level1({})).toHaveLength(1);
    expect(level1({ "missing-level1": ["warning", { noServiceObject: ["党建"] }] })).toEqual([]);
    expect(level1({ "missing-level1": ["error", { noServiceObject: ["债券"] }] }).map((f) => f.severity)).toEqual(["error"]);
  });

  it("are validated against the rule's schema", () => {
    expect(errorsOf({ rules: { "missing-level1": ["warning", { noServiceObject: "党建" }] } }, RULES)).toEqual([
      "rules.missing-level1.1.noServiceObject：类型不对，应为 数组 […]",
    ]);
    expect(errorsOf({ rules: { "missing-level1": ["warning", { noServiceObject: [""] }] } }, RULES)).toEqual([
      "rules.missing-level1.1.noServiceObject.0：太短，至少 1 个字符",
    ]);
  });

  it("a bad option in kpi-lint.config.json stops the CLI with the path (exit 2)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-options-"));
    try {
      const cfg = path.join(dir, "kpi-lint.config.json");
      fs.writeFileSync(cfg, JSON.stringify({ rules: { "missing-unit": ["error", { units: [] }] } }));
      const v = await run("validate", "nothing.xlsx", "--config", cfg);
      expect(v.code).toBe(2);
      expect(v.err).toMatch(/rules\.missing-unit：这条规则没有选项/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

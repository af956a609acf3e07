/**
 * The rule catalogue (issue #9): every registered rule has its module (src/core/rules/<id>.ts), its
 * RuleTester file (test/rules/<id>.test.ts) and its doc (docs/rules/<id>.md) whose first line is the
 * rule's title and whose examples the rule's own tests run. New rules are picked up from RULES.
 */
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules";
import type { RuleModule } from "../../src/core/rules/types";
import { readDocExamples, ruleDocPath } from "../support/doc-examples";

const ROOT = path.join(__dirname, "..", "..");
const SEVERITY_ZH = { error: "错误", warning: "警告", info: "提示" } as const;
const ZH_SECTIONS = ["## 检查什么", "## 为什么", "## 示例", "## 修复", "## 选项", "---", "## English"];
const EN_PARAGRAPHS = ["**What it checks.**", "**Why.**", "**Fix.**", "**Options.**"];

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it("has its module, exporting this rule", async () => {
    const file = path.join(ROOT, "src", "core", "rules", `${id}.ts`);
    expect(fs.existsSync(file)).toBe(true);
    expect(((await import(file)) as { default: RuleModule }).default).toBe(rule);
  });

  it("has its RuleTester file, which tests this rule", () => {
    const file = path.join(ROOT, "test", "rules", `${id}.test.ts`);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toContain(`ruleTester("${id}"`);
  });

  describe("docs/rules/<id>.md", () => {
    const doc = fs.existsSync(ruleDocPath(id)) ? fs.readFileSync(ruleDocPath(id), "utf8") : "";
    const lines = doc.split("\n");

    it("exists; line 1 is the title, line 3 the id, default severity and fixability", () => {
      expect(doc).not.toBe("");
      expect(lines[0]).toBe(`# ${rule.title.zh} · ${rule.title.en}`);
      expect(lines[2]).toMatch(new RegExp(`^\`${id}\` · 默认级别：${SEVERITY_ZH[rule.defaultSeverity]} · 可修复：\\S`));
      // a rule that never fixes says 否 first; one that can, says when
      expect(lines[2].split("可修复：")[1].startsWith("否")).toBe(!rule.fixable);
    });

    it("has the zh-CN sections in order, then the complete English section", () => {
      const at = ZH_SECTIONS.map((s) => lines.findIndex((l) => l === s));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const english = doc.slice(doc.indexOf("## English"));
      for (const p of EN_PARAGRAPHS) expect(english).toContain(p);
    });

    it("has at least one bad and one good example", () => {
      const examples = readDocExamples(id);
      expect(examples.some((e) => e.kind === "bad")).toBe(true);
      expect(examples.some((e) => e.kind === "good")).toBe(true);
    });

    it("documents each option with its default", () => {
      for (const name of Object.keys(rule.options?.defaults ?? {})) {
        expect(doc).toContain(`\`${name}\``);
      }
    });
  });
});

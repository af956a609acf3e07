/** `kpi-lint rules` (text and json) and the rule links in SARIF: titles, severities, options and each rule's doc. */
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules";
import { docsBase, ruleDocPath, ruleHelpUri } from "../../src/cli/rule-help";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { run } from "../support/cli-run";

const ROOT = path.join(__dirname, "..", "..");

interface RuleJson {
  id: string;
  title: { zh: string; en: string };
  defaultSeverity: string;
  fixable: boolean;
  hasSuggestions: boolean;
  options: Array<{ name: string; default: unknown; description: { zh: string; en: string } | null }>;
  doc: string;
  helpUri: string;
}

describe("kpi-lint rules --format json", () => {
  let rules: RuleJson[];
  beforeAll(async () => {
    const r = await run("rules", "--format", "json");
    expect(r.code).toBe(0);
    rules = (JSON.parse(r.out) as { rules: RuleJson[] }).rules;
  });

  it("lists every rule in order with id, titles, default severity, fixable, suggestions", () => {
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules.find((r) => r.id === "missing-unit")).toMatchObject({
      title: { zh: "缺少计量单位", en: "Missing unit" },
      defaultSeverity: "error",
      fixable: true,
      hasSuggestions: true,
      options: [],
    });
    expect(rules.find((r) => r.id === "duplicate-project")).toMatchObject({ fixable: false, hasSuggestions: false });
  });

  it("gives each rule's options with their defaults and descriptions", () => {
    const level1 = rules.find((r) => r.id === "missing-level1");
    expect(level1?.options).toEqual([
      {
        name: "noServiceObject",
        default: expect.arrayContaining(["债券", "运转", "离退休"]) as unknown,
        description: { zh: expect.stringMatching(/满意度/) as unknown, en: expect.stringMatching(/service object/) as unknown },
      },
    ]);
  });

  it("gives each rule's doc: a path that exists in the package, and its web address", () => {
    for (const r of rules) {
      expect(r.doc).toBe(`docs/rules/${r.id}.md`);
      expect(fs.existsSync(path.join(ROOT, r.doc))).toBe(true);
      expect(r.helpUri).toBe(ruleHelpUri(r.id));
      expect(r.helpUri.endsWith(`/${r.doc}`)).toBe(true);
    }
  });

  it("refuses another format", async () => {
    const r = await run("rules", "--format", "sarif");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format 只能是 text, json/);
  });
});

describe("kpi-lint rules (text)", () => {
  it("shows the zh-CN titles by default", async () => {
    const r = await run("rules");
    expect(r.out).toMatch(/^missing-unit +error +可修复 +缺少计量单位 — 定量指标的数值没有计量单位$/m);
    expect(r.out).toMatch(/^missing-level1 +warning +缺少一级指标 — /m);
    expect(r.out.trim().split("\n")).toHaveLength(RULES.length);
  });

  it("shows the English titles under --lang en", async () => {
    const r = await run("rules", "--lang", "en");
    expect(r.out).toMatch(/^duplicate-indicator +warning +Duplicated indicator — /m);
    expect(r.out).not.toMatch(/缺少计量单位/);
  });
});

describe("SARIF links each rule and result to the rule's doc", () => {
  it("rule descriptors carry the title as name and the doc as helpUri; results carry ruleIndex and helpUri", async () => {
    const r = await run("validate", path.join(FIXTURE_DIR, "funing-forms.xlsx"), "-f", "sarif");
    const { driver } = JSON.parse(r.out).runs[0].tool as { driver: { rules: Array<Record<string, string>> } };
    const results = JSON.parse(r.out).runs[0].results as Array<{ ruleId: string; ruleIndex: number; properties: { helpUri: string } }>;
    const unit = driver.rules.find((d) => d.id === "missing-unit");
    expect(unit).toMatchObject({ name: "缺少计量单位", helpUri: ruleHelpUri("missing-unit") });
    expect(results.length).toBeGreaterThan(0);
    for (const res of results) {
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.properties.helpUri).toBe(ruleHelpUri(res.ruleId));
    }
  });

  it("names the rules in English under --lang en", async () => {
    const r = await run("validate", path.join(FIXTURE_DIR, "funing-forms.xlsx"), "-f", "sarif", "--lang", "en");
    const rules = JSON.parse(r.out).runs[0].tool.driver.rules as Array<{ id: string; name: string }>;
    expect(rules.find((d) => d.id === "missing-unit")?.name).toBe("Missing unit");
  });
});

describe("the doc's web address", () => {
  it("is absolute, on package.json's repository when it has one", () => {
    expect(ruleHelpUri("cost-unit", { repository: "git+https://github.com/acme/kpi.git" })).toBe(
      "https://github.com/acme/kpi/blob/HEAD/docs/rules/cost-unit.md",
    );
    expect(ruleHelpUri("cost-unit", { repository: { url: "https://gitlab.com/acme/kpi" } })).toBe(
      "https://gitlab.com/acme/kpi/docs/rules/cost-unit.md",
    );
    expect(docsBase({ repository: "github:acme/kpi" })).toBe("https://github.com/acme/kpi/blob/HEAD/");
    expect(docsBase({ repository: "acme/kpi" })).toBe("https://github.com/acme/kpi/blob/HEAD/");
  });

  it("falls back to the homepage, then to the project's home page (the SARIF informationUri)", () => {
    expect(docsBase({ homepage: "https://github.com/acme/kpi#readme" })).toBe("https://github.com/acme/kpi/blob/HEAD/");
    expect(docsBase({ homepage: "https://kpi.example.org/" })).toBe("https://kpi.example.org/");
    expect(ruleHelpUri("cost-unit", {})).toBe("https://github.com/kpi-lint/kpi-lint/blob/HEAD/docs/rules/cost-unit.md");
    expect(ruleDocPath("cost-unit")).toBe("docs/rules/cost-unit.md");
  });
});

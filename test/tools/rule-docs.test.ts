/** The rule index and the README's rule table are generated from the rule modules (on a mismatch: npm run rule-docs). */
import fs from "node:fs";
import { RULES } from "../../src/core/rules";
import {
  README_FILE,
  RULE_INDEX_FILE,
  TABLE_END,
  TABLE_START,
  readmeRuleTable,
  readmeWithRuleTable,
  ruleIndexMarkdown,
} from "../../tools/rule-docs";

describe("generated rule docs are up to date (npm run rule-docs)", () => {
  it("docs/rules/README.md", () => {
    expect(fs.readFileSync(RULE_INDEX_FILE, "utf8")).toBe(ruleIndexMarkdown());
  });

  it("README.md's rule table", () => {
    const readme = fs.readFileSync(README_FILE, "utf8");
    expect(readme).toBe(readmeWithRuleTable(readme));
  });
});

describe("what the generator writes", () => {
  it("indexes every rule with its titles, id, default severity and fixability, linked to its page", () => {
    const index = ruleIndexMarkdown();
    expect(index).toContain("| [缺少计量单位](missing-unit.md) | Missing unit | `missing-unit` | 错误 | 是（或建议） |");
    expect(index).toContain("| [缺少一级指标](missing-level1.md) | Missing indicator category | `missing-level1` | 警告 | 否 |");
    expect(index).toContain("| [成本超过预算](budget-exceeded.md) | Cost above the budget | `budget-exceeded` | 错误 | 建议 |");
    for (const r of RULES) expect(index).toContain(`](${r.id}.md)`);
  });

  it("takes a rule added to the registry, escaping pipes in its text", () => {
    const added = { ...RULES[0], id: "new-rule", title: { zh: "新规则", en: "New rule" }, docs: { zh: "甲", en: "a | b" } };
    const table = readmeRuleTable([...RULES, added]);
    expect(table.split("\n")).toHaveLength(RULES.length + 3);
    expect(table).toContain("| [New rule](docs/rules/new-rule.md) (新规则) | `new-rule` | error | fix or suggestion | a \\| b |");
  });

  it("replaces only the text between the markers, and refuses a README without them", () => {
    const readme = `intro\n${TABLE_START}\nold table\n${TABLE_END}\nrest\n`;
    const out = readmeWithRuleTable(readme);
    expect(out.startsWith(`intro\n${TABLE_START}\n| rule | id |`)).toBe(true);
    expect(out.endsWith(`\n${TABLE_END}\nrest\n`)).toBe(true);
    expect(out).not.toContain("old table");
    expect(() => readmeWithRuleTable("no markers")).toThrow(/rule-table markers/);
  });
});

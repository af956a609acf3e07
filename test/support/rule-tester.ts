/**
 * RuleTester in ESLint's manner: each case is a sheet; valid cases give no finding of the rule,
 * invalid cases give exactly the listed findings (cell, message fragment, fix value).
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/finding";
import type { WorkbookGrid } from "../../src/core/grid";
import { readDocExamples } from "./doc-examples";

export interface ExpectedFinding {
  cell?: string;
  message?: string | RegExp;
  /** The certain fix's value for the first edited cell; null asserts there is no certain fix. */
  fix?: string | number | null;
  suggestion?: string | number;
  severity?: Finding["severity"];
}

export interface Case {
  name: string;
  grid: WorkbookGrid;
  config?: Partial<ResolvedConfig>;
  /** The rule's options, as `["warning", { … }]` would give them in kpi-lint.config.json. */
  options?: Record<string, unknown>;
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
}

export function runRule(
  ruleId: string,
  grid: WorkbookGrid,
  config: Partial<ResolvedConfig> = {},
  options?: Record<string, unknown>,
): Finding[] {
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? r.defaultSeverity : "off"] as const));
  const ruleOptions = { ...(config.ruleOptions ?? {}), ...(options ? { [ruleId]: options } : {}) };
  const cfg: ResolvedConfig = { ...DEFAULT_CONFIG, ...config, rules: { ...rules, ...(config.rules ?? {}) }, ruleOptions };
  return lint(grid, cfg).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    const rule = RULES.find((r) => r.id === ruleId);
    it("is registered with a title, docs and messages in zh-CN and English", () => {
      expect(rule).toBeDefined();
      expect(rule?.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule?.title.en).toMatch(/[A-Za-z]/);
      expect(rule?.docs.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule?.docs.en).toMatch(/[a-z]/);
      for (const m of Object.values(rule?.messages ?? {})) {
        expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en).toMatch(/[A-Za-z]/);
      }
    });
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(runRule(ruleId, c.grid, c.config, c.options).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = runRule(ruleId, c.grid, c.config, c.options);
          expect(found.map((f) => `${f.cell} ${f.message}`)).toHaveLength(c.errors.length);
          c.errors.forEach((e, i) => {
            const f = found[i];
            if (e.cell) expect(f.cell).toBe(e.cell);
            if (e.message) expect(f.message).toMatch(e.message);
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.fix !== undefined) expect(f.fix ? f.fix.value : null).toEqual(e.fix);
            if (e.suggestion !== undefined) {
              expect(f.suggestions.map((s) => s.edits[0].after)).toContain(e.suggestion);
            }
            expect(f.messageEn.length).toBeGreaterThan(0);
          });
        });
      }
    });
    describe(`docs/rules/${ruleId}.md examples`, () => {
      const examples = readDocExamples(ruleId);
      it("has at least one bad and one good example", () => {
        expect(examples.filter((e) => e.kind === "bad").length).toBeGreaterThan(0);
        expect(examples.filter((e) => e.kind === "good").length).toBeGreaterThan(0);
      });
      for (const e of examples) {
        it(`${e.kind} example at line ${e.line}`, () => {
          const found = runRule(ruleId, e.grid, {}, e.options);
          if (e.kind === "good") {
            expect(found.map((f) => `${f.cell} ${f.message}`)).toEqual([]);
            return;
          }
          expect(found.length).toBeGreaterThan(0);
          if (e.fix !== undefined) expect(found[0].fix ? found[0].fix.value : null).toEqual(e.fix);
        });
      }
    });
  });
}

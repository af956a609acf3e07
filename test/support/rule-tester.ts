/**
 * RuleTester in ESLint's manner: each case is a sheet; valid cases give no finding of the rule,
 * invalid cases give exactly the listed findings (cell, message fragment, fix value).
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { RULES } from "../../src/core/rules";
import type { Finding } from "../../src/core/finding";
import type { WorkbookGrid } from "../../src/core/grid";

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
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
}

export function runRule(ruleId: string, grid: WorkbookGrid, config: Partial<ResolvedConfig> = {}): Finding[] {
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? r.defaultSeverity : "off"] as const));
  const cfg: ResolvedConfig = { ...DEFAULT_CONFIG, ...config, rules: { ...rules, ...(config.rules ?? {}) } };
  return lint(grid, cfg).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    const rule = RULES.find((r) => r.id === ruleId);
    it("is registered with docs and messages in zh-CN and English", () => {
      expect(rule).toBeDefined();
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
          expect(runRule(ruleId, c.grid, c.config).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = runRule(ruleId, c.grid, c.config);
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
  });
}

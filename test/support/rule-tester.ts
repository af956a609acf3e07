/**
 * RuleTester in ESLint's manner: each case is a sheet; valid cases give no finding of the rule,
 * invalid cases give exactly the listed findings (cell, message id, data, message fragment, every edit of the fix).
 */
import { DEFAULT_CONFIG, type ResolvedConfig } from "../../src/core/config";
import { lintModel } from "../../src/core/lint";
import { recogniseWorkbook } from "../../src/core/recognise/recognise";
import { RULES } from "../../src/core/rules";
import type { ReportDescriptor, RuleModule } from "../../src/core/rules/types";
import type { Edit, Finding } from "../../src/core/finding";
import { cellAddress, type CellValue, type WorkbookGrid } from "../../src/core/grid";
import { readDocExamples } from "./doc-examples";

/** One edit as a test states it: the cell and its value before and after (the sheet only when it matters). */
export interface ExpectedEdit {
  sheet?: string;
  cell: string;
  before: CellValue;
  after: CellValue;
}

export interface ExpectedFinding {
  cell?: string;
  /** The message id the rule reported (`default` when it left it out). */
  messageId?: string;
  /** The report's `data`, exactly. */
  data?: Record<string, string | number>;
  message?: string | RegExp;
  /** The certain fix's value for the first edited cell; null asserts there is no certain fix. */
  fix?: string | number | null;
  /** Every edit of the certain fix, in order. */
  edits?: ExpectedEdit[];
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

/** A finding of the rule under test with what its report said: the message id and data. */
export type TestedFinding = Finding & { messageId: string; data: Record<string, string | number> };

/** Reports keyed by the cell they name; findings on one cell keep their report order (the engine's sort is stable). */
function reportKey(sheet: string, cell: string): string {
  return `${sheet}|${cell}`;
}

export function runRule(
  ruleId: string,
  grid: WorkbookGrid,
  config: Partial<ResolvedConfig> = {},
  options?: Record<string, unknown>,
): TestedFinding[] {
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? r.defaultSeverity : "off"] as const));
  const ruleOptions = { ...(config.ruleOptions ?? {}), ...(options ? { [ruleId]: options } : {}) };
  const cfg: ResolvedConfig = { ...DEFAULT_CONFIG, ...config, rules: { ...rules, ...(config.rules ?? {}) }, ruleOptions };
  // the rule under test reports through a listener that keeps each report's message id and data
  const reports = new Map<string, ReportDescriptor[]>();
  const listened = RULES.map((r): RuleModule =>
    r.id !== ruleId
      ? r
      : {
          ...r,
          check: (ctx) =>
            r.check({
              ...ctx,
              report: (d) => {
                const key = reportKey(d.sheet ?? d.project?.sheet ?? "", cellAddress(d.at.row, d.at.col));
                reports.set(key, [...(reports.get(key) ?? []), d]);
                ctx.report(d);
              },
            }),
        },
  );
  const model = recogniseWorkbook(grid, { columns: cfg.columns });
  return lintModel(model, cfg, listened)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => {
      const d = reports.get(reportKey(f.sheet, f.cell))?.shift();
      return { ...f, messageId: d?.messageId ?? "default", data: d?.data ?? {} };
    });
}

function expectFinding(f: TestedFinding, e: ExpectedFinding): void {
  if (e.cell) expect(f.cell).toBe(e.cell);
  if (e.messageId) expect(f.messageId).toBe(e.messageId);
  if (e.data) expect(f.data).toEqual(e.data);
  if (e.message) expect(f.message).toMatch(e.message);
  if (e.severity) expect(f.severity).toBe(e.severity);
  if (e.fix !== undefined) expect(f.fix ? f.fix.value : null).toEqual(e.fix);
  if (e.edits) {
    const edits = (f.fix?.edits ?? []).map((x: Edit) => ({ sheet: x.sheet, cell: x.cell, before: x.before, after: x.after }));
    expect(edits).toEqual(e.edits.map((x) => ({ sheet: f.sheet, ...x })));
  }
  if (e.suggestion !== undefined) {
    expect(f.suggestions.map((s) => s.edits[0].after)).toContain(e.suggestion);
  }
  expect(f.messageEn.length).toBeGreaterThan(0);
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
            expect(rule && (e.messageId === undefined || e.messageId in rule.messages)).toBe(true);
            expectFinding(found[i], e);
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

/**
 * The rule contract (issue #7 §3): message ids typed per rule, `fixable` and `hasSuggestions` declared,
 * and the report path in lint.ts refusing a rule that breaks them. The `@ts-expect-error` lines are the
 * type half of the contract: `npm run typecheck` fails if one of them stops being an error.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { DEFAULT_CONFIG } from "../../src/core/config";
import type { Edit } from "../../src/core/finding";
import { lintModel } from "../../src/core/lint";
import type { CellRef, WorkbookModel } from "../../src/core/model";
import { RULES } from "../../src/core/rules";
import { defineRule, type RuleModule } from "../../src/core/rules/types";

const AT: CellRef = { row: 3, col: 5 };
const EDIT: Edit = { sheet: "Sheet1", row: 3, col: 5, cell: "E3", before: "≥90", after: "≥90%" };
const EMPTY: WorkbookModel = { sheets: [] };
const docs = { zh: "测试规则", en: "A throwaway rule" };
const messages = { default: { zh: "默认消息", en: "Default message" }, other: { zh: "另一条 {{n}}", en: "Other {{n}}" } };

/** Runs one throwaway rule through the engine's own report path. */
const run = (rule: RuleModule) => lintModel(EMPTY, DEFAULT_CONFIG, [rule]);

describe("the report path enforces the rule contract", () => {
  it("accepts a rule that keeps it", () => {
    const ok = defineRule({
      id: "contract-ok",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "warning",
      docs,
      messages,
      fixable: true,
      hasSuggestions: true,
      check(ctx) {
        ctx.report({ project: null, sheet: "Sheet1", at: AT });
        ctx.report({ messageId: "other", data: { n: 2 }, project: null, sheet: "Sheet1", at: AT, fix: [EDIT] });
        ctx.report({ project: null, sheet: "Sheet1", at: AT, suggestions: [{ label: { zh: "改", en: "Change" }, edits: [EDIT] }] });
      },
    });
    const found = run(ok);
    expect(found.map((f) => f.message)).toEqual(["默认消息", "另一条 2", "默认消息"]);
    expect(found[1].fix).toEqual({ cell: "E3", value: "≥90%", edits: [EDIT] });
    expect(found[2].suggestions).toEqual([{ label: "改", labelEn: "Change", edits: [EDIT] }]);
  });

  it("accepts a null fix and no suggestions from a rule with neither flag", () => {
    const plain = defineRule({
      id: "contract-plain",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "info",
      docs,
      messages,
      fixable: false,
      check(ctx) {
        ctx.report({ project: null, at: AT, fix: null, suggestions: [] });
      },
    });
    expect(run(plain)).toHaveLength(1);
  });

  it("throws, naming the rule, on an unknown message id", () => {
    const typo = defineRule({
      id: "contract-unknown-id",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "error",
      docs,
      messages,
      fixable: false,
      check(ctx) {
        // @ts-expect-error -- "nope" is not one of this rule's message ids
        ctx.report({ messageId: "nope", project: null, at: AT });
      },
    });
    expect(() => run(typo)).toThrow(/rule "contract-unknown-id" reported unknown message id "nope"/);
  });

  it("throws when a report leaves out the message id and the rule has no default message", () => {
    const noDefault = defineRule({
      id: "contract-no-default",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "error",
      docs,
      messages: { only: { zh: "唯一消息", en: "The only message" } },
      fixable: false,
      check(ctx) {
        // @ts-expect-error -- without a `default` message, messageId is required
        ctx.report({ project: null, at: AT });
      },
    });
    expect(() => run(noDefault)).toThrow(/rule "contract-no-default" reported unknown message id "default"/);
  });

  it("throws on a fix from a rule not marked fixable", () => {
    const unfixable = defineRule({
      id: "contract-unfixable",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "error",
      docs,
      messages,
      fixable: false,
      check(ctx) {
        // @ts-expect-error -- a rule not marked fixable may not report a fix
        ctx.report({ project: null, at: AT, fix: [EDIT] });
      },
    });
    expect(() => run(unfixable)).toThrow(/rule "contract-unfixable" reported a fix but is not marked fixable/);
  });

  it("throws on suggestions from a rule without hasSuggestions", () => {
    const silent = defineRule({
      id: "contract-no-suggestions",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "error",
      docs,
      messages,
      fixable: true,
      check(ctx) {
        // @ts-expect-error -- a rule without hasSuggestions may not report suggestions
        ctx.report({ project: null, at: AT, suggestions: [{ label: { zh: "改", en: "Change" }, edits: [EDIT] }] });
      },
    });
    expect(() => run(silent)).toThrow(/rule "contract-no-suggestions" reported suggestions but does not declare hasSuggestions/);
  });

  it("also checks rules built without defineRule (plain objects, widened types)", () => {
    const loose: RuleModule = {
      id: "contract-loose",
      title: { zh: "测试规则", en: "Test rule" },
      defaultSeverity: "error",
      docs,
      messages,
      fixable: false,
      hasSuggestions: false,
      check(ctx) {
        ctx.report({ messageId: "other", project: null, at: AT, fix: [EDIT] });
      },
    };
    expect(() => run(loose)).toThrow(/rule "contract-loose" reported a fix/);
  });
});

/** Which kinds of change a rule module passes to `ctx.report`: `fix` / `suggestions` other than null or []. */
function reportedKinds(file: string): { fix: boolean; suggestions: boolean } {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out = { fix: false, suggestions: false };
  const trivial = (e: ts.Expression) => e.kind === ts.SyntaxKind.NullKeyword || (ts.isArrayLiteralExpression(e) && e.elements.length === 0);
  const visit = (node: ts.Node): void => {
    const arg =
      ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "report"
        ? node.arguments[0]
        : undefined;
    if (arg && ts.isObjectLiteralExpression(arg)) {
      for (const p of arg.properties) {
        const name = (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && ts.isIdentifier(p.name) ? p.name.text : "";
        if ((name === "fix" || name === "suggestions") && !(ts.isPropertyAssignment(p) && trivial(p.initializer))) out[name] = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("every registered rule declares a consistent contract", () => {
  it("has unique kebab-case ids, one module file each", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(fs.existsSync(path.join(__dirname, "../../src/core/rules", `${id}.ts`))).toBe(true);
    }
  });

  describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
    it("declares fixable and hasSuggestions as booleans", () => {
      expect(typeof rule.fixable).toBe("boolean");
      expect(typeof rule.hasSuggestions).toBe("boolean");
    });

    it("has at least one message, each in zh-CN and English", () => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) {
        expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en).toMatch(/[A-Za-z]/);
      }
    });

    it("overrides only other registered rules", () => {
      for (const o of rule.overrides ?? []) {
        expect(o).not.toBe(id);
        expect(RULES.map((r) => r.id)).toContain(o);
      }
    });

    it("declares exactly the kinds of change its module reports", () => {
      // Types and the report path stop a report beyond the flags; this stops a flag no report uses.
      const kinds = reportedKinds(path.join(__dirname, "../../src/core/rules", `${id}.ts`));
      expect({ fixable: rule.fixable, hasSuggestions: rule.hasSuggestions ?? false }).toEqual({
        fixable: kinds.fix,
        hasSuggestions: kinds.suggestions,
      });
      if (rule.docs.example?.fix) expect(rule.fixable).toBe(true);
    });
  });
});

/**
 * `kpi-lint fix` reads again only the sheets it wrote to: the findings it leaves must be exactly those a fresh
 * validation of the fixed workbook gives, and a sheet it did not touch keeps its reading.
 */
import path from "node:path";
import { applyCertainFixes } from "../../src/cli/apply-fixes";
import { loadConfig } from "../../src/cli/config-file";
import { readGridFile } from "../../src/cli/read-grid";
import { lint } from "../../src/core/lint";
import { makeSheet, type WorkbookGrid } from "../../src/core/grid";
import { recogniseWorkbook } from "../../src/core/recognise/recognise";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { certainEdits, rulesForFixes, unchangedSince } from "../../src/core/fixes";
import type { Edit, Finding } from "../../src/core/finding";
import { RULES } from "../../src/core/rules";
import { buildSheet } from "../support/layouts";
import { randomLayout, randomTable, seeded } from "../support/layouts/random";
import { FIXABLE } from "../support/layouts/samples";

const config = loadConfig(undefined);
/** What fix keeps of a finding: everything but its texts. */
const withoutTexts = (findings: Finding[]) => findings.map((f) => ({ ...f, id: "", message: "", messageEn: "" }));
const copy = (g: WorkbookGrid): WorkbookGrid => ({
  sheets: g.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]), merges: [...s.merges] })),
});

describe.each(["funing-forms.xlsx", "qingdao-forms.xlsx", "ningbo-summary.xlsx", "split-variants.xlsx"])("fix on %s", (fixture) => {
  it("leaves the findings a fresh validation of the fixed workbook gives", () => {
    const grid = readGridFile(path.join(FIXTURE_DIR, fixture));
    const report = applyCertainFixes(copy(grid), config);
    expect(report.applied.length).toBeGreaterThan(0);
    const fixed = copy(grid);
    for (const e of report.applied) {
      const rows = fixed.sheets.find((s) => s.name === e.sheet)!.rows;
      while (rows.length < e.row) rows.push([]);
      rows[e.row - 1][e.col - 1] = e.after;
    }
    expect(report.remaining).toEqual(withoutTexts(lint(fixed, config).findings));
  });
});

describe("recogniseWorkbook with an earlier reading", () => {
  const sheet = (name: string, value: string) =>
    makeSheet(name, [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", value],
      ["效益指标", "社会效益指标", "群众知晓率", "≥90%"],
    ]);

  it("keeps the unchanged sheets' reading and reads the changed ones again", () => {
    const grid: WorkbookGrid = { sheets: [sheet("甲", "≥150"), sheet("乙", "≥20")] };
    const first = recogniseWorkbook(grid);
    grid.sheets[1].rows[1][3] = "≥20人";
    const again = recogniseWorkbook(grid, {}, { model: first, changedSheets: new Set(["乙"]) });
    expect(again.sheets[0]).toBe(first.sheets[0]);
    expect(again.sheets[1]).not.toBe(first.sheets[1]);
    expect(again).toEqual(recogniseWorkbook(grid));
    expect(again.sheets[1].projects[0].indicators[0].value.unit).toBe("人");
  });
});

describe("the first pass runs only the rules that give fixes", () => {
  /** The plain algorithm: every rule on every pass, the whole workbook read again after each. */
  function reference(grid: WorkbookGrid, ruleIds?: string[]) {
    const applied: Edit[] = [];
    let { findings } = lint(grid, config);
    for (let pass = 0; pass < 5; pass++) {
      const edits = certainEdits(findings, ruleIds).filter((e) => {
        const rows = grid.sheets.find((s) => s.name === e.sheet)?.rows;
        return rows && unchangedSince(rows[e.row - 1]?.[e.col - 1] ?? null, e.before);
      });
      if (edits.length === 0) break;
      for (const e of edits) {
        const rows = grid.sheets.find((s) => s.name === e.sheet)!.rows;
        while (rows.length < e.row) rows.push([]);
        rows[e.row - 1][e.col - 1] = e.after;
      }
      applied.push(...edits);
      findings = lint(grid, config).findings;
    }
    return { applied, remaining: withoutTexts(findings) };
  }

  const grids: Array<[string, () => WorkbookGrid]> = [
    ...["funing-forms.xlsx", "qingdao-forms.xlsx", "ningbo-summary.xlsx", "split-variants.xlsx"].map((f): [string, () => WorkbookGrid] => [
      f,
      () => readGridFile(path.join(FIXTURE_DIR, f)),
    ]),
    ...Array.from({ length: 40 }, (_, i): [string, () => WorkbookGrid] => [
      `random layout ${i + 1}`,
      () => {
        const rng = seeded(i + 1);
        const { options, moneyUnit } = randomLayout(rng);
        const spec = randomTable(rng, moneyUnit);
        return { sheets: [buildSheet({ ...spec, projects: [FIXABLE, ...spec.projects] }, options, "S").sheet] };
      },
    ]),
  ];

  let withFixes = 0;
  it.each(grids)("applies and leaves what running every rule every pass does: %s", (_, build) => {
    const want = reference(build());
    const got = applyCertainFixes(build(), config);
    expect(got.applied).toEqual(want.applied);
    expect(got.remaining).toEqual(want.remaining);
    if (got.applied.length > 0) withFixes++;
  });

  it("compared workbooks that had fixes to apply (most of them)", () => {
    expect(withFixes).toBeGreaterThan(grids.length / 2);
  });

  it("with --rule, fixes only those rules' findings, unless a rule that overrides them reported on the row", () => {
    const want = reference(readGridFile(path.join(FIXTURE_DIR, "qingdao-forms.xlsx")), ["missing-unit"]);
    const got = applyCertainFixes(readGridFile(path.join(FIXTURE_DIR, "qingdao-forms.xlsx")), config, ["missing-unit"]);
    expect(got.applied).toEqual(want.applied);
    expect(got.remaining).toEqual(want.remaining);
  });

  it("takes the fixable rules and the rules that override them", () => {
    const ids = rulesForFixes(RULES, ["missing-unit"]).map((r) => r.id);
    expect(ids).toContain("missing-unit");
    expect(ids).toEqual(expect.arrayContaining(["cost-not-numeric", "ratio-as-decimal", "template-placeholder"]));
    expect(ids).not.toContain("nonstandard-unit");
    expect(ids).not.toContain("basis-missing");
  });
});

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

const config = loadConfig(undefined);
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
    expect(report.remaining).toEqual(lint(fixed, config).findings);
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

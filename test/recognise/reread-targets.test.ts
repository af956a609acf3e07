/**
 * After `fix` writes target cells, the sheet reads only those targets again: the reading must be the one a
 * fresh reading of the whole sheet gives, and anything that is not a plain target change is read in full.
 */
import path from "node:path";
import { readGridFile } from "../../src/cli/read-grid";
import { certainEdits } from "../../src/core/fixes";
import { type SheetGrid, makeSheet } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { type CellChange, rereadTargets } from "../../src/core/recognise/reread-targets";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { buildSheet } from "../support/layouts";
import { randomLayout, randomTable, seeded } from "../support/layouts/random";
import { FIXABLE } from "../support/layouts/samples";

/** Applies the certain fixes of `sheet` to it, returning the cells changed (or none). */
function applyFixes(sheet: SheetGrid): CellChange[] {
  const { findings } = lint({ sheets: [sheet] });
  return certainEdits(findings).map((e) => {
    const row = sheet.rows[e.row - 1];
    const change = { row: e.row, col: e.col, before: row[e.col - 1] ?? null };
    row[e.col - 1] = e.after;
    return change;
  });
}

const sheets: Array<[string, () => SheetGrid]> = [
  ...["funing-forms.xlsx", "qingdao-forms.xlsx", "ningbo-summary.xlsx", "split-variants.xlsx"].flatMap((f) =>
    readGridFile(path.join(FIXTURE_DIR, f)).sheets.map((s): [string, () => SheetGrid] => [
      `${f} ${s.name}`,
      () => readGridFile(path.join(FIXTURE_DIR, f)).sheets.find((x) => x.name === s.name)!,
    ]),
  ),
  ...Array.from({ length: 60 }, (_, i): [string, () => SheetGrid] => [
    `random layout ${i + 1}`,
    () => {
      const rng = seeded(100 + i);
      const { options, moneyUnit } = randomLayout(rng);
      const spec = randomTable(rng, moneyUnit);
      return buildSheet({ ...spec, projects: [FIXABLE, ...spec.projects] }, options, "S").sheet;
    },
  ]),
];

describe("rereadTargets", () => {
  let reread = 0;
  it.each(sheets)("reads what a fresh reading reads after the fixes: %s", (_, build) => {
    const sheet = build();
    const before = recogniseSheet(sheet);
    const changes = applyFixes(sheet);
    const again = rereadTargets(before, sheet, changes);
    if (again) {
      reread++;
      expect(again).toEqual(recogniseSheet(sheet));
    }
  });

  it("took the short way on most of them", () => {
    expect(reread).toBeGreaterThan(sheets.length * 0.6);
  });

  const table = (value: string) =>
    makeSheet("S", [
      ["2024年项目支出绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "培训人数", value],
      ["产出指标", "质量指标", "培训合格率", "≥90%"],
      ["效益指标", "社会效益指标", "群众知晓率", "≥85%"],
    ]);

  it("reads the sheet in full when a changed cell is no target", () => {
    const sheet = table("≥150人");
    const before = recogniseSheet(sheet);
    sheet.rows[2][2] = "培训人次";
    expect(rereadTargets(before, sheet, [{ row: 3, col: 3, before: "培训人数" }])).toBeNull();
  });

  it("reads the sheet in full when a change alters the years its titles count", () => {
    const sheet = table("2024年");
    const before = recogniseSheet(sheet);
    sheet.rows[2][3] = "2025年";
    expect(rereadTargets(before, sheet, [{ row: 3, col: 4, before: "2024年" }])).toBeNull();
  });

  it("reads one target again: the new value, the rest of the reading kept", () => {
    const sheet = table("≥150");
    const before = recogniseSheet(sheet);
    sheet.rows[2][3] = "≥150人";
    const again = rereadTargets(before, sheet, [{ row: 3, col: 4, before: "≥150" }]);
    expect(again?.projects[0].indicators[0].value.unit).toBe("人");
    expect(again).toEqual(recogniseSheet(sheet));
    expect(again?.projects[0].indicators[1]).toBe(before.projects[0].indicators[1]);
  });
});

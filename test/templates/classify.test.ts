import path from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { recogniseWorkbook } from "../../src/core/recognise/recognise";
import { classify, classifyProject } from "../../src/core/templates/classify";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import labels from "../fixtures/seeds/project-types.json";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const TYPES = BUILTIN_PACK.types;

describe("project-type classifier on every project of the three seed tables", () => {
  it("top-1 accuracy ≥ 90% (reported below)", async () => {
    const rows: string[] = [];
    let total = 0;
    let right = 0;
    let inTop3 = 0;
    for (const [file, expected] of Object.entries(labels).filter(([k]) => k.endsWith(".xlsx")) as Array<[string, Record<string, string>]>) {
      const model = recogniseWorkbook(workbookToGrid(await loadWorkbook(path.join(FIXTURE_DIR, file))));
      for (const p of model.sheets.flatMap((s) => s.projects)) {
        const want = expected[p.name];
        expect(want).toBeDefined();
        const got = classifyProject(p, TYPES);
        total++;
        if (got[0]?.typeId === want) right++;
        else rows.push(`  ✗ ${file} ${p.name}: 期望 ${want}，得到 ${got.map((g) => `${g.typeId} ${g.score}`).join(" / ")}`);
        if (got.some((g) => g.typeId === want)) inTop3++;
      }
    }
    const acc = right / total;
    console.log(`classifier top-1 accuracy: ${right}/${total} = ${(acc * 100).toFixed(1)}%; top-3: ${inTop3}/${total}\n${rows.join("\n")}`);
    expect(total).toBe(31);
    expect(acc).toBeGreaterThanOrEqual(0.9);
  });

  it("returns at most three types with scores, best first", () => {
    const r = classify({ name: "2024年执法人员业务培训经费", purpose: "举办行政执法人员培训班" }, TYPES);
    expect(r[0]).toMatchObject({ typeId: "training", name: "培训" });
    expect(r.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < r.length; i++) expect(r[i].score).toBeLessThanOrEqual(r[i - 1].score);
    expect(r.reduce((s, x) => s + x.score, 0)).toBeLessThanOrEqual(1.0001);
    expect(r[0].matched).toContain("培训");
  });

  it("says nothing rather than guess when no word matches", () => {
    expect(classify({ name: "项目甲" }, TYPES)).toEqual([]);
  });
});

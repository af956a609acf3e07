import { makeSheet, type CellValue } from "../../src/core/grid";
import { resolveConfig } from "../../src/core/config";
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { RULES } from "../../src/core/rules";

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];
const ROW = ["产出指标", "时效指标", "完成时间", "12月底前"];

/** The budget year read from the rows above a plain indicator table. */
function yearOf(...above: CellValue[][]): number | null {
  return recogniseSheet(makeSheet("Sheet1", [...above, HEADER, ROW], [])).budgetYear;
}

describe("the budget year a sheet's title states", () => {
  it.each([
    ["a bracketed year on its own line", [["项目支出绩效目标表"], ["（2024年）"]], 2024],
    ["a year in the title", [["2024年度项目支出绩效目标表"]], 2024],
    ["a unit and year before the title", [["某区司法局2023年部门预算绩效目标"]], 2023],
    ["a form's numbered title", [["1.法律援助经费2025年度绩效目标表"]], 2025],
  ])("%s", (_, above, year) => {
    expect(yearOf(...(above as CellValue[][]))).toBe(year);
  });

  it.each([
    ["no year in the title", [["1.法律援助经费绩效目标表"]]],
    ["a year in prose is no title", [["绩效目标", "确保2021年底前每个乡镇有2名专职调解员"]]],
    ["a year in a project name label", [["项目名称", "2022年结转法律援助经费"]]],
  ])("none: %s", (_, above) => {
    expect(yearOf(...(above as CellValue[][]))).toBeNull();
  });

  it("a year below the table (a later year's note) is not read", () => {
    const sheet = makeSheet("Sheet1", [["项目支出绩效目标表"], HEADER, ROW, ["（2030年）"]], []);
    expect(recogniseSheet(sheet).budgetYear).toBeNull();
  });
});

describe("budgetYear in the config", () => {
  it("takes a year from 2000 to 2100", () => {
    const r = resolveConfig({ budgetYear: 2024 }, RULES);
    expect(r.ok && r.config.budgetYear).toBe(2024);
    const none = resolveConfig({}, RULES);
    expect(none.ok && none.config.budgetYear).toBeNull();
  });

  it.each([1999, 2101, 2024.5, "2024"])("refuses %p with a zh-CN message naming the field", (budgetYear) => {
    const r = resolveConfig({ budgetYear }, RULES);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.errors.join("\n")).toMatch(/^budgetYear：[\u4e00-\u9fff]/);
  });
});

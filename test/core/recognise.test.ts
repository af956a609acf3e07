import path from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { makeSheet } from "../../src/core/grid";
import { recogniseSheet, recogniseWorkbook } from "../../src/core/recognise/recognise";
import type { WorkbookModel } from "../../src/core/model";
import { lint } from "../../src/core/lint";
import { SEEDS } from "../fixtures/build";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

async function model(file: string): Promise<WorkbookModel> {
  return recogniseWorkbook(workbookToGrid(await loadWorkbook(path.join(FIXTURE_DIR, file))));
}

describe("form layout, many blocks per sheet (001, amounts in 元)", () => {
  let m: WorkbookModel;
  beforeAll(async () => (m = await model("funing-forms.xlsx")));

  it("finds all seven projects with code, budget and unit", () => {
    const s = m.sheets[0];
    expect(s.layout).toBe("form");
    expect(s.moneyUnit).toBe("元");
    expect(s.projects.map((p) => p.name)).toEqual(SEEDS.funing.projects.map((p) => p.name));
    expect(s.projects[0]).toMatchObject({ code: "13030622P005567100047", budget: { amount: 160000, unit: "元" }, firstRow: 1 });
  });

  it("reads every indicator row, spreading merged 一级 cells", () => {
    const s = m.sheets[0];
    s.projects.forEach((p, i) => expect(p.indicators).toHaveLength(SEEDS.funing.projects[i].indicators.length));
    const first = s.projects[0].indicators;
    expect(first[1]).toMatchObject({ level1: "产出指标", level2: "数量指标", name: "法律援助案件受理数" });
    expect(first[1].value).toMatchObject({ raw: "≥350 件", operator: "≥", number: 350, unit: "件" });
    expect(first[8].level1).toBe("满意度指标");
  });

  it("keeps a block together across a repeated header (page break)", () => {
    const p = m.sheets[0].projects[2];
    expect(p.headerRows).toHaveLength(2);
    expect(p.indicators[p.indicators.length - 1]).toMatchObject({ level1: "满意度指标", name: "群众满意度" });
    expect(p.lastRow).toBe(p.indicators[p.indicators.length - 1].row);
  });

  it("reads the spending plan, percent cells shown as Excel shows them", () => {
    expect(m.sheets[0].projects[0].plan?.points.map((x) => x.value)).toEqual([20, 40, 70, 100]);
  });

  it("says a sheet without an indicator table has none", () => {
    expect(m.sheets[1]).toMatchObject({ name: "说明", status: "no-table", projects: [] });
    expect(m.sheets[1].message).toMatch(/未找到绩效指标表/);
  });
});

describe("form layout, one block per sheet (002, amounts in 万元)", () => {
  let m: WorkbookModel;
  beforeAll(async () => (m = await model("qingdao-forms.xlsx")));

  it("one project per sheet, titles above the first one are not a project", () => {
    expect(m.sheets).toHaveLength(10);
    for (const s of m.sheets) expect(s.projects).toHaveLength(1);
    const p = m.sheets[0].projects[0];
    expect(p).toMatchObject({ name: "法律培训费", code: "37020023P88002811020P", budget: { amount: 17, unit: "万元" } });
    expect(p.firstRow).toBe(3); // the title row, not the document title above it
  });

  it("fills 一级 down from its merged cell and reads 成本指标 first", () => {
    const p = m.sheets[2].projects[0];
    expect(p.indicators.map((i) => i.level1)).toEqual([
      "成本指标",
      "产出指标",
      "产出指标",
      "产出指标",
      "产出指标",
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
  });
});

describe("summary layout (000): one row per indicator, project columns merged, split columns", () => {
  let m: WorkbookModel;
  beforeAll(async () => (m = await model("ningbo-summary.xlsx")));

  it("recognises a two-row header and every project block, duplicates included", () => {
    const s = m.sheets[0];
    expect(s.layout).toBe("summary");
    expect(s.moneyUnit).toBe("万元");
    expect(s.projects.map((p) => p.name)).toEqual(SEEDS.ningbo.projects.map((p) => p.name));
    expect(s.projects[0]).toMatchObject({ seq: "1", firstRow: 4, lastRow: 8, budget: { amount: 151.22, unit: "万元" } });
  });

  it("composes operator | unit | value into one target, keeping each cell", () => {
    const ind = m.sheets[0].projects[0].indicators[3];
    expect(ind.name).toBe("系统成本控制");
    expect(ind.value).toMatchObject({ operator: "≤", number: 150, unit: null, kind: "quantitative" });
    expect(ind.cells).toMatchObject({ operator: { col: 7 }, unit: { col: 8 }, value: { col: 9 } });
    const pct = m.sheets[0].projects[9].indicators[0];
    expect(pct.value).toMatchObject({ unit: "%", unitRaw: "百分比", number: 95 });
  });

  it("an operator column holding the target itself (提升) is qualitative", () => {
    expect(m.sheets[0].projects[1].indicators[0].value).toMatchObject({ kind: "qualitative", raw: "提升" });
  });
});

describe("split-value variants and tables without level columns", () => {
  let m: WorkbookModel;
  beforeAll(async () => (m = await model("split-variants.xlsx")));

  it("Sichuan: 指标性质 holds the operator, 度量单位 the unit, 指标方向性 stays a direction", () => {
    const ind = m.sheets[0].projects[0].indicators[1];
    expect(ind.value).toMatchObject({ operator: "≥", number: 3, unit: "次", operatorSource: "column" });
    expect(m.sheets[0].projects[0].columns.direction).toBe(8);
  });

  it("Inner Mongolia: operator words in 指标方向, 定性 rows are qualitative", () => {
    const inds = m.sheets[1].projects[0].indicators;
    expect(inds[1].value).toMatchObject({ operator: "≥", number: 30, unit: "次" });
    expect(inds[0].value).toMatchObject({ operator: "≤", number: 100, unit: "万元" });
    expect(inds.find((i) => i.level1 === "效益指标")?.value).toMatchObject({ kind: "qualitative", raw: "显著提升" });
  });

  it("no level columns: names from 指标名称, levels null", () => {
    const p = m.sheets[2].projects[0];
    expect(p.columns.level1).toBeUndefined();
    expect(p.indicators[0]).toMatchObject({ level1: null, level2: null, name: "满足新公共法律服务中心搬迁所需开支" });
  });

  it("an empty sheet says so", () => {
    expect(m.sheets[3]).toMatchObject({ status: "empty", message: "工作表为空" });
  });
});

describe("headers found by name, not position", () => {
  it("columns in another order, blank rows and a footer", () => {
    const sheet = makeSheet("乱序", [
      ["某单位2024年项目支出绩效目标表"],
      ["项目名称", "社区矫正经费", null, "项目编码", "X1"],
      ["单位：万元"],
      [],
      ["指标值", "三级指标", "二级指标", "一级指标"],
      ["≥20次", "上站次数", "数量指标", "产出指标"],
      [],
      ["≥95%", "监管率", "社会效益指标", "效益指标"],
      ["填报人：张三"],
      ["≥1次", "不该读到的行", "数量指标", "产出指标"],
    ]);
    const s = recogniseSheet(sheet);
    expect(s.projects).toHaveLength(1);
    expect(s.projects[0]).toMatchObject({ name: "社区矫正经费", code: "X1", moneyUnit: "万元", lastRow: 8 });
    expect(s.projects[0].indicators.map((i) => [i.level1, i.name, i.value.number])).toEqual([
      ["产出指标", "上站次数", 20],
      ["效益指标", "监管率", 95],
    ]);
  });

  it("a sheet of prose is not guessed at", () => {
    const s = recogniseSheet(makeSheet("说明", [["绩效目标"], ["指标值填写说明：……"]]));
    expect(s.status).toBe("no-table");
  });
});

describe("a form laid out another way", () => {
  it("labels with their values in one cell, abbreviated levels, other header words", () => {
    const sheet = makeSheet("某区", [
      ["2025年项目支出绩效目标申报表"],
      ["项目名称：社区矫正专项经费", null, null, "项目编码：110105250000000012"],
      ["年度资金总额：45.6", null, null, "单位：万元"],
      ["绩效指标"],
      ["一级", "二级", "指标名称", "年度指标值", "备注"],
      ["产出", "数量", "矫正对象人数", "≥120人", null],
      [null, "质量", "报到率", "≥95%（含）", null],
      ["成本", "经济成本", "经费控制数", "≤45.6万元", null],
      ["效益", "社会效益", "再犯罪率", "≤0.5%", null],
      ["满意度", "服务对象满意度", "矫正对象满意度", "≥90%", null],
    ]);
    const s = recogniseSheet(sheet);
    expect(s.projects).toHaveLength(1);
    const p = s.projects[0];
    expect(p).toMatchObject({
      name: "社区矫正专项经费",
      code: "110105250000000012",
      budget: { amount: 45.6, unit: "万元" },
      firstRow: 1,
      lastRow: 10,
    });
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "矫正对象人数"],
      ["产出指标", "质量指标", "报到率"],
      ["成本指标", "经济成本指标", "经费控制数"],
      ["效益指标", "社会效益指标", "再犯罪率"],
      ["满意度指标", "服务对象满意度指标", "矫正对象满意度"],
    ]);
    const { findings } = lint({ sheets: [sheet] });
    // read right, nothing is wrong; the one cost restates the budget, so a unit cost is suggested (info)
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(["cost-equals-budget info"]);
  });
});

/**
 * Column roles settled by content, the mapping each table carries, the user's override, and
 * `table-unreadable` instead of findings built on a wrong reading.
 */
import path from "node:path";
import { loadWorkbook, workbookToGrid } from "../../src/cli/xlsx-grid";
import { resolveConfig } from "../../src/core/config";
import { type CellValue, makeSheet } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import { describeColumns, describeTable } from "../../src/core/recognise/describe-mapping";
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { inspectJson } from "../../src/core/report/json";
import { RULE_IDS } from "../../src/core/rules";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { PLAIN_INDICATORS } from "../support/sheets";

const INDICATORS = PLAIN_INDICATORS;

describe("a header split over two rows", () => {
  it("reads 一级 | 二级 | 三级 under a 绩效指标 cell spanning them, 指标值 merged down", () => {
    const rows: CellValue[][] = [
      ["项目名称", "人民调解经费", null, "预算数（万元）", 40],
      ["绩效指标", null, null, "指标值"],
      ["一级指标", "二级指标", "三级指标"],
      ...INDICATORS,
    ];
    const sheet = makeSheet("表", rows, [
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 3, right: 4 },
    ]);
    const s = recogniseSheet(sheet);
    expect(s.projects).toHaveLength(1);
    const p = s.projects[0];
    expect(p.budget).toMatchObject({ amount: 40, unit: "万元" });
    expect(p.indicators.map((i) => i.name)).toEqual(INDICATORS.map((r) => r[2]));
    expect(p.indicators[1]).toMatchObject({ level1: "产出指标", level2: "质量指标" });
    expect(p.table.columns).toMatchObject({ level1: 1, level2: 2, name: 3, value: 4 });
  });
});

describe("单位: a unit column or the organisation", () => {
  const summary = (unitColumn: CellValue[]) =>
    makeSheet("汇总", [
      ["单位", "项目名称", "预算数", "一级指标", "二级指标", "指标名称", "指标值"],
      [unitColumn[0], "法律援助经费", 80, "产出指标", "数量指标", "援助案件数", "≥400件"],
      [unitColumn[1], null, null, null, "质量指标", "结案率", "≥95%"],
      [unitColumn[2], null, null, "满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"],
    ]);
  it("organisation names make it the org column", () => {
    const s = recogniseSheet(summary(["某区司法局", "某区司法局", "某区司法局"]));
    expect(s.projects[0].org).toBe("某区司法局");
    expect(s.projects[0].table.columns.unit).toBeUndefined();
  });
});

describe("the user's own mapping (kpi-lint.config.json `columns`)", () => {
  // 指标值 heads the goal prose, the real targets sit under an unlabelled column
  const rows: CellValue[][] = [
    ["项目名称", "普法宣传经费", null, "预算数", 30],
    ["一级指标", "二级指标", "三级指标", "指标值", null],
    ...INDICATORS.map((r) => [r[0], r[1], r[2], "完成年度普法宣传工作，提升群众法治意识和法律素养", r[3]]),
  ];
  const sheet = makeSheet("普法", rows);

  it("reads implausibly on its own and says so once, with the mapping", () => {
    const { model, findings } = lint({ sheets: [sheet] });
    expect(model.sheets[0].tables[0].plausibility.problems).toContain("values");
    expect(findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);
    expect(findings[0].message).toContain("指标值 = D 列");
    expect(findings[0].messageEn).toContain("Target value = column D");
    expect(findings[0].cell).toBe("D2");
    expect(findings[0].project).toBe("普法宣传经费");
  });

  it('reads right with `columns: { 普法: { value: "E" } }`, and the mapping says it is the user\'s', () => {
    const res = resolveConfig({ columns: { 普法: { value: "E" } } }, RULE_IDS);
    if (!res.ok) throw new Error(res.errors.join("\n"));
    const { model, findings } = lint({ sheets: [sheet] }, res.config);
    const t = model.sheets[0].tables[0];
    expect(t.source).toBe("override");
    expect(t.columns.value).toBe(5);
    expect(t.plausibility.problems).toEqual([]);
    expect(model.sheets[0].projects[0].indicators[0].value).toMatchObject({ operator: "≥", number: 300, unit: "件" });
    expect(findings.filter((f) => f.ruleId === "table-unreadable")).toEqual([]);
    expect(describeTable(t, "zh-CN")).toContain("按您指定的列");
  });

  it("rejects a malformed mapping with a zh-CN message naming the path", () => {
    const res = resolveConfig({ columns: { 普法: { value: "第五列" } } }, RULE_IDS);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toMatch(/^columns\.普法\.value/);
    const bad = resolveConfig({ columns: { 普法: { price: "E" } } }, RULE_IDS);
    expect(bad.ok).toBe(false);
  });
});

describe("table-unreadable", () => {
  it("fires on a table whose names are all the same, and nothing else is reported on it", () => {
    const rows: CellValue[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ...INDICATORS.map((r) => [r[0], r[1], "工作任务", "完成"]),
    ];
    const { findings } = lint({ sheets: [makeSheet("S", rows)] });
    expect(findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);
    expect(findings[0].message).toMatch(/名称.*大多相同/);
  });

  it.each(["funing-forms.xlsx", "qingdao-forms.xlsx", "ningbo-summary.xlsx", "split-variants.xlsx"])(
    "never fires on %s, and inspect JSON lists each table's mapping",
    async (file) => {
      const grid = workbookToGrid(await loadWorkbook(path.join(FIXTURE_DIR, file)));
      const { model, findings } = lint(grid);
      expect(findings.filter((f) => f.ruleId === "table-unreadable")).toEqual([]);
      const json = inspectJson(file, model);
      for (const s of json.sheets.filter((x) => x.status === "ok")) {
        expect(s.tables.length).toBeGreaterThan(0);
        expect(s.tables[0].columns).toMatchObject({ name: expect.stringMatching(/^[A-Z]+$/) });
        expect(s.tables[0].mapping).toContain("三级指标 = ");
      }
    },
  );
});

describe("describeColumns", () => {
  it("names roles in reading order, in both languages", () => {
    expect(describeColumns({ value: 9, name: 4, level1: 2 }, "zh-CN")).toBe("一级指标 = B 列，三级指标 = D 列，指标值 = I 列");
    expect(describeColumns({ value: 9, name: 4 }, "en")).toBe("Indicator name = column D, Target value = column I");
  });
});

describe("the national form (项目资金 block, 绩效指标 label column from the header row down)", () => {
  const rows: CellValue[][] = [
    ["项目支出绩效目标表"],
    ["（2024年度）"],
    ["项目名称  社区矫正工作经费"],
    ["主管部门及代码", "某市司法局", null, "实施单位", "某区司法局"],
    ["项目资金（万元）", "年度资金总额：", 86.5],
    [null, "其中：财政拨款", 86.5],
    [null, "其他资金", null],
    ["年度总体目标", "完成社区矫正对象监管教育工作"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, "产出指标（50分）", "数量指标", "指标1：在册社区矫正对象监管人数", "≥350人"],
    [null, null, "质量指标", "指标2：社区矫正对象再犯罪率", "≤0.2%"],
    [null, "成本指标", "经济成本指标", "（1）人均监管成本", "≤2500元/人"],
    [null, "效益指标", "社会效益指标", "1.社会治安稳定", "持续稳定"],
    [null, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"],
  ];
  const sheet = makeSheet("表", rows, [
    { top: 5, left: 1, bottom: 7, right: 1 },
    { top: 9, left: 1, bottom: 14, right: 1 },
  ]);

  it("reads name, budget and indicators; the label column is left out and said so", () => {
    const s = recogniseSheet(sheet);
    const p = s.projects[0];
    expect(p.name).toBe("社区矫正工作经费");
    expect(p.budget).toMatchObject({ amount: 86.5, unit: "万元" });
    expect(p.indicators.map((i) => i.name)).toEqual([
      "在册社区矫正对象监管人数",
      "社区矫正对象再犯罪率",
      "人均监管成本",
      "社会治安稳定",
      "社会公众满意度",
    ]);
    expect(p.indicators[1].level1).toBe("产出指标");
    expect(s.tables[0].skipped).toEqual([{ col: 1, header: "绩效指标", reason: "label" }]);
    expect(describeTable(s.tables[0], "zh-CN")).toContain("未读取：A 列“绩效指标”（标签列）");
  });
});

describe("a value header that names its own period", () => {
  it("reads 年度指标值, not 中长期指标值, and lists the other as not read", () => {
    const s = recogniseSheet(
      makeSheet("S", [
        ["项目名称", "法律援助", "预算数", 50],
        ["一级指标", "二级指标", "三级指标", "中长期指标值", "年度指标值"],
        ["产出指标", "数量指标", "案件数", "≥3000件", "≥600件"],
        [null, "质量指标", "结案率", "≥95%", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "≥92%"],
      ]),
    );
    expect(s.projects[0].indicators.map((i) => i.value.raw)).toEqual(["≥600件", "≥95%", "≥92%"]);
    expect(s.tables[0].skipped).toEqual([{ col: 4, header: "中长期指标值", reason: "other-group" }]);
  });
});

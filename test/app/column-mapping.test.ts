/** The column mapping's pure functions: tables per sheet, columns with their headers, the stored config after an edit. */
import {
  assignColumn,
  choiceFrom,
  clearColumnMapping,
  clearMapping,
  editorRoles,
  editorTable,
  groupTables,
  headerColumns,
  keptConfig,
  mappingInWords,
  problemsInWords,
  saveColumnMapping,
  tablesBySheet,
  withColumnChoice,
  withColumnRole,
} from "../../src/app/column-mapping";
import { validateAndReport, validateWorkbook, type ValidationResult } from "../../src/app/workflow";
import { DEFAULT_CONFIG, resolveConfig } from "../../src/core/config";
import { makeSheet } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import { RULE_IDS } from "../../src/core/rules";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/preview/fake-excel";
import { MemWorkbook } from "../../src/preview/mem-workbook";
import { PUFA_ROWS } from "../support/mapping-sheet";

function result(config = DEFAULT_CONFIG): ValidationResult {
  const grid = { sheets: [makeSheet("普法", PUFA_ROWS)] };
  const { model, findings } = lint(grid, config);
  return { grid, model, findings, ignored: new Set(), config, configErrors: [] };
}

function memStore(): MemWorkbook {
  const store = new MemWorkbook();
  const s = store.addSheet("普法");
  PUFA_ROWS.forEach((row, r) => row.forEach((v, c) => v !== null && s.setValue(r + 1, c + 1, v)));
  return store;
}

describe("reading the validated tables", () => {
  const r = result();
  const [{ sheet, tables }] = tablesBySheet(r);

  it("lists each sheet's tables, says the mapping in words and why it reads implausibly", () => {
    expect(sheet).toBe("普法");
    expect(tables).toHaveLength(1);
    expect(editorTable(tables)).toBe(tables[0]);
    expect(mappingInWords(tables[0].columns, "zh-CN")).toContain("一级指标：A 列，二级指标：B 列，三级指标：C 列，指标值：D 列");
    expect(mappingInWords(tables[0].columns, "en")).toContain(
      "Level 1: column A, Level 2: column B, Indicator name: column C, Target value: column D",
    );
    expect(problemsInWords(tables[0], "zh-CN")[0]).toMatch(/^指标值大多读不成目标值/);
    expect(mappingInWords({}, "en")).toBe("no column recognised");
  });

  it("lists every column of the table with its header text (an unlabelled one too) and its role", () => {
    const cols = headerColumns(r, tables[0]);
    expect(cols.map((c) => [c.letter, c.header, c.role])).toEqual([
      ["A", "一级指标", "level1"],
      ["B", "二级指标", "level2"],
      ["C", "三级指标", "name"],
      ["D", "指标值", "value"],
      ["E", "", null],
    ]);
  });

  it("offers the usual roles, then any other role the table reads", () => {
    expect(editorRoles(null).slice(0, 2)).toEqual(["name", "value"]);
    expect(editorRoles({ ...tables[0], columns: { ...tables[0].columns, weight: 6 } })).toContain("weight");
  });

  it("groups tables that read alike", () => {
    const t = tables[0];
    const other = { ...t, headerRow: 20 };
    const odd = { ...t, headerRow: 40, columns: { name: 3, value: 5 } };
    expect(groupTables([t, other, odd]).map((g) => g.map((x) => x.headerRow))).toEqual([[2, 20], [40]]);
  });
});

describe("editing a mapping", () => {
  it("one role per column, one column per role", () => {
    const map = { level1: 1, name: 3, value: 4 };
    expect(assignColumn(map, 5, "value")).toEqual({ level1: 1, name: 3, value: 5 });
    expect(assignColumn(map, 1, "name")).toEqual({ name: 1, value: 4 });
    expect(assignColumn(map, 4, null)).toEqual({ level1: 1, name: 3 });
  });

  it("stores what the edit says, and roles it dropped as no column", () => {
    expect(choiceFrom({ name: 3, value: 5 }, { level1: 1, name: 3, value: 4 })).toEqual({ level1: null, name: 3, value: 5 });
  });

  it("withColumnRole sets the letter, moves the column off other roles, keeps everything else", () => {
    const stored = {
      costFramework: "2021" as const,
      rules: { "missing-unit": "off" as const },
      columns: { 普法: { goal: "E", name: "C" }, 其他: { value: "I" } },
    };
    const next = withColumnRole(stored, "普法", "value", "e");
    expect(next).toEqual({
      costFramework: "2021",
      rules: { "missing-unit": "off" },
      columns: { 普法: { name: "C", value: "E" }, 其他: { value: "I" } },
    });
    expect(withColumnRole(next, "普法", "unit", null).columns?.["普法"]).toEqual({ name: "C", value: "E", unit: "" });
    expect(withColumnRole(null, "S", "value", 9)).toEqual({ columns: { S: { value: "I" } } });
    expect(stored.columns["普法"]).toEqual({ goal: "E", name: "C" }); // not mutated
    const r = resolveConfig(next, RULE_IDS);
    expect(r.ok && r.config.columns["普法"]).toEqual({ name: 3, value: 5 });
  });

  it("withColumnChoice replaces the sheet's mapping; clearMapping removes it (and an empty columns)", () => {
    const stored = { columns: { 普法: { goal: "F" } } };
    const next = withColumnChoice(stored, "普法", { name: 3, value: 5, level1: null, level2: 2 });
    expect(next.columns?.["普法"]).toEqual({ level1: "", name: "C", value: "E", level2: "B" });
    expect(clearMapping(next, "普法")).toEqual({});
    expect(clearMapping({ locale: "en", columns: { a: { value: "D" }, b: { value: "E" } } }, "a")).toEqual({
      locale: "en",
      columns: { b: { value: "E" } },
    });
    expect(clearMapping(null, "a")).toEqual({});
  });
});

describe("saving through the adapter (the workbook's settings)", () => {
  it("saves a merged, validated config; validation then reads the table right; clearing restores automatic", async () => {
    const store = memStore();
    const adapter = new OfficeAdapter(memoryHost(store));
    await adapter.saveState("kpiLint.config", { costFramework: "2021" });
    const before = await validateWorkbook(adapter, "active");
    expect(before.findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);

    const saved = await saveColumnMapping(
      adapter,
      "普法",
      choiceFrom({ level1: 1, level2: 2, name: 3, value: 5 }, before.model.sheets[0].tables[0].columns),
    );
    expect(saved.ok).toBe(true);
    expect(JSON.parse(store.settings.get("kpiLint.config") as string)).toEqual({
      costFramework: "2021",
      columns: { 普法: { level1: "A", level2: "B", name: "C", value: "E" } },
    });
    const after = await validateWorkbook(adapter, "active");
    const t = after.model.sheets[0].tables[0];
    expect(t.source).toBe("override");
    expect(t.columns.value).toBe(5);
    expect(after.findings.filter((f) => f.ruleId === "table-unreadable")).toEqual([]);
    expect(after.model.sheets[0].projects[0].indicators[0].value).toMatchObject({ operator: "≥", number: 300, unit: "件" });

    expect((await clearColumnMapping(adapter, "普法")).ok).toBe(true);
    expect(JSON.parse(store.settings.get("kpiLint.config") as string)).toEqual({ costFramework: "2021" });
    expect((await validateWorkbook(adapter, "active")).findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);
  });

  it("refuses a mapping the schema rejects and leaves the stored config alone", async () => {
    const store = memStore();
    const adapter = new OfficeAdapter(memoryHost(store));
    await adapter.saveState("kpiLint.config", { rules: { "no-such-rule": "off" } });
    const r = await saveColumnMapping(adapter, "普法", { value: 5 });
    expect(r.ok).toBe(false);
    expect(JSON.parse(store.settings.get("kpiLint.config") as string)).toEqual({ rules: { "no-such-rule": "off" } });
  });
});

describe("a two-row header", () => {
  it("names a column by its group label and its own header", () => {
    const rows = [
      ["一级指标", "二级指标", "三级指标", "长期目标", null, "年度目标", null],
      [null, null, null, "指标值", "计量单位", "指标值", "计量单位"],
      ["产出指标", "数量指标", "调解案件数", "≥1000", "件", "≥300", "件"],
      [null, "质量指标", "调解成功率", "≥95", "%", "≥95", "%"],
      [null, "时效指标", "案件办结时限", "≤30", "天", "≤30", "天"],
      ["满意度指标", "服务对象满意度指标", "当事人满意度", "≥90", "%", "≥90", "%"],
    ];
    const merges = [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 1, left: 6, bottom: 1, right: 7 },
    ];
    const grid = { sheets: [makeSheet("两行表头", rows, merges)] };
    const { model, findings } = lint(grid);
    const r: ValidationResult = { grid, model, findings, ignored: new Set(), config: DEFAULT_CONFIG, configErrors: [] };
    const t = model.sheets[0].tables[0];
    const cols = headerColumns(r, t);
    expect(cols.map((c) => c.header)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "长期目标 / 指标值",
      "长期目标 / 计量单位",
      "年度目标 / 指标值",
      "年度目标 / 计量单位",
    ]);
    expect(cols.find((c) => c.letter === "F")?.role).toBe("value");
    expect(cols.find((c) => c.letter === "D")?.skipped).toBe("other-group");
  });
});

describe("keptConfig: what saving the settings form carries along", () => {
  it("keeps the column mappings as letters and other non-default fields; nothing for the defaults", () => {
    expect(keptConfig(DEFAULT_CONFIG)).toEqual({});
    const r = resolveConfig(
      {
        columns: { 普法: { value: "E", unit: "" }, "*": { name: 3 } },
        ignoreSheets: ["说明"],
        thresholds: { budgetTolerance: 0.05 },
        locale: "en",
        budgetYear: 2024,
      },
      RULE_IDS,
    );
    if (!r.ok) throw new Error(r.errors.join("\n"));
    const kept = keptConfig(r.config);
    expect(kept).toEqual({
      columns: { 普法: { value: "E", unit: "" }, "*": { name: "C" } },
      ignoreSheets: ["说明"],
      thresholds: { budgetTolerance: 0.05, planEndTolerance: 0.5 },
      locale: "en",
      budgetYear: 2024,
    });
    const again = resolveConfig(kept, RULE_IDS);
    expect(again.ok && again.config).toEqual(r.config);
  });
});

describe("the ribbon's 校验工作表", () => {
  it("reads the saved mapping too: it loads the same stored config", async () => {
    const store = memStore();
    const adapter = new OfficeAdapter(memoryHost(store));
    expect((await validateAndReport(adapter)).findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);
    await saveColumnMapping(adapter, "普法", { value: 5 });
    expect((await validateAndReport(adapter)).findings.map((f) => f.ruleId)).not.toContain("table-unreadable");
  });
});

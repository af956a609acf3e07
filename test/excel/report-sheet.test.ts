/**
 * The 校验报告 sheet through Office.js on the in-memory Excel: the coloured severity column, the summary line with
 * counts, the AutoFilter on the header, a clean rewrite (old filter, its hidden rows, old fills and rows gone),
 * both languages, and 10,000+ rows under the payload limit.
 */
import type { ReportRow } from "../../src/excel/adapter";
import { OfficeAdapter, REPORT_SHEET } from "../../src/excel/office-adapter";
import { memoryHost, MemWorkbook, PAYLOAD_LIMIT, type MemSheet } from "../../src/excel/double";
import { HIGHLIGHT_FILL } from "../../src/excel/highlights";
import { reportRows, summaryText } from "../../src/app/workflow";
import type { Finding } from "../../src/core/finding";
import { memFixture } from "../support/mem";

const row = (severity: ReportRow["severity"], i: number): ReportRow => ({
  severity,
  project: `项目${i}`,
  sheet: "表",
  cell: `E${i + 3}`,
  ruleId: "nonstandard-unit",
  rule: "单位写法不规范",
  message: `问题${i}`,
  fix: "",
});
const rowsOf = (counts: Record<ReportRow["severity"], number>): ReportRow[] =>
  (["error", "warning", "info"] as const).flatMap((s) => Array.from({ length: counts[s] }, (_, i) => row(s, i)));

function storeWithSheet(): MemWorkbook {
  const store = new MemWorkbook();
  const s = store.addSheet("表");
  for (let r = 1; r <= 20; r++) for (let c = 1; c <= 6; c++) s.setValue(r, c, `${r}-${c}`);
  s.ensure(3, 5).fill = "#FFFF00";
  return store;
}

const write = (store: MemWorkbook, rows: ReportRow[], locale: "zh-CN" | "en" = "zh-CN") =>
  new OfficeAdapter(memoryHost(store), locale).writeReport(rows, "summary");
const report = (store: MemWorkbook): MemSheet => store.sheet(REPORT_SHEET)!;
const colours = (s: MemSheet, r: number) => [s.cell(r, 1)?.fill, s.cell(r, 1)?.fontColor];

describe("the 校验报告 sheet", () => {
  it("colours the severity column: each severity its own fill and dark text, the other columns plain", async () => {
    const store = storeWithSheet();
    await write(store, rowsOf({ error: 2, warning: 2, info: 1 }));
    const s = report(store);
    expect([3, 4, 5, 6, 7].map((r) => s.value(r, 1))).toEqual(["错误", "错误", "警告", "警告", "提示"]);
    const [err, warn, info] = [colours(s, 3), colours(s, 5), colours(s, 7)];
    expect(colours(s, 4)).toEqual(err);
    expect(err).toEqual([HIGHLIGHT_FILL.error, "#9C0006"]);
    expect(warn).toEqual([HIGHLIGHT_FILL.warning, "#9C5700"]);
    expect(info).toEqual([HIGHLIGHT_FILL.info, "#1F4E78"]);
    expect(new Set([err[0], warn[0], info[0]]).size).toBe(3);
    expect(new Set([err[1], warn[1], info[1]]).size).toBe(3);
    expect([s.cell(3, 2)?.fill, s.cell(8, 1)?.fill, s.cell(2, 1)?.fill]).toEqual([undefined, undefined, "#D9E1F2"]);
  });

  it("puts an AutoFilter on the header row over every report row, and leaves the user's sheets unchanged", async () => {
    const store = storeWithSheet();
    const before = JSON.stringify([...store.sheet("表")!.cells]);
    await write(store, rowsOf({ error: 3, warning: 4, info: 5 }));
    expect(report(store).autoFilter).toEqual({ area: { top: 2, left: 1, bottom: 14, right: 6 }, hiddenRows: new Set() });
    expect(JSON.stringify([...store.sheet("表")!.cells])).toBe(before);
    expect(store.sheet("表")!.autoFilter).toBeNull();
  });

  it("a rewrite after a shorter report: the user's filter goes, no stale rows, fills or links, the filter fits the new rows", async () => {
    const store = storeWithSheet();
    await write(store, rowsOf({ error: 3, warning: 4, info: 5 }));
    // the reviewer filters the report to 提示 only in Excel: rows 3–9 are hidden
    await memoryHost(store).run(async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem(REPORT_SHEET);
      ws.autoFilter.apply(ws.getRange("A2:F14"), 0, { filterOn: "Values", values: ["提示"] });
      await ctx.sync();
    });
    expect(report(store).autoFilter?.hiddenRows.size).toBe(7);
    await write(store, rowsOf({ error: 1, warning: 0, info: 1 }));
    const s = report(store);
    expect(s.autoFilter).toEqual({ area: { top: 2, left: 1, bottom: 4, right: 6 }, hiddenRows: new Set() });
    expect([s.value(3, 1), s.value(4, 1), s.value(5, 1)]).toEqual(["错误", "提示", null]);
    expect(colours(s, 4)).toEqual([HIGHLIGHT_FILL.info, "#1F4E78"]);
    for (let r = 5; r <= 14; r++) {
      expect(colours(s, r)).toEqual([undefined, undefined]);
      expect(s.hyperlinks.has(`${r},3`)).toBe(false);
    }
    expect(s.usedArea(false)).toEqual({ top: 1, left: 1, bottom: 4, right: 6 });
  });

  it("an empty report has no filter; a later full one gets it", async () => {
    const store = storeWithSheet();
    await write(store, []);
    expect(report(store).autoFilter).toBeNull();
    await write(store, rowsOf({ error: 1, warning: 1, info: 0 }));
    expect(report(store).autoFilter?.area).toEqual({ top: 2, left: 1, bottom: 4, right: 6 });
  });

  it("in English: labels, the same colours and filter", async () => {
    const store = storeWithSheet();
    await write(store, rowsOf({ error: 1, warning: 1, info: 1 }), "en");
    const s = report(store);
    expect([s.value(2, 1), s.value(3, 1), s.value(4, 1), s.value(5, 1)]).toEqual(["Severity", "Error", "Warning", "Info"]);
    expect(colours(s, 5)).toEqual([HIGHLIGHT_FILL.info, "#1F4E78"]);
    expect(s.autoFilter?.area).toEqual({ top: 2, left: 1, bottom: 5, right: 6 });
  });

  it("12,000 rows: every request under 5 MB, the last row coloured, the filter over all of them", async () => {
    const store = storeWithSheet();
    await write(store, rowsOf({ error: 6000, warning: 5000, info: 1000 }));
    const s = report(store);
    expect(Math.max(...store.requests)).toBeLessThan(PAYLOAD_LIMIT);
    expect([colours(s, 6002), colours(s, 12002)]).toEqual([
      [HIGHLIGHT_FILL.error, "#9C0006"],
      [HIGHLIGHT_FILL.info, "#1F4E78"],
    ]);
    expect(s.autoFilter?.area.bottom).toBe(12002);
  });
});

const finding = (severity: Finding["severity"], sheet: string, project: string | null, projectRow: number | null): Finding => ({
  id: `${sheet}${projectRow}${severity}`,
  ruleId: "nonstandard-unit",
  severity,
  sheet,
  row: 1,
  column: 1,
  cell: "A1",
  project,
  projectCode: null,
  projectRow,
  indicator: null,
  message: "问题",
  messageEn: "Problem",
  fix: null,
  suggestions: [],
});

describe("the summary line", () => {
  const findings = [
    finding("error", "1.表", "法律培训费", 3),
    finding("warning", "1.表", "法律培训费", 3),
    finding("info", "1.表", "法律培训费", 20), // a second block of the same name (a duplicate) counts apart
    finding("warning", "2.表", "法治专项业务费", 3),
    finding("info", "2.表", null, null), // a sheet-level hint is in no project
  ];
  const when = new Date(2026, 0, 5, 9, 7);

  it("counts per severity and the projects with problems out of those checked, in zh-CN", () => {
    expect(summaryText(findings, 6, when)).toBe(
      "校验时间 2026-01-05 09:07：共 5 个问题（错误 1，警告 2，提示 2），涉及 3 个项目（共 6 个）",
    );
  });

  it("and in English", () => {
    expect(summaryText(findings, 6, when, "en")).toBe(
      "Validated 2026-01-05 09:07: 5 problem(s) (Error 1, Warning 2, Info 2) in 3 of 6 project(s)",
    );
  });

  it("the ribbon writes it on top of the report, with the sample's own counts", async () => {
    const { validateAndReport } = await import("../../src/app/workflow");
    const store = await memFixture("funing-forms.xlsx");
    const r = await validateAndReport(new OfficeAdapter(memoryHost(store)));
    const n = (sev: string) => r.findings.filter((f) => f.severity === sev).length;
    expect(report(store).value(1, 1)).toBe(r.summary);
    expect(r.summary).toContain(`共 ${r.findings.length} 个问题（错误 ${n("error")}，警告 ${n("warning")}，提示 ${n("info")}）`);
    expect(r.summary).toMatch(/涉及 [1-9]\d* 个项目（共 [1-9]\d* 个）$/);
    expect(reportRows(r.findings).map((x) => x.severity)).toEqual(
      [...r.findings]
        .map((f) => f.severity)
        .sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)),
    );
  });
});

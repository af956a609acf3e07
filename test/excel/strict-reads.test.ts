/**
 * Issue 10, the reading half (items 3, 8, 10) and issue 13's far cell: the strict in-memory Excel refuses what
 * Excel refuses, and the reader still reads every cell and merged area. Each test failed before the fix.
 */
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost, MemWorkbook, PAYLOAD_LIMIT } from "../../src/excel/double";
import { KpiLintError } from "../../src/core/errors";

const adapterFor = (store: MemWorkbook) => new OfficeAdapter(memoryHost(store));
const TEXT = "法治宣传教育覆盖率达到预期目标值并持续提升群众满意度"; // 26 CJK characters, 78 bytes

describe("3. payload measured in UTF-8 bytes, requests and responses", () => {
  it("a Chinese summary sheet of ~48k cells reads in chunks under 5 MB", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("汇总表");
    for (let r = 1; r <= 3200; r++) for (let c = 1; c <= 15; c++) s.setValue(r, c, `${TEXT}${TEXT.slice(0, 12)}${r}-${c}`, "@");
    const grid = await adapterFor(store).readSheets("active");
    expect(grid.sheets[0].rows[3199][14]).toBe(`${TEXT}${TEXT.slice(0, 12)}3200-15`);
    expect(Math.max(...store.payloads)).toBeLessThan(PAYLOAD_LIMIT);
    expect(store.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT); // one request at 40 bytes per cell: refused
  });

  it("rows far longer than the first ones: the refused chunk is split and read again", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("S");
    for (let r = 1; r <= 2000; r++) for (let c = 1; c <= 10; c++) s.setValue(r, c, r <= 100 ? "1" : TEXT.repeat(12));
    const grid = await adapterFor(store).readSheets("active");
    expect(grid.sheets[0].rows[1999][9]).toBe(TEXT.repeat(12));
    expect(store.payloads.some((p) => p > PAYLOAD_LIMIT)).toBe(true); // refused once, then read in halves
  });

  it("a report of 20,000 long findings and their links is written in requests under 5 MB", async () => {
    const store = new MemWorkbook();
    store.addSheet("表");
    const rows = Array.from({ length: 20000 }, (_, i) => ({
      severity: "warning" as const,
      project: `项目${i}`,
      sheet: "表",
      cell: `E${i + 1}`,
      ruleId: "nonstandard-unit",
      rule: "单位写法不规范",
      message: TEXT.repeat(2),
      fix: TEXT,
    }));
    await adapterFor(store).writeReport(rows, "共 20000 个问题");
    const rep = store.sheet("校验报告")!;
    expect(rep.value(20002, 5)).toBe(TEXT.repeat(2));
    expect(rep.hyperlinks.size).toBe(20000);
    expect(Math.max(...store.requests)).toBeLessThan(PAYLOAD_LIMIT);
  });
});

describe("8. merged areas: top-left only, at most 512 per call (office-js#3611)", () => {
  it("a summary table with many merged columns: every merged area read once", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("汇总");
    for (let r = 1; r <= 1000; r++) s.setValue(r, 1, `行${r}`);
    for (let r = 1; r < 1000; r += 2)
      for (let c = 2; c <= 13; c++) {
        s.setValue(r, c, `合并${c}`);
        s.merges.push({ top: r, left: c, bottom: r + 1, right: c });
      }
    const grid = await adapterFor(store).readSheets("active");
    expect(grid.sheets[0].merges).toHaveLength(500 * 12);
  });

  it("a tall merged area starting above a slice is found from its top-left", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("S");
    for (let r = 1; r <= 1200; r++) s.setValue(r, 2, r);
    s.merges.push({ top: 450, left: 1, bottom: 1100, right: 1 });
    const grid = await adapterFor(store).readSheets("active");
    expect(grid.sheets[0].merges).toEqual([{ top: 450, left: 1, bottom: 1100, right: 1 }]);
  });
});

describe("issue 13: one stray far cell", () => {
  it("stops at once with a message naming the sheet and the far cell (zh-CN and English)", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("目标表");
    for (let r = 1; r <= 20; r++) for (let c = 1; c <= 6; c++) s.setValue(r, c, r * c);
    s.setValue(1048576, 16384, "x");
    const started = Date.now();
    const err = (await adapterFor(store)
      .readSheets("active")
      .catch((e: unknown) => e)) as KpiLintError;
    expect(Date.now() - started).toBeLessThan(10000);
    expect(err).toBeInstanceOf(KpiLintError);
    expect(err.message).toMatch(/工作表“目标表”.*A1:XFD1048576.*XFD1048576/);
    expect(err.messageEn).toMatch(/sheet “目标表”.*XFD1048576/);
  });

  it("formatted empty cells far away do not count: the used range is of values", async () => {
    const store = new MemWorkbook();
    const s = store.addSheet("S");
    s.setValue(1, 1, "a");
    s.ensure(1048576, 16384).fill = "#FF0000";
    const grid = await adapterFor(store).readSheets("active");
    expect([grid.sheets[0].rowCount, grid.sheets[0].columnCount]).toEqual([1, 1]);
  });
});

describe("10. a multi-area selection (Ctrl+click)", () => {
  it("gets a clear message, not a generic error", async () => {
    const store = new MemWorkbook();
    store.addSheet("S");
    store.selection = { sheet: "S", address: "A1:B2,D4" };
    await expect(adapterFor(store).getSelection()).rejects.toThrow(/多个不相连的区域/);
    store.selection = { sheet: "S", address: "C3" };
    await expect(adapterFor(store).getSelection()).resolves.toEqual({ sheet: "S", row: 3, col: 3 });
  });
});

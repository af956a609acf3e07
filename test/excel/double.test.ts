import { memoryHost } from "../../src/excel/double";
import { MemWorkbook } from "../../src/excel/double";

function sheet() {
  const store = new MemWorkbook();
  const s = store.addSheet("S");
  for (let r = 1; r <= 8; r++) s.setValue(r, 2, `B${r}`);
  s.setValue(2, 1, "产出指标");
  s.merges.push({ top: 2, left: 1, bottom: 4, right: 1 }, { top: 6, left: 1, bottom: 7, right: 1 });
  return { store, s, run: memoryHost(store).run };
}

describe("in-memory Excel object model", () => {
  it("inserting rows shifts cells and merges below, and grows a merge the rows land in", async () => {
    const { s, run } = sheet();
    await run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("S").getRange("4:5").insert("Down");
      await ctx.sync();
    });
    expect([s.value(3, 2), s.value(4, 2), s.value(6, 2), s.value(10, 2)]).toEqual(["B3", null, "B4", "B8"]);
    expect(s.value(2, 1)).toBe("产出指标"); // the merged value stays in the top-left cell
    expect(s.merges).toEqual([
      { top: 2, left: 1, bottom: 6, right: 1 },
      { top: 8, left: 1, bottom: 9, right: 1 },
    ]);
  });

  it("deleting rows moves everything back and shrinks merges", async () => {
    const { s, run } = sheet();
    await run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("S").getRange("4:5").insert("Down");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("4:5").delete("Up");
      await ctx.sync();
    });
    expect([s.value(4, 2), s.value(8, 2)]).toEqual(["B4", "B8"]);
    expect(s.merges).toEqual([
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 6, left: 1, bottom: 7, right: 1 },
    ]);
  });

  it("behaves like Office.js: nothing is readable before sync; writes to a protected sheet fail at sync", async () => {
    const { store, s, run } = sheet();
    await run(async (ctx: Excel.RequestContext) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("B1");
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([["B1"]]);
    });
    s.protected = true;
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        ctx.workbook.worksheets.getItem("S").getRange("B1").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(s.value(1, 2)).toBe("B1");
    expect(store.syncCount).toBe(2);
  });

  it("merging keeps only the top-left value, as Excel does; merged areas over 512 refuse to load", async () => {
    const { s, run } = sheet();
    await run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("S").getRange("B1:B2").merge(false);
      await ctx.sync();
    });
    expect([s.value(1, 2), s.value(2, 2)]).toEqual(["B1", null]);
    for (let r = 20; r < 20 + 1100; r += 2) s.merges.push({ top: r, left: 3, bottom: r + 1, right: 3 });
    await expect(
      run(async (ctx: Excel.RequestContext) => {
        const m = ctx.workbook.worksheets.getItem("S").getRange("A1:D2000").getMergedAreasOrNullObject();
        m.load("address");
        await ctx.sync();
      }),
    ).rejects.toThrow(/512/);
  });

  it("AutoFilter: one per sheet, criteria hide rows until it is removed, moves with inserted rows, refused on a protected sheet", async () => {
    const { s, run } = sheet();
    const onS = (fn: (ws: Excel.Worksheet) => void) =>
      run(async (ctx: Excel.RequestContext) => {
        fn(ctx.workbook.worksheets.getItem("S"));
        await ctx.sync();
      });
    await onS((ws) => ws.autoFilter.apply(ws.getRange("B1:B8"), 0, { filterOn: "Values", values: ["B3"] }));
    expect([...s.autoFilter!.hiddenRows]).toEqual([2, 4, 5, 6, 7, 8]);
    await expect(onS((ws) => ws.autoFilter.apply("B1:B4"))).rejects.toMatchObject({ code: "InvalidOperation" });
    await onS((ws) => ws.getRange("1:1").insert("Down"));
    expect(s.autoFilter!.area).toEqual({ top: 2, left: 2, bottom: 9, right: 2 });
    expect(s.autoFilter!.hiddenRows.has(3)).toBe(true);
    await onS((ws) => ws.autoFilter.remove());
    expect(s.autoFilter).toBeNull();
    s.protected = true;
    await expect(onS((ws) => ws.autoFilter.apply("B1:B4"))).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

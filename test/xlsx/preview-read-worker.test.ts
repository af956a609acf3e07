/**
 * The preview reads .xlsx files in a Web Worker: the messages the worker posts (progress, sheet heads, cells
 * in batches, done, or an error by code and data) put together on the page give the very workbook the
 * same-thread reading gives, and the page falls back to reading itself when no worker runs.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { MemWorkbook } from "../../src/excel/double";
import { KpiLintError } from "../../src/core/errors";
import { memFromXlsx } from "../../src/preview/open-xlsx";
import { type ReadMessage, type ReadProgress, type ReadRequest, WorkbookAssembly, readXlsx } from "../../src/preview/read-protocol";
import { CELLS_PER_MESSAGE, ReadServer } from "../../src/preview/read-server";

const SAMPLES_DIR = path.join(__dirname, "../../assets/samples");
const samples = fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".xlsx"));

/** Everything the preview keeps of a workbook, in its own order (Map insertion order included). */
function everything(store: MemWorkbook) {
  return {
    active: store.activeSheet,
    sheets: store.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      merges: s.merges,
      widths: [...s.columnWidths],
      cells: [...s.cells],
    })),
  };
}

/** What the worker posts (structured clones, as postMessage makes them) when the page asks for each next one. */
function messagesOf(bytes: Uint8Array, name: string): ReadMessage[] {
  const out: ReadMessage[] = [];
  const server = new ReadServer((m) => out.push(structuredClone(m)));
  server.handle({ type: "open", name, bytes });
  while (!["done", "error"].includes(out[out.length - 1].type)) server.handle({ type: "next" });
  return out;
}

function assemble(messages: ReadMessage[], onProgress: (p: ReadProgress) => void = () => undefined): MemWorkbook | null {
  const assembly = new WorkbookAssembly(onProgress);
  let store: MemWorkbook | null = null;
  for (const m of messages) store = assembly.receive(m);
  return store;
}

/** A long form: `rows` rows of four columns and a merged title. */
async function bigWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("大表");
  ws.getCell("A1").value = "项目支出绩效目标表";
  ws.mergeCells("A1:D1");
  for (let r = 2; r <= rows; r++) ws.getRow(r).values = ["产出指标", "数量指标", `指标${r}`, r];
  wb.addWorksheet("说明").getCell("A1").value = "说明";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A stand-in for the browser's Worker running the real worker code, one message per task, cloned. */
class FakeWorker {
  onmessage: ((e: MessageEvent<ReadMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly fail = false) {}
  private readonly server = new ReadServer((m) =>
    setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(m) } as MessageEvent<ReadMessage>), 0),
  );
  postMessage(request: ReadRequest): void {
    if (this.fail) setTimeout(() => this.onerror?.({ preventDefault: () => undefined } as ErrorEvent), 0);
    else setTimeout(() => this.server.handle(structuredClone(request)), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
const spawnFake = (fail = false) => (() => new FakeWorker(fail)) as unknown as () => Worker;

describe("the preview's reading worker: message protocol", () => {
  it.each(samples)("%s: the messages give the workbook the page would have read", (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES_DIR, file)));
    const messages = messagesOf(bytes, file);
    expect(messages[0]).toEqual({ type: "progress", progress: { sheet: 1, name: expect.any(String), rows: 0 } });
    expect(messages.at(-1)).toEqual({ type: "done" });
    expect(everything(assemble(messages)!)).toEqual(everything(memFromXlsx(bytes, file)));
  });

  it("the worker sends one message per request of the page, progress aside", () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES_DIR, samples[0])));
    const out: ReadMessage[] = [];
    const server = new ReadServer((m) => out.push(m));
    server.handle({ type: "open", name: samples[0], bytes });
    expect(out.filter((m) => m.type !== "progress").map((m) => m.type)).toEqual(["sheet"]);
    server.handle({ type: "next" });
    expect(out.filter((m) => m.type !== "progress").map((m) => m.type)).toEqual(["sheet", "cells"]);
  });

  it("a big sheet: progress by sheet and row as it is read, its cells in batches", async () => {
    const bytes = await bigWorkbook(12000);
    const messages = messagesOf(bytes, "big.xlsx");
    const progress: ReadProgress[] = [];
    const store = assemble(messages, (p) => progress.push(p))!;
    expect(progress.filter((p) => p.sheet === 1).map((p) => p.rows)).toEqual([0, 2000, 4000, 6000, 8000, 10000, 12000]);
    expect(progress.at(-1)).toEqual({ sheet: 2, name: "说明", rows: 0 });
    const batches = messages.filter((m) => m.type === "cells").map((m) => m.cells.length);
    expect(batches.length).toBeGreaterThan(8);
    expect(Math.max(...batches)).toBeLessThanOrEqual(CELLS_PER_MESSAGE);
    expect(store.sheet("大表")!.cell(12000, 4)).toEqual({ value: 12000 });
    // the merged title's covered cells carry its text, as the page's own reading gives them
    expect(store.sheet("大表")!.cell(1, 3)).toEqual({ value: "项目支出绩效目标表" });
    expect(everything(store)).toEqual(everything(memFromXlsx(bytes, "big.xlsx")));
  });

  it("an unreadable file: the error goes by code and data and is the same KpiLintError on the page", () => {
    const bytes = new TextEncoder().encode("hello");
    const messages = messagesOf(bytes, "notes.xlsx");
    expect(messages).toEqual([{ type: "error", code: expect.stringMatching(/^[A-Z_]+$/), data: { path: "notes.xlsx" } }]);
    let page: unknown = null;
    try {
      assemble(messages);
    } catch (e) {
      page = e;
    }
    let same: unknown = null;
    try {
      memFromXlsx(bytes, "notes.xlsx");
    } catch (e) {
      same = e;
    }
    expect(page).toBeInstanceOf(KpiLintError);
    expect({ code: (page as KpiLintError).code, message: (page as KpiLintError).message }).toEqual({
      code: (same as KpiLintError).code,
      message: (same as KpiLintError).message,
    });
    expect((page as KpiLintError).message).toMatch(/notes\.xlsx/);
  });

  it("a code the page does not know reads as not a workbook", () => {
    const bad = { type: "error", code: "NO_SUCH_CODE", data: {} } as unknown as ReadMessage;
    expect(() => assemble([bad])).toThrow(expect.objectContaining({ code: "NOT_A_WORKBOOK" }));
  });
});

describe("readXlsx: in a worker, or on the page", () => {
  const file = "funing-forms.xlsx";
  const bytes = () => new Uint8Array(fs.readFileSync(path.join(SAMPLES_DIR, file)));

  it("through a worker: progress reported, the same workbook", async () => {
    const progress: ReadProgress[] = [];
    const store = await readXlsx(spawnFake(), file, bytes(), (p) => progress.push(p));
    expect(progress.length).toBeGreaterThan(0);
    expect(everything(store)).toEqual(everything(memFromXlsx(bytes(), file)));
  });

  it("an unreadable file through a worker rejects with its KpiLintError", async () => {
    await expect(readXlsx(spawnFake(), "x.xlsx", new Uint8Array([80, 75, 3, 4, 0, 0]), () => undefined)).rejects.toBeInstanceOf(
      KpiLintError,
    );
  });

  it.each([
    ["no Worker (jsdom)", null],
    [
      "a worker that cannot start",
      () => {
        throw new Error("blocked");
      },
    ],
    ["a worker that fails to load", spawnFake(true)],
  ])("%s: read on the page", async (_what, spawn) => {
    const store = await readXlsx(spawn, file, bytes(), () => undefined);
    expect(everything(store)).toEqual(everything(memFromXlsx(bytes(), file)));
  });
});

/**
 * Opening an .xlsx off the page's thread: the worker (./read.worker.ts, ./read-server.ts) reads it and
 * reports progress, then hands over plain data — each sheet's head (visibility, protection, merges, widths)
 * and its cells in batches — one message each time the page asks for the next, so the page takes one
 * small batch per task and keeps painting and responding in between. An error travels as its code and
 * data and is rebuilt on the page. Where no worker can run (jsdom), or it fails to start, the page reads
 * the file itself.
 */
import { ADDIN_ERROR_CODES } from "../core/error-codes";
import type { ErrorCode, ErrorData } from "../core/errors";
import { KpiLintError, READ_ERROR_CODES } from "../core/read-error-codes";
import { MemWorkbook, type MemCell, type MemSheet } from "../excel/double";

/** How far the reading has got: the sheet (1-based, in workbook order), its name and the last row read. */
export interface ReadProgress {
  sheet: number;
  name: string;
  rows: number;
}

/** What a sheet is besides its cells: the worker sends it ahead of the cells. */
export type SheetHead = Pick<MemSheet, "name" | "visibility" | "protected" | "merges"> & { columnWidths: Array<[number, number]> };

/** Page → worker: the file, then `next` for each message after the first sheet's. */
export type ReadRequest = { type: "open"; name: string; bytes: Uint8Array } | { type: "next" };

/** Worker → page. `progress` comes unasked while the file is read; the others one per request. */
export type ReadMessage =
  | { type: "progress"; progress: ReadProgress }
  | { type: "sheet"; head: SheetHead }
  | { type: "cells"; cells: Array<[string, MemCell]> }
  | { type: "done" }
  | { type: "error"; code: ErrorCode; data: ErrorData };

export function headOf(sheet: MemSheet): SheetHead {
  const { name, visibility, merges } = sheet;
  return { name, visibility, protected: sheet.protected, merges, columnWidths: [...sheet.columnWidths] };
}

/** Adds a sheet read here or in the worker to the workbook; its cells follow. */
export function addSheetHead(store: MemWorkbook, head: SheetHead): MemSheet {
  const sheet = store.addSheet(head.name);
  sheet.visibility = head.visibility;
  sheet.protected = head.protected;
  sheet.merges = head.merges;
  for (const [col, width] of head.columnWidths) sheet.columnWidths.set(col, width);
  return sheet;
}

/** The worker's error on the page; a code the page does not know (never sent, but data crossed a thread) reads as not a workbook. */
function revive(code: ErrorCode, data: ErrorData): KpiLintError {
  return code in READ_ERROR_CODES || code in ADDIN_ERROR_CODES ? new KpiLintError(code, data) : new KpiLintError("NOT_A_WORKBOOK");
}

/** The page's side: the workbook, message by message. */
export class WorkbookAssembly {
  private readonly store = new MemWorkbook();
  private sheet: MemSheet | null = null;

  constructor(private readonly onProgress: (p: ReadProgress) => void) {}

  /** The workbook once all is read, null while more is to come; throws the worker's error as a KpiLintError. */
  receive(m: ReadMessage): MemWorkbook | null {
    switch (m.type) {
      case "progress":
        this.onProgress(m.progress);
        return null;
      case "sheet":
        this.sheet = addSheetHead(this.store, m.head);
        return null;
      case "cells":
        for (const [k, v] of m.cells) this.sheet?.cells.set(k, v);
        return null;
      case "done":
        return this.store;
      case "error":
        throw revive(m.code, m.data);
    }
  }
}

/** Reads the file in a worker from `spawn`, or on the page when there is none or it fails to start. */
export function readXlsx(
  spawn: (() => Worker) | null,
  name: string,
  bytes: Uint8Array,
  onProgress: (p: ReadProgress) => void,
): Promise<MemWorkbook> {
  // the reader loads only when the page has to read itself; a turn of the event loop first shows the banner
  const inPage = async () => {
    const { memFromXlsx } = await import("./open-xlsx");
    await new Promise((resolve) => setTimeout(resolve, 0));
    return memFromXlsx(bytes, name);
  };
  let worker: Worker;
  try {
    if (!spawn) return inPage();
    worker = spawn();
  } catch {
    return inPage();
  }
  const ask = (request: ReadRequest) => worker.postMessage(request);
  return new Promise<MemWorkbook>((resolve, reject) => {
    const assembly = new WorkbookAssembly(onProgress);
    worker.onmessage = (e: MessageEvent<ReadMessage>) => {
      try {
        const store = assembly.receive(e.data);
        if (store) {
          worker.terminate();
          resolve(store);
        } else if (e.data.type !== "progress") ask({ type: "next" });
      } catch (error) {
        worker.terminate();
        reject(error instanceof Error ? error : new KpiLintError("NOT_A_WORKBOOK"));
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      inPage().then(resolve, reject);
    };
    ask({ type: "open", name, bytes });
  });
}

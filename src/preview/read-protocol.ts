/**
 * Opening an .xlsx off the page's thread: the worker (./read.worker.ts) reads it sheet by sheet and posts
 * plain data — progress, each sheet's head (visibility, protection, merges, widths), its cells in batches —
 * and the page puts the MemWorkbook together one message at a time, so it keeps painting and responding.
 * An error travels as its code and data, and is rebuilt on the page. Where no worker can run (jsdom), or
 * it fails to start, the file is read on the page instead.
 */
import type { ErrorCode, ErrorData } from "../core/errors";
import { KpiLintError } from "../core/read-error-codes";
import { MemWorkbook, type MemCell, type MemSheet } from "../excel/double";
import { type ReadProgress, type SheetHead, addSheetHead, headOf, memFromXlsx, readXlsxSheets } from "./open-xlsx";

export interface ReadRequest {
  name: string;
  bytes: Uint8Array;
}

export type ReadMessage =
  | { type: "progress"; progress: ReadProgress }
  | { type: "sheet"; head: SheetHead }
  | { type: "cells"; cells: Array<[string, MemCell]> }
  | { type: "done" }
  | { type: "error"; code: ErrorCode; data: ErrorData };

/** Cells per message: small enough that the page takes each in a few milliseconds. */
export const CELLS_PER_MESSAGE = 5000;

/** The worker's side: reads the file and posts what it read; never throws. */
export function serveRead(request: ReadRequest, post: (m: ReadMessage) => void): void {
  try {
    const onSheet = (sheet: MemSheet) => {
      post({ type: "sheet", head: headOf(sheet) });
      const cells = [...sheet.cells];
      for (let i = 0; i < cells.length; i += CELLS_PER_MESSAGE) post({ type: "cells", cells: cells.slice(i, i + CELLS_PER_MESSAGE) });
    };
    readXlsxSheets(request.bytes, request.name, onSheet, (progress) => post({ type: "progress", progress }));
    post({ type: "done" });
  } catch (e) {
    const error = e instanceof KpiLintError ? e : new KpiLintError("NOT_A_WORKBOOK");
    post({ type: "error", code: error.code, data: error.data });
  }
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
        throw new KpiLintError(m.code, m.data);
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
  // a turn of the event loop first, so the page shows that it is opening the file
  const inPage = () => new Promise<MemWorkbook>((resolve) => setTimeout(() => resolve(memFromXlsx(bytes, name)), 0));
  let worker: Worker;
  try {
    if (!spawn) return inPage();
    worker = spawn();
  } catch {
    return inPage();
  }
  return new Promise<MemWorkbook>((resolve, reject) => {
    const assembly = new WorkbookAssembly(onProgress);
    worker.onmessage = (e: MessageEvent<ReadMessage>) => {
      try {
        const store = assembly.receive(e.data);
        if (!store) return;
        worker.terminate();
        resolve(store);
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
    const request: ReadRequest = { name, bytes };
    worker.postMessage(request);
  });
}

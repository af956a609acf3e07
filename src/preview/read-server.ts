/** The reading worker's side of ./read-protocol: reads the file, then hands it over a message at a time. */
import { KpiLintError } from "../core/read-error-codes";
import type { MemSheet } from "../excel/double";
import { readXlsxSheets } from "./open-xlsx";
import { type ReadMessage, type ReadRequest, headOf } from "./read-protocol";

/** Cells per message: few enough that the page takes each in a few milliseconds. */
export const CELLS_PER_MESSAGE = 2000;

export class ReadServer {
  private queue: ReadMessage[] = [];

  constructor(private readonly post: (m: ReadMessage) => void) {}

  /** Answers a request from the page; never throws. */
  handle(request: ReadRequest): void {
    if (request.type === "open") this.open(request.name, request.bytes);
    else this.sendNext();
  }

  private open(name: string, bytes: Uint8Array): void {
    const queue: ReadMessage[] = [];
    const onSheet = (sheet: MemSheet) => {
      queue.push({ type: "sheet", head: headOf(sheet) });
      const cells = [...sheet.cells];
      for (let i = 0; i < cells.length; i += CELLS_PER_MESSAGE) queue.push({ type: "cells", cells: cells.slice(i, i + CELLS_PER_MESSAGE) });
    };
    try {
      readXlsxSheets(bytes, name, onSheet, (progress) => this.post({ type: "progress", progress }));
      this.queue = [...queue, { type: "done" }];
    } catch (e) {
      const error = e instanceof KpiLintError ? e : new KpiLintError("NOT_A_WORKBOOK");
      this.queue = [{ type: "error", code: error.code, data: error.data }];
    }
    this.sendNext();
  }

  private sendNext(): void {
    const next = this.queue.shift();
    if (next) this.post(next);
  }
}

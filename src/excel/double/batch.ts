/**
 * The batching core of the in-memory Excel: calls only queue work, `context.sync()` runs the queue, and a
 * loaded property can be read only after it. Each sync is counted and its request and response measured in
 * UTF-8 bytes, as Excel on the web counts them.
 */
import { utf8Length } from "../read-plan";
import type { MemWorkbook } from "./mem-workbook";

/** Excel on the web: 5 MB per request and per response (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one queued call costs in the request besides its data (method name, object path, ids). */
export const OP_OVERHEAD = 120;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** UTF-8 length of a string (a CJK character is 3 bytes, as on the wire): the same measure the reader plans with. */
export const utf8Bytes = utf8Length;

export const jsonBytes = (v: unknown): number => utf8Bytes(JSON.stringify(v ?? null));

interface Op {
  request: number;
  run: () => number | void;
}

/** What the object classes need of the request context (the workbook API object is attached by the host). */
export class Ctx {
  private queue: Op[] = [];
  workbook!: unknown;
  constructor(readonly store: MemWorkbook) {}

  /** Queues `run` (which returns its response bytes); `data` is what the call sends (values, XML, …). */
  enqueue(run: () => number | void, data?: unknown): void {
    this.queue.push({ run, request: OP_OVERHEAD + (data === undefined ? 0 : jsonBytes(data)) });
  }

  async sync(): Promise<void> {
    this.store.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.store.cellEditMode)
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "The operation is not allowed in cell edit mode.");
    const request = ops.reduce((s, op) => s + op.request, 0);
    this.store.requests.push(request);
    // a request over the limit is refused whole, before anything runs
    if (request > PAYLOAD_LIMIT)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    let payload = 0;
    try {
      // a batch is not a transaction: the calls before a failing one stay applied (learn.microsoft.com … "Excel JavaScript object model": error handling)
      for (const op of ops) payload += op.run() ?? 0;
    } finally {
      this.store.emit();
    }
    this.store.payloads.push(payload);
    if (payload > PAYLOAD_LIMIT)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    await Promise.resolve();
  }
}

/** Loaded properties live in `data`; reading one that was not loaded and synced throws, as Office.js does. */
export class Loadable {
  protected data: Record<string, unknown> = {};
  constructor(protected readonly ctx: Ctx) {}
  protected need<T>(key: string): T {
    if (!(key in this.data))
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${key}' is not available. Load it and call context.sync().`);
    return this.data[key] as T;
  }
  protected loadWith(spec: string | string[] | undefined, read: (prop: string) => unknown): this {
    const props = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => {
      let size = 0;
      for (const p of props) {
        const v = read(p);
        this.data[p] = v;
        size += jsonBytes(v);
      }
      return size;
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.need("isNullObject");
  }
}

/** A value a method returns (getXml()): readable after the sync that carries it. */
export class ClientResult<T> {
  private set = false;
  private v: T | undefined;
  resolve(v: T): void {
    this.v = v;
    this.set = true;
  }
  get value(): T {
    if (!this.set) throw new FakeOfficeError("PropertyNotLoaded", "The value is not available until context.sync().");
    return this.v as T;
  }
}

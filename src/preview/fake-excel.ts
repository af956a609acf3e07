/**
 * An in-memory Excel object model: the part of Office.js the add-in uses, with Office.js's batching.
 * Calls only queue work; `context.sync()` runs the queue, and a loaded property can be read only after
 * it. Each sync is counted and its response payload measured (Excel on the web refuses > 5 MB).
 * Protected sheets, cell-edit mode, merged-area limits and row insertion behave as in Excel.
 * The browser preview and the adapter tests run the real OfficeAdapter on it.
 *
 * One file on purpose: its classes are one object model (Workbook → Worksheet → Range → formats and
 * conditional formats) that refer to each other both ways and share one private batching core (Ctx's
 * queue, Loadable's load/need). Split, that core would have to be exported and the files would import
 * each other in a circle; each class on its own is short, and the file reads top-down like Office.js's docs.
 */
import type { CellValue, MergedArea } from "../core/grid";
import { areaAddress, parseRangeAddress } from "../excel/addresses";
import type { ExcelHost } from "../excel/host";
import { MAX_COLS, MAX_ROWS, MemSheet, type MemWorkbook } from "./mem-workbook";

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Op = () => number | void;

class Ctx {
  queue: Op[] = [];
  readonly workbook: WorkbookApi;
  constructor(readonly store: MemWorkbook) {
    this.workbook = new WorkbookApi(this);
  }
  enqueue(op: Op): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.store.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.store.cellEditMode)
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "The operation is not allowed in cell edit mode.");
    let payload = 0;
    try {
      for (const op of ops) payload += op() ?? 0;
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
class Loadable {
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
        size += JSON.stringify(v ?? null).length;
      }
      return size;
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.need("isNullObject");
  }
}

function sheetOf(store: MemWorkbook, name: string): MemSheet {
  const s = store.sheet(name);
  if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource (${name}) doesn't exist.`);
  return s;
}

function writable(s: MemSheet): MemSheet {
  if (s.protected) throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  return s;
}

class WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly settings: SettingCollectionApi;
  constructor(private readonly ctx: Ctx) {
    this.worksheets = new WorksheetCollectionApi(ctx);
    this.settings = new SettingCollectionApi(ctx);
  }
  getSelectedRange(): RangeApi {
    const store = this.ctx.store;
    const sheetName = () => store.selection?.sheet ?? store.activeSheet;
    const range = new RangeApi(this.ctx, () => {
      const s = sheetOf(store, sheetName());
      const r = store.selection ? parseRangeAddress(store.selection.address) : null;
      return { sheet: s, area: r?.area ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
    range.worksheet = new WorksheetApi(this.ctx, sheetName);
    return range;
  }
}

class SettingApi extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly key: string,
  ) {
    super(ctx);
  }
  load(spec?: string): this {
    return this.loadWith(`${spec ?? "value"},isNullObject`, (p) =>
      p === "isNullObject" ? !this.ctx.store.settings.has(this.key) : (this.ctx.store.settings.get(this.key) ?? null),
    );
  }
  get value(): unknown {
    return this.need("value");
  }
}

class SettingCollectionApi {
  constructor(private readonly ctx: Ctx) {}
  getItemOrNullObject(key: string): SettingApi {
    return new SettingApi(this.ctx, key);
  }
  add(key: string, value: unknown): SettingApi {
    this.ctx.enqueue(() => {
      this.ctx.store.settings.set(key, value);
      return 0;
    });
    return new SettingApi(this.ctx, key);
  }
}

class WorksheetCollectionApi extends Loadable {
  private list: WorksheetApi[] = [];
  load(spec?: string): this {
    const props = (spec ?? "items/name").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      this.list = this.ctx.store.sheets.map((s) => {
        const ws = new WorksheetApi(this.ctx, () => s.name);
        ws.preload(props, s);
        return ws;
      });
      return this.list.length * 40;
    });
    return this;
  }
  get items(): WorksheetApi[] {
    return this.list;
  }
  getActiveWorksheet(): WorksheetApi {
    return new WorksheetApi(this.ctx, () => this.ctx.store.activeSheet);
  }
  getItem(name: string): WorksheetApi {
    return new WorksheetApi(this.ctx, () => name);
  }
  getItemOrNullObject(name: string): WorksheetApi {
    return new WorksheetApi(this.ctx, () => name, true);
  }
  add(name: string): WorksheetApi {
    this.ctx.enqueue(() => {
      if (this.ctx.store.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      this.ctx.store.addSheet(name);
    });
    return new WorksheetApi(this.ctx, () => name);
  }
}

class WorksheetApi extends Loadable {
  readonly protection: { readonly protected: boolean };
  readonly freezePanes: { freezeRows(n: number): void };
  constructor(
    ctx: Ctx,
    private readonly nameOf: () => string,
    private readonly orNull = false,
  ) {
    super(ctx);
    const isProtected = () => this.need<boolean>("protection/protected");
    this.protection = {
      get protected() {
        return isProtected();
      },
    };
    this.freezePanes = {
      freezeRows: (n: number) => ctx.enqueue(() => void (this.sheet().frozenRows = n)),
    };
  }
  sheet(): MemSheet {
    return sheetOf(this.ctx.store, this.nameOf());
  }
  preload(props: string[], s: MemSheet): void {
    for (const p of props) this.data[p] = this.read(p, s);
  }
  private read(p: string, s: MemSheet | undefined): unknown {
    if (p === "isNullObject") return !s;
    if (!s) return null;
    if (p === "name") return s.name;
    if (p === "visibility") return s.visibility;
    if (p === "protection/protected") return s.protected;
    if (p === "position") return this.ctx.store.sheets.indexOf(s);
    throw new FakeOfficeError("InvalidArgument", `Unknown worksheet property ${p}`);
  }
  load(spec?: string): this {
    const props = [...(spec ?? "name").split(",").map((p) => p.trim()), "isNullObject"];
    return this.loadWith(props, (p) => {
      const s = this.ctx.store.sheet(this.nameOf());
      if (!s && !this.orNull) throw new FakeOfficeError("ItemNotFound", `The requested resource (${this.nameOf()}) doesn't exist.`);
      return this.read(p, s);
    });
  }
  get name(): string {
    return this.need("name");
  }
  get visibility(): string {
    return this.need("visibility");
  }
  activate(): void {
    this.ctx.enqueue(() => void (this.ctx.store.activeSheet = this.sheet().name));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      this.ctx.store.sheets = this.ctx.store.sheets.filter((x) => x !== s);
    });
  }
  getRange(address?: string): RangeApi {
    return new RangeApi(this.ctx, () => {
      const s = this.sheet();
      if (!address) return { sheet: s, area: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
      const whole = /^(\d+):(\d+)$/.exec(address);
      if (whole) return { sheet: s, area: { top: Number(whole[1]), left: 1, bottom: Number(whole[2]), right: MAX_COLS } };
      const r = parseRangeAddress(address);
      if (!r) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
      return { sheet: s, area: r.area };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeApi {
    return new RangeApi(this.ctx, () => ({
      sheet: this.sheet(),
      area: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols },
    }));
  }
  getRanges(addresses: string): RangeAreasApi {
    return new RangeAreasApi(this.ctx, () => ({
      sheet: this.sheet(),
      areas: addresses.split(",").map((a) => {
        const r = parseRangeAddress(a);
        if (!r) throw new FakeOfficeError("InvalidArgument", `Bad address ${a}`);
        return r.area;
      }),
    }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return new RangeApi(this.ctx, () => {
      const s = this.sheet();
      const area = s.usedArea(valuesOnly);
      return area ? { sheet: s, area } : null;
    });
  }
}

type Target = { sheet: MemSheet; area: MergedArea } | null;

function intersects(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** What Excel does with a typed string: `'` keeps text, numbers and percents become numbers. */
function parseInput(v: unknown): { value: CellValue; numberFormat?: string; formula?: string } {
  if (typeof v !== "string") return { value: (v as CellValue) ?? null };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=")) return { value: null, formula: v };
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(v.trim());
  if (pct) return { value: Number(pct[1]) / 100, numberFormat: Number.isInteger(Number(pct[1])) ? "0%" : "0.00%" };
  if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) return { value: Number(v) };
  return { value: v === "" ? null : v };
}

class RangeFormatApi {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; color: string };
  constructor(
    private readonly ctx: Ctx,
    private readonly resolve: () => Target,
  ) {
    const each = (fn: (s: MemSheet, r: number, c: number) => void) =>
      ctx.enqueue(() => {
        const t = this.resolve();
        if (!t) return;
        writable(t.sheet);
        const bottom = Math.min(t.area.bottom, t.area.top + 5000);
        const right = Math.min(t.area.right, t.area.left + 200);
        for (let r = t.area.top; r <= bottom; r++) for (let c = t.area.left; c <= right; c++) fn(t.sheet, r, c);
      });
    this.fill = {
      set color(v: string) {
        each((s, r, c) => (s.ensure(r, c).fill = v));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded");
      },
      clear: () => each((s, r, c) => (s.ensure(r, c).fill = null)),
    };
    this.font = {
      set bold(v: boolean) {
        each((s, r, c) => (s.ensure(r, c).bold = v));
      },
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded");
      },
      set color(v: string) {
        each((s, r, c) => (s.ensure(r, c).fontColor = v));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded");
      },
    };
  }
  set columnWidth(w: number) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (t) for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) return;
      for (let r = t.area.top; r <= t.area.bottom; r++) for (let c = t.area.left; c <= t.area.right; c++) t.sheet.ensure(r, c).wrap = v;
    });
  }
}

class ConditionalFormatApi extends Loadable {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  constructor(
    ctx: Ctx,
    private readonly get: () => { sheet: MemSheet; id: number },
  ) {
    super(ctx);
    const formula = () => this.need<string>("custom/rule/formula");
    const cf = () => {
      const { sheet, id } = this.get();
      const found = sheet.conditionalFormats.find((x) => x.id === id);
      if (!found) throw new FakeOfficeError("ItemNotFound");
      return found;
    };
    this.custom = {
      rule: {
        get formula() {
          return formula();
        },
        set formula(f: string) {
          ctx.enqueue(() => void (cf().formula = f));
        },
      },
      format: {
        fill: {
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded");
          },
          set color(c: string) {
            ctx.enqueue(() => void (cf().fill = c));
          },
        },
      },
    };
  }
  preload(type: string, formula: string): void {
    this.data.type = type;
    this.data["custom/rule/formula"] = formula;
  }
  get type(): string {
    return this.need("type");
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, id } = this.get();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x.id !== id);
    });
  }
}

let nextCfId = 1;

class ConditionalFormatCollectionApi {
  private list: ConditionalFormatApi[] = [];
  constructor(
    private readonly ctx: Ctx,
    private readonly resolve: () => { sheet: MemSheet; areas: MergedArea[] } | null,
  ) {}
  add(type: string): ConditionalFormatApi {
    if (type !== "Custom") throw new FakeOfficeError("NotImplemented", `The in-memory model only has custom conditional formats (${type})`);
    let made: { sheet: MemSheet; id: number } | null = null;
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) throw new FakeOfficeError("InvalidReference");
      writable(t.sheet);
      const id = nextCfId++;
      t.sheet.conditionalFormats.push({ id, areas: t.areas, formula: "", fill: null });
      made = { sheet: t.sheet, id };
    });
    return new ConditionalFormatApi(this.ctx, () => {
      if (!made) throw new FakeOfficeError("GeneralException", "The conditional format was not created");
      return made;
    });
  }
  load(_spec?: string): this {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) return 0;
      const hits = t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => t.areas.some((b) => intersects(a, b))));
      this.list = hits.map((cf) => {
        const api = new ConditionalFormatApi(this.ctx, () => ({ sheet: t.sheet, id: cf.id }));
        api.preload("Custom", cf.formula);
        return api;
      });
      return hits.length * 60;
    });
    return this;
  }
  get items(): ConditionalFormatApi[] {
    return this.list;
  }
}

class RangeAreasApi extends Loadable {
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  constructor(
    ctx: Ctx,
    resolve: () => { sheet: MemSheet; areas: MergedArea[] } | null,
    private readonly addressOf?: () => string | null,
  ) {
    super(ctx);
    this.conditionalFormats = new ConditionalFormatCollectionApi(ctx, resolve);
  }
  load(spec?: string): this {
    return this.loadWith(`${spec ?? "address"},isNullObject`, (p) => {
      const a = this.addressOf ? this.addressOf() : null;
      return p === "isNullObject" ? a === null : a;
    });
  }
  get address(): string {
    return this.need("address");
  }
}

class RangeApi extends Loadable {
  worksheet!: WorksheetApi;
  readonly format: RangeFormatApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  constructor(
    ctx: Ctx,
    private readonly resolve: () => Target,
  ) {
    super(ctx);
    this.format = new RangeFormatApi(ctx, resolve);
    this.conditionalFormats = new ConditionalFormatCollectionApi(ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, areas: [t.area] } : null;
    });
  }

  private target(): { sheet: MemSheet; area: MergedArea } {
    const t = this.resolve();
    if (!t) throw new FakeOfficeError("InvalidReference", "The range is a null object.");
    return t;
  }

  private grid<T>(read: (s: MemSheet, r: number, c: number) => T): T[][] {
    const { sheet, area } = this.target();
    const out: T[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: T[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(read(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  load(spec?: string): this {
    const props = [...(spec ?? "address").split(",").map((p) => p.trim()), "isNullObject"];
    return this.loadWith(props, (p) => {
      const t = this.resolve();
      if (p === "isNullObject") return t === null;
      if (!t) return null;
      const { sheet, area } = t;
      switch (p) {
        case "values":
          return this.grid((s, r, c) => s.value(r, c) ?? "");
        case "numberFormat":
          return this.grid((s, r, c) => s.cell(r, c)?.numberFormat ?? "General");
        case "formulas":
          return this.grid((s, r, c) => s.cell(r, c)?.formula ?? s.value(r, c) ?? "");
        case "address":
          return `${sheet.name}!${areaAddress(area)}`;
        case "rowIndex":
          return area.top - 1;
        case "columnIndex":
          return area.left - 1;
        case "rowCount":
          return area.bottom - area.top + 1;
        case "columnCount":
          return area.right - area.left + 1;
        default:
          throw new FakeOfficeError("InvalidArgument", `Unknown range property ${p}`);
      }
    });
  }

  get values(): unknown[][] {
    return this.need("values");
  }
  set values(v: unknown[][]) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (v.length !== rows || v.some((row) => row.length !== cols))
        throw new FakeOfficeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      v.forEach((row, i) =>
        row.forEach((x, j) => {
          const cell = sheet.ensure(area.top + i, area.left + j);
          const parsed = parseInput(x);
          if (cell.formula && !parsed.formula) formulaCache.set(`${sheet.name}!${cell.formula}`, cell.value);
          cell.formula = parsed.formula;
          cell.value = parsed.formula ? (formulaCache.get(`${sheet.name}!${parsed.formula}`) ?? null) : parsed.value;
          if (parsed.numberFormat && (!cell.numberFormat || cell.numberFormat === "General")) cell.numberFormat = parsed.numberFormat;
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.need("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      // "General" is Excel's name for no number format
      v.forEach((row, i) =>
        row.forEach((f, j) => (sheet.ensure(area.top + i, area.left + j).numberFormat = f === "General" ? undefined : f)),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.need("formulas");
  }
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  get address(): string {
    return this.need("address");
  }
  get rowIndex(): number {
    return this.need("rowIndex");
  }
  get columnIndex(): number {
    return this.need("columnIndex");
  }
  get rowCount(): number {
    return this.need("rowCount");
  }
  get columnCount(): number {
    return this.need("columnCount");
  }
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      sheet.hyperlinks.set(MemSheet.key(area.top, area.left), h);
      if (h.textToDisplay !== undefined) sheet.setValue(area.top, area.left, h.textToDisplay);
    });
  }

  getMergedAreasOrNullObject(): RangeAreasApi {
    const found = () => {
      const t = this.resolve();
      if (!t) return null;
      const hits = t.sheet.merges.filter((m) => intersects(m, t.area));
      if (hits.length > 512) throw new FakeOfficeError("GeneralException", "More than 512 merged areas in the range.");
      return hits.length ? hits.map((m) => `${t.sheet.name}!${areaAddress(m)}`).join(", ") : null;
    };
    return new RangeAreasApi(this.ctx, () => null, found);
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      this.ctx.store.selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }

  /** Whole-row ranges only (what the add-in inserts). */
  insert(shift: string): RangeApi {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      if (shift !== "Down" || area.left !== 1 || area.right !== MAX_COLS)
        throw new FakeOfficeError("NotImplemented", "The in-memory model inserts whole rows only.");
      sheet.insertRows(area.top, area.bottom - area.top + 1);
    });
    return this;
  }

  delete(shift: string): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      if (shift !== "Up" || area.left !== 1 || area.right !== MAX_COLS)
        throw new FakeOfficeError("NotImplemented", "The in-memory model deletes whole rows only.");
      sheet.deleteRows(area.top, area.bottom - area.top + 1);
    });
  }

  merge(_across = false): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      if (sheet.merges.some((m) => intersects(m, area)))
        throw new FakeOfficeError("MergedRangeConflict", "Cannot merge over an existing merged area.");
      // Excel keeps the top-left value only
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if ((r !== area.top || c !== area.left) && sheet.cell(r, c)) sheet.ensure(r, c).value = null;
      sheet.merges.push({ ...area });
    });
  }

  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    });
  }

  clear(_what?: string): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      writable(sheet);
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) sheet.cells.delete(k);
      }
      for (const k of [...sheet.hyperlinks.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) sheet.hyperlinks.delete(k);
      }
      sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    });
  }

  /** Formats only (what template insertion copies from a neighbouring row). */
  copyFrom(source: RangeApi, _type?: string): void {
    this.ctx.enqueue(() => {
      const to = this.target();
      const from = source.target();
      writable(to.sheet);
      const h = from.area.bottom - from.area.top + 1;
      for (let r = to.area.top; r <= to.area.bottom; r++) {
        for (let c = to.area.left; c <= Math.min(to.area.right, to.area.left + 200); c++) {
          const src = from.sheet.cell(from.area.top + ((r - to.area.top) % h), from.area.left + (c - to.area.left));
          if (!src) continue;
          const dst = to.sheet.ensure(r, c);
          Object.assign(dst, {
            fill: src.fill,
            bold: src.bold,
            fontColor: src.fontColor,
            wrap: src.wrap,
            border: src.border,
            numberFormat: src.numberFormat,
          });
        }
      }
    });
  }
}

/** Cached results of formulas overwritten by the add-in, so a restored formula shows its value again. */
const formulaCache = new Map<string, CellValue>();

/** An ExcelHost over an in-memory workbook: `run` gives the batch a fresh request context, as Excel.run does. */
export function memoryHost(store: MemWorkbook, apiVersion = "1.20"): ExcelHost {
  const run = async (...args: unknown[]) => {
    const batch = (typeof args[0] === "function" ? args[0] : args[1]) as (ctx: unknown) => Promise<unknown>;
    const ctx = new Ctx(store);
    return batch(ctx);
  };
  const [major, minor] = apiVersion.split(".").map(Number);
  return {
    run: run,
    isSetSupported: (name: string, version: string) => {
      const [m, n] = version.split(".").map(Number);
      return name === "ExcelApi" && (m < major || (m === major && n <= minor));
    },
    onSelectionChanged: (fn: () => void) => {
      let last = JSON.stringify(store.selection);
      return store.onChange(() => {
        const now = JSON.stringify(store.selection);
        if (now === last) return;
        last = now;
        fn();
      });
    },
  };
}

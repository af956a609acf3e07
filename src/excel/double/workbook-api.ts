/** Workbook-level objects of the in-memory Excel: the workbook, its sheets collection, settings, custom XML parts. */
import { parseAreasAddress, parseRangeAddress } from "../addresses";
import { ClientResult, type Ctx, FakeOfficeError, jsonBytes, Loadable, utf8Bytes } from "./batch";
import { RangeApi } from "./range-api";
import { RangeAreasApi } from "./range-areas-api";
import { sheetOf } from "./targets";
import { WorksheetApi } from "./worksheet-api";

/** Document settings: about 2 MB per add-in in all, failures seen from 1 MB (office-js#621, #3957; learn.microsoft.com "Persist add-in state and settings"). */
export const SETTINGS_LIMIT = 2 * 1024 * 1024;

export class WorkbookApi extends Loadable {
  readonly worksheets: WorksheetCollectionApi;
  readonly settings: SettingCollectionApi;
  readonly customXmlParts: CustomXmlPartCollectionApi;
  readonly protection: { readonly protected: boolean; load(spec?: string): void };
  constructor(ctx: Ctx) {
    super(ctx);
    this.worksheets = new WorksheetCollectionApi(ctx);
    this.settings = new SettingCollectionApi(ctx);
    this.customXmlParts = new CustomXmlPartCollectionApi(ctx);
    const need = () => this.need<boolean>("protection/protected");
    const load = () => this.load("protection/protected");
    this.protection = {
      get protected() {
        return need();
      },
      load,
    };
  }
  load(spec?: string): this {
    return this.loadWith(spec ?? "protection/protected", (p) => {
      if (p === "protection/protected") return this.ctx.store.structureProtected;
      throw new FakeOfficeError("InvalidArgument", `Unknown workbook property ${p}`);
    });
  }
  private selectionOf(): { sheet: string; address: string } {
    const store = this.ctx.store;
    return store.selection ?? { sheet: store.activeSheet, address: "A1" };
  }
  /** One area only: Excel throws for a multi-area selection (learn.microsoft.com Excel.Workbook.getSelectedRange). */
  getSelectedRange(): RangeApi {
    const range = new RangeApi(this.ctx, () => {
      const sel = this.selectionOf();
      if (sel.address.includes(","))
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation (several areas).");
      const r = parseRangeAddress(sel.address);
      return { sheet: sheetOf(this.ctx.store, sel.sheet), area: r?.area ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
    range.worksheet = new WorksheetApi(this.ctx, () => this.selectionOf().sheet);
    return range;
  }
  /** Every area of the selection (ExcelApi 1.9). */
  getSelectedRanges(): RangeAreasApi {
    const resolve = () => {
      const sel = this.selectionOf();
      return { sheet: sheetOf(this.ctx.store, sel.sheet), areas: parseAreasAddress(sel.address) };
    };
    const areas = new RangeAreasApi(this.ctx, resolve);
    areas.worksheet = new WorksheetApi(this.ctx, () => this.selectionOf().sheet);
    return areas;
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
  delete(): void {
    this.ctx.enqueue(() => void this.ctx.store.settings.delete(this.key));
  }
}

class SettingCollectionApi {
  constructor(private readonly ctx: Ctx) {}
  getItemOrNullObject(key: string): SettingApi {
    return new SettingApi(this.ctx, key);
  }
  add(key: string, value: unknown): SettingApi {
    this.ctx.enqueue(() => {
      const settings = this.ctx.store.settings;
      const old = settings.get(key);
      settings.set(key, value);
      const total = [...settings].reduce((s, [k, v]) => s + utf8Bytes(k) + jsonBytes(v), 0);
      if (total > SETTINGS_LIMIT) {
        if (old === undefined) settings.delete(key);
        else settings.set(key, old);
        throw new FakeOfficeError("GeneralException", "The settings are larger than the add-in may store in the document.");
      }
      return 0;
    }, [key, value]);
    return new SettingApi(this.ctx, key);
  }
}

/** The root element's namespace of a custom XML part; null when the text is not a well-formed root (Excel refuses it). */
function namespaceOf(xml: string): string | null {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*)\b[^>]*?\bxmlns="([^"]*)"[^>]*>[\s\S]*<\/\1>\s*$/.exec(xml);
  return m ? m[2] : null;
}

class CustomXmlPartApi extends Loadable {
  constructor(
    ctx: Ctx,
    readonly idOf: () => string | null,
  ) {
    super(ctx);
  }
  private existing(): string {
    const id = this.idOf();
    if (id === null || !this.ctx.store.customXmlParts.has(id))
      throw new FakeOfficeError("ItemNotFound", "The custom XML part does not exist.");
    return id;
  }
  load(spec?: string): this {
    return this.loadWith(`${spec ?? "id"},isNullObject`, (p) => {
      const id = this.idOf();
      const xml = id === null ? undefined : this.ctx.store.customXmlParts.get(id);
      if (p === "isNullObject") return xml === undefined;
      if (p === "id") return id;
      if (p === "namespaceUri") return xml === undefined ? null : namespaceOf(xml);
      throw new FakeOfficeError("InvalidArgument", `Unknown custom XML part property ${p}`);
    });
  }
  get id(): string {
    return this.need("id");
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.ctx.enqueue(() => {
      const xml = this.ctx.store.customXmlParts.get(this.existing()) as string;
      result.resolve(xml);
      return utf8Bytes(xml);
    });
    return result;
  }
  delete(): void {
    this.ctx.enqueue(() => void this.ctx.store.customXmlParts.delete(this.existing()));
  }
}

let nextPartId = 1;

class CustomXmlPartCollectionApi {
  constructor(private readonly ctx: Ctx) {}
  add(xml: string): CustomXmlPartApi {
    let id: string | null = null;
    this.ctx.enqueue(() => {
      if (namespaceOf(xml) === null) throw new FakeOfficeError("InvalidArgument", "The XML is not well-formed.");
      id = `{part-${nextPartId++}}`;
      this.ctx.store.customXmlParts.set(id, xml);
    }, xml);
    return new CustomXmlPartApi(this.ctx, () => id);
  }
  getByNamespace(ns: string): CustomXmlPartScopedApi {
    return new CustomXmlPartScopedApi(this.ctx, ns);
  }
}

class CustomXmlPartScopedApi extends Loadable {
  private list: CustomXmlPartApi[] = [];
  constructor(
    ctx: Ctx,
    private readonly ns: string,
  ) {
    super(ctx);
  }
  private ids(): string[] {
    return [...this.ctx.store.customXmlParts].filter(([, xml]) => namespaceOf(xml) === this.ns).map(([id]) => id);
  }
  load(_spec?: string): this {
    this.ctx.enqueue(() => {
      this.list = this.ids().map((id) => new CustomXmlPartApi(this.ctx, () => id));
      return this.list.length * 60;
    });
    return this;
  }
  get items(): CustomXmlPartApi[] {
    return this.list;
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
  /** Refused while the workbook's structure is protected (support.microsoft.com "Protect a workbook"). */
  add(name: string): WorksheetApi {
    this.ctx.enqueue(() => {
      if (this.ctx.store.structureProtected)
        throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected: sheets cannot be added.");
      if (this.ctx.store.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      this.ctx.store.addSheet(name);
    });
    return new WorksheetApi(this.ctx, () => name);
  }
}

/** Excel.Worksheet of the in-memory Excel. */
import { parseRangeAddress } from "../addresses";
import { AutoFilterApi } from "./auto-filter";
import { type Ctx, FakeOfficeError, Loadable } from "./batch";
import { MAX_COLS, MAX_ROWS, type MemSheet } from "./mem-sheet";
import { RangeApi } from "./range-api";
import { RangeAreasApi } from "./range-areas-api";
import { sheetOf } from "./targets";

export class WorksheetApi extends Loadable {
  readonly protection: { readonly protected: boolean };
  readonly freezePanes: { freezeRows(n: number): void };
  readonly autoFilter: AutoFilterApi;
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
    this.autoFilter = new AutoFilterApi(ctx, () => this.sheet());
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
      if (this.ctx.store.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
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
    return new RangeApi(this.ctx, () => {
      if (rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS)
        throw new FakeOfficeError("InvalidArgument", "Bad range indexes");
      return { sheet: this.sheet(), area: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols } };
    });
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
  /** `valuesOnly`: the extent of cells holding values, ignoring formatted empty cells (learn.microsoft.com Excel.Worksheet.getUsedRange). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return new RangeApi(this.ctx, () => {
      const s = this.sheet();
      const area = s.usedArea(valuesOnly);
      return area ? { sheet: s, area } : null;
    });
  }
}

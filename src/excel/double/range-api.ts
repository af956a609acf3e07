/** Excel.Range and Excel.RangeAreas of the in-memory Excel. */
import type { CellValue, MergedArea } from "../../core/grid";
import { areaAddress } from "../addresses";
import { type Ctx, FakeOfficeError, Loadable, PAYLOAD_LIMIT } from "./batch";
import { ConditionalFormatCollectionApi } from "./conditional-formats";
import { intersects, MAX_COLS, MemSheet } from "./mem-sheet";
import { RangeFormatApi } from "./range-format";
import { clearArea, copyFormats, mergeArea } from "./range-ops";
import { RangeAreasApi } from "./range-areas-api";
import { formatsWritable, type Target, valuesWritable } from "./targets";
import type { WorksheetApi } from "./worksheet-api";

/** getMergedAreasOrNullObject fails beyond this many areas (learn.microsoft.com Excel.Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_LIMIT = 512;

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

/** Cached results of formulas overwritten by the add-in, so a restored formula shows its value again. */
const formulaCache = new Map<string, CellValue>();

function usedWithin(sheet: MemSheet, area: MergedArea): MergedArea | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [k, c] of sheet.cells) {
    if (c.value === null || c.value === "") continue;
    const [r, col] = k.split(",").map(Number);
    if (r < area.top || r > area.bottom || col < area.left || col > area.right) continue;
    top = Math.min(top, r);
    left = Math.min(left, col);
    bottom = Math.max(bottom, r);
    right = Math.max(right, col);
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

export class RangeApi extends Loadable {
  worksheet!: WorksheetApi;
  readonly format: RangeFormatApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  constructor(
    ctx: Ctx,
    private readonly resolve: () => Target,
  ) {
    super(ctx);
    this.format = new RangeFormatApi(ctx, resolve, () => this.need("format/protection/locked"));
    this.conditionalFormats = new ConditionalFormatCollectionApi(ctx, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, areas: [t.area] } : null;
    });
  }

  target(): { sheet: MemSheet; area: MergedArea } {
    const t = this.resolve();
    if (!t) throw new FakeOfficeError("InvalidReference", "The range is a null object.");
    return t;
  }

  private grid<T>(read: (s: MemSheet, r: number, c: number) => T): T[][] {
    const { sheet, area } = this.target();
    // every cell costs at least `"",` in the response: refuse before building an absurd grid
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) * 3 > PAYLOAD_LIMIT)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
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
    let resolved: { t: Target } | null = null; // once per load: a used range is costly to find
    return this.loadWith(props, (p) => {
      resolved ??= { t: this.resolve() };
      const { t } = resolved;
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
        case "format/protection/locked": {
          // one value for the range; null when its cells differ
          const all = this.grid((s, r, c) => s.cell(r, c)?.locked !== false).flat();
          return all.every((x) => x === all[0]) ? all[0] : null;
        }
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
      valuesWritable(sheet, area);
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
    }, v);
  }
  get numberFormat(): string[][] {
    return this.need("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      formatsWritable(sheet);
      // "General" is Excel's name for no number format
      v.forEach((row, i) =>
        row.forEach((f, j) => (sheet.ensure(area.top + i, area.left + j).numberFormat = f === "General" ? undefined : f)),
      );
    }, v);
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
      valuesWritable(sheet, area);
      sheet.hyperlinks.set(MemSheet.key(area.top, area.left), h);
      if (h.textToDisplay !== undefined) sheet.setValue(area.top, area.left, h.textToDisplay);
    }, h);
  }

  getLastRow(): RangeApi {
    return new RangeApi(this.ctx, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, area: { ...t.area, top: t.area.bottom } };
    });
  }
  getLastColumn(): RangeApi {
    return new RangeApi(this.ctx, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, area: { ...t.area, left: t.area.right } };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly = false): RangeApi {
    return new RangeApi(this.ctx, () => {
      const t = this.resolve();
      const area = t && usedWithin(t.sheet, t.area);
      return t && area ? { sheet: t.sheet, area } : null;
    });
  }

  /** Only areas whose top-left cell lies in the range (office-js#3611); more than 512 fail. */
  getMergedAreasOrNullObject(): RangeAreasApi {
    const found = () => {
      const t = this.resolve();
      if (!t) return null;
      const { top, left, bottom, right } = t.area;
      const hits = t.sheet.merges.filter((m) => m.top >= top && m.top <= bottom && m.left >= left && m.left <= right);
      if (hits.length > MERGED_AREAS_LIMIT)
        throw new FakeOfficeError("GeneralException", `More than ${MERGED_AREAS_LIMIT} merged areas in the range.`);
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
      formatsWritable(sheet);
      if (shift !== "Down" || area.left !== 1 || area.right !== MAX_COLS)
        throw new FakeOfficeError("NotImplemented", "The in-memory model inserts whole rows only.");
      sheet.insertRows(area.top, area.bottom - area.top + 1);
    });
    return this;
  }

  delete(shift: string): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      formatsWritable(sheet);
      if (shift !== "Up" || area.left !== 1 || area.right !== MAX_COLS)
        throw new FakeOfficeError("NotImplemented", "The in-memory model deletes whole rows only.");
      sheet.deleteRows(area.top, area.bottom - area.top + 1);
    });
  }

  merge(_across = false): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      mergeArea(formatsWritable(sheet), area);
    });
  }

  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      formatsWritable(sheet).merges = sheet.merges.filter((m) => !intersects(m, area));
    });
  }

  clear(_what?: string): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target();
      clearArea(formatsWritable(sheet), area);
    });
  }

  /** Formats only (Paste Special → Formats), with Excel's merged-cell rules (range-ops.ts). */
  copyFrom(source: RangeApi, type?: string): void {
    this.ctx.enqueue(() => {
      if (type !== "Formats") throw new FakeOfficeError("NotImplemented", "The in-memory model copies formats only.");
      const to = this.target();
      copyFormats({ sheet: formatsWritable(to.sheet), area: to.area }, source.target());
    });
  }
}

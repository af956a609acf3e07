/**
 * Excel.AutoFilter of a worksheet in the in-memory Excel (ExcelApi 1.9, learn.microsoft.com Excel.AutoFilter;
 * "Work with worksheets using the Excel JavaScript API" → Filter data). A sheet has one AutoFilter: its range and
 * the rows its criteria hide. Only `Values` criteria are modelled (what a user's 筛选 ticks); they stand in for
 * a user filtering the report in Excel.
 */
import type { MergedArea } from "../../core/grid";
import { parseRangeAddress } from "../addresses";
import { type Ctx, FakeOfficeError, Loadable } from "./batch";
import type { MemSheet } from "./mem-sheet";
import type { RangeApi } from "./range-api";
import { formatsWritable } from "./targets";

const sameArea = (a: MergedArea, b: MergedArea) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export class AutoFilterApi extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => MemSheet,
  ) {
    super(ctx);
  }

  load(spec?: string): this {
    return this.loadWith(spec ?? "enabled", (p) => {
      const f = this.sheet().autoFilter;
      if (p === "enabled") return f !== null;
      if (p === "isDataFiltered") return (f?.hiddenRows.size ?? 0) > 0;
      throw new FakeOfficeError("InvalidArgument", `Unknown autoFilter property ${p}`);
    });
  }
  get enabled(): boolean {
    return this.need("enabled");
  }
  get isDataFiltered(): boolean {
    return this.need("isDataFiltered");
  }

  /**
   * The first row of `range` is the header. One AutoFilter per sheet (Data → Filter): applying to another range
   * while one is on is refused here — whether Excel moves or refuses it is not documented, so the double takes the
   * strict side and the add-in removes the old filter first (it must anyway, to show the rows that filter hid).
   */
  apply(range: RangeApi | string, columnIndex?: number, criteria?: { filterOn: string; values?: string[] }): void {
    this.ctx.enqueue(() => {
      const s = formatsWritable(this.sheet());
      const area = typeof range === "string" ? parseRangeAddress(range)?.area : range.target().area;
      if (!area || (typeof range !== "string" && range.target().sheet !== s))
        throw new FakeOfficeError("InvalidArgument", "The range is not on this worksheet.");
      if (s.autoFilter && !sameArea(s.autoFilter.area, area))
        throw new FakeOfficeError("InvalidOperation", "The worksheet already has an AutoFilter on another range.");
      const filter = s.autoFilter ?? { area, hiddenRows: new Set<number>() };
      if (columnIndex !== undefined && criteria) {
        if (criteria.filterOn !== "Values") throw new FakeOfficeError("NotImplemented", "The in-memory model filters on values only.");
        const keep = new Set(criteria.values ?? []);
        for (let r = area.top + 1; r <= area.bottom; r++)
          if (!keep.has(String(s.value(r, area.left + columnIndex) ?? ""))) filter.hiddenRows.add(r);
      }
      s.autoFilter = filter;
    }, criteria);
  }

  /** Data → Filter off: the filter and its hidden rows go; without a filter nothing happens. */
  remove(): void {
    this.ctx.enqueue(() => {
      const s = formatsWritable(this.sheet());
      s.autoFilter = null;
    });
  }
}

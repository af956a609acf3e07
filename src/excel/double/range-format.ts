/** Excel.RangeFormat of the in-memory Excel: fill, font, widths, wrapping and cell protection (locked). */
import { type Ctx, FakeOfficeError } from "./batch";
import type { MemSheet } from "./mem-sheet";
import { formatsWritable, type Target } from "./targets";

/** Formats are kept for the cells a report or a mark can reach: a whole-column format stops at this many rows past the last used one. */
const FORMAT_ROWS = 5000;
const FORMAT_COLS = 200;

export class RangeFormatApi {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; color: string };
  readonly protection: { locked: boolean };
  constructor(
    private readonly ctx: Ctx,
    private readonly resolve: () => Target,
    lockedLoaded: () => boolean,
  ) {
    const each = (fn: (s: MemSheet, r: number, c: number) => void) =>
      ctx.enqueue(() => {
        const t = this.resolve();
        if (!t) return;
        formatsWritable(t.sheet);
        const tall = t.area.bottom - t.area.top > FORMAT_ROWS;
        const bottom = tall
          ? Math.min(t.area.bottom, Math.max(t.area.top, t.sheet.usedArea(true)?.bottom ?? 0) + FORMAT_ROWS)
          : t.area.bottom;
        const right = Math.min(t.area.right, t.area.left + FORMAT_COLS);
        for (let r = t.area.top; r <= bottom; r++) for (let c = t.area.left; c <= right; c++) fn(t.sheet, r, c);
      });
    const unloaded = (): never => {
      throw new FakeOfficeError("PropertyNotLoaded");
    };
    this.fill = {
      set color(v: string) {
        each((s, r, c) => (s.ensure(r, c).fill = v));
      },
      get color(): string {
        return unloaded();
      },
      clear: () => each((s, r, c) => (s.ensure(r, c).fill = null)),
    };
    this.font = {
      set bold(v: boolean) {
        each((s, r, c) => (s.ensure(r, c).bold = v));
      },
      get bold(): boolean {
        return unloaded();
      },
      set color(v: string) {
        each((s, r, c) => (s.ensure(r, c).fontColor = v));
      },
      get color(): string {
        return unloaded();
      },
    };
    this.protection = {
      // loaded through range.load("format/protection/locked") (ExcelApi 1.2)
      get locked(): boolean {
        return lockedLoaded();
      },
      set locked(v: boolean) {
        each((s, r, c) => (s.ensure(r, c).locked = v ? undefined : false));
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

/** Conditional formats of the in-memory Excel: every rule type, and Excel's refusal to read a rule detail of another type. */
import type { MergedArea } from "../../core/grid";
import { type Ctx, FakeOfficeError, Loadable } from "./batch";
import { intersects, type MemConditionalFormat, type MemConditionalFormatType, type MemSheet } from "./mem-sheet";
import { type AreasTarget, formatsWritable } from "./targets";

/** Excel refuses `custom/…` on a colour scale, data bar, cell-value rule… — for the whole collection load (office-js#2180). */
const notPermitted = () => new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.");

const TYPES: readonly MemConditionalFormatType[] = [
  "Custom",
  "ColorScale",
  "DataBar",
  "IconSet",
  "CellValue",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
];

class ConditionalFormatApi extends Loadable {
  readonly custom: { rule: { formula: string; load(spec?: string): void }; format: { fill: { color: string } } };
  constructor(
    ctx: Ctx,
    private readonly get: () => { sheet: MemSheet; id: number },
  ) {
    super(ctx);
    const found = (): MemConditionalFormat => {
      const { sheet, id } = this.get();
      const cf = sheet.conditionalFormats.find((x) => x.id === id);
      if (!cf) throw new FakeOfficeError("ItemNotFound");
      return cf;
    };
    const custom = () => {
      const cf = found();
      if (cf.type !== "Custom") throw notPermitted();
      return cf;
    };
    const formula = () => this.need<string>("custom/rule/formula");
    const loadFormula = () => this.loadWith("custom/rule/formula", () => custom().formula);
    this.custom = {
      rule: {
        get formula() {
          return formula();
        },
        set formula(f: string) {
          ctx.enqueue(() => void (custom().formula = f), f);
        },
        load: () => void loadFormula(),
      },
      format: {
        fill: {
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded");
          },
          set color(c: string) {
            ctx.enqueue(() => void (custom().fill = c), c);
          },
        },
      },
    };
  }
  preload(cf: MemConditionalFormat, props: string[]): void {
    for (const p of props) {
      if (p === "type") this.data.type = cf.type;
      else if (p === "id") this.data.id = String(cf.id);
      else if (p === "custom/rule/formula") {
        if (cf.type !== "Custom") throw notPermitted();
        this.data[p] = cf.formula;
      } else throw new FakeOfficeError("InvalidArgument", `Unknown conditional format property ${p}`);
    }
  }
  get type(): string {
    return this.need("type");
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const { sheet, id } = this.get();
      formatsWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x.id !== id);
    });
  }
}

let nextCfId = 1;

export class ConditionalFormatCollectionApi {
  private list: ConditionalFormatApi[] = [];
  constructor(
    private readonly ctx: Ctx,
    private readonly resolve: () => AreasTarget,
  ) {}
  add(type: string): ConditionalFormatApi {
    if (!TYPES.includes(type as MemConditionalFormatType))
      throw new FakeOfficeError("InvalidArgument", `Unknown conditional format type ${type}`);
    let made: { sheet: MemSheet; id: number } | null = null;
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) throw new FakeOfficeError("InvalidReference");
      formatsWritable(t.sheet);
      const id = nextCfId++;
      t.sheet.conditionalFormats.push({ id, type: type as MemConditionalFormatType, areas: t.areas, formula: "", fill: null });
      made = { sheet: t.sheet, id };
    });
    return new ConditionalFormatApi(this.ctx, () => {
      if (!made) throw new FakeOfficeError("GeneralException", "The conditional format was not created");
      return made;
    });
  }
  load(spec?: string): this {
    const props = (spec ?? "items/type").split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) return 0;
      const hits = t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a: MergedArea) => t.areas.some((b) => intersects(a, b))));
      this.list = hits.map((cf) => {
        const api = new ConditionalFormatApi(this.ctx, () => ({ sheet: t.sheet, id: cf.id }));
        api.preload(cf, props);
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

/** Excel.RangeAreas of the in-memory Excel: several areas of one sheet (getRanges, the selection, merged areas). */
import { areaAddress } from "../addresses";
import { type Ctx, FakeOfficeError, Loadable } from "./batch";
import { ConditionalFormatCollectionApi } from "./conditional-formats";
import type { AreasTarget } from "./targets";
import type { WorksheetApi } from "./worksheet-api";

export class RangeAreasApi extends Loadable {
  worksheet!: WorksheetApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  constructor(
    ctx: Ctx,
    private readonly resolve: () => AreasTarget,
    private readonly addressOf?: () => string | null,
  ) {
    super(ctx);
    this.conditionalFormats = new ConditionalFormatCollectionApi(ctx, resolve);
  }
  load(spec?: string): this {
    return this.loadWith(`${spec ?? "address"},isNullObject`, (p) => {
      if (this.addressOf) {
        const a = this.addressOf();
        return p === "isNullObject" ? a === null : p === "address" ? a : null;
      }
      const t = this.resolve();
      if (p === "isNullObject") return t === null;
      if (!t) return null;
      if (p === "address") return t.areas.map((a) => `${t.sheet.name}!${areaAddress(a)}`).join(", ");
      if (p === "areaCount") return t.areas.length;
      throw new FakeOfficeError("InvalidArgument", `Unknown range areas property ${p}`);
    });
  }
  get address(): string {
    return this.need("address");
  }
  get areaCount(): number {
    return this.need("areaCount");
  }
}

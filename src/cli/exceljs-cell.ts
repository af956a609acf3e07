/**
 * What an ExcelJS cell holds, as Excel stores it: rich text joined, a formula's cached result, dates as
 * serial numbers. Shared by the CLI (xlsx-grid.ts) and the browser preview (load-xlsx.ts); no Node imports.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/grid";

export interface RawCell {
  value: CellValue;
  formula?: string;
  /** The value is a date (ExcelJS gives a Date; it is kept as Excel's serial number). */
  isDate?: boolean;
}

export function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

export function rawCellValue(cell: ExcelJS.Cell): RawCell {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: excelSerial(v), isDate: true };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return { value: (o.richText as Array<{ text: string }>).map((t) => t.text).join("") };
  if ("formula" in o || "sharedFormula" in o) {
    const r = o.result;
    const formula = `=${String(o.formula ?? o.sharedFormula)}`;
    if (r instanceof Date) return { value: excelSerial(r), formula, isDate: true };
    if (typeof r === "object" && r !== null) return { value: String((r as { error?: string }).error ?? ""), formula };
    return { value: (r ?? null) as CellValue, formula };
  }
  if ("text" in o) return { value: String(o.text) };
  if ("error" in o) return { value: String(o.error) };
  return { value: null };
}

/**
 * A sheet's merged areas. ExcelJS keeps them in its private `_merges` (address → range); `ws.model` would
 * serialise every row to list them. The one place that reads it.
 */
export function mergedAreas(ws: ExcelJS.Worksheet): Array<{ top: number; left: number; bottom: number; right: number }> {
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })
    ._merges;
  const out: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  for (const m of Object.values(raw ?? {})) if (m) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  return out;
}

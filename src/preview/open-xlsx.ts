/**
 * The preview's file loading: an .xlsx read by the streaming reader (src/xlsx) into the in-memory
 * workbook — values as stored (dates as serial numbers), formulas, number formats and the looks the
 * preview shows, column widths, visibility and protection. Cells of a merged area carry the top-left
 * cell's content, as the ExcelJS loading it replaced gave them.
 */
import { KpiLintError } from "../core/errors";
import { cellAddress } from "../core/grid";
import { isDateFormat } from "../xlsx/number-formats";
import type { RawCell } from "../xlsx/sheet-xml";
import { type SheetStart, type SheetVisitor, walkXlsx } from "../xlsx/workbook";
import { type MemCell, MemWorkbook } from "./mem-workbook";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function memCell(c: RawCell, start: SheetStart, sharedMasters: Map<string, string>): MemCell {
  const style = start.styles[c.style];
  let value = c.value === "" ? null : c.value;
  // a 1904 workbook's date serials as the 1900 system has them (what the sheet shows stays the same date)
  if (typeof value === "number" && start.date1904 && c.numeric && !c.isoDate && isDateFormat(style?.numFmt)) value += 1462;
  const cell: MemCell = { value };
  if (c.formula !== undefined) {
    const shared = c.sharedIndex !== undefined ? sharedMasters.get(c.sharedIndex) : undefined;
    if (c.sharedIndex !== undefined && c.formula && !shared) sharedMasters.set(c.sharedIndex, cellAddress(c.row, c.col));
    cell.formula = `=${c.formula || shared || ""}`;
  }
  if (style?.numFmt) cell.numberFormat = style.numFmt;
  if (style?.fill) cell.fill = style.fill;
  if (style?.bold) cell.bold = true;
  if (style?.wrap) cell.wrap = true;
  if (style?.border) cell.border = true;
  return cell;
}

/** An .xlsx's bytes as the preview's in-memory workbook; throws KpiLintError when it cannot be read. */
export function memFromXlsx(bytes: Uint8Array, name: string): MemWorkbook {
  const store = new MemWorkbook();
  try {
    walkXlsx(bytes, { path: name }, (start) => readInto(store, start));
  } catch (e) {
    if (e instanceof KpiLintError) throw e;
    throw new KpiLintError("NOT_A_WORKBOOK");
  }
  return store;
}

function readInto(store: MemWorkbook, start: SheetStart): SheetVisitor {
  const sheet = store.addSheet(start.name);
  sheet.visibility = VISIBILITY[start.state];
  const sharedMasters = new Map<string, string>();
  return {
    onCell(c) {
      if (!c.present && c.value === null) return;
      sheet.cells.set(`${c.row},${c.col}`, memCell(c, start, sharedMasters));
    },
    onColumnWidth: (col, width) => sheet.columnWidths.set(col, width * 7),
    onProtected: () => (sheet.protected = true),
    done(merges) {
      sheet.merges = merges;
      for (const m of merges) {
        const master = sheet.cell(m.top, m.left) ?? { value: null };
        for (let r = m.top; r <= m.bottom; r++) {
          for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) sheet.cells.set(`${r},${c}`, { ...master });
        }
      }
    },
  };
}

/**
 * One worksheet part, streamed: each cell's value as Excel stores it (shared strings looked up, rich text
 * joined, a formula's cached result), its formula and style index, handed to `onCell` as it is read, and
 * the merged areas, column widths and protection that follow the cells. Nothing is kept per cell here.
 */
import type { CellValue } from "../core/grid";
import { KpiLintError } from "../core/read-error-codes";
import { decodeEscapes } from "./parts";
import { type PartRef, parseXml } from "./xml";

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export interface RawCell {
  row: number;
  col: number;
  /** The value as stored; null when the cell holds none. */
  value: CellValue;
  /** The cell element holds a value, a formula or is a bare `<c>` (what ExcelJS counted as a cell), not only a style. */
  present: boolean;
  /** A number stored as such (t="n"): the one kind a number format may show as a date or percent. */
  numeric: boolean;
  /** t="d": an ISO 8601 date (Strict OOXML), already turned into a serial number. */
  isoDate: boolean;
  formula?: string;
  /** A shared formula's group (`si`): the first cell of the group holds its text, the others none. */
  sharedIndex?: string;
  style: number;
}

export interface SheetHandlers {
  /** Called once per cell element, with the same object each time: read it, do not keep it. */
  onCell(cell: RawCell): void;
  onMerge(ref: string): void;
  onColumnWidth?(col: number, width: number): void;
  onProtected?(): void;
}

/**
 * `AB12` (or the part of `ref` from `from` to `to`) as one number, (row - 1) * MAX_COL + col - 1; -1 when it is
 * no cell reference inside the sheet's bounds. A number rather than an object: read once per cell, it makes no garbage.
 */
export function cellIndex(ref: string, from = 0, to = ref.length): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === from || i === to || i > from + 3) return -1;
  let row = 0;
  for (; i < to; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROW || col > MAX_COL) return -1;
  return (row - 1) * MAX_COL + col - 1;
}

/** `AB12` → { row: 12, col: 28 }; null when it is no cell reference inside the sheet's bounds. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const k = cellIndex(ref);
  return k < 0 ? null : { row: Math.floor(k / MAX_COL) + 1, col: (k % MAX_COL) + 1 };
}

/**
 * The value of 1 to 15 ASCII digits, exactly what Number and parseFloat give for them; -1 for anything else
 * (the caller then asks Number or parseFloat). Most numbers in a sheet are such: V8 converts them from a
 * string in a slow runtime call.
 */
export function digitsValue(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** `2024-01-31T00:00:00` → Excel serial number (1900 system); NaN when it is no date. */
function isoToSerial(s: string): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) || !s.includes("T") ? s : `${s}Z`);
  return ms / 86400000 + 25569;
}

/** The five XML entities again, as ExcelJS decoded t="str" results a second time. */
function xmlDecode(s: string): string {
  if (s.indexOf("&") < 0) return s;
  const map: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
  return s.replace(/&([a-z]*);/g, (c) => map[c] ?? c);
}

export interface SheetContext extends PartRef {
  sheet: string;
  sharedStrings: readonly string[] | null;
}

export function readSheetXml(bytes: Uint8Array, ctx: SheetContext, h: SheetHandlers): void {
  let row = 0;
  let col = 0;
  // the cell being read
  let inCell = false;
  let ref = "";
  let type: string | undefined;
  let style = 0;
  let styled = false;
  let formula: string | undefined;
  let shared = false;
  let sharedIndex: string | undefined;
  let v: string | undefined;
  let rich: string[] | null = null;
  let into: "v" | "f" | "t" | "rt" | null = null;
  let inPhonetic = false;

  const where = { path: ctx.path, part: ctx.part, sheet: ctx.sheet };
  const cell: RawCell = { row: 0, col: 0, value: null, present: false, numeric: false, isoDate: false, style: 0 };
  const badRef = (r: string) => new KpiLintError("BAD_CELL_REF", { ...where, ref: r });

  const finishCell = () => {
    let value: CellValue = null;
    let numeric = false;
    let isoDate = false;
    if (rich) v = rich.join("");
    const isFormula = !!formula || shared;
    if (v !== undefined) {
      switch (type) {
        case "s": {
          if (isFormula) {
            value = parseFloat(v);
            break;
          }
          const digits = digitsValue(v);
          const index = digits < 0 ? Number(v) : digits;
          const table = ctx.sharedStrings;
          if (!table) throw new KpiLintError("PART_MISSING", { path: ctx.path, part: "sharedStrings.xml" });
          if (!Number.isInteger(index) || index < 0 || index >= table.length) {
            throw new KpiLintError("BAD_SHARED_STRING", { ...where, cell: ref, index: v });
          }
          value = table[index];
          break;
        }
        case "str":
          value = xmlDecode(v);
          break;
        case "inlineStr":
          value = v;
          break;
        case "b":
          value = parseInt(v, 10) !== 0;
          break;
        case "e":
          value = v;
          break;
        case "d":
          value = isoToSerial(v);
          isoDate = numeric = !Number.isNaN(value);
          if (!isoDate) value = v;
          break;
        default: {
          const digits = digitsValue(v);
          value = digits < 0 ? parseFloat(v) : digits;
          numeric = true;
        }
      }
    }
    // one object for every cell (read it, do not keep it): a sheet of a million cells makes no garbage here
    cell.row = row;
    cell.col = col;
    cell.value = value;
    cell.present = isFormula || v !== undefined || !styled;
    cell.numeric = numeric;
    cell.isoDate = isoDate;
    cell.formula = isFormula ? (formula ?? "") : undefined;
    cell.sharedIndex = sharedIndex;
    cell.style = style;
    h.onCell(cell);
  };

  parseXml(bytes, ctx, {
    open(name, a) {
      if (inCell) {
        switch (name) {
          case "v":
            into = "v";
            break;
          case "f":
            into = "f";
            if (a.get("t") === "shared") {
              shared = true;
              sharedIndex = a.get("si");
            }
            break;
          case "r":
            rich ??= [];
            break;
          case "rPh":
            inPhonetic = true;
            break;
          case "t":
            if (!inPhonetic) into = rich ? "rt" : "t";
            if (into === "rt") rich?.push("");
            break;
        }
        return;
      }
      if (name === "c") {
        inCell = true;
        ref = a.get("r") ?? "";
        if (ref) {
          const k = cellIndex(ref);
          if (k < 0) throw badRef(ref);
          row = Math.floor(k / MAX_COL) + 1;
          col = (k % MAX_COL) + 1;
        } else {
          col++;
          if (row === 0) row = 1;
          if (col > MAX_COL) throw badRef(`${row}:${col}`);
        }
        type = a.get("t");
        const s = a.get("s");
        styled = !!s && s !== "0";
        const digits = s ? digitsValue(s) : 0;
        style = digits < 0 ? Number(s) || 0 : digits;
        formula = undefined;
        shared = false;
        sharedIndex = undefined;
        v = undefined;
        rich = null;
        into = null;
      } else if (name === "row") {
        const given = a.get("r");
        const digits = given === undefined ? row + 1 : digitsValue(given);
        const r = digits < 0 ? Number(given) : digits;
        if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw badRef(`${given}`);
        row = r;
        col = 0;
      } else if (name === "mergeCell") {
        const ref = a.get("ref");
        if (ref) h.onMerge(ref);
      } else if (name === "col" && h.onColumnWidth && a.get("width")) {
        const min = Number(a.get("min"));
        const max = Math.min(Number(a.get("max")), min + 256);
        const width = Number(a.get("width"));
        for (let c = min; c <= max; c++) h.onColumnWidth(c, width);
      } else if (name === "sheetProtection" && h.onProtected && (a.get("sheet") === "1" || a.get("sheet") === "true")) {
        h.onProtected();
      }
    },
    text(t) {
      if (into === "v" || into === "t") v = v === undefined ? t : v + t;
      else if (into === "f") formula = formula === undefined ? t : formula + t;
      else if (into === "rt" && rich) rich[rich.length - 1] += t;
    },
    close(name) {
      if (!inCell) return;
      if (name === "c") {
        inCell = false;
        finishCell();
      } else if (name === "rPh") inPhonetic = false;
      else if (name === "v" || name === "f" || name === "t") into = null;
      else if (name === "r" && rich) rich[rich.length - 1] = decodeEscapes(rich[rich.length - 1]);
    },
  });
}

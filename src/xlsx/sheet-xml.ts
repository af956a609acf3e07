/**
 * One worksheet part, streamed: each cell's value as Excel stores it (shared strings looked up, rich text
 * joined, a formula's cached result), its formula and style index, handed to `onCell` as it is read, and
 * the merged areas, column widths and protection that follow the cells. Nothing is kept per cell here.
 */
import type { CellValue } from "../core/grid";
import { KpiLintError } from "../core/read-error-codes";
import { decodeEscapes } from "./parts";
import { type PartRef, parseXml } from "./xml";
import { type PlainCell, type Place, scanPlainCell, scanPlainMerge, scanPlainRow } from "./plain-elements";
import { MAX_COL, MAX_ROW, cellIndex, digitsIn, digitsValue } from "./cell-numbers";

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
    give(value, isFormula || v !== undefined || !styled, numeric, isoDate, isFormula ? (formula ?? "") : undefined);
  };

  // one object for every cell (read it, do not keep it): a sheet of a million cells makes no garbage here
  const give = (value: CellValue, present: boolean, numeric: boolean, isoDate: boolean, f: string | undefined) => {
    cell.row = row;
    cell.col = col;
    cell.value = value;
    cell.present = present;
    cell.numeric = numeric;
    cell.isoDate = isoDate;
    cell.formula = f;
    cell.sharedIndex = sharedIndex;
    cell.style = style;
    h.onCell(cell);
  };

  /** The next cell's place: its reference, or the cell after the last one read. */
  const place = (k: number) => {
    if (k >= 0) {
      row = Math.floor(k / MAX_COL) + 1;
      col = (k % MAX_COL) + 1;
      return;
    }
    col++;
    if (row === 0) row = 1;
    if (col > MAX_COL) throw badRef(`${row}:${col}`);
  };

  // a plain cell (a shared string, a number, or none) read where it stands, as `open`, `text` and `close` would read it
  const plain: PlainCell = { ref: { from: -1, to: -1 }, style: { from: -1, to: -1 }, type: undefined, value: { from: -1, to: -1 } };
  const readPlain = (s: string, lt: number): number => {
    if (inCell) return -1;
    const end = scanPlainCell(s, lt, plain);
    if (end < 0) return -1;
    const { ref: refAt, style: styleAt, value: valueAt } = plain;
    const hasRef = refAt.to > refAt.from;
    const k = hasRef ? cellIndex(s, refAt.from, refAt.to) : -1;
    const digits = styleAt.from < 0 ? 0 : digitsIn(s, styleAt.from, styleAt.to);
    if ((hasRef && k < 0) || digits < 0) return -1; // worded by the usual path
    const hasValue = valueAt.from >= 0;
    let value: CellValue = null;
    if (hasValue) {
      const n = digitsIn(s, valueAt.from, valueAt.to);
      if (plain.type === "s") {
        const table = ctx.sharedStrings;
        if (n < 0 || !table || n >= table.length) return -1;
        value = table[n];
      } else value = n >= 0 ? n : parseFloat(s.slice(valueAt.from, valueAt.to));
    }
    place(k);
    style = digits;
    // as `s !== "0"` reads it: s="00" is styled, with style 0
    const isStyled = styleAt.to - styleAt.from > 1 || (styleAt.to - styleAt.from === 1 && s.charCodeAt(styleAt.from) !== 48);
    sharedIndex = undefined;
    give(value, hasValue || !isStyled, hasValue && plain.type !== "s", false, undefined);
    return end;
  };

  // a row's start tag and a merged area, read where they stand as `open` reads them
  const at: Place = { from: -1, to: -1 };
  const readPlainRow = (s: string, lt: number): number => {
    if (inCell) return -1;
    const end = scanPlainRow(s, lt, at);
    const r = end < 0 ? -1 : at.from < 0 ? row + 1 : digitsIn(s, at.from, at.to);
    if (r < 1 || r > MAX_ROW) return -1; // worded, or read as Number reads it, by the usual path
    row = r;
    col = 0;
    return end;
  };
  const readPlainMerge = (s: string, lt: number): number => {
    if (inCell) return -1;
    const end = scanPlainMerge(s, lt, at);
    if (end >= 0 && at.to > at.from) h.onMerge(s.slice(at.from, at.to));
    return end;
  };

  parseXml(bytes, ctx, {
    own: [
      { name: "c", read: readPlain },
      { name: "row", start: true, read: readPlainRow },
      { name: "mergeCell", read: readPlainMerge },
    ],
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
        const k = ref ? cellIndex(ref) : -1;
        if (ref && k < 0) throw badRef(ref);
        place(k);
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

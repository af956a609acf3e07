/**
 * Walks an .xlsx: the package and workbook relationships, the workbook part, styles, shared strings,
 * then each worksheet in workbook order, streamed to a visitor. Missing parts, a zip that holds no
 * workbook and chart sheets are told apart here; what each cell becomes is the visitor's business.
 */
import { KpiLintError } from "../core/read-error-codes";
import type { MergedArea } from "../core/grid";
import { type CellStyle, type SheetEntry, readRels, readSharedStrings, readStyles, readWorkbookPart, relsPathOf } from "./parts";
import { type SheetHandlers, readSheetXml } from "./sheet-xml";
import { MAX_COL, cellIndex } from "./cell-numbers";
import { type RawInflate, openZip } from "./zip";

export interface ReadOptions {
  /** The file's name or path, for messages. */
  path?: string;
  /** Non-empty cells (counting merged areas' cells) one sheet may hold; beyond it the read stops. */
  maxCells?: number;
  /** A faster inflater where the platform has one (the CLI passes Node's zlib); fflate's otherwise. */
  inflate?: RawInflate;
}

export const MAX_CELLS = 1_000_000;

export interface SheetStart {
  name: string;
  state: SheetEntry["state"];
  styles: readonly CellStyle[];
  date1904: boolean;
}

export interface SheetVisitor extends Omit<SheetHandlers, "onMerge"> {
  /** The sheet's merged areas, once its cells are read: valid, without overlaps, in file order. */
  done(merges: MergedArea[]): void;
}

/** `A1:C3` (either corner order) as an area; null when it is no range inside the sheet. */
export function parseRange(ref: string): MergedArea | null {
  const colon = ref.indexOf(":");
  const p = cellIndex(ref, 0, colon < 0 ? ref.length : colon);
  // `A1:B2:C3` reads as A1:B2 (a third part ignored), as it did when the text was split at colons
  const next = colon < 0 ? -1 : ref.indexOf(":", colon + 1);
  const q = colon < 0 ? p : cellIndex(ref, colon + 1, next < 0 ? ref.length : next);
  if (p < 0 || q < 0) return null;
  const pRow = Math.floor(p / MAX_COL);
  const pCol = p % MAX_COL;
  const qRow = Math.floor(q / MAX_COL);
  const qCol = q % MAX_COL;
  return {
    top: Math.min(pRow, qRow) + 1,
    left: Math.min(pCol, qCol) + 1,
    bottom: Math.max(pRow, qRow) + 1,
    right: Math.max(pCol, qCol) + 1,
  };
}

/**
 * Merge records as Excel would keep them: unreadable ones and ones overlapping an earlier merge are
 * dropped (Excel's repair does the same), duplicates read once. Bounded by `maxCells` covered cells.
 */
function mergesOf(refs: string[], sheet: string, path: string, maxCells: number): MergedArea[] {
  const out: MergedArea[] = [];
  const taken = new Set<number>();
  let covered = 0;
  for (const ref of refs) {
    const m = parseRange(ref);
    if (!m) continue;
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area === 1) continue;
    covered += area;
    if (covered > maxCells) {
      throw new KpiLintError("SHEET_TOO_LARGE", { path, sheet, cell: ref, limit: maxCells });
    }
    let free = true;
    for (let r = m.top; r <= m.bottom && free; r++) {
      for (let c = m.left; c <= m.right; c++) if (taken.has(r * 16385 + c)) free = false;
    }
    if (!free) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) taken.add(r * 16385 + c);
    out.push(m);
  }
  return out;
}

/** Reads the workbook's structure and streams every worksheet to the visitor `start` returns for it. */
export function walkXlsx(bytes: Uint8Array, options: ReadOptions, start: (sheet: SheetStart) => SheetVisitor): void {
  const path = options.path ?? "";
  const maxCells = options.maxCells ?? MAX_CELLS;
  const zip = openZip(bytes, path, options.inflate);
  if (!zip.names.has("[Content_Types].xml") && ![...zip.names].some((n) => n.toLowerCase() === "[content_types].xml")) {
    throw new KpiLintError("NOT_XLSX", { path });
  }
  const missing = (part: string) => new KpiLintError("PART_MISSING", { path, part });

  const pkg = readRels(zip, "_rels/.rels", "", path);
  const officeDoc = [...pkg.values()].find((r) => r.type === "officeDocument" && !r.external);
  const wbPart = officeDoc?.target ?? "xl/workbook.xml";
  const wbBytes = zip.read(wbPart);
  if (!wbBytes) {
    // a zip that is some other document (Word, ODF …) rather than a damaged workbook
    if (!officeDoc && ![...zip.names].some((n) => n.startsWith("xl/"))) throw new KpiLintError("NOT_XLSX", { path });
    throw missing(wbPart);
  }
  const workbook = readWorkbookPart(wbBytes, { path, part: wbPart });
  const rels = readRels(zip, relsPathOf(wbPart), wbPart, path);
  const relOf = (kind: string) => [...rels.values()].find((r) => r.type === kind && !r.external)?.target;
  const dir = wbPart.slice(0, wbPart.lastIndexOf("/") + 1);

  const partOf = (kind: string, fallback: string): Uint8Array | null => {
    const target = relOf(kind);
    const found = zip.read(target ?? `${dir}${fallback}`);
    if (!found && target) throw missing(target);
    return found ?? null;
  };
  const stylesBytes = partOf("styles", "styles.xml");
  const styles = stylesBytes ? readStyles(stylesBytes, { path, part: relOf("styles") ?? `${dir}styles.xml` }) : [];
  const ssBytes = partOf("sharedStrings", "sharedStrings.xml");
  const sharedStrings = ssBytes ? readSharedStrings(ssBytes, { path, part: relOf("sharedStrings") ?? `${dir}sharedStrings.xml` }) : null;

  for (const entry of workbook.sheets) {
    const rel = rels.get(entry.relId);
    if (!rel) throw missing(`${relsPathOf(wbPart)}#${entry.relId}`);
    if (rel.type !== "worksheet") continue; // chart, dialog and macro sheets hold no table
    const part = zip.read(rel.target);
    if (!part) throw missing(rel.target);
    const visitor = start({ name: entry.name, state: entry.state, styles, date1904: workbook.date1904 });
    const mergeRefs: string[] = [];
    readSheetXml(
      part,
      { path, part: rel.target, sheet: entry.name, sharedStrings },
      {
        onCell: (c) => visitor.onCell(c),
        onMerge: (ref) => mergeRefs.push(ref),
        onColumnWidth: visitor.onColumnWidth && ((c, w) => visitor.onColumnWidth?.(c, w)),
        onProtected: visitor.onProtected && (() => visitor.onProtected?.()),
      },
    );
    visitor.done(mergesOf(mergeRefs, entry.name, path, maxCells));
  }
}

/**
 * What each row of a sheet holds for the scans that look for words: the header-word candidates
 * (findHeaderRows), the cells that may end a table (endsTable) or say something about a form (readFormMeta),
 * and whether the row holds anything. All come from one pass over the row's cells, one text lookup per cell,
 * remembered per row: a sheet of forms is scanned for headers row by row, then its body rows for table ends
 * and the rows above each table for the form's fields.
 */
import type { MergeIndex, MergedArea, SheetGrid } from "../grid";
import { type ColumnRole, type TextTraits, textTraits } from "./headers";

export type Candidates = ReadonlyMap<number, { roles: readonly ColumnRole[]; text: string }>;

/**
 * A cell (the top-left of its merge) whose text is a title, a footer, a money unit, a form label, a plan
 * point, or may hold `label：value`: every other cell is nobody's business but the table's.
 */
export interface MarkedCell {
  col: number;
  text: string;
  traits: TextTraits;
}

/** Most rows hold no header word and no mark: they share these empty results. */
export const NO_CANDIDATES: Candidates = new Map();
const NO_MARKS: readonly MarkedCell[] = [];

/**
 * textTraits through a cache of its own: this loop asks once per cell of the sheet, and a Map keyed by
 * strings only is looked up faster than the shared memoize's (strings and numbers).
 */
const traitsCache = new Map<string, TextTraits>();
function traitsOf(text: string): TextTraits {
  let t = traitsCache.get(text);
  if (t === undefined) {
    if (traitsCache.size >= 50_000) traitsCache.clear();
    traitsCache.set(text, (t = textTraits(text)));
  }
  return t;
}

export class RowWords {
  /** null: a row with one candidate, not kept (a body row whose basis says 依据…); rebuilt when asked for. */
  private readonly candidates: Array<Candidates | null | undefined> = [];
  private readonly counts: number[] = [];
  private readonly marks: Array<readonly MarkedCell[] | undefined> = [];
  private readonly filled: boolean[] = [];

  constructor(
    readonly sheet: SheetGrid,
    private readonly merges: MergeIndex,
  ) {}

  /** How many header-word candidates the row holds (a header row holds two or more). */
  candidateCount(row: number): number {
    if (this.marks[row] === undefined) this.scan(row, false);
    return this.counts[row];
  }

  candidatesOf(row: number): Candidates {
    const kept = this.candidates[row];
    if (kept) return kept;
    this.scan(row, true);
    return this.candidates[row] as Candidates;
  }

  marksOf(row: number): readonly MarkedCell[] {
    if (this.marks[row] === undefined) this.scan(row, false);
    return this.marks[row] as readonly MarkedCell[];
  }

  /** Whether a cell of the row (the top-left of its merge) holds anything. */
  isFilled(row: number): boolean {
    if (this.marks[row] === undefined) this.scan(row, false);
    return this.filled[row];
  }

  /** `keepOne`: keep the candidates of a row holding only one as well. */
  private scan(row: number, keepOne: boolean): void {
    let found: Map<number, { roles: readonly ColumnRole[]; text: string }> | null = null;
    let count = 0;
    // the first candidate, kept apart until a second one makes the row worth a map
    let firstCol = 0;
    let firstRoles: readonly ColumnRole[] = [];
    let firstText = "";
    let marks: MarkedCell[] | null = null;
    let filled = false;
    const rows = this.sheet.rows;
    const cells = rows[row - 1];
    const areas = this.merges.areasIn(row);
    for (let c = 1, end = this.merges.lastColumn(row); c <= end; c++) {
      const m = areas && areaIn(areas, c);
      if (m && m.left !== c) continue; // a horizontal merge counts once, at its anchor column
      const top = m ? m.top : row;
      const v = top === row ? cells?.[c - 1] : rows[top - 1]?.[c - 1];
      if (typeof v !== "string") {
        // a number or a boolean prints as ASCII digits or TRUE/FALSE: no header word, title, label or unit
        if (top === row && v !== null && v !== undefined) filled = true;
        continue;
      }
      const text = v.trim();
      if (!text) continue;
      const traits = traitsOf(text);
      // candidates: a header merged down from above counts on every row it covers
      if (traits.headerRoles.length > 0) {
        count++;
        if (count === 1) {
          firstCol = c;
          firstRoles = traits.headerRoles;
          firstText = text;
        } else {
          found ??= new Map([[firstCol, { roles: firstRoles, text: firstText }]]);
          found.set(c, { roles: traits.headerRoles, text });
        }
      }
      if (top !== row) continue; // the rest: only the cell's own row
      filled = true;
      if (traits.marked) (marks ??= []).push({ col: c, text, traits });
    }
    this.counts[row] = count;
    if (count === 0) this.candidates[row] = NO_CANDIDATES;
    else if (found) this.candidates[row] = found;
    else this.candidates[row] = keepOne ? new Map([[firstCol, { roles: firstRoles, text: firstText }]]) : null;
    this.marks[row] = marks ?? NO_MARKS;
    this.filled[row] = filled;
  }
}

/** MergeIndex.areaAt over the row's areas, fetched once per row. */
function areaIn(areas: readonly MergedArea[], col: number): MergedArea | undefined {
  // overlapping areas (a damaged file): the last listed wins, as in areaAt
  for (let i = areas.length - 1; i >= 0; i--) if (col >= areas[i].left && col <= areas[i].right) return areas[i];
  return undefined;
}

const bySheet = new WeakMap<MergeIndex, RowWords>();

/** The row words of `sheet`, kept with its merge index (one index per sheet reading). */
export function rowWords(sheet: SheetGrid, merges: MergeIndex): RowWords {
  let words = bySheet.get(merges);
  if (!words || words.sheet !== sheet) bySheet.set(merges, (words = new RowWords(sheet, merges)));
  return words;
}

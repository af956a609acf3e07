/**
 * What each row of a sheet holds for the scans that look for words: the header-word candidates
 * (findHeaderRows) and the cells that may end a table (endsTable). Both come from one pass over the row's
 * cells, one text lookup per cell, remembered per row: a sheet of forms is scanned for headers row by row,
 * then its body rows again for table ends.
 */
import { type MergeIndex, type SheetGrid, stringAt } from "../grid";
import { type ColumnRole, type TextTraits, textTraits } from "./headers";

export type Candidates = ReadonlyMap<number, { roles: readonly ColumnRole[]; text: string }>;

/** A cell holding a title, a footer, a money unit or a form label: one of these may end a table. */
export interface MarkedCell {
  col: number;
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

class RowWords {
  private readonly candidates: Array<Candidates | undefined> = [];
  private readonly marks: Array<readonly MarkedCell[] | undefined> = [];

  constructor(
    readonly sheet: SheetGrid,
    private readonly merges: MergeIndex,
  ) {}

  candidatesOf(row: number): Candidates {
    if (this.candidates[row] === undefined) this.scan(row);
    return this.candidates[row] as Candidates;
  }

  marksOf(row: number): readonly MarkedCell[] {
    if (this.marks[row] === undefined) this.scan(row);
    return this.marks[row] as readonly MarkedCell[];
  }

  private scan(row: number): void {
    let found: Map<number, { roles: readonly ColumnRole[]; text: string }> | null = null;
    let marks: MarkedCell[] | null = null;
    for (let c = 1, end = this.merges.lastColumn(row); c <= end; c++) {
      const m = this.merges.areaAt(row, c);
      if (m && m.left !== c) continue; // a horizontal merge counts once, at its anchor column
      const top = m ? m.top : row;
      // a number or a boolean prints as ASCII digits or TRUE/FALSE: no header word, title, label or unit
      const text = stringAt(this.sheet, top, c);
      if (!text) continue;
      const traits = traitsOf(text);
      // candidates: a header merged down from above counts on every row it covers
      if (traits.headerRoles.length > 0) (found ??= new Map()).set(c, { roles: traits.headerRoles, text });
      // marks: only the cell's own row
      if (top === row && (traits.title || traits.footer || traits.moneyUnit || traits.formLabel)) {
        (marks ??= []).push({ col: c, traits });
      }
    }
    this.candidates[row] = found ?? NO_CANDIDATES;
    this.marks[row] = marks ?? NO_MARKS;
  }
}

const bySheet = new WeakMap<MergeIndex, RowWords>();

/** The row words of `sheet`, kept with its merge index (one index per sheet reading). */
export function rowWords(sheet: SheetGrid, merges: MergeIndex): RowWords {
  let words = bySheet.get(merges);
  if (!words || words.sheet !== sheet) bySheet.set(merges, (words = new RowWords(sheet, merges)));
  return words;
}

/**
 * What each row of a sheet holds for the scans that look for words: how many header-word candidates
 * (findHeaderRows), whether a cell may end a table (endsTable) or say something about a form (readFormMeta),
 * and whether the row holds anything. One pass over the row's cells, one text lookup per cell, remembered per
 * row as a few bits (no objects: what stays alive through a sheet's reading is what garbage collection
 * copies); the cells themselves are listed again on demand, for the few rows that have any.
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

const SCANNED = 1;
const FILLED = 2;
/** A cell that may end a table: title, footer, money unit, form label. */
const ENDS = 4;
/** A marked cell (TextTraits.marked). */
const MARKED = 8;
/** Header-word candidates allowing the value role, and the name or 二级 role: what a header row needs. */
const VALUE_WORD = 16;
const NAME_WORD = 32;

export class RowWords {
  private readonly flags: Uint8Array;
  /** Header-word candidates per row, up to 255. */
  private readonly counts: Uint8Array;

  constructor(
    readonly sheet: SheetGrid,
    private readonly merges: MergeIndex,
  ) {
    this.flags = new Uint8Array(sheet.rowCount + 2);
    this.counts = new Uint8Array(sheet.rowCount + 2);
  }

  /** How many header-word candidates the row holds (a header row holds two or more). */
  candidateCount(row: number): number {
    if (!this.remembers(row)) return this.walk(row, null, null);
    this.flagsOf(row);
    return this.counts[row];
  }

  /** Whether a cell of the row (the top-left of its merge) holds anything. */
  isFilled(row: number): boolean {
    return (this.flagsOf(row) & FILLED) !== 0;
  }

  /**
   * Whether the row's header words allow the value role and the name or 二级 role: a row lacking either
   * heads no indicator table, whatever its other words.
   */
  mayHead(row: number): boolean {
    const f = this.flagsOf(row);
    return (f & VALUE_WORD) !== 0 && (f & NAME_WORD) !== 0;
  }

  /** Whether a cell of the row may end a table (see `marksOf`). */
  mayEnd(row: number): boolean {
    return (this.flagsOf(row) & ENDS) !== 0;
  }

  candidatesOf(row: number): Candidates {
    if (this.candidateCount(row) === 0) return NO_CANDIDATES;
    const found = new Map<number, { roles: readonly ColumnRole[]; text: string }>();
    this.walk(row, found, null);
    return found;
  }

  /** The marked cells of the row, in column order. */
  marksOf(row: number): readonly MarkedCell[] {
    if ((this.flagsOf(row) & MARKED) === 0) return NO_MARKS;
    const marks: MarkedCell[] = [];
    this.walk(row, null, marks);
    return marks;
  }

  private remembers(row: number): boolean {
    return row >= 1 && row < this.flags.length;
  }

  private flagsOf(row: number): number {
    if (!this.remembers(row)) {
      this.walk(row, null, null);
      return this.scanFlags;
    }
    if (this.flags[row] === 0) {
      this.walk(row, null, null);
      this.flags[row] = this.scanFlags;
      this.counts[row] = Math.min(255, this.scanCount);
    }
    return this.flags[row];
  }

  private scanFlags = 0;
  private scanCount = 0;
  /**
   * Per column, the top row of the last vertical merge walked and its text's header roles: the rows it
   * covers below (一级/二级 cells merged down a block) need no second text lookup.
   */
  private readonly mergedTop: number[] = [];
  private readonly mergedRoles: Array<readonly ColumnRole[]> = [];

  /**
   * One pass over the row's cells: sets scanFlags and scanCount, fills `found` and `marks` when given.
   * A horizontal merge counts once, at its anchor column; a header merged down from above counts on every
   * row it covers, the rest only on the cell's own row. Returns scanCount.
   */
  private walk(row: number, found: Map<number, { roles: readonly ColumnRole[]; text: string }> | null, marks: MarkedCell[] | null): number {
    let flags = SCANNED;
    let count = 0;
    const rows = this.sheet.rows;
    const cells = rows[row - 1];
    const areas = this.merges.areasIn(row);
    for (let c = 1, end = this.merges.lastColumn(row); c <= end; c++) {
      const m = areas && areaIn(areas, c);
      if (m && m.left !== c) continue;
      const top = m ? m.top : row;
      if (top !== row && found === null && this.mergedTop[c] === top) {
        const roles = this.mergedRoles[c];
        if (roles.length > 0) flags |= rolesFlags(roles);
        count += roles.length > 0 ? 1 : 0;
        continue;
      }
      const v = top === row ? cells?.[c - 1] : rows[top - 1]?.[c - 1];
      if (typeof v !== "string") {
        // a number or a boolean prints as ASCII digits or TRUE/FALSE: no header word, title, label or unit
        if (top === row && v !== null && v !== undefined) flags |= FILLED;
        continue;
      }
      const text = v.trim();
      if (!text) continue;
      const traits = textTraits(text);
      const roles = traits.headerRoles;
      if (m && m.bottom > row) {
        this.mergedTop[c] = top;
        this.mergedRoles[c] = roles;
      }
      if (roles.length > 0) {
        count++;
        flags |= rolesFlags(roles);
        found?.set(c, { roles, text });
      }
      if (top !== row) continue;
      flags |= FILLED;
      if (traits.marked) {
        flags |= traits.endsTable ? MARKED | ENDS : MARKED;
        marks?.push({ col: c, text, traits });
      }
    }
    this.scanFlags = flags;
    this.scanCount = count;
    return count;
  }
}

function rolesFlags(roles: readonly ColumnRole[]): number {
  return (roles.includes("value") ? VALUE_WORD : 0) | (roles.includes("name") || roles.includes("level2") ? NAME_WORD : 0);
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

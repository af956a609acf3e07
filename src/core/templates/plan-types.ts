/** The insert plan's types, shared by the stages (select, place, ops, guard) and by the plan's callers. */
import type { CellValue, MergedArea } from "../grid";
import type { INDICATOR_ROLES } from "../recognise/headers";
import { LEVEL1 } from "../recognise/levels";
import type { Equivalence } from "./equivalent";
import type { TemplateIndicator } from "./schema";

export type PlanOp =
  | { op: "insertRows"; at: number; count: number }
  | { op: "copyFormats"; fromRow: number; toRow: number; count: number }
  | { op: "set"; row: number; col: number; value: CellValue }
  | { op: "unmerge"; area: MergedArea }
  | { op: "merge"; area: MergedArea };

export interface PlannedRow {
  /** Row in the sheet once the whole plan is applied. */
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  value: string;
  placeholder: boolean;
}

/** A template indicator left out because the block already has one that means the same. */
export interface SkippedIndicator {
  /** The template indicator's 三级 name. */
  name: string;
  /** Why, in zh-CN (names the block's indicator and its row). */
  reason: string;
  reasonEn: string;
  /** The block's indicator it matched; `row` in the sheet once the plan is applied. */
  existing: { name: string; row: number };
  /** `toString()` gives `name`, so older callers joining the list still print names. */
  toString(): string;
}

/** Why no rows can be inserted safely; the plan then has no operations. */
export interface InsertRefusal {
  reason: string;
  reasonEn: string;
}

export interface InsertPlan {
  sheet: string;
  project: string;
  projectRow: number;
  typeId: string;
  typeName: string;
  ops: PlanOp[];
  added: PlannedRow[];
  skipped: SkippedIndicator[];
  /** Set when the rows cannot be placed safely in this layout: `ops`, `added` and `guard` are then empty. */
  refused: InsertRefusal | null;
  /** Inserted rows in final coordinates (what 撤销 deletes). */
  insertedRows: Array<{ row: number; count: number }>;
  /** Value cells left for the user to fill in, final coordinates. */
  placeholders: Array<{ row: number; col: number }>;
  /** Cells that must still hold these values when the plan is applied (the block was not edited meanwhile). */
  guard: Array<{ row: number; col: number; value: string }>;
}

export type IndicatorRole = (typeof INDICATOR_ROLES)[number];

export type LevelStyle = "merged" | "repeated" | "blank";
export type Wanted = TemplateIndicator & { level1: string; level2: string };

export const RANK: Record<string, number> = Object.fromEntries(LEVEL1.map((l, i) => [l, i]));

export interface PlanOptions {
  /** The block's layout writes costs under 产出指标 (older framework): put template costs there too. */
  legacyCost?: boolean;
}

export interface Selection {
  toAdd: Wanted[];
  matched: Array<{ name: string; eq: Equivalence }>;
}

export interface Item {
  ind: Wanted;
  /** The existing 一级 group the row extends (its merged cell grows), or null for a new group. */
  extends: string | null;
}

/** Rows to insert before one row of the sheet (original coordinates). */
export interface Placement {
  at: number;
  items: Item[];
}

/** What a range proxy resolves to at sync time, and Excel's refusals on protected sheets. */
import type { MergedArea } from "../../core/grid";
import { FakeOfficeError } from "./batch";
import type { MemSheet } from "./mem-sheet";
import type { MemWorkbook } from "./mem-workbook";

export type Target = { sheet: MemSheet; area: MergedArea } | null;
export type AreasTarget = { sheet: MemSheet; areas: MergedArea[] } | null;

export function sheetOf(store: MemWorkbook, name: string): MemSheet {
  const s = store.sheet(name);
  if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource (${name}) doesn't exist.`);
  return s;
}

const protectedError = () => new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");

/** Formats, rows, merges and conditional formats of a protected sheet cannot change (no Allow-… options are modelled). */
export function formatsWritable(s: MemSheet): MemSheet {
  if (s.protected) throw protectedError();
  return s;
}

/** Values: on a protected sheet only unlocked cells take input (support.microsoft.com "Lock or unlock specific areas of a protected worksheet"). */
export function valuesWritable(s: MemSheet, area: MergedArea): MemSheet {
  if (!s.protected) return s;
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (s.isLocked(r, c)) throw protectedError();
  return s;
}

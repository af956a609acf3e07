/** Reads a workbook file into the engine's Grid with the streaming reader (src/xlsx), inflating with zlib: the CLI's read path. */
import fs from "node:fs";
import { KpiLintError } from "./errors";
import type { WorkbookGrid } from "../core/grid";
import { type ReadOptions, readXlsx } from "../xlsx/read-xlsx";
import { nativeInflate } from "./native-inflate";

/** The file's bytes, or the KpiLintError that says why there are none. */
export function readFileBytes(file: string): Uint8Array {
  const data = { path: file };
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new KpiLintError("FILE_NOT_FOUND", data);
  }
  if (st.isDirectory()) throw new KpiLintError("IS_DIRECTORY", data);
  try {
    return fs.readFileSync(file);
  } catch {
    throw new KpiLintError("FILE_NOT_FOUND", data);
  }
}

/** A workbook file as Grids; a workbook without any cell is EMPTY_WORKBOOK. */
export function readGridFile(file: string, options: Omit<ReadOptions, "path"> = {}): WorkbookGrid {
  return gridOfBytes(readFileBytes(file), file, options);
}

/** A workbook's bytes, read from `file`, as Grids (for a writer that keeps the bytes: the file is read once). */
export function gridOfBytes(bytes: Uint8Array, file: string, options: Omit<ReadOptions, "path"> = {}): WorkbookGrid {
  const grid = readXlsx(bytes, { inflate: nativeInflate, ...options, path: file });
  if (grid.sheets.every((s) => s.rowCount === 0)) throw new KpiLintError("EMPTY_WORKBOOK", { path: file });
  return grid;
}

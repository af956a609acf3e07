/**
 * The workbooks a `validate` run covers: files as given, folders searched through for workbooks (.xlsx, .xlsm, .xltx; .xls, .et, .ods for conversion), leaving
 * out Excel's `~$` lock files (an open workbook's owner file, not a workbook) and hidden folders.
 */
import fs from "node:fs";
import path from "node:path";
import { KpiLintError } from "./errors";

// .xls / .et / .ods are converted by LibreOffice, or reported with how to convert: never silently skipped
const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xls|et|ods)$/i;

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push(p);
  }
}

/** Files in the order given, each folder's workbooks in name order; a path that is not a folder is kept as given. */
export function collectInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  let folders = 0;
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = fs.statSync(p).isDirectory();
    } catch {
      // not there: kept, so that it is reported as not found
    }
    if (!isDir) out.push(p);
    else {
      folders++;
      walk(p, out);
    }
  }
  if (out.length === 0 && folders > 0) throw new KpiLintError("NO_XLSX_FOUND", { paths: paths.join(", ") });
  return [...new Set(out)];
}

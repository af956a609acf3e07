/**
 * The one way the CLI writes a workbook (`fix`, `insert`): to a temporary file in the target's folder, then
 * renamed over the target. A rename within a folder is atomic, so an interrupted or failed write never
 * leaves a half-written workbook, and `--in-place` replaces the input only once the new file is complete.
 */
import fs from "node:fs";
import path from "node:path";
import { KpiLintError } from "./errors";

/** Writes the workbook's bytes to a file; a parameter so that tests can make a write fail half-way. */
export type WriteFile = (bytes: Uint8Array, file: string) => Promise<void>;

const fileWrite: WriteFile = (bytes, file) => fs.promises.writeFile(file, bytes);

/** The temporary file a write goes through: hidden, next to the target, unique to this process. */
export function tempPathFor(target: string): string {
  const suffix = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.kpi-lint-${suffix}.tmp`);
}

export async function writeWorkbook(bytes: Uint8Array, target: string, write: WriteFile = fileWrite): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await write(bytes, tmp);
    // keep the permissions of a file being replaced (--in-place)
    const mode = existingMode(target);
    if (mode !== null) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new KpiLintError("WRITE_FAILED", { path: target, detail: (e as Error)?.message ?? String(e) });
  }
}

function existingMode(file: string): number | null {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return null;
  }
}

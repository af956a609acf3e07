/**
 * Spreadsheets kpi-lint cannot read itself — Excel 97-2003 (.xls), WPS (.et), OpenDocument (.ods) — converted to
 * a temporary .xlsx by LibreOffice when `soffice` is on the PATH; otherwise an error that says how to convert.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { KpiLintError } from "./errors";

export type LegacyFormat = "xls" | "et" | "ods";

/** A file ready to read as .xlsx: the file itself, or LibreOffice's conversion of it (then `convertedFrom`). */
export interface XlsxInput {
  path: string;
  convertedFrom?: LegacyFormat;
  /** Removes the temporary conversion, if any. */
  dispose(): void;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
/** LibreOffice's first start (a fresh profile) takes seconds; a large file more. */
const CONVERT_TIMEOUT_MS = 120_000;

function head(file: string): Buffer {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const buf = Buffer.alloc(256);
    return buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The legacy format a file is in, by its extension or its first bytes: an OLE container that is not an encrypted
 * .xlsx (those hold an "EncryptedPackage" stream, looked for by the reader) is .xls or .et; a zip whose first entry
 * is the OpenDocument `mimetype` is .ods; any other file named .xls, .et or .ods is left to LibreOffice.
 */
export function legacyFormat(file: string): LegacyFormat | null {
  const ext = path.extname(file).toLowerCase();
  const bytes = head(file);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    const whole = fs.readFileSync(file);
    if (whole.includes(Buffer.from("EncryptedPackage", "utf16le"))) return null;
    return ext === ".et" ? "et" : "xls";
  }
  // a zip is .ods or a workbook misnamed (read as it is)
  if (bytes.subarray(0, 2).toString("latin1") === "PK") return bytes.includes(Buffer.from(ODS_MIMETYPE)) ? "ods" : null;
  // budget systems often export HTML or XML Spreadsheet 2003 named .xls: LibreOffice reads those too
  if (bytes.length > 0 && (ext === ".xls" || ext === ".et" || ext === ".ods")) return ext.slice(1) as LegacyFormat;
  return null;
}

/** `soffice` (LibreOffice) on the PATH, or null. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const names = process.platform === "win32" ? ["soffice.com", "soffice.exe"] : ["soffice"];
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function refuse(file: string, format: LegacyFormat): never {
  if (format === "ods") throw new KpiLintError("ODS_FORMAT", { path: file });
  throw new KpiLintError("XLS_FORMAT", { path: file });
}

/**
 * The .xlsx to read for `file`. A legacy file is converted by LibreOffice into a temporary folder (its own
 * profile, so a LibreOffice window the user has open does not swallow the request); the original is not touched.
 */
export function xlsxInput(file: string): XlsxInput {
  const format = fs.existsSync(file) && fs.statSync(file).isFile() ? legacyFormat(file) : null;
  if (!format) return { path: file, dispose: () => undefined };
  const soffice = findSoffice();
  if (!soffice) refuse(file, format);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-convert-"));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  const profile = pathToFileURL(path.join(dir, "profile")).href;
  const outDir = path.join(dir, "out");
  const r = spawnSync(
    soffice,
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, path.resolve(file)],
    { encoding: "utf8", timeout: CONVERT_TIMEOUT_MS, stdio: ["ignore", "pipe", "pipe"] },
  );
  const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.xlsx`);
  if (r.status !== 0 || !fs.existsSync(converted)) {
    dispose();
    const detail = r.error?.message ?? (r.stderr.trim() || r.stdout.trim() || `exit ${r.status ?? r.signal}`);
    throw new KpiLintError("CONVERT_FAILED", { path: file, detail: detail.split("\n")[0] });
  }
  return { path: converted, convertedFrom: format, dispose };
}

/**
 * Runs `read` on the .xlsx for `file`: the file itself, or LibreOffice's temporary conversion of an .xls, .et or
 * .ods (announced through `converting`), removed afterwards. The result says what it was converted from.
 */
export function readAsXlsx<T extends object>(
  file: string,
  converting: (format: LegacyFormat) => void,
  read: (xlsx: string) => T,
): T & { convertedFrom?: LegacyFormat } {
  const input = xlsxInput(file);
  try {
    if (input.convertedFrom) converting(input.convertedFrom);
    return { ...read(input.path), convertedFrom: input.convertedFrom };
  } finally {
    input.dispose();
  }
}

/** What the JSON output says about a converted file (nothing for an .xlsx). */
export function convertedJson(from: LegacyFormat | undefined): { converted?: { from: LegacyFormat; with: "LibreOffice" } } {
  return from ? { converted: { from, with: "LibreOffice" } } : {};
}

/**
 * The zip container of an .xlsx, read with fflate: only the parts the reader asks for are inflated, each
 * within a size bound, so a zip bomb stops with a message instead of filling memory. Entry names are only
 * ever looked up, never used as file paths (nothing here touches a file system).
 */
import { unzipSync } from "fflate";
import { KpiLintError } from "../core/errors";

/** Largest inflated size of one part, and of all parts read from one workbook. */
export const PART_LIMIT = 200 * 1024 * 1024;
export const TOTAL_LIMIT = 400 * 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" as UTF-16LE: the stream an encrypted OOXML file keeps inside its OLE container. */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function includes(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** Text rather than a binary file: no NUL and few control characters in the first 4 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= n / 100;
}

/** Why bytes that are not a zip cannot be read: encrypted, legacy .xls, CSV, text or unknown. */
function notAZip(bytes: Uint8Array, path: string): KpiLintError {
  const data = { path };
  if (startsWith(bytes, OLE_MAGIC)) {
    if (includes(bytes, ENCRYPTED_PACKAGE)) return new KpiLintError("PASSWORD_PROTECTED", data);
    return new KpiLintError("XLS_FORMAT", data);
  }
  if (/\.csv$/i.test(path)) return new KpiLintError("CSV_FORMAT", data);
  if (looksLikeText(bytes)) return new KpiLintError("TEXT_NOT_XLSX", data);
  return new KpiLintError("NOT_XLSX", data);
}

export interface ZipParts {
  /** The entry names, as stored (never used as paths). */
  names: ReadonlySet<string>;
  /** The inflated bytes of one part, or undefined when the zip has no such entry. */
  read(name: string): Uint8Array | undefined;
}

/** Opens the zip's central directory; `read` inflates one entry on demand, within PART_LIMIT / TOTAL_LIMIT. */
export function openZip(bytes: Uint8Array, path: string): ZipParts {
  if (bytes.length === 0) throw new KpiLintError("EMPTY_FILE", { path });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAZip(bytes, path);
  const names = new Set<string>();
  const lower = new Map<string, string>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name);
        lower.set(f.name.toLowerCase(), f.name);
        return false;
      },
    });
  } catch {
    throw new KpiLintError("ZIP_DAMAGED", { path });
  }
  let total = 0;
  const read = (wanted: string): Uint8Array | undefined => {
    // part names are case-insensitive in OPC
    const name = names.has(wanted) ? wanted : lower.get(wanted.toLowerCase());
    if (name === undefined) return undefined;
    let out: Uint8Array | undefined;
    try {
      out = unzipSync(bytes, {
        filter: (f) => {
          if (f.name !== name) return false;
          // the declared size bounds the output buffer: a part cannot inflate past what it claims
          if (f.originalSize > PART_LIMIT || total + f.originalSize > TOTAL_LIMIT) {
            throw new KpiLintError("PART_TOO_LARGE", { path, part: name, limit: PART_LIMIT / 1024 / 1024 });
          }
          return true;
        },
      })[name];
    } catch (e) {
      if (e instanceof KpiLintError) throw e;
      throw new KpiLintError("ZIP_DAMAGED", { path });
    }
    if (!out) return undefined;
    total += out.length;
    return out;
  };
  return { names, read };
}

/**
 * The zip container of an .xlsx, read with fflate: only the parts the reader asks for are inflated, each
 * within a size bound, so a zip bomb stops with a message instead of filling memory. Entry names are only
 * ever looked up, never used as file paths (nothing here touches a file system).
 */
import { Inflate, unzipSync } from "fflate";
import { KpiLintError } from "../core/read-error-codes";

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
  /** The entry names, as stored (never used as paths), in the central directory's order. */
  names: ReadonlySet<string>;
  /** The entry's name as stored for a part name in any case (part names are case-insensitive in OPC). */
  nameOf(wanted: string): string | undefined;
  /** The inflated bytes of one part, or undefined when the zip has no such entry. */
  read(name: string): Uint8Array | undefined;
  /**
   * The entry as stored (still compressed), for a writer that copies it without inflating it: undefined for
   * what cannot be copied so (a Zip64 archive, an encrypted entry, a method other than store and deflate).
   */
  stored(name: string): StoredEntry | undefined;
}

/** One zip entry's data as it is in the file, with what a zip writer needs to copy it. */
export interface StoredEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** The inflated size. */
  size: number;
  /** The stored (compressed) bytes. */
  data: Uint8Array;
}

interface Entry {
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** The central directory: every entry's name, method, sizes and offset; null for a Zip64 archive. */
function centralDirectory(bytes: Uint8Array): Map<string, Entry> | null {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) {
    if (bytes.length - end > 65558) return new Map();
    end--;
  }
  if (end < 0) return new Map();
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const names = new TextDecoder();
  const out = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new Error("central directory");
    const nameLength = u16(bytes, at + 28);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) return null;
    out.set(name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return out;
}

/** The stored bytes of one entry, after its local header. */
function entryData(bytes: Uint8Array, e: Entry): Uint8Array {
  if (u32(bytes, e.offset) !== 0x04034b50) throw new Error("local header");
  const start = e.offset + 30 + u16(bytes, e.offset + 26) + u16(bytes, e.offset + 28);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw new Error("cut short");
  return data;
}

/**
 * Inflates raw DEFLATE data into at most `max` bytes: null as soon as it would hold more (a bomb), an
 * exception when the data is damaged. Where the platform has a native inflater (Node's zlib, several
 * times faster than fflate), the caller of `openZip` may pass it; fflate's is the default.
 */
export type RawInflate = (data: Uint8Array, max: number) => Uint8Array | null;

/**
 * fflate, in slices, stopping as soon as the output passes `max`: memory and time stay bounded by the
 * entry's declared size however much the data would inflate to.
 */
const fflateInflate: RawInflate = (data, max) => {
  const out = new Uint8Array(max);
  let filled = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || filled + chunk.length > max) {
      over = true;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  });
  // 8 KB of deflate data inflates to at most ~8 MB (deflate's ratio tops out near 1:1032): the most a lying
  // entry can allocate before it is caught (64 KB slices let a 4 KB-claiming bomb take ~270 MB and seconds)
  const step = 8192;
  for (let i = 0; i < data.length && !over; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
  return over ? null : out.subarray(0, filled);
};

/** One entry's bytes: stored, or inflated to exactly its declared size (PART_TOO_LARGE when it would hold more). */
function readEntry(bytes: Uint8Array, e: Entry, inflate: RawInflate, tooLarge: () => KpiLintError): Uint8Array {
  const data = entryData(bytes, e);
  if (e.method === 0) return data.slice();
  if (e.method !== 8) throw new Error("method");
  const out = inflate(data, e.size);
  if (out === null) throw tooLarge();
  if (out.length !== e.size) throw new Error("size");
  return out;
}

/** Opens the zip's central directory; `read` inflates one entry on demand, within PART_LIMIT / TOTAL_LIMIT. */
export function openZip(bytes: Uint8Array, path: string, inflate: RawInflate = fflateInflate): ZipParts {
  if (bytes.length === 0) throw new KpiLintError("EMPTY_FILE", { path });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAZip(bytes, path);
  let entries: Map<string, Entry> | null;
  try {
    entries = centralDirectory(bytes);
  } catch {
    throw new KpiLintError("ZIP_DAMAGED", { path });
  }
  if (entries?.size === 0) throw new KpiLintError("ZIP_DAMAGED", { path });
  const zip64 = entries === null ? zip64Entries(bytes, path) : null;
  const names = new Set(entries ? entries.keys() : zip64?.keys());
  const lower = new Map([...names].map((n) => [n.toLowerCase(), n]));
  let total = 0;
  const nameOf = (wanted: string) => (names.has(wanted) ? wanted : lower.get(wanted.toLowerCase()));
  const read = (wanted: string): Uint8Array | undefined => {
    const name = nameOf(wanted);
    if (name === undefined) return undefined;
    const tooLarge = () => new KpiLintError("PART_TOO_LARGE", { path, part: name, limit: PART_LIMIT / 1024 / 1024 });
    let out: Uint8Array;
    try {
      const entry = entries?.get(name);
      if (entry && (entry.size > PART_LIMIT || total + entry.size > TOTAL_LIMIT)) throw tooLarge();
      out = entry ? readEntry(bytes, entry, inflate, tooLarge) : readZip64(bytes, name, total, tooLarge);
    } catch (e) {
      if (e instanceof KpiLintError) throw e;
      throw new KpiLintError("ZIP_DAMAGED", { path });
    }
    total += out.length;
    return out;
  };
  const stored = (wanted: string): StoredEntry | undefined => {
    const name = nameOf(wanted);
    const e = name === undefined ? undefined : entries?.get(name);
    // bit 0 of the flags: encrypted
    if (!e || e.flags & 1 || (e.method !== 0 && e.method !== 8)) return undefined;
    try {
      return { method: e.method, crc: e.crc, size: e.size, data: entryData(bytes, e) };
    } catch {
      throw new KpiLintError("ZIP_DAMAGED", { path });
    }
  };
  return { names, nameOf, read, stored };
}

/** Zip64 archives (rare for a workbook): listed and read through fflate, the declared size still bounding memory. */
function zip64Entries(bytes: Uint8Array, path: string): Map<string, number> {
  const out = new Map<string, number>();
  try {
    unzipSync(bytes, { filter: (f) => (out.set(f.name, f.originalSize), false) });
  } catch {
    throw new KpiLintError("ZIP_DAMAGED", { path });
  }
  return out;
}

function readZip64(bytes: Uint8Array, name: string, total: number, tooLarge: () => KpiLintError): Uint8Array {
  const out = unzipSync(bytes, {
    filter: (f) => {
      if (f.name !== name) return false;
      if (f.originalSize > PART_LIMIT || total + f.originalSize > TOTAL_LIMIT) throw tooLarge();
      return true;
    },
  })[name];
  return out;
}

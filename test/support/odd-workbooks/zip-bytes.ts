/**
 * Zip bytes written by hand, for what fflate's zipSync will not write: entries with data descriptors (sizes after
 * the data), sizes that lie, pre-compressed data (the inflate bomb), names with `../`. Format: PKWARE APPNOTE 4.3.
 */
import zlib from "node:zlib";

export interface ZipEntry {
  name: string;
  /** The entry's uncompressed bytes; for `raw` entries only their CRC and size are taken from `crc` / `size`. */
  data?: Uint8Array;
  /** Already-deflated bytes, with the CRC-32 and size of what they inflate to. */
  raw?: { bytes: Uint8Array; crc: number; size: number };
  /** 0 = stored, 8 = deflated (the default). */
  method?: 0 | 8;
  /** Sizes and CRC written after the data (general-purpose flag bit 3), zero in the local header. */
  descriptor?: boolean;
  /** An uncompressed size that lies, written in both headers. */
  claimedSize?: number;
}

const UTF8_NAMES = 0x800;
const DESCRIPTOR = 0x8;
// 1 January 2024, 00:00 in MS-DOS date/time
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

interface Packed {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  body: Uint8Array;
}

function pack(e: ZipEntry): Packed {
  const method = e.raw ? 8 : (e.method ?? 8);
  const data = e.data ?? new Uint8Array(0);
  const body = e.raw ? e.raw.bytes : method === 8 ? zlib.deflateRawSync(data) : data;
  return {
    name: Buffer.from(e.name, "utf8"),
    flags: UTF8_NAMES | (e.descriptor ? DESCRIPTOR : 0),
    method,
    crc: e.raw ? e.raw.crc : zlib.crc32(data),
    csize: body.length,
    usize: e.claimedSize ?? (e.raw ? e.raw.size : data.length),
    body,
  };
}

/** A zip archive of `entries`, in order. */
export function zipBytes(entries: ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    chunks.push(b);
    offset += b.length;
  };
  for (const e of entries) {
    const p = pack(e);
    const local = offset;
    const sizes = e.descriptor ? [u32(0), u32(0), u32(0)] : [u32(p.crc), u32(p.csize), u32(p.usize)];
    push(Buffer.concat([u32(0x04034b50), u16(20), u16(p.flags), u16(p.method), u16(DOS_TIME), u16(DOS_DATE), ...sizes]));
    push(Buffer.concat([u16(p.name.length), u16(0), p.name]));
    push(p.body);
    if (e.descriptor) push(Buffer.concat([u32(0x08074b50), u32(p.crc), u32(p.csize), u32(p.usize)]));
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(p.flags),
        u16(p.method),
        u16(DOS_TIME),
        u16(DOS_DATE),
        u32(p.crc),
        u32(p.csize),
        u32(p.usize),
        u16(p.name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(local),
        p.name,
      ]),
    );
  }
  const cd = Buffer.concat(central);
  const cdOffset = offset;
  push(cd);
  push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(cdOffset), u16(0)]));
  return Buffer.concat(chunks);
}

/**
 * Raw deflate bytes for `head` + `fill` repeated `times` + `tail`, built without ever holding the inflated text:
 * `fill` is compressed once ending in a full flush (byte-aligned, no back-references), so its blocks can be
 * repeated as they are; the tail's stream closes the whole. 1 MiB of spaces deflates to about 1 KB.
 */
export function deflatedRepeat(head: string, fill: Uint8Array, times: number, tail: string): ZipEntry["raw"] & object {
  const full = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  const block = zlib.deflateRawSync(fill, full);
  const parts: Buffer[] = [zlib.deflateRawSync(headBytes, full)];
  let crc = zlib.crc32(headBytes);
  for (let i = 0; i < times; i++) {
    parts.push(block);
    crc = zlib.crc32(fill, crc);
  }
  parts.push(zlib.deflateRawSync(tailBytes));
  crc = zlib.crc32(tailBytes, crc);
  return { bytes: Buffer.concat(parts), crc, size: headBytes.length + fill.length * times + tailBytes.length };
}

/**
 * Damaged and hostile files: each must stop with a clear zh-CN message and exit 2 — never a crash, never a hang,
 * never "no table found" as if the file were sound, never an entity resolved or a file written outside.
 */
import type { OddCase } from "./case-types";
import { MAIN_NS, SHEET1, SST, STYLES, WORKBOOK, XML_DECL, edit, replaceOnce, sheetParts, text, withPart, without, zip } from "./package";
import { deflatedRepeat, zipBytes } from "./zip-bytes";

/** Damaged: says so, and how to recover (open in Excel, let it repair, save a copy). */
const DAMAGED = /已损坏.*请在 Excel 中打开/;
const ENTITIES = /实体/;
const TOO_LARGE = /解压后超过 \d+ MB/;

/** Billion laughs: ten levels of ten references, 10⁹ "lol"s if anything expanded them. */
function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<!DOCTYPE sst [${levels.join("")}]>`;
}

/** A minimal CFB (OLE) container, as Office writes an encrypted workbook: EncryptionInfo and EncryptedPackage streams. */
export function encryptedContainer(streams: string[] = ["EncryptionInfo", "EncryptedPackage"]): Uint8Array {
  const SECTOR = 512;
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 76 + 4 * i);
  // each stream is 4096 bytes (eight sectors), so it lives in the FAT, not the mini stream
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  let next = 2;
  const starts: number[] = [];
  for (let s = 0; s < streams.length; s++) {
    starts.push(next);
    for (let k = 0; k < 8; k++, next++) fat.writeUInt32LE(k === 7 ? 0xfffffffe : next + 1, 4 * next);
  }
  const dir = Buffer.alloc(SECTOR, 0);
  const entry = (i: number, name: string, type: number, start: number, size: number, child = 0xffffffff, right = 0xffffffff) => {
    const o = i * 128;
    Buffer.from(`${name}\0`, "utf16le").copy(dir, o);
    dir.writeUInt16LE((name.length + 1) * 2, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(0xffffffff, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, "Root Entry", 5, 0xfffffffe, 0, 1);
  streams.forEach((name, i) => entry(i + 1, name, 2, starts[i], 4096, 0xffffffff, i + 1 < streams.length ? i + 2 : 0xffffffff));
  const data = Buffer.alloc(4096 * streams.length, 0x5a);
  return Buffer.concat([header, fat, dir, data]);
}

/** sheet 1 as a single inline string whose text inflates to `mib` MiB of spaces. */
function bombEntry(mib: number) {
  const head = `${XML_DECL}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
  return deflatedRepeat(head, Buffer.alloc(1 << 20, 0x20), mib, "</t></is></c></row></sheetData></worksheet>");
}

function withBomb(base: Parameters<OddCase["build"]>[0]["base"], claimed?: number): Uint8Array {
  return zipBytes(
    Object.entries(base).map(([name, data]) => (name === SHEET1 ? { name, raw: bombEntry(512), claimedSize: claimed } : { name, data })),
  );
}

export const REFUSED_CASES: OddCase[] = [
  {
    name: "shared-strings part missing",
    build: ({ base }) => zip(without(base, SST)),
    expect: { read: "refused", code: "PART_MISSING", message: DAMAGED },
  },
  {
    name: "styles part missing",
    build: ({ base }) => zip(without(base, STYLES)),
    expect: { read: "refused", code: "PART_MISSING", message: DAMAGED },
  },
  {
    name: "a worksheet part missing",
    build: ({ base }) => zip(without(base, sheetParts(base)[1])),
    expect: { read: "refused", code: "PART_MISSING", message: DAMAGED },
  },
  {
    name: "workbook part missing",
    build: ({ base }) => zip(without(base, WORKBOOK)),
    expect: { read: "refused", code: "PART_MISSING", message: DAMAGED },
  },
  {
    name: "a cell pointing at a shared string that is not there",
    build: ({ base }) => zip(edit(base, SHEET1, (s) => s.replace(/(<c r="C13" s="\d+" t="s"><v>)\d+/, "$199999"))),
    expect: { read: "refused", code: "BAD_SHARED_STRING", message: DAMAGED },
  },
  {
    name: "a cell reference beyond XFD1048576",
    build: ({ base }) => zip(edit(base, SHEET1, (s) => replaceOnce(s, '<c r="A1" ', '<c r="XFE1048577" '))),
    expect: { read: "refused", code: "BAD_CELL_REF", message: DAMAGED },
  },
  {
    name: "worksheet XML cut short",
    build: ({ base }) => {
      const xml = text(base, SHEET1);
      return zip(withPart(base, SHEET1, xml.slice(0, Math.floor(xml.length * 0.6))));
    },
    expect: { read: "refused", code: "XML_CUT_SHORT", message: DAMAGED },
  },
  {
    name: "truncated zip (cut off in transit)",
    build: ({ base }) => {
      const bytes = zip(base);
      return bytes.subarray(0, Math.floor(bytes.length * 0.7));
    },
    expect: { read: "refused", code: "ZIP_DAMAGED", message: DAMAGED },
  },
  {
    name: "XXE: external entities (file and http) in the shared strings",
    build: ({ base, trapUrl }) =>
      zip(
        edit(base, SST, (s) =>
          replaceOnce(
            s.replace(/<si><t>[^<]*<\/t><\/si>/, "<si><t>&xxe;&net;</t></si>"),
            "<sst ",
            `<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "${trapUrl}">]><sst `,
          ),
        ),
      ),
    expect: { read: "refused", code: "XML_ENTITIES", message: ENTITIES },
  },
  {
    name: "XXE: an external parameter entity in a worksheet",
    build: ({ base, trapUrl }) =>
      zip(
        edit(base, SHEET1, (s) => replaceOnce(s, "<worksheet ", `<!DOCTYPE worksheet [<!ENTITY % p SYSTEM "${trapUrl}"> %p;]><worksheet `)),
      ),
    expect: { read: "refused", code: "XML_ENTITIES", message: ENTITIES },
  },
  {
    name: "entity bomb (billion laughs)",
    build: ({ base }) =>
      zip(
        edit(base, SST, (s) =>
          replaceOnce(s.replace(/<si><t>[^<]*<\/t><\/si>/, "<si><t>&lol9;</t></si>"), "<sst ", `${billionLaughs()}<sst `),
        ),
      ),
    expect: { read: "refused", code: "XML_ENTITIES", message: ENTITIES },
  },
  {
    name: "inflate bomb: a part that inflates to 512 MiB",
    build: ({ base }) => withBomb(base),
    expect: { read: "refused", code: "PART_TOO_LARGE", message: TOO_LARGE },
  },
  {
    name: "inflate bomb whose headers claim 4 KB",
    build: ({ base }) => withBomb(base, 4096),
    expect: { read: "refused", code: "PART_TOO_LARGE", message: TOO_LARGE },
  },
  {
    name: "encrypted workbook (OLE container, EncryptedPackage)",
    build: () => encryptedContainer(),
    expect: { read: "refused", code: "PASSWORD_PROTECTED", message: /设有打开密码/ },
  },
  {
    name: "text file named .xlsx",
    build: () => Buffer.from("项目名称\t指标值\n培训\t≥1次\n"),
    expect: { read: "refused", code: "TEXT_NOT_XLSX", message: /是文本文件，不是 Excel 工作簿/ },
  },
  {
    name: "a zip that holds no workbook",
    build: () => zip({ "readme.txt": Buffer.from("hello"), "data/a.json": Buffer.from("{}") }),
    expect: { read: "refused", code: "NOT_XLSX", message: /不是 Excel 工作簿/ },
  },
  {
    name: "every sheet empty",
    build: ({ base }) =>
      zip(Object.fromEntries(Object.entries(base).map(([n, d]) => [n, /^xl\/worksheets\/sheet\d+\.xml$/.test(n) ? emptySheet() : d]))),
    expect: { read: "refused", code: "EMPTY_WORKBOOK", message: /工作簿为空/ },
  },
];

function emptySheet(): Uint8Array {
  return Buffer.from(`${XML_DECL}<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`);
}

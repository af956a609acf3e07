/**
 * The surgical writer copies every part it does not change as the zip entry it was (method, CRC and compressed
 * bytes, never inflated nor deflated again), compresses only what it changed, finds parts whatever their case,
 * and says DAMAGED_FILE for a zip it cannot read.
 */
import zlib from "node:zlib";
import { strFromU8, strToU8 } from "fflate";
import { KpiLintError } from "../../src/cli/errors";
import { writeCells } from "../../src/cli/surgical-write";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { type ZipEntry, zipBytes } from "../support/odd-workbooks/zip-bytes";

const NS = "http://schemas.openxmlformats.org";
const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
const sheetXml = (cells: string) => xml(`<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`);

/** Deflated at level 9 (the writer's own level is 4), so an entry deflated again would not keep its bytes. */
function level9(name: string, data: Uint8Array): ZipEntry {
  return { name, raw: { bytes: zlib.deflateRawSync(data, { level: 9 }), crc: zlib.crc32(data), size: data.length } };
}

/** A workbook of two sheets, a custom XML part stored uncompressed, one written with a data descriptor. */
function workbook(sheet1Target = "worksheets/sheet1.xml"): Uint8Array {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${NS}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`).join("");
  return zipBytes([
    level9(
      "[Content_Types].xml",
      xml(
        `<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      ),
    ),
    level9(
      "_rels/.rels",
      xml(`<Relationships xmlns="${NS}/package/2006/relationships">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`),
    ),
    level9(
      "xl/workbook.xml",
      xml(
        `<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="绩效目标" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      ),
    ),
    level9(
      "xl/_rels/workbook.xml.rels",
      xml(
        `<Relationships xmlns="${NS}/package/2006/relationships">${rel("rId1", "worksheet", sheet1Target)}${rel("rId2", "worksheet", "worksheets/sheet2.xml")}</Relationships>`,
      ),
    ),
    level9("xl/worksheets/sheet1.xml", sheetXml(`<row r="1"><c r="A1"><v>150</v></c><c r="B1"><v>0.5</v></c></row>${rows}`)),
    {
      name: "xl/worksheets/sheet2.xml",
      data: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>说明</t></is></c></row>${rows}`),
      descriptor: true,
    },
    { name: "customXml/item1.xml", data: xml('<budget xmlns="urn:example:budget"><unit>124001</unit></budget>'), method: 0 },
  ]);
}

interface Stored {
  method: number;
  crc: number;
  data: Buffer;
  /** Where the data starts in the zip. */
  start: number;
}

/** The entries of a zip by name, read from the central directory (sizes and CRC there even with a data descriptor). */
function storedEntries(zip: Uint8Array): Map<string, Stored> {
  const b = Buffer.from(zip);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out = new Map<string, Stored>();
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < b.readUInt16LE(end + 10); i++) {
    const nameLength = b.readUInt16LE(at + 28);
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.set(b.toString("utf8", at + 46, at + 46 + nameLength), {
      method: b.readUInt16LE(at + 10),
      crc: b.readUInt32LE(at + 16),
      data: b.subarray(start, start + b.readUInt32LE(at + 20)),
      start,
    });
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

function inflated(e: Stored): string {
  return strFromU8(e.method === 0 ? e.data : zlib.inflateRawSync(e.data));
}

describe("the surgical writer copies what it does not change as it was stored", () => {
  it("every unchanged entry keeps its method, CRC and compressed bytes; the edited sheet alone is compressed anew", () => {
    const input = workbook();
    const out = writeCells(input, "in.xlsx", [{ sheet: "绩效目标", row: 1, col: 2, value: "50%" }]);
    const [before, after] = [storedEntries(input), storedEntries(out)];
    expect([...after.keys()]).toEqual([...before.keys()]);
    const edited = "xl/worksheets/sheet1.xml";
    for (const [name, e] of before) {
      if (name === edited) continue;
      const copy = after.get(name)!;
      expect([name, copy.method, copy.crc, copy.data.equals(e.data)]).toEqual([name, e.method, e.crc, true]);
    }
    const sheet = after.get(edited)!;
    expect(sheet.method).toBe(8);
    expect(sheet.crc).toBe(zlib.crc32(Buffer.from(inflated(sheet))));
    expect(inflated(sheet)).toBe(
      inflated(before.get(edited)!)
        .replace("<v>0.5</v></c>", "")
        .replace('<c r="B1">', '<c r="B1" t="inlineStr"><is><t xml:space="preserve">50%</t></is></c>'),
    );

    const grid = readXlsx(out);
    expect(grid.sheets.map((s) => [s.name, s.rows[0]])).toEqual([
      ["绩效目标", [150, "50%"]],
      ["说明", ["说明"]],
    ]);
  });

  it("a sheet whose part is named in another case is written in place, not added beside it", () => {
    const out = writeCells(workbook("worksheets/Sheet1.XML"), "in.xlsx", [{ sheet: "绩效目标", row: 1, col: 1, value: 151 }]);
    const after = storedEntries(out);
    expect([...after.keys()].filter((n) => n.toLowerCase() === "xl/worksheets/sheet1.xml")).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(inflated(after.get("xl/worksheets/sheet1.xml")!)).toContain('<c r="A1"><v>151</v></c>');
  });

  it("a zip it cannot read, or whose edited part is damaged, is DAMAGED_FILE", () => {
    const codeOf = (bytes: Uint8Array) => {
      try {
        writeCells(bytes, "坏.xlsx", [{ sheet: "绩效目标", row: 1, col: 1, value: 1 }]);
        return "written";
      } catch (e) {
        return e instanceof KpiLintError ? e.code : String(e);
      }
    };
    const good = workbook();
    expect(codeOf(good.subarray(0, good.length - 30))).toBe("DAMAGED_FILE");
    const broken = Buffer.from(good);
    const sheet = storedEntries(good).get("xl/worksheets/sheet1.xml")!;
    broken.fill(0xff, sheet.start + 2, sheet.start + 40);
    expect(codeOf(broken)).toBe("DAMAGED_FILE");
  });
});

/** The CLI's zip writer: what it writes, fflate and ExcelJS (JSZip) read back part for part. */
import { strToU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { tableCrc32, zipParts } from "../../src/cli/zip-write";

const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

function minimalWorkbook(): Map<string, Uint8Array> {
  const ns = "http://schemas.openxmlformats.org";
  return new Map([
    [
      "[Content_Types].xml",
      xml(
        `<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    ],
    [
      "_rels/.rels",
      xml(
        `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    ],
    [
      "xl/workbook.xml",
      xml(
        `<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="绩效目标" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      xml(
        `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    ],
    [
      "xl/worksheets/sheet1.xml",
      xml(
        `<worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>培训人数</t></is></c><c r="B1"><v>150</v></c></row></sheetData></worksheet>`,
      ),
    ],
    ["xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 0, 0, 255])],
  ]);
}

describe("zipParts", () => {
  it("writes a zip that fflate reads back part for part, in order, with UTF-8 names", () => {
    const parts = minimalWorkbook();
    parts.set("customXml/项目.xml", xml("<a>预算</a>"));
    const bytes = zipParts(parts, (n) => n.endsWith(".bin"));
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual([...parts.keys()]);
    for (const [name, data] of parts) expect([name, Buffer.from(back[name]).equals(Buffer.from(data))]).toEqual([name, true]);
  });

  it("stores the parts it is told to store and deflates the rest", () => {
    const bytes = zipParts(minimalWorkbook(), (n) => n.endsWith(".bin"));
    // local header of the .bin part: method 0; of the sheet: method 8
    const text = Buffer.from(bytes).toString("latin1");
    const methodOf = (name: string) => {
      const at = text.indexOf(`PK\x03\x04`, text.lastIndexOf("PK\x03\x04", text.indexOf(name)));
      return bytes[at + 8] | (bytes[at + 9] << 8);
    };
    expect(methodOf("xl/vbaProject.bin")).toBe(0);
    expect(methodOf("xl/worksheets/sheet1.xml")).toBe(8);
  });

  it("is a workbook ExcelJS opens", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(zipParts(minimalWorkbook(), () => false)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("绩效目标")!;
    expect([ws.getCell("A1").value, ws.getCell("B1").value]).toEqual(["培训人数", 150]);
  });

  it("computes the standard CRC-32 without zlib's", () => {
    expect(tableCrc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(new Uint8Array(0))).toBe(0);
  });
});

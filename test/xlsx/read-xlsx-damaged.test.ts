/**
 * Damaged, disguised and hostile files: each is a KpiLintError with its own code (never an empty
 * reading), within bounded time and memory; far cells, Strict OOXML and odd zips read correctly.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { KpiLintError } from "../../src/core/errors";
import { type WorkbookGrid, valueAt } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import { nativeInflate } from "../../src/cli/native-inflate";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import type { RawInflate } from "../../src/xlsx/zip";

type Parts = Record<string, Uint8Array>;

async function sampleParts(): Promise<Parts> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表1");
  ws.getCell("A1").value = "项目名称";
  ws.getCell("B1").value = "满意度";
  ws.getCell("A2").value = 0.95;
  ws.getCell("A2").numFmt = "0%";
  ws.mergeCells("B2:C3");
  ws.getCell("B2").value = "合并";
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "x";
  return unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const edit = (parts: Parts, name: string, f: (xml: string) => string): Parts => ({ ...parts, [name]: strToU8(f(strFromU8(parts[name]))) });
const without = (parts: Parts, name: string): Parts => Object.fromEntries(Object.entries(parts).filter(([n]) => n !== name));
const SHEET = "xl/worksheets/sheet1.xml";

function errorWith(bytes: Uint8Array, inflate?: RawInflate): KpiLintError {
  try {
    readXlsx(bytes, { path: "t.xlsx", inflate });
  } catch (e) {
    if (e instanceof KpiLintError) return e;
    throw e;
  }
  throw new Error("read without an error");
}

/** The error, the same with fflate (the browser's inflater) and with Node's zlib (the CLI's). */
function errorOf(bytes: Uint8Array): KpiLintError {
  const e = errorWith(bytes);
  expect(errorWith(bytes, nativeInflate).message).toBe(e.message);
  return e;
}

let parts: Parts;
beforeAll(async () => (parts = await sampleParts()));

describe("damaged workbooks are reported as damaged", () => {
  const cases: Array<[string, (p: Parts) => Parts, string, RegExp]> = [
    ["shared strings missing", (p) => without(p, "xl/sharedStrings.xml"), "PART_MISSING", /缺少工作簿部件 xl\/sharedStrings\.xml/],
    ["styles missing", (p) => without(p, "xl/styles.xml"), "PART_MISSING", /xl\/styles\.xml/],
    ["a worksheet missing", (p) => without(p, SHEET), "PART_MISSING", /xl\/worksheets\/sheet1\.xml/],
    ["workbook part missing", (p) => without(p, "xl/workbook.xml"), "PART_MISSING", /xl\/workbook\.xml/],
    [
      "a shared-string index past the table",
      (p) => edit(p, SHEET, (x) => x.replace(/<v>0<\/v>/, "<v>999</v>")),
      "BAD_SHARED_STRING",
      /#999/,
    ],
    ["a cell reference that is no cell", (p) => edit(p, SHEET, (x) => x.replace('r="A2"', 'r="A0"')), "BAD_CELL_REF", /“A0”/],
    ["a sheet's XML cut short", (p) => edit(p, SHEET, (x) => x.slice(0, x.indexOf("</sheetData>") - 20)), "XML_CUT_SHORT", /不完整/],
    ["shared strings cut short", (p) => edit(p, "xl/sharedStrings.xml", (x) => x.slice(0, x.length / 2)), "XML_CUT_SHORT", /sharedStrings/],
    ["garbage in the XML", (p) => edit(p, SHEET, (x) => x.replace("<sheetData>", "<sheetData><<>")), "XML_MALFORMED", /不是有效的 XML/],
  ];
  it.each(cases)("%s", (_name, change, code, message) => {
    const e = errorOf(zipSync(change(parts)));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.exitCode).toBe(2);
  });

  it("a zip cut off in transit", () => {
    const whole = zipSync(parts);
    expect(errorOf(whole.subarray(0, Math.floor(whole.length * 0.7))).code).toBe("ZIP_DAMAGED");
  });
});

describe("files that are no workbook say what they are", () => {
  const cases: Array<[string, Uint8Array, string, RegExp]> = [
    ["a text file named .xlsx", strToU8("项目名称,指标值\n培训,≥1次\n"), "TEXT_NOT_XLSX", /是文本文件，不是 Excel 工作簿/],
    [
      "an image named .xlsx",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      "NOT_XLSX",
      /不是 Excel 工作簿/,
    ],
    ["a Word document", zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w/>") }), "NOT_XLSX", /不是/],
    ["an empty file", new Uint8Array(0), "EMPTY_FILE", /文件为空/],
  ];
  it.each(cases)("%s", (_name, bytes, code, message) => {
    const e = errorOf(bytes);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/“\.xlsx”文件/);
  });

  it("an encrypted workbook (an OLE container with an EncryptedPackage stream) is 文件已加密", () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(64)]);
    const name = Uint8Array.from(Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]));
    const e = errorOf(Uint8Array.from([...ole, ...name, ...new Uint8Array(64)]));
    expect(e.code).toBe("PASSWORD_PROTECTED");
    expect(e.message).toMatch(/文件已加密/);
    expect(errorOf(ole).code).toBe("XLS_FORMAT");
  });
});

describe("hostile files are safe", () => {
  it("a DOCTYPE declaring entities (XXE, entity bombs) is refused, nothing resolved", () => {
    const xxe = (x: string) => x.replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet');
    expect(errorOf(zipSync(edit(parts, SHEET, xxe))).code).toBe("XML_ENTITIES");
    const lol = '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const bomb = edit(parts, "xl/sharedStrings.xml", (x) => x.replace("<sst", `${lol}<sst`).replace("满意度", "&b;"));
    expect(errorOf(zipSync(bomb)).code).toBe("XML_ENTITIES");
  });

  it("an entity that is not declared is malformed XML, not expanded", () => {
    expect(errorOf(zipSync(edit(parts, "xl/sharedStrings.xml", (x) => x.replace("满意度", "&xxe;")))).code).toBe("XML_MALFORMED");
  });

  /** The zip with `part`'s size declared as `size` in the central directory and the local header. */
  function declaring(bytes: Uint8Array, part: string, size: number): Uint8Array {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (dv.getUint32(end, true) !== 0x06054b50) end--;
    let at = dv.getUint32(end + 16, true);
    for (let i = 0; i < dv.getUint16(end + 10, true); i++) {
      const nameLength = dv.getUint16(at + 28, true);
      if (strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)) === part) {
        dv.setUint32(at + 24, size, true);
        dv.setUint32(dv.getUint32(at + 42, true) + 22, size, true);
      }
      at += 46 + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
    }
    return bytes;
  }

  it("a part that inflates past its declared size stops early, in bounded memory", () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    // declare 1 KB: a bomb lying about its size
    const bytes = declaring(zipSync({ ...parts, [SHEET]: zeros }, { level: 9 }), SHEET, 1024);
    const t = Date.now();
    expect(errorOf(bytes).code).toBe("PART_TOO_LARGE");
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it("a part that inflates to less than its declared size is damaged", () => {
    expect(errorOf(declaring(zipSync(parts), SHEET, parts[SHEET].length + 10)).code).toBe("ZIP_DAMAGED");
  });

  it("entry names with ../ are only looked up, never written anywhere", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-zip-"));
    const evil = `../../${path.basename(dir)}-evil.txt`;
    const grid = readXlsx(zipSync({ ...parts, [evil]: strToU8("x"), "/abs.txt": strToU8("y") }));
    expect(valueAt(grid.sheets[0], 1, 1)).toBe("项目名称");
    expect(fs.existsSync(path.join(dir, evil))).toBe(false);
    expect(fs.readdirSync(path.dirname(dir)).filter((f) => f.endsWith("-evil.txt"))).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });

  it("a sheet past the cell cap stops with a message naming the sheet and the cell", () => {
    const e = (() => {
      try {
        readXlsx(zipSync(parts), { path: "t.xlsx", maxCells: 2 });
      } catch (x) {
        return x as KpiLintError;
      }
      throw new Error("no error");
    })();
    expect(e.code).toBe("SHEET_TOO_LARGE");
    expect(e.message).toMatch(/工作表“表1”/);
    expect(e.message).toMatch(/A2|B1|B2/);
  });
});

describe("odd but sound workbooks read correctly", () => {
  function sameAsOriginal(grid: WorkbookGrid, original: WorkbookGrid): void {
    expect(grid.sheets.map((s) => [s.name, s.rowCount, s.columnCount, s.merges])).toEqual(
      original.sheets.map((s) => [s.name, s.rowCount, s.columnCount, s.merges]),
    );
    for (const [i, s] of original.sheets.entries()) {
      for (let r = 1; r <= s.rowCount; r++)
        for (let c = 1; c <= s.columnCount; c++) expect(valueAt(grid.sheets[i], r, c)).toBe(valueAt(s, r, c));
    }
  }

  it("reads the sample: percent shown, merged value spread, hidden sheet kept", () => {
    const g = readXlsx(zipSync(parts));
    expect(g.sheets.map((s) => s.name)).toEqual(["表1", "隐藏"]);
    expect(valueAt(g.sheets[0], 2, 1)).toBe("95%");
    expect([valueAt(g.sheets[0], 2, 2), valueAt(g.sheets[0], 3, 3)]).toEqual(["合并", "合并"]);
  });

  it("Strict OOXML namespaces read like transitional ones", () => {
    const strict: Parts = {};
    for (const [name, bytes] of Object.entries(parts)) {
      strict[name] = /\.(xml|rels)$/.test(name)
        ? strToU8(
            strFromU8(bytes)
              .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
              .replace(
                /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
                "http://purl.oclc.org/ooxml/officeDocument/relationships",
              ),
          )
        : bytes;
    }
    expect(strFromU8(strict["xl/_rels/workbook.xml.rels"])).toMatch(/purl\.oclc\.org/);
    sameAsOriginal(readXlsx(zipSync(strict)), readXlsx(zipSync(parts)));
  });

  it("prefixed elements (x:row, x:c) and stored (uncompressed) parts read the same", () => {
    const prefixed = edit(parts, SHEET, (x) =>
      x
        .replace(/<(\/?)(sheetData|row|c|v|f|mergeCells|mergeCell)([ >/])/g, "<$1x:$2$3")
        .replace("<worksheet ", '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '),
    );
    sameAsOriginal(readXlsx(zipSync(prefixed, { level: 0 })), readXlsx(zipSync(parts)));
  });

  it("one value at XFD1048576 is read fast and validates like the sheet without it", () => {
    const far = edit(parts, SHEET, (x) =>
      x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData>'),
    );
    const t = Date.now();
    const grid = readXlsx(zipSync(far));
    const { findings } = lint(grid);
    // a second or so on a busy machine; the dense grid it replaced never finished (1,048,576 × 16,384 cells)
    expect(Date.now() - t).toBeLessThan(20000);
    expect(grid.sheets[0].rowCount).toBe(1048576);
    expect(grid.sheets[0].columnCount).toBe(16384);
    expect(valueAt(grid.sheets[0], 1048576, 16384)).toBe("远");
    expect(findings).toEqual(lint(readXlsx(zipSync(parts))).findings);
  });

  it("a 1904 workbook shows its dates as Excel does", () => {
    const p1904 = edit(parts, "xl/workbook.xml", (x) => x.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'));
    const withDate = edit(p1904, SHEET, (x) => x.replace("</sheetData>", '<row r="9"><c r="A9" s="9"><v>0</v></c></row></sheetData>'));
    const styled = edit(withDate, "xl/styles.xml", (x) =>
      x.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n: string, xfs: string) => {
        const list: string[] = xfs.match(/<xf [^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [];
        while (list.length < 9) list.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
        list.push('<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
        return `<cellXfs count="${list.length}">${list.join("")}</cellXfs>`;
      }),
    );
    expect(Number(/cellXfs count="(\d+)"/.exec(strFromU8(styled["xl/styles.xml"]))?.[1])).toBeGreaterThan(9);
    expect(valueAt(readXlsx(zipSync(styled)).sheets[0], 9, 1)).toBe("1904年1月1日");
  });
});

describe("through the CLI", () => {
  it("validate on a workbook without its shared strings exits 2 with the damage named, never 未找到绩效指标表", async () => {
    const { main } = await import("../../src/cli/main");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-damaged-")), "缺共享字符串.xlsx");
    fs.writeFileSync(file, zipSync(without(parts, "xl/sharedStrings.xml")));
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["validate", file], { out: (s) => out.push(s), err: (s) => err.push(s) });
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(/已损坏：缺少工作簿部件 xl\/sharedStrings\.xml/);
    expect([...out, ...err].join("\n")).not.toMatch(/未找到绩效指标表/);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});

/**
 * Workbooks carrying what a writer can lose or leave behind: a custom XML part (as budget systems add), formulas
 * on the sheet and on another sheet pointing to it, conditional formats, data validations, a hyperlink, a defined
 * name and merged areas below a project block. For the surgical-writer tests.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type Parts = Record<string, Uint8Array>;

export const parts = (file: string): Parts => unzipSync(new Uint8Array(fs.readFileSync(file)));
export const text = (p: Parts, name: string): string => strFromU8(p[name]);

/** Adds a custom XML part with its properties, related from the workbook, as Office does. */
export function withCustomXml(bytes: Uint8Array): Uint8Array {
  const p = unzipSync(bytes);
  p["customXml/item1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><budget xmlns="urn:example:budget"><unit>124001</unit></budget>',
  );
  p["customXml/itemProps1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6C3A1B52-0D55-4F6B-9C1A-1F2E3D4C5B6A}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:budget"/></ds:schemaRefs></ds:datastoreItem>',
  );
  p["customXml/_rels/item1.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
  );
  const rels = "xl/_rels/workbook.xml.rels";
  p[rels] = strToU8(
    strFromU8(p[rels]).replace(
      "</Relationships>",
      '<Relationship Id="rIdCustom1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
    ),
  );
  const types = "[Content_Types].xml";
  p[types] = strToU8(
    strFromU8(p[types]).replace(
      "</Types>",
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    ),
  );
  return zipSync(p);
}

/** Decorates `sheet` below its last row `b` (and above), and a second sheet that refers to it. */
export async function richWorkbook(file: string, sheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const quoted = `'${sheet}'`;
  const b = ws.rowCount;
  ws.getCell(`H${b + 2}`).value = { formula: `SUM(E${b - 2}:E${b})+H1`, result: 0 };
  ws.getCell("H1").value = { formula: `COUNTA(C${b - 5}:C${b})&"C${b}"`, result: 0 };
  ws.getCell(`H${b + 3}`).value = { formula: `${quoted}!E${b}*2`, result: 0 };
  ws.getCell(`A${b + 3}`).value = "below";
  ws.mergeCells(`A${b + 4}:B${b + 4}`);
  ws.getCell(`A${b + 4}`).value = "merged below";
  ws.getCell(`A${b + 5}`).value = { text: "link", hyperlink: "https://example.org/" };
  ws.addConditionalFormatting({
    ref: `E${b - 5}:E${b}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [`E${b - 5}=""`],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  ws.getCell(`D${b + 6}`).dataValidation = { type: "list", allowBlank: true, formulae: [`$A$${b + 3}:$A$${b + 4}`] };
  wb.definedNames.add(`${quoted}!$A$${b - 5}:$F$${b}`, "KpiBlock");
  const other = wb.addWorksheet("引用");
  other.getCell("A1").value = { formula: `${quoted}!E${b}`, result: 0 };
  other.getCell("A2").value = { formula: `${quoted}!E2`, result: 0 };
  return withCustomXml(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * Committed generated files stay in step with their generators: the sample workbooks (npm run samples)
 * and the template pack's JSON Schema (npm run pack-schema). Generated in memory, compared with the files;
 * workbooks compare as read back (sheets, cells, number formats, merges), not as bytes, since the zip
 * stores timestamps.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { FIXTURES } from "../../tools/fixtures/build";
import { SAMPLES_DIR } from "../../tools/fixtures/write-fixtures";
import { PACK_SCHEMA_FILE, packSchemaJson } from "../../tools/pack-schema";

interface SheetContent {
  name: string;
  merges: string[];
  cells: Record<string, { value: unknown; numFmt?: string }>;
}

function contentOf(wb: ExcelJS.Workbook): SheetContent[] {
  return wb.worksheets.map((ws) => {
    const cells: SheetContent["cells"] = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[cell.address] = { value: cell.value, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
      }),
    );
    return { name: ws.name, merges: [...ws.model.merges].sort(), cells };
  });
}

async function readBack(wb: ExcelJS.Workbook): Promise<SheetContent[]> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return contentOf(again);
}

describe("assets/samples matches the fixture builders (on a mismatch: npm run samples)", () => {
  it("has exactly the built workbooks", () => {
    const committed = fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith(".xlsx"));
    expect(committed.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  it.each(Object.keys(FIXTURES))("%s", async (file) => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(path.join(SAMPLES_DIR, file));
    const expected = await readBack(FIXTURES[file]());
    expect({ file, sheets: contentOf(committed) }).toEqual({ file, sheets: expected });
  });
});

describe("the template pack JSON Schema matches tools/pack-schema.ts", () => {
  it("assets/templates/template-pack.schema.json is up to date (npm run pack-schema)", () => {
    expect(fs.readFileSync(PACK_SCHEMA_FILE, "utf8")).toBe(packSchemaJson());
  });
});

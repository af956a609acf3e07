/** ExcelJS (~0.4 s to load) is loaded by `validate` only for the reviewer's workbook (`--format xlsx`). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SAMPLE = path.join(__dirname, "../../assets/samples/qingdao-forms.xlsx");
const quiet = { out: () => undefined, err: () => undefined };

it("validate loads ExcelJS for --format xlsx only", async () => {
  const loaded = jest.fn();
  jest.doMock("exceljs", () => {
    loaded();
    return jest.requireActual("exceljs");
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-startup-"));
  await jest.isolateModulesAsync(async () => {
    const { main } = await import("../../src/cli/main");
    for (const format of ["text", "json", "sarif"]) expect(await main(["validate", SAMPLE, "--format", format], quiet)).toBe(1);
    expect(loaded).not.toHaveBeenCalled();
    const out = path.join(dir, "审核汇总.xlsx");
    expect(await main(["validate", SAMPLE, "--format", "xlsx", "--out", out], quiet)).toBe(1);
    expect(loaded).toHaveBeenCalledTimes(1);
    expect(fs.existsSync(out)).toBe(true);
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

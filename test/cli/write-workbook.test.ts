/** fix and insert write through one path: a temporary file in the same folder, renamed over the target. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { KpiLintError } from "../../src/core/errors";
import { writeWorkbook, type WriteFile } from "../../src/cli/write-workbook";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const fixture = (f: string) => path.join(FIXTURE_DIR, f);
let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-write-"))));
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += `${s}\n`), err: (s) => (err += `${s}\n`) });
  return { code, out, err };
}

let small: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = "new";
  small = new Uint8Array(await wb.xlsx.writeBuffer());
});
const smallWorkbook = () => small;

/** A write that gets half-way: some bytes on disk, then the disk is "full". */
const halfWrite: WriteFile = async (_bytes, file) => {
  fs.writeFileSync(file, Buffer.from("PK\u0003\u0004 half a workbook"));
  throw new Error("ENOSPC: no space left on device");
};

/** The file system's writeFile, made to fail half-way, for the commands. */
function failWrites(): void {
  jest.spyOn(fs.promises, "writeFile").mockImplementation((file) => halfWrite(new Uint8Array(), file as string));
}

describe("writeWorkbook", () => {
  it("writes the workbook and leaves no temporary file", async () => {
    const target = path.join(tmp, "out.xlsx");
    await writeWorkbook(smallWorkbook(), target);
    expect(fs.readdirSync(tmp)).toEqual(["out.xlsx"]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(target);
    expect(back.getWorksheet("S")?.getCell("A1").value).toBe("new");
  });

  it("writes through a temporary file in the target's folder", async () => {
    const target = path.join(tmp, "out.xlsx");
    const seen: string[] = [];
    await writeWorkbook(smallWorkbook(), target, async (bytes, file) => {
      seen.push(file);
      expect(fs.existsSync(target)).toBe(false);
      fs.writeFileSync(file, bytes);
    });
    expect(path.dirname(seen[0])).toBe(tmp);
    expect(seen[0]).not.toBe(target);
    expect(fs.readdirSync(tmp)).toEqual(["out.xlsx"]);
  });

  it("a failure during the write leaves the existing file untouched and no temporary file behind", async () => {
    const target = path.join(tmp, "keep.xlsx");
    fs.copyFileSync(fixture("qingdao-forms.xlsx"), target);
    const before = fs.readFileSync(target);
    const error = await writeWorkbook(smallWorkbook(), target, halfWrite).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpiLintError);
    expect((error as KpiLintError).code).toBe("WRITE_FAILED");
    expect((error as KpiLintError).messageEn).toMatch(/Cannot write .*keep\.xlsx: ENOSPC/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual(["keep.xlsx"]);
  });

  it("a folder that does not exist is WRITE_FAILED, nothing created", async () => {
    const target = path.join(tmp, "no-such-folder", "out.xlsx");
    await expect(writeWorkbook(smallWorkbook(), target)).rejects.toMatchObject({ code: "WRITE_FAILED" });
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it("replacing a file keeps its permissions", async () => {
    if (process.platform === "win32") return;
    const target = path.join(tmp, "mode.xlsx");
    fs.writeFileSync(target, "old");
    fs.chmodSync(target, 0o640);
    await writeWorkbook(smallWorkbook(), target);
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
  });
});

describe("the commands write through it", () => {
  it("fix --in-place: a failed write leaves the input as it was (exit 2, WRITE_FAILED)", async () => {
    const copy = path.join(tmp, "in.xlsx");
    fs.copyFileSync(fixture("qingdao-forms.xlsx"), copy);
    const before = fs.readFileSync(copy);
    failWrites();
    const r = await run("fix", copy, "--in-place");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法写入 .*in\.xlsx：ENOSPC/);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual(["in.xlsx"]);
  });

  it("fix --out: a failed write creates no output", async () => {
    failWrites();
    const r = await run("fix", fixture("funing-forms.xlsx"), "--out", path.join(tmp, "out.xlsx"), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kpi-lint: Cannot write .*out\.xlsx: ENOSPC/m);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it("insert: a failed write leaves an existing output untouched", async () => {
    const out = path.join(tmp, "out.xlsx");
    fs.writeFileSync(out, "previous");
    failWrites();
    const r = await run("insert", fixture("qingdao-forms.xlsx"), "--project", "法治专项业务费", "--type", "training", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法写入/);
    expect(fs.readFileSync(out, "utf8")).toBe("previous");
    expect(fs.readdirSync(tmp)).toEqual(["out.xlsx"]);
  });
});

/**
 * .xls, .et and .ods: converted by LibreOffice when `soffice` is on the PATH (here a stand-in script that
 * "converts" by copying a known .xlsx and logs how it was called), otherwise refused with how to convert.
 * Also: a file that cannot be read is not counted in the summary line.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "../support/cli-run";
import { encryptedContainer, zip } from "../support/odd-workbooks";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const QINGDAO = path.join(FIXTURE_DIR, "qingdao-forms.xlsx");
let tmp: string;
let withSoffice: string;
let failingSoffice: string;
let noSoffice: string;
let log: string;
const savedPath = process.env.PATH;

/** An executable shell script at `dir/soffice`. */
function script(dir: string, body: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "soffice"), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return dir;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-formats-"));
  log = path.join(tmp, "soffice.log");
  // LibreOffice writes <outdir>/<input name>.xlsx; the stand-in copies the Qingdao fixture there
  withSoffice = script(
    path.join(tmp, "bin-ok"),
    [
      `echo "$@" >> '${log}'`,
      'out=""; prev=""; last=""',
      'for a in "$@"; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; last="$a"; done',
      "name=${last##*/}; name=${name%.*}",
      `/bin/mkdir -p "$out" && /bin/cp '${QINGDAO}' "$out/$name.xlsx"`,
    ].join("\n"),
  );
  failingSoffice = script(path.join(tmp, "bin-fail"), 'echo "Error: source file could not be loaded" >&2\nexit 1');
  noSoffice = path.join(tmp, "bin-none");
  fs.mkdirSync(noSoffice);
});

afterAll(() => {
  process.env.PATH = savedPath;
  fs.rmSync(tmp, { recursive: true, force: true });
});

afterEach(() => {
  process.env.PATH = savedPath;
});

const OLE = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024, 0)]);
const ODS = () => zip({ mimetype: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": Buffer.from("<x/>") }, 0);

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const LEGACY: Array<[string, () => Uint8Array, string]> = [
  ["old.xls", () => OLE, "xls"],
  ["wps.et", () => OLE, "et"],
  ["calc.ods", ODS, "ods"],
  ["exported-html.xls", () => Buffer.from("<html><table><tr><td>项目名称</td></tr></table></html>"), "xls"],
];

describe("with LibreOffice on the PATH: converted, validated, and said so", () => {
  it.each(LEGACY)("%s reads like the .xlsx LibreOffice makes of it", async (name, bytes, format) => {
    process.env.PATH = `${withSoffice}${path.delimiter}${savedPath}`;
    fs.rmSync(log, { force: true });
    const original = bytes();
    const file = write(name, original);
    const text = await run("validate", file);
    expect(text.out).toContain(`“${file}”是 .${format} 文件：已用 LibreOffice 转换为临时 .xlsx 后读取（原文件未改动）。`);
    // the count itself is checked by the JSON comparison below
    expect(text.out).toMatch(/共 1 个文件，\d+ 个问题/);
    expect(text.code).toBe(1);
    const json = await run("validate", file, "--format", "json");
    const expected = JSON.parse((await run("validate", QINGDAO, "--format", "json")).out).files[0];
    const got = JSON.parse(json.out).files[0];
    expect(got).toEqual({ ...expected, file, converted: { from: format, with: "LibreOffice" } });
    // called as documented, with a profile of its own, and the temporary copy removed
    const calls = fs.readFileSync(log, "utf8").trim().split("\n");
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatch(new RegExp(`^-env:UserInstallation=file://\\S+ --headless --convert-to xlsx --outdir (\\S+) ${file}$`));
    const outDir = / --outdir (\S+) /.exec(calls[0])![1];
    expect(fs.existsSync(outDir)).toBe(false);
    expect(fs.readFileSync(file)).toEqual(Buffer.from(original));
  });

  it("inspect and classify convert too; English says so in English", async () => {
    process.env.PATH = `${withSoffice}${path.delimiter}${savedPath}`;
    const file = write("calc2.ods", ODS());
    const inspect = await run("inspect", file, "--lang", "en");
    expect(inspect.code).toBe(0);
    expect(inspect.out).toContain(`${file} is an .ods file: converted to a temporary .xlsx by LibreOffice`);
    expect(inspect.out).toContain("法治专项业务费");
    const classify = await run("classify", file, "--format", "json");
    expect(JSON.parse(classify.out)).toEqual(expect.objectContaining({ file, converted: { from: "ods", with: "LibreOffice" } }));
    expect(JSON.parse(classify.out).projects.length).toBeGreaterThan(5);
  });

  it("a conversion that fails is a clear error, exit 2", async () => {
    process.env.PATH = `${failingSoffice}${path.delimiter}${savedPath}`;
    const r = await run("validate", write("bad.xls", OLE));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /LibreOffice 未能把“.*bad\.xls”转换为 \.xlsx（Error: source file could not be loaded）。请在 Excel 或 WPS 中打开，另存为 \.xlsx/,
    );
  });

  it("an encrypted .xlsx (an OLE container too) is not sent to LibreOffice", async () => {
    process.env.PATH = `${withSoffice}${path.delimiter}${savedPath}`;
    fs.rmSync(log, { force: true });
    const r = await run("validate", write("secret.xlsx", encryptedContainer()));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/设有打开密码/);
    expect(fs.existsSync(log)).toBe(false);
  });
});

describe("without LibreOffice: refused, saying how to convert", () => {
  const cases: Array<[string, () => Uint8Array, RegExp, RegExp]> = [
    ["old.xls", () => OLE, /是旧版 Excel 97-2003（\.xls）或 WPS（\.et）格式/, /legacy Excel 97-2003 \(\.xls\) or WPS \(\.et\)/],
    ["wps.et", () => OLE, /是旧版 Excel 97-2003（\.xls）或 WPS（\.et）格式/, /or WPS \(\.et\) file/],
    ["calc.ods", ODS, /是 OpenDocument 表格（\.ods）/, /is an OpenDocument spreadsheet \(\.ods\)/],
  ];
  it.each(cases)("%s", async (name, bytes, zh, en) => {
    process.env.PATH = noSoffice;
    const file = write(name, bytes());
    const r = await run("validate", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(zh);
    expect(r.err).toContain("请在 Excel 或 WPS 中打开，另存为 .xlsx 后再校验；或安装 LibreOffice");
    expect(r.err).toContain("soffice --headless --convert-to xlsx 文件");
    expect(r.out).toBe("");
    const english = await run("validate", file, "--lang", "en");
    expect(english.err).toMatch(en);
    expect(english.err).toContain("Save it as .xlsx in Excel or WPS; or install LibreOffice");
  });
});

describe("the summary counts only the files that were read", () => {
  it("a missing file: its error, and no “共 1 个文件，0 个问题” beside it", async () => {
    const r = await run("validate", path.join(tmp, "nope.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/找不到文件/);
    expect(r.out).toBe("");
  });

  it("one read, one missing: the summary counts one and says one more could not be read", async () => {
    const alone = JSON.parse((await run("validate", QINGDAO, "--format", "json")).out).files[0].findings.length;
    const r = await run("validate", QINGDAO, path.join(tmp, "nope.xlsx"));
    // one unreadable file does not hide the other's findings: exit 1 (errors found), 2 only when nothing was read
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`共 1 个文件，${alone} 个问题：.*；另有 1 个文件无法读取（见上方错误）\n$`));
    const en = await run("validate", QINGDAO, path.join(tmp, "nope.xlsx"), "--lang", "en");
    expect(en.out).toMatch(
      new RegExp(`1 file\\(s\\), ${alone} problems: .*; 1 more file\\(s\\) could not be read \\(see the errors above\\)\n$`),
    );
  });
});

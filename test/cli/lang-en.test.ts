/**
 * `--lang en`: every word the CLI itself prints is English. What may still be Chinese is data: quoted sheet,
 * project and indicator names, cell values, and the rules' own messages (tested with the rules).
 */
import { run } from "../support/cli-run";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cliZh } from "../../src/app/messages/cli";
import { ERROR_CODES } from "../../src/cli/errors";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const fixture = (f: string) => path.join(FIXTURE_DIR, f);
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-en-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The Chinese pieces of the zh-CN CLI texts (between placeholders), two characters or more. */
const ZH_FRAGMENTS = [...Object.values(cliZh), ...Object.values(ERROR_CODES).map((e) => e.zh)]
  .flatMap((t) => t.split(/\{\{\w+\}\}|\n/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 2 && CJK.test(s) && !s.includes("【待填】"));

function expectNoZhCatalogueText(text: string): void {
  const leaked = ZH_FRAGMENTS.filter((f) => text.includes(f));
  expect(leaked).toEqual([]);
}

/** The output with its data taken out: quoted names, and what a finding line says after the cell. */
function cliWords(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const l = line.replace(/"[^"\n]*"|“[^”\n]*”/g, '""');
      const m = /^(\s+[A-Z]+\d+\s+(?:error|warning|info)\s+).*?(\s\[[\w-]+\])(?:(\s+→ (?:fix|suggest):).*)?$/.exec(l);
      return m ? `${m[1]}${m[2]}${m[3] ?? ""}` : l;
    })
    .join("\n");
}

describe("--lang en", () => {
  it("validate: the report's own words are English", async () => {
    const r = await run("validate", fixture("qingdao-forms.xlsx"), fixture("ningbo-summary.xlsx"), "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/sheet "3\.法治专项业务费": 1 projects, 2 problems/);
    expect(r.out).toMatch(/project "法治专项业务费" \(37020023P880028109110, rows 1–17\)/);
    expect(r.out).toMatch(/2 file\(s\), \d+ problems: \d+ errors, \d+ warnings, \d+ info/);
    expect(cliWords(r.out)).not.toMatch(CJK);
    expectNoZhCatalogueText(r.out);
    expect(r.err).toBe("");
  });

  it("sarif: messages in English", async () => {
    const sarif = JSON.parse((await run("validate", fixture("funing-forms.xlsx"), "-f", "sarif", "--lang", "en")).out);
    expect(sarif.runs[0].tool.driver.rules[0].shortDescription.text).toMatch(/^A quantitative target/);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    const zh = JSON.parse((await run("validate", fixture("funing-forms.xlsx"), "-f", "sarif")).out);
    expect(sarif.runs[0].results[0].message.text).not.toBe(zh.runs[0].results[0].message.text);
  });

  it("a config asking for English is obeyed; --lang wins over it", async () => {
    const cfg = path.join(tmp, "en.json");
    fs.writeFileSync(cfg, JSON.stringify({ locale: "en" }));
    expect((await run("validate", fixture("funing-forms.xlsx"), "-c", cfg)).out).toMatch(/file\(s\)/);
    expect((await run("validate", fixture("funing-forms.xlsx"), "-c", cfg, "--lang", "zh-CN")).out).toMatch(/共 1 个文件/);
  });

  const badFiles: Array<[string, string, () => string, RegExp]> = [
    ["missing file", "FILE_NOT_FOUND", () => path.join(tmp, "nope.xlsx"), /File not found: .*nope\.xlsx$/m],
    ["empty file", "EMPTY_FILE", () => write("zero.xlsx", Buffer.alloc(0)), /Empty file/],
    ["csv", "CSV_FORMAT", () => write("data.csv", Buffer.from("a,b\n1,2\n")), /is a CSV text file/],
    ["text", "TEXT_NOT_XLSX", () => write("notes.xlsx", Buffer.from("hello")), /is a text file, not an Excel workbook/],
    ["binary", "NOT_XLSX", () => write("image.xlsx", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")), /is not an Excel workbook/],
    [
      "legacy .xls",
      "XLS_FORMAT",
      () => write("old.xls", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)])),
      /legacy Excel 97-2003 \(\.xls\)/,
    ],
    ["damaged", "ZIP_DAMAGED", () => write("broken.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)])), /damaged/],
  ];
  function write(name: string, buf: Buffer): string {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, buf);
    return p;
  }

  it.each(badFiles)("an unreadable file (%s) is reported in English, with its code in JSON", async (_n, code, make, message) => {
    const file = make();
    const text = await run("validate", file, "--lang", "en");
    expect(text.code).toBe(2);
    expect(text.err).toMatch(/^kpi-lint: /);
    expect(text.err).toMatch(message);
    expect(text.err).not.toMatch(CJK);
    expect(text.out).not.toMatch(CJK);

    const json = await run("validate", file, "--lang", "en", "--format", "json");
    expect(json.code).toBe(2);
    const entry = JSON.parse(json.out).files[0];
    expect(entry).toEqual(
      expect.objectContaining({ file, errorCode: code, error: expect.stringMatching(CJK), errorEn: expect.stringMatching(message) }),
    );
  });

  it("arguments, commands and usage are English", async () => {
    const bad = await run("validate", "--colour", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^kpi-lint: Bad arguments: /);
    expect(bad.err).toMatch(/Usage:/);
    const unknown = await run("lint", "--lang=en");
    expect(unknown.err).toMatch(/Unknown command: lint/);
    const help = await run("--help", "--lang", "en");
    expect(help.code).toBe(0);
    expect(help.out.split("【待填】").join("")).not.toMatch(CJK);
    for (const argv of [
      ["validate", fixture("qingdao-forms.xlsx"), "--format", "xml"],
      ["validate"],
      ["inspect"],
      ["fix", fixture("qingdao-forms.xlsx")],
      ["fix", fixture("qingdao-forms.xlsx"), "--out", fixture("qingdao-forms.xlsx")],
      ["fix", fixture("qingdao-forms.xlsx"), "--out", path.join(tmp, "x.xlsx"), "--rule", "no-such-rule"],
      ["templates", "show"],
      ["templates", "check"],
      ["templates", "frobnicate"],
      ["insert", fixture("qingdao-forms.xlsx")],
      ["validate", fixture("qingdao-forms.xlsx"), "--config", path.join(tmp, "missing.json")],
    ]) {
      const r = await run(...argv, "--lang", "en");
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect({ argv, err: r.err.split("\n\n")[0] }).toEqual({ argv, err: expect.not.stringMatching(CJK) });
    }
    expect((await run("validate", fixture("qingdao-forms.xlsx"), "--lang", "fr")).err).toMatch(/--lang 只能是 zh-CN 或 en/);
  });

  it("inspect, rules, templates, classify: the CLI's words are English", async () => {
    const inspect = await run("inspect", fixture("ningbo-summary.xlsx"), "--lang", "en");
    expect(inspect.out).toMatch(/summary table \(one indicator per row\), money unit/);
    expect(inspect.out).toMatch(/project "宁波市司法局公证E通系统"/);
    expectNoZhCatalogueText(inspect.out);

    const rules = await run("rules", "--lang", "en");
    // the rules' descriptions are the rules' own English (they quote 百分率, 一级 … as written in the tables)
    expect(rules.out).toMatch(/^missing-unit +error +fixable +Missing unit — A quantitative target/m);
    expectNoZhCatalogueText(rules.out);

    const show = await run("templates", "show", "training", "--lang", "en");
    expect(show.out).toMatch(/\(training, from .*\): .*\nkeywords: /);
    expectNoZhCatalogueText(show.out);
    expectNoZhCatalogueText((await run("templates", "list", "--lang", "en")).out);

    const classify = await run("classify", fixture("qingdao-forms.xlsx"), "--lang", "en");
    expect(classify.out).toMatch(/row \d+ {2}/);
    expectNoZhCatalogueText(classify.out);
  });

  it("fix and insert report in English", async () => {
    const fixed = await run("fix", fixture("funing-forms.xlsx"), "--out", path.join(tmp, "fixed.xlsx"), "--lang", "en");
    expect(fixed.code).toBe(0);
    expect(fixed.out).toMatch(/Fixed \d+ cell\(s\), written to .*fixed\.xlsx; \d+ problem\(s\) \(\d+ errors\) remain/);
    expectNoZhCatalogueText(fixed.out);

    const out = path.join(tmp, "inserted.xlsx");
    const ins = await run(
      "insert",
      fixture("qingdao-forms.xlsx"),
      "--project",
      "法治专项业务费",
      "--type",
      "rule-of-law",
      "--out",
      out,
      "--lang",
      "en",
    );
    expect(ins.code).toBe(0);
    expect(ins.out).toMatch(/(Inserted \d+ ".*" template indicators into project "法治专项业务费")|(nothing to insert)/);
    expectNoZhCatalogueText(ins.out);
    const unknown = await run(
      "insert",
      fixture("qingdao-forms.xlsx"),
      "--project",
      "nope",
      "--type",
      "training",
      "--out",
      out,
      "--lang",
      "en",
    );
    expect(unknown.err).toMatch(/Project “nope” not found\. Projects in the workbook: /);
  });
});

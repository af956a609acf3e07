import { run } from "../support/cli-run";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const fixture = (f: string) => path.join(FIXTURE_DIR, f);
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("kpi-lint validate", () => {
  it("text: zh-CN, grouped by sheet and project, with cells and a summary line; exit 1 on errors", async () => {
    const r = await run("validate", fixture("qingdao-forms.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("工作表「3.法治专项业务费」");
    expect(r.out).toContain("项目「法治专项业务费」（37020023P880028109110，第 1–17 行）");
    expect(r.out).toMatch(
      /E10\s+错误\s+成本指标“法治专项业务费预算控制数”的上限 ≤228.4万元 高于项目预算数 208.4万元\s+\[budget-exceeded\]/,
    );
    expect(r.out).toMatch(/共 1 个文件，\d+ 个问题：错误 \d+，警告 \d+，提示 \d+/);
  });

  it("json: the contract shape", async () => {
    const r = await run("validate", fixture("ningbo-summary.xlsx"), "--format", "json");
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(1);
    const f = json.files[0];
    expect(f.file).toBe(fixture("ningbo-summary.xlsx"));
    const missing = f.findings.find((x: { ruleId: string }) => x.ruleId === "missing-unit");
    expect(missing).toEqual(
      expect.objectContaining({
        ruleId: "missing-unit",
        severity: "error",
        sheet: "项目绩效目标汇总表",
        row: 7,
        column: 8,
        cell: "H7",
        project: "宁波市司法局公证E通系统",
        message: expect.stringContaining("系统成本控制"),
        fix: expect.objectContaining({ cell: "H7", value: "万元" }),
      }),
    );
    for (const x of f.findings) {
      expect(Object.keys(x)).toEqual(
        expect.arrayContaining(["ruleId", "severity", "sheet", "row", "column", "cell", "project", "message", "fix"]),
      );
      expect(["error", "warning", "info"]).toContain(x.severity);
    }
    const dups = f.findings.filter((x: { ruleId: string }) => x.ruleId === "duplicate-project").map((x: { project: string }) => x.project);
    expect(dups).toEqual(["律师人才培养经费", "法律服务业发展攻坚行动专项资金", "仲裁业务经费", "仲裁员培训经费"]);
  });

  it("sarif: 2.1.0 with rules and located results", async () => {
    const r = await run("validate", fixture("funing-forms.xlsx"), "-f", "sarif");
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(14);
    const res = sarif.runs[0].results[0];
    expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/!/);
  });

  it("exit 0 when only warnings and info remain (config turns errors down)", async () => {
    const cfg = path.join(tmp, "lenient.json");
    fs.writeFileSync(
      cfg,
      JSON.stringify({ rules: { "budget-exceeded": "warning", "percent-out-of-range": "off", "ratio-as-decimal": "info" } }),
    );
    const r = await run("validate", fixture("qingdao-forms.xlsx"), "--config", cfg);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("[percent-out-of-range]");
  });

  it("several files in one run", async () => {
    const r = await run("validate", fixture("qingdao-forms.xlsx"), fixture("funing-forms.xlsx"), "--format", "json");
    expect(JSON.parse(r.out).files).toHaveLength(2);
  });
});

describe("bad input: a clear zh-CN message and exit 2, never a crash", () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ["missing file", () => path.join(tmp, "nope.xlsx"), /找不到文件/],
    [
      "legacy .xls",
      () => write("old.xls", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)])),
      /Excel 97-2003（\.xls）/,
    ],
    ["csv", () => write("data.csv", Buffer.from("项目名称,指标值\n培训,≥1次\n")), /CSV 文本文件/],
    [
      "corrupt zip",
      () => write("broken.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)])),
      /已损坏：压缩包结构不完整/,
    ],
    [
      "password-protected",
      () =>
        write(
          "secret.xlsx",
          Buffer.concat([
            Buffer.from("d0cf11e0a1b11ae1", "hex"),
            Buffer.alloc(64),
            Buffer.from("EncryptedPackage", "utf16le"),
            Buffer.alloc(64),
          ]),
        ),
      /设有打开密码/,
    ],
    ["empty file", () => write("zero.xlsx", Buffer.alloc(0)), /文件为空/],
    ["a folder", () => tmp, /是文件夹/],
  ];
  function write(name: string, buf: Buffer): string {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, buf);
    return p;
  }
  it.each(cases)("%s", async (_name, make, message) => {
    const r = await run("validate", make());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("empty workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const p = path.join(tmp, "empty.xlsx");
    await wb.xlsx.writeFile(p);
    const r = await run("validate", p);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/工作簿为空/);
  });

  it("invalid config lists what is wrong with its path", async () => {
    const cfg = path.join(tmp, "bad.json");
    fs.writeFileSync(cfg, JSON.stringify({ rules: { "missing-unit": "loud", "no-such-rule": "error" }, costFramework: 2021 }));
    const r = await run("validate", fixture("qingdao-forms.xlsx"), "--config", cfg);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rules\.missing-unit：取值无效/);
    expect(r.err).toMatch(/costFramework：/);
  });

  it("config that is not JSON", async () => {
    const cfg = path.join(tmp, "notjson.json");
    fs.writeFileSync(cfg, "{ rules: ");
    expect((await run("validate", fixture("qingdao-forms.xlsx"), "-c", cfg)).err).toMatch(/不是有效的 JSON/);
  });

  it("unknown command, unknown option, unknown format", async () => {
    expect((await run("lint")).code).toBe(2);
    expect((await run("validate", "--colour")).err).toMatch(/参数有误/);
    expect((await run("validate", fixture("qingdao-forms.xlsx"), "--format", "xml")).err).toMatch(/--format 只能是/);
  });
});

describe("kpi-lint inspect", () => {
  it("json: the contract shape", async () => {
    const r = await run("inspect", fixture("qingdao-forms.xlsx"), "--format", "json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const p = j.sheets[0].projects[0];
    expect(p).toEqual(
      expect.objectContaining({
        name: "法律培训费",
        code: "37020023P88002811020P",
        firstRow: 3,
        lastRow: 19,
        budget: { amount: 17, unit: "万元" },
      }),
    );
    expect(p.indicators[1]).toEqual(
      expect.objectContaining({
        row: 13,
        level1: "产出指标",
        level2: "数量指标",
        name: "组织培训次数",
        value: expect.objectContaining({ raw: "≥3次", operator: "≥", number: 3, unit: "次", kind: "quantitative" }),
      }),
    );
  });

  it("text shows the tree", async () => {
    const r = await run("inspect", fixture("ningbo-summary.xlsx"));
    expect(r.out).toContain("汇总表（每行一个指标）");
    expect(r.out).toContain("项目「宁波市司法局公证E通系统」");
  });
});

describe("kpi-lint fix", () => {
  it("applies certain fixes, keeps formats, merges and other sheets, and leaves the input untouched", async () => {
    const input = fixture("funing-forms.xlsx");
    const before = fs.readFileSync(input);
    const out = path.join(tmp, "fixed.xlsx");
    const r = await run("fix", input, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已修复 \d+ 处/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(input);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const wa = a.worksheets[0];
    const wb = b.worksheets[0];
    expect(Object.keys((wb as unknown as { _merges: object })._merges).sort()).toEqual(
      Object.keys((wa as unknown as { _merges: object })._merges).sort(),
    );
    expect(wb.getCell("E13").value).toBe("≥95%");
    expect(wb.getCell("E92").value).toBe("≤30000元");
    expect(wb.getCell("A8").font).toEqual(wa.getCell("A8").font);
    expect(wb.getCell("A8").fill).toEqual(wa.getCell("A8").fill);
    expect(wb.getCell("E13").border).toEqual(wa.getCell("E13").border);
    // every cell that no fix touched keeps its value
    const changed = new Set<string>();
    wa.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (JSON.stringify(cell.value) !== JSON.stringify(wb.getCell(r, c).value)) changed.add(cell.address);
      }),
    );
    expect([...changed].every((addr) => /^E\d+$/.test(addr))).toBe(true);

    const again = await run("validate", out, "--format", "json");
    const rules = JSON.parse(again.out).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).not.toContain("nonstandard-unit");
    expect(rules).not.toContain("cost-operator");
  });

  it("--rule limits the fixes to one rule", async () => {
    const out = path.join(tmp, "only-units.xlsx");
    await run("fix", fixture("funing-forms.xlsx"), "--out", out, "--rule", "cost-operator");
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    expect(b.worksheets[0].getCell("E92").value).toBe("≤30000元");
    expect(b.worksheets[0].getCell("E13").value).toBe("≥95 百分率");
  });

  it("refuses to write over the input without --in-place", async () => {
    const r = await run("fix", fixture("funing-forms.xlsx"), "--out", fixture("funing-forms.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--in-place/);
    expect((await run("fix", fixture("funing-forms.xlsx"))).err).toMatch(/--out/);
  });

  it("--in-place rewrites the file", async () => {
    const copy = path.join(tmp, "copy.xlsx");
    fs.copyFileSync(fixture("qingdao-forms.xlsx"), copy);
    expect((await run("fix", copy, "--in-place")).code).toBe(0);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(copy);
    expect(b.getWorksheet("9.法律援助及12348业务费")?.getCell("E12").value).toBe("≥85%");
  });
});

describe("the installed command", () => {
  it("bin/kpi-lint.js runs the compiled CLI with exit codes", () => {
    const bin = path.join(__dirname, "../../bin/kpi-lint.js");
    if (!fs.existsSync(path.join(__dirname, "../../lib/cli/main.js"))) execFileSync("npm", ["run", "build:cli"], { stdio: "ignore" });
    const ok = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "validate", fixture("ningbo-summary.xlsx")], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("共 1 个文件");
    const missing = spawnSync(process.execPath, [bin, "validate", "nope.xlsx"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
  });
});

describe("English output", () => {
  it("--lang en prints English messages; a config can ask for it too", async () => {
    const r = await run("validate", fixture("qingdao-forms.xlsx"), "--lang", "en");
    expect(r.out).toMatch(/E10\s+error\s+Cost “法治专项业务费预算控制数”: ceiling ≤228.4万元 is above the budget 208.4万元/);
    expect(r.out).toMatch(/1 file\(s\), \d+ problems/);
    const cfg = path.join(tmp, "en.json");
    fs.writeFileSync(cfg, JSON.stringify({ locale: "en" }));
    expect((await run("validate", fixture("qingdao-forms.xlsx"), "--config", cfg)).out).toMatch(/problems: \d+ errors/);
    expect((await run("validate", fixture("qingdao-forms.xlsx"), "--lang", "fr")).code).toBe(2);
  });
});

/** `kpi-lint validate <folder>`: good, broken and lock files together; one unreadable file never stops the batch. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkFiles } from "../../src/cli/run-batch";
import { collectInputs } from "../../src/cli/collect-inputs";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { RULES } from "../../src/core/rules";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { run } from "../support/cli-run";
import { main } from "../../src/cli/main";

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-batch-"));
  // the forms say which unit fills them in (the summary's 填报单位)
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURE_DIR, "qingdao-forms.xlsx"));
  for (const ws of wb.worksheets) {
    ws.getCell("A2").value = "填报单位";
    ws.getCell("B2").value = "青岛市司法局本级";
  }
  await wb.xlsx.writeFile(path.join(dir, "青岛.xlsx"));
  fs.mkdirSync(path.join(dir, "区县"));
  fs.copyFileSync(path.join(FIXTURE_DIR, "funing-forms.xlsx"), path.join(dir, "区县", "阜宁.xlsm"));
  fs.writeFileSync(path.join(dir, "损坏.xlsx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
  // Excel's owner file of an open workbook: not a workbook at all
  fs.writeFileSync(path.join(dir, "~$青岛.xlsx"), Buffer.alloc(165, 1));
  fs.writeFileSync(path.join(dir, "说明.txt"), "not a workbook");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const good = () => [path.join(dir, "区县", "阜宁.xlsm"), path.join(dir, "青岛.xlsx")];
const broken = () => path.join(dir, "损坏.xlsx");

describe("the files of a folder", () => {
  it("are its .xlsx and .xlsm files, sub-folders included, without lock files or other files", () => {
    expect(collectInputs([dir]).sort()).toEqual([...good(), broken()].sort());
  });

  it("a folder without workbooks is an error of its own", async () => {
    const empty = fs.mkdtempSync(path.join(dir, "empty-"));
    const r = await run("validate", empty, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No \.xlsx or \.xlsm file found in .*empty-/);
    fs.rmdirSync(empty);
  });
});

describe("kpi-lint validate <folder>", () => {
  it("text: the findings of every readable file, then a summary per file with why one could not be read", async () => {
    const r = await run("validate", dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/损坏\.xlsx”已损坏/);
    expect(r.out).not.toMatch(/~\$/);
    const [findings, summary] = r.out.split("逐个文件汇总：");
    for (const f of good()) expect(findings).toContain(f);
    expect(summary).toMatch(new RegExp(`${good()[1].replace(/[\\$.]/g, "\\$&")}：10 个项目，错误 \\d+，警告 \\d+`));
    expect(summary).toMatch(/损坏\.xlsx：无法读取——“.*已损坏/);
    expect(summary).toMatch(/可读取 2 个文件，无法读取 1 个。/);
  });

  it("JSON and SARIF stay one valid document for many files", async () => {
    const json = JSON.parse((await run("validate", dir, "--format", "json")).out);
    expect(json.files.map((f: { file: string }) => f.file).sort()).toEqual([...good(), broken()].sort());
    expect(json.files.find((f: { file: string }) => f.file === broken()).errorCode).toBe("ZIP_DAMAGED");
    const sarif = JSON.parse((await run("validate", dir, "--format", "sarif")).out);
    const uris = new Set(
      sarif.runs[0].results.map(
        (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          x.locations[0].physicalLocation.artifactLocation.uri,
      ),
    );
    expect(uris.size).toBe(2);
  });

  it("a progress line where the output is a terminal (Io.progress), cleared at the end", async () => {
    const seen: string[] = [];
    const quiet = () => undefined;
    await main(["validate", dir, "--format", "json"], { out: quiet, err: quiet, progress: (s) => seen.push(s) });
    expect(seen).toEqual(["校验中 1/3 个文件…", "校验中 2/3 个文件…", "校验中 3/3 个文件…", ""]);
  });

  it("only unreadable files: exit 2", async () => {
    expect((await run("validate", broken(), path.join(dir, "nope.xlsx"))).code).toBe(2);
  });

  it("workers give the same results as checking in this process", async () => {
    const files = collectInputs([dir]);
    const opts = { config: DEFAULT_CONFIG, locale: "zh-CN" as const, report: "text" as const };
    const seen: number[] = [];
    const parallel = await checkFiles(files, { ...opts, jobs: 2, onProgress: (done) => seen.push(done) });
    expect(parallel).toEqual(await checkFiles(files, { ...opts, jobs: 1 }));
    expect(seen).toEqual([1, 2, 3]);
  }, 60_000);

  it("--format xlsx --out: a summary sheet per file and a filterable, coloured findings sheet", async () => {
    expect((await run("validate", dir, "--format", "xlsx")).err).toMatch(/--format xlsx 需要用 --out/);
    const out = path.join(dir, "审核汇总.xlsx");
    const r = await run("validate", dir, "--format", "xlsx", "--out", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`审核汇总已写入 ${out}`);
    const json = JSON.parse((await run("validate", dir, "--format", "json")).out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["审核汇总", "问题清单"]);
    const summary = wb.getWorksheet("审核汇总")!;
    const rows = (summary.getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1));
    expect(rows.map((x) => x[0]).sort()).toEqual([...good(), broken()].sort());
    const qd = rows.find((x) => x[0] === good()[1])!;
    expect(qd[1]).toBe("青岛市司法局本级");
    expect(qd[2]).toBe(10);
    expect(rows.find((x) => x[0] === broken())![6]).toMatch(/^无法读取：/);

    const findings = wb.getWorksheet("问题清单")!;
    const total = json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
    expect(findings.rowCount).toBe(total + 1);
    expect(findings.autoFilter).toBeTruthy();
    const first = json.files.find((f: { findings: unknown[] }) => f.findings.length).findings[0];
    const row2 = findings.getRow(2).values as unknown[];
    expect(row2.slice(2, 4)).toEqual([first.sheet, first.cell]);
    expect(row2[6]).toBe(RULES.find((x) => x.id === first.ruleId)!.title.zh);
    const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern).fgColor?.argb;
    const colours = new Set<string | undefined>();
    findings.eachRow((row, n) => n > 1 && colours.add(fill(row.getCell(1))));
    expect(colours.size).toBeGreaterThan(1);
  });
});

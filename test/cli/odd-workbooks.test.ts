/**
 * The odd-workbook corpus through the CLI (issue 13): every sound file reads exactly like its clean original,
 * every damaged or hostile one stops with a clear zh-CN message and exit 2 — each run within 10 s and 256 MB.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { run } from "../support/cli-run";
import { type CaseContext, ODD_CASES, type OddCase, baseParts, zip } from "../support/odd-workbooks";

const SECONDS = 10;
const MEGABYTES = 256;
const CJK = /[\u3400-\u9fff]/;

let tmp: string;
let ctx: CaseContext;
let trap: http.Server;
let trapHits = 0;
const cleanReadings = new Map<string, Promise<Reading>>();

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-odd-"));
  trap = http.createServer((_req, res) => {
    trapHits++;
    res.end("<!ENTITY leaked 'leaked'>");
  });
  await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", resolve));
  const { port } = trap.address() as { port: number };
  ctx = { base: await baseParts(), trapUrl: `http://127.0.0.1:${port}/entity.dtd` };
});

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await new Promise((resolve) => trap.close(resolve));
});

interface Reading {
  findings: unknown[];
  sheets: unknown[];
}

/** Validate and inspect, as JSON, without the file's path (the same workbook under two names reads the same). */
async function reading(file: string): Promise<Reading> {
  const v = await bounded(() => run("validate", file, "--format", "json"));
  const i = await bounded(() => run("inspect", file, "--format", "json"));
  expect({ validate: v.err, inspect: i.err }).toEqual({ validate: "", inspect: "" });
  return { findings: JSON.parse(v.out).files[0].findings, sheets: JSON.parse(i.out).sheets };
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const slug = (c: OddCase) => c.name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");

function cleanReading(c: OddCase): Promise<Reading> {
  const key = c.expect.read === "same" && c.expect.clean ? c.name : "base";
  if (!cleanReadings.has(key)) {
    const build = c.expect.read === "same" && c.expect.clean ? c.expect.clean : () => zip(ctx.base);
    cleanReadings.set(key, reading(write(`clean-${key === "base" ? "base" : slug(c)}.xlsx`, build(ctx))));
  }
  return cleanReadings.get(key)!;
}

/** Sheet names swapped back to the clean file's, wherever they appear (sheet fields, edits, finding ids). */
function renamed<T>(value: T, names: Record<string, string>): T {
  let json = JSON.stringify(value);
  for (const [odd, clean] of Object.entries(names)) json = json.split(JSON.stringify(odd).slice(1, -1)).join(clean);
  return JSON.parse(json) as T;
}

/**
 * Runs `body` (one CLI run), failing if it takes longer than SECONDS or lifts the process's peak memory by more than
 * MEGABYTES: maxRSS only grows, so a rise under the bound proves the run's peak stayed below the old peak + bound.
 */
async function bounded<T>(body: () => Promise<T>): Promise<T> {
  const peak = process.resourceUsage().maxRSS;
  const start = performance.now();
  const result = await body();
  expect((performance.now() - start) / 1000).toBeLessThan(SECONDS);
  expect((process.resourceUsage().maxRSS - peak) / 1024).toBeLessThan(MEGABYTES);
  return result;
}

describe("odd workbooks: read like the clean original, or refused with a clear message", () => {
  it("the corpus has at least thirty kinds, all different", () => {
    expect(ODD_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ODD_CASES.map(slug)).size).toBe(ODD_CASES.length);
  });

  it("the clean original has a table with findings to compare", async () => {
    const clean = await cleanReading({ name: "base", build: () => zip(ctx.base), expect: { read: "same" } });
    expect(clean.findings.length).toBeGreaterThan(20);
    expect(clean.sheets).toHaveLength(10);
  });

  it.each(ODD_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const file = write(c.file ?? `${slug(c)}.xlsx`, c.build(ctx));
    const expected = c.expect;
    if (expected.read === "same") {
      const clean = await cleanReading(c);
      const odd = await reading(file);
      expect(renamed(odd, expected.renamed ?? {})).toEqual(clean);
      return;
    }
    const text = await bounded(() => run("validate", file));
    expect(text.code).toBe(2);
    expect(text.err).toMatch(expected.message);
    expect(text.err).toMatch(CJK);
    expect(text.err).not.toMatch(/内部错误|at .*\.[jt]s:\d+/);
    // a file that could not be read is not counted as one checked and found clean
    expect(text.out).not.toMatch(/共 \d+ 个文件|未找到绩效目标表/);
    const json = await bounded(() => run("validate", file, "--format", "json"));
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).files[0]).toEqual(expect.objectContaining({ errorCode: expected.code, findings: [] }));
  });

  it("no entity was fetched and no entry was written outside", () => {
    expect(trapHits).toBe(0);
    for (const name of ["kpi-lint-escaped.txt", "kpi-lint-escaped2.txt"]) {
      for (const dir of [tmp, path.dirname(tmp), path.dirname(path.dirname(tmp)), process.cwd(), path.dirname(process.cwd())]) {
        expect(fs.existsSync(path.join(dir, name))).toBe(false);
      }
    }
    expect(fs.existsSync("/tmp/kpi-lint-absolute.txt")).toBe(false);
  });
});

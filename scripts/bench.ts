/**
 * npm run bench — generates form-layout workbooks of about 2,000, 8,000 and 32,000 indicator rows, with
 * merged level cells as real forms have them (every 一级 and 二级 run merged, ~26,000 merged areas at 32k
 * rows), and prints for each: the floor (unzip + SAX-parse every part, nothing else), the time of
 * `kpi-lint validate` on it (read + recognise + rules + JSON output), their ratio, the per-row growth from the
 * smallest to the largest, and the peak RSS of the validating process. Floor, validate, `fix` (into a new file) and
 * the peak RSS of one validate each run in a fresh process of plain Node, through the compiled CLI as installed
 * (scripts/bench-measure.js); times are medians of 3 runs (BENCH_RUNS to change; BENCH_ALL=1 prints every run).
 * The largest workbook is measured in 3 rounds (BENCH_ROUNDS) of floor, validate and fix one after another: on a
 * shared machine the load drifts within a minute, and a ratio of two figures taken close together drifts less.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { benchBatch, median } from "./bench-batch";
import { type FormProject, writeForm, SEEDS } from "../tools/fixtures/build";

const ROOT = path.join(__dirname, "..");
const SIZES = [2120, 8480, 31800];
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const PROJECTS_PER_SHEET = 400;
type Area = [number, number, number, number];

/** Merges recorded instead of made: ExcelJS checks each new merge against all earlier ones (quadratic). */
function recording(ws: ExcelJS.Worksheet, merges: Area[]): ExcelJS.Worksheet {
  return new Proxy(ws, {
    get(target, key) {
      if (key === "mergeCells") return (t: number, l: number, b: number, r: number) => merges.push([t, l, b, r]);
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Runs of the same 二级指标 text (column 2) merged, as forms have them; the first cell keeps the text. */
function mergeLevel2(ws: ExcelJS.Worksheet, from: number, to: number, merges: Area[]): void {
  const inMerge = (r: number) => merges.some((m) => m[0] <= r && m[2] >= r && m[1] <= 2 && m[3] >= 2);
  let start = from;
  for (let r = from + 1; r <= to + 1; r++) {
    const text = ws.getCell(start, 2).value;
    if (r <= to && text && ws.getCell(r, 2).value === text && !inMerge(r) && !inMerge(start)) continue;
    if (r - 1 > start) {
      merges.push([start, 2, r - 1, 2]);
      for (let k = start + 1; k < r; k++) ws.getCell(k, 2).value = null;
    }
    start = r;
  }
}

async function generate(rows: number, file: string): Promise<{ rows: number; merges: number }> {
  const wb = new ExcelJS.Workbook();
  const seeds = [...SEEDS.qingdao.projects, ...SEEDS.funing.projects] as FormProject[];
  const sheets: Area[][] = [];
  let written = 0;
  let n = 0;
  let ws: ExcelJS.Worksheet | null = null;
  let r = 1;
  while (written < rows) {
    if (!ws || n % PROJECTS_PER_SHEET === 0) {
      sheets.push([]);
      ws = recording(wb.addWorksheet(`表${wb.worksheets.length + 1}`), sheets[sheets.length - 1]);
      r = 1;
    }
    const seed = seeds[n % seeds.length];
    const p = { ...seed, code: `${seed.code.slice(0, 12)}${String(n).padStart(9, "0")}`, title: `${n + 1}.${seed.name}绩效目标表` };
    const start = r;
    r = writeForm(ws, r, p) + 1;
    mergeLevel2(ws, start, r - 2, sheets[sheets.length - 1]);
    written += p.indicators.length;
    n++;
  }
  // the merges go into each sheet's XML directly, after its cells
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  sheets.forEach((merges, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const refs = merges.map(([t, l, b, rr]) => `<mergeCell ref="${ws!.getCell(t, l).address}:${ws!.getCell(b, rr).address}"/>`);
    const xml = strFromU8(parts[name]).replace(
      "</sheetData>",
      `</sheetData><mergeCells count="${merges.length}">${refs.join("")}</mergeCells>`,
    );
    parts[name] = strToU8(xml);
  });
  fs.writeFileSync(file, zipSync(parts, { level: 6 }));
  return { rows: written, merges: sheets.reduce((s, m) => s + m.length, 0) };
}

/** The compiled CLI (lib/), as installed: the measurements and the batch run it. */
function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json")]);
}

/** One measurement in a fresh process of plain Node (scripts/bench-measure.js), so that the peak RSS is its own. */
function measured(what: string, file: string): { ms: number; findings: number; peakMb: number } {
  const r = spawnSync(process.execPath, [path.join(__dirname, "bench-measure.js"), what, file, String(RUNS)], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(r.stderr || `bench measurement failed: ${what} ${file}`);
  if (process.env.BENCH_ALL) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as { ms: number; findings: number; peakMb: number };
}

function child(args: string[]): string {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(r.stderr || `bench child failed: ${args.join(" ")}`);
  return r.stdout.trim().split("\n").pop() ?? "";
}

async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-bench-"));
  buildCli();
  console.log(
    `kpi-lint bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${RUNS} runs`,
  );
  console.log("times are CPU ms (user + system) of the measuring process, so that a busy machine does not skew them");
  console.log("rows     merges   file MB   floor ms   validate ms   ratio   ms/1k rows   findings   peak RSS MB   fix ms   ratio");
  const results: Array<{ rows: number; ratio: number; perRow: number; peakMb: number; fixRatio: number }> = [];
  let roundsLine = "";
  for (const size of SIZES) {
    const file = path.join(dir, `bench-${size}.xlsx`);
    const { rows, merges } = JSON.parse(child(["--generate", String(size), file])) as { rows: number; merges: number };
    const rounds = Array.from({ length: size === SIZES[SIZES.length - 1] ? ROUNDS : 1 }, () => ({
      floor: measured("floor", file).ms,
      v: measured("validate", file),
      fix: measured("fix", file).ms,
    }));
    const peak = measured("peak", file);
    const m = {
      floor: median(rounds.map((r) => r.floor)),
      validate: median(rounds.map((r) => r.v.ms)),
      fix: median(rounds.map((r) => r.fix)),
    };
    // each round's ratios within the round
    const ratios = rounds.map((r) => r.v.ms / r.floor);
    const fixRatios = rounds.map((r) => r.fix / r.floor);
    const ratio = median(ratios);
    const fixRatio = median(fixRatios);
    const perRow = m.validate / rows;
    results.push({ rows, ratio, perRow, peakMb: peak.peakMb, fixRatio });
    if (rounds.length > 1) {
      const each = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
      roundsLine = `${rows} rows, ${rounds.length} rounds (ratios are the rounds' median): validate ${each(ratios)} · fix ${each(fixRatios)}`;
    }
    const cols = [
      String(rows).padEnd(8),
      String(merges).padStart(6),
      (fs.statSync(file).size / 2 ** 20).toFixed(1).padStart(9),
      m.floor.toFixed(0).padStart(10),
      m.validate.toFixed(0).padStart(13),
      ratio.toFixed(2).padStart(7),
      (perRow * 1000).toFixed(1).padStart(12),
      String(rounds[0].v.findings).padStart(10),
      peak.peakMb.toFixed(0).padStart(13),
      m.fix.toFixed(0).padStart(8),
      fixRatio.toFixed(2).padStart(7),
    ];
    console.log(cols.join(" "));
  }
  if (roundsLine) console.log(roundsLine);
  const last = results[results.length - 1];
  const growth = last.perRow / results[0].perRow;
  console.log(`validate time per row, largest vs smallest: ×${growth.toFixed(2)} (1.00 = linear)`);
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(`target: validate ≤ 4 × floor at ${last.rows} rows — ${met(last.ratio <= 4)} (${last.ratio.toFixed(2)})`);
  console.log(`target: per-row growth ≤ 1.5 — ${met(growth <= 1.5)} (${growth.toFixed(2)})`);
  console.log(`target: peak RSS ≤ 400 MB — ${met(last.peakMb <= 400)} (${last.peakMb.toFixed(0)} MB)`);
  console.log(`target: fix ≤ 4 × floor at ${last.rows} rows — ${met(last.fixRatio <= 4)} (${last.fixRatio.toFixed(2)})`);
  await benchBatch(dir, RUNS);
  fs.rmSync(dir, { recursive: true, force: true });
}

const [mode, a, b] = process.argv.slice(2);
const task = mode === "--generate" ? generate(Number(a), b).then((r) => console.log(JSON.stringify(r))) : run();
task.catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

/**
 * npm run bench — generates form-layout workbooks of about 7,500, 15,000 and 30,000 indicator rows and
 * prints, for each: the time to load it with ExcelJS alone, the time of `kpi-lint validate` on it
 * (load + grid + recognise + rules + JSON output, in-process), their ratio, and peak memory.
 * Figures are medians of 3 runs, alternating load and validate.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { type FormProject, writeForm, SEEDS } from "../tools/fixtures/build";

const SIZES = [7500, 15000, 30000];
const RUNS = 3;
const PROJECTS_PER_SHEET = 400;

async function generate(rows: number, file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const seeds = [...SEEDS.qingdao.projects, ...SEEDS.funing.projects] as FormProject[];
  let written = 0;
  let n = 0;
  let ws: ExcelJS.Worksheet | null = null;
  let r = 1;
  while (written < rows) {
    if (!ws || n % PROJECTS_PER_SHEET === 0) {
      ws = wb.addWorksheet(`表${wb.worksheets.length + 1}`);
      r = 1;
    }
    const seed = seeds[n % seeds.length];
    const p = { ...seed, code: `${seed.code.slice(0, 12)}${String(n).padStart(9, "0")}`, title: `${n + 1}.${seed.name}绩效目标表` };
    r = writeForm(ws, r, p) + 1;
    written += p.indicators.length;
    n++;
  }
  await wb.xlsx.writeFile(file);
  return written;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeLoad(file: string): Promise<number> {
  const t = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return performance.now() - t;
}

async function timeValidate(file: string): Promise<{ ms: number; findings: number }> {
  let out = "";
  const t = performance.now();
  await main(["validate", file, "--format", "json"], { out: (s) => (out = s), err: () => undefined });
  const ms = performance.now() - t;
  return { ms, findings: JSON.parse(out).files[0].findings.length };
}

async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-bench-"));
  console.log(
    `kpi-lint bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${RUNS} runs`,
  );
  console.log("rows      file MB   load ms   validate ms   ratio   findings   peak RSS MB");
  const ratios: Array<{ rows: number; ratio: number; perRow: number }> = [];
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  for (const size of SIZES) {
    const file = path.join(dir, `bench-${size}.xlsx`);
    const rows = await generate(size, file);
    const loads: number[] = [];
    const validates: number[] = [];
    let findings = 0;
    peak = 0;
    for (let i = 0; i < RUNS; i++) {
      loads.push(await timeLoad(file));
      const v = await timeValidate(file);
      validates.push(v.ms);
      findings = v.findings;
    }
    const load = median(loads);
    const validate = median(validates);
    ratios.push({ rows, ratio: validate / load, perRow: validate / rows });
    console.log(
      `${String(rows).padEnd(9)} ${(fs.statSync(file).size / 2 ** 20).toFixed(1).padStart(7)}   ${load.toFixed(0).padStart(7)}   ${validate
        .toFixed(0)
        .padStart(
          11,
        )}   ${(validate / load).toFixed(2).padStart(5)}   ${String(findings).padStart(8)}   ${(peak / 2 ** 20).toFixed(0).padStart(11)}`,
    );
  }
  clearInterval(sample);
  const growth = ratios[ratios.length - 1].perRow / ratios[0].perRow;
  console.log(`validate time per row, largest vs smallest: ×${growth.toFixed(2)} (1.00 = linear)`);
  console.log(`target: validate ≤ 1.5 × load — ${ratios.every((r) => r.ratio <= 1.5) ? "met" : "NOT met"}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

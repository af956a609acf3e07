/**
 * The batch figure of `npm run bench`: a folder of 300 typical workbooks (about 20 project forms each, one form
 * per sheet as units file them) validated in one run of the compiled CLI, as a reviewer runs it — worker
 * processes on every core included. Prints files per second (median of the runs) against the target of 20/s.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { type FormProject, writeForm, SEEDS } from "../tools/fixtures/build";

const FILES = 300;
const PROJECTS = 20;
/** Distinct workbooks generated; the folder holds copies of them under their own names. */
const VARIANTS = 10;
const ROOT = path.join(__dirname, "..");

async function workbook(variant: number): Promise<Uint8Array> {
  const seeds = [...SEEDS.qingdao.projects, ...SEEDS.funing.projects] as FormProject[];
  const wb = new ExcelJS.Workbook();
  for (let k = 0; k < PROJECTS; k++) {
    const seed = seeds[(variant * PROJECTS + k) % seeds.length];
    writeForm(wb.addWorksheet(`${k + 1}`), 1, { ...seed, title: `${k + 1}.${seed.name}` });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** CPU seconds of this process's finished children and theirs (Linux: /proc/self/stat cutime + cstime), or null. */
function childrenCpu(): number | null {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchBatch(tmp: string, runs: number): Promise<void> {
  const dir = path.join(tmp, "folder");
  fs.mkdirSync(dir);
  const variants = await Promise.all(Array.from({ length: VARIANTS }, (_, v) => workbook(v)));
  for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, `unit-${String(i + 1).padStart(3, "0")}.xlsx`), variants[i % VARIANTS]);
  // the compiled CLI, as installed (bench.ts has built it)
  const times: number[] = [];
  const cpu: number[] = [];
  let projects = 0;
  for (let i = 0; i < runs; i++) {
    const c = childrenCpu();
    const t = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/kpi-lint.js"), "validate", dir, "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    times.push(performance.now() - t);
    const c2 = childrenCpu();
    if (c !== null && c2 !== null) cpu.push(c2 - c);
    const files = (JSON.parse(r.stdout) as { files: Array<{ sheets?: Array<{ projects: number }>; error?: string }> }).files;
    const unreadable = files.filter((f) => f.error);
    if (files.length !== FILES || unreadable.length) throw new Error(`batch: ${files.length} files, ${unreadable.length} unreadable`);
    projects = files.reduce((n, f) => n + (f.sheets ?? []).reduce((m, s) => m + s.projects, 0), 0);
  }
  const perSecond = FILES / (median(times) / 1000);
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  console.log(
    `batch: ${FILES} workbooks (${projects / FILES} projects each) in one folder, ${cores} cores: ` +
      `${(median(times) / 1000).toFixed(1)} s, ${perSecond.toFixed(1)} files/s`,
  );
  if (cpu.length) {
    // what the run cost in CPU, whatever else the machine was doing: the rate its cores would give if idle
    const perFile = (median(cpu) * 1000) / FILES;
    const idle = (1000 / perFile) * cores;
    console.log(
      `batch CPU: ${median(cpu).toFixed(1)} s, ${perFile.toFixed(0)} ms per file → ${idle.toFixed(0)} files/s on ${cores} idle cores`,
    );
    console.log(`machine load average (1 min) during the bench: ${os.loadavg()[0].toFixed(1)}`);
  }
  console.log(`target: ≥ 20 files/s on 2 cores — ${perSecond >= 20 ? "met" : "NOT met"} (${perSecond.toFixed(1)})`);
}

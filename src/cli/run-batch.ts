/**
 * Checks the files of a `validate` run across the machine's cores: one worker process per core (child processes,
 * so that a workbook that exhausts memory takes down one worker, not the run), each fed the next file as it
 * finishes one. A worker that dies fails its file and is replaced. Results come back in the files' order.
 */
import { type ChildProcess, fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import type { ResolvedConfig } from "../core/config";
import { KpiLintError } from "./errors";
import { type FileReport, type FileResult, checkFile, failedResult } from "./check-file";
import type { Locale } from "./i18n";
import type { WorkerJob } from "./validate-worker";

export interface BatchOptions {
  config: ResolvedConfig;
  locale: Locale;
  report: FileReport;
  /** Worker processes; by default one per core (none, in this process, for a single file or from the sources). */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Run from the TypeScript sources (tests), a worker would compile them again: files are checked in this process. */
const FROM_SOURCES = path.extname(__filename) === ".ts";

export function defaultJobs(): number {
  if (FROM_SOURCES) return 1;
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

function startWorker(): ChildProcess {
  // compiled: lib/cli/validate-worker.js; from the sources (tests, npm run bench): the .ts through tsx
  const script = path.join(__dirname, `validate-worker${path.extname(__filename)}`);
  return fork(script, [], { execArgv: FROM_SOURCES ? ["--import", "tsx"] : [], stdio: ["ignore", "ignore", "inherit", "ipc"] });
}

export async function checkFiles(files: readonly string[], opts: BatchOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  const jobs = Math.min(opts.jobs ?? defaultJobs(), files.length);
  let done = 0;
  const finish = (i: number, r: FileResult) => {
    results[i] = r;
    opts.onProgress?.(++done, files.length);
  };
  if (jobs <= 1) {
    for (let i = 0; i < files.length; i++) finish(i, checkFile(files[i], opts.config, opts.locale, opts.report));
    return results;
  }
  let next = 0;
  await new Promise<void>((resolve) => {
    let running = 0;
    const feed = (w: ChildProcess, current: { i: number }) => {
      if (next >= files.length) {
        w.disconnect();
        if (--running === 0) resolve();
        return;
      }
      current.i = next++;
      const job: WorkerJob = { file: files[current.i], config: opts.config, locale: opts.locale, report: opts.report };
      w.send(job);
    };
    const spawn = () => {
      const w = startWorker();
      const current = { i: -1 };
      running++;
      w.on("message", (r: FileResult) => {
        finish(current.i, r);
        current.i = -1;
        feed(w, current);
      });
      w.on("exit", (code, signal) => {
        if (current.i < 0) return;
        // died on a file (out of memory, killed): that file fails, a new worker takes the rest
        const file = files[current.i];
        finish(current.i, failedResult(file, new KpiLintError("CHECK_FAILED", { path: file, detail: `${signal ?? code}` })));
        current.i = -1;
        running--;
        if (next < files.length) spawn();
        else if (running === 0) resolve();
      });
      feed(w, current);
    };
    for (let k = 0; k < jobs; k++) spawn();
  });
  return results;
}

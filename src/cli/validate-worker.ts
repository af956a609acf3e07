/**
 * A worker process of a batch `validate` (run-batch.ts): checks the files its parent sends, one at a time, and
 * sends each result back.
 */
import type { ResolvedConfig } from "../core/config";
import { type FileReport, checkFile } from "./check-file";
import type { Locale } from "./i18n";

export interface WorkerJob {
  file: string;
  config: ResolvedConfig;
  locale: Locale;
  report: FileReport;
}

process.on("message", (job: WorkerJob) => {
  process.send?.(checkFile(job.file, job.config, job.locale, job.report));
});

/** How validation runs the engine: in the page (tests, the ribbon), or in a Web Worker (the task pane), cancellable. */
import type { ResolvedConfig } from "../core/config";
import type { WorkbookGrid } from "../core/grid";
import type { LintResult } from "../core/lint";

export type Linter = (grid: WorkbookGrid, config: ResolvedConfig, signal?: AbortSignal) => Promise<LintResult>;

/** The engine in the page: a chunk of its own, loaded when first needed (the pane's runs in its worker). */
export const inlineLinter: Linter = async (grid, config) =>
  (await import(/* webpackChunkName: "engine" */ "../core/lint")).lint(grid, config);

/** Thrown (rejected) when the caller aborts a lint under way. */
export class LintAborted extends Error {
  constructor() {
    super("aborted");
    this.name = "LintAborted";
  }
}

/**
 * One worker per validation (`spawn` is the page's `new Worker(new URL(…, import.meta.url))`); aborting
 * terminates it. Where a worker cannot start or fails, the engine runs in the page instead.
 */
export function workerLinter(spawn: () => Worker): Linter {
  return (grid, config, signal) =>
    new Promise<LintResult>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = spawn();
      } catch {
        resolve(inlineLinter(grid, config));
        return;
      }
      const stop = () => {
        worker.terminate();
        reject(new LintAborted());
      };
      signal?.addEventListener("abort", stop, { once: true });
      const done = () => {
        signal?.removeEventListener("abort", stop);
        worker.terminate();
      };
      worker.onmessage = (e: MessageEvent<LintResult>) => {
        done();
        resolve(e.data);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        done();
        resolve(inlineLinter(grid, config));
      };
      worker.postMessage({ grid, config });
    });
}

/**
 * Running many reads or writes under Excel's limits: jobs grouped into syncs under the payload budget; when Excel
 * refuses a sync (payload too large, too many merged areas), each job of it is split in two and retried.
 */
import { groupUnder, PAYLOAD_BUDGET } from "./read-plan";

export interface Job {
  /** Planned request + response bytes. */
  bytes: number;
  /** Queues the job's calls; the function returned stores the result after the sync. */
  queue(): () => void;
  /** Two smaller jobs doing the same, or null when it cannot be split. */
  split(): Job[] | null;
}

/** Errors no smaller request would avoid. */
const FINAL = new Set(["InvalidOperationInCellEditMode", "ItemNotFound", "AccessDenied", "InvalidSelection"]);

export async function runJobs(
  context: Excel.RequestContext,
  jobs: Job[],
  progress?: (done: number, total: number) => void,
  budget = PAYLOAD_BUDGET,
): Promise<void> {
  const pending = [...jobs];
  let done = 0;
  let total = jobs.length;
  let solo = 0; // after a refusal nothing could split, the jobs go one per sync
  while (pending.length) {
    const [batch] = solo > 0 ? [[pending[0]]] : groupUnder(pending, (j) => j.bytes, budget);
    if (solo > 0) solo--;
    pending.splice(0, batch.length);
    const finish = batch.map((j) => j.queue());
    try {
      // one sync per ~budget bytes, by design (Excel on the web's 5 MB limit)
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const code = (e as { code?: string })?.code ?? "";
      const halves = FINAL.has(code) ? null : batch.map((j) => j.split());
      if (!halves || (batch.length === 1 && !halves[0])) throw e;
      if (halves.every((h) => !h)) solo = batch.length;
      const retry = batch.flatMap((j, i) => halves[i] ?? [j]);
      total += retry.length - batch.length;
      pending.unshift(...retry);
      continue;
    }
    finish.forEach((f) => f());
    done += batch.length;
    progress?.(done, total);
  }
}

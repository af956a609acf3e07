/** The Excel host the adapter runs batches on: Excel.run and the requirement-set check, or an in-memory stand-in. */
import { type ExcelAction, toUserError } from "./errors";

/** What the adapter needs of the host: Excel.run and the requirement-set check. Tests and the preview pass an in-memory one. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Calls `fn` when the user changes the selection (Office's DocumentSelectionChanged); returns the unsubscribe. */
  onSelectionChanged?(fn: () => void): () => void;
}

export function officeHost(): ExcelHost {
  return {
    run: (...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    onSelectionChanged: (fn) => {
      const type = Office.EventType.DocumentSelectionChanged;
      Office.context.document.addHandlerAsync(type, fn);
      return () => Office.context.document.removeHandlerAsync(type, { handler: fn });
    },
  };
}

/** One Excel.run batch; Office.js errors become the user's KpiLintError. `undoGroup`: one step of Excel's own undo (ExcelApi 1.20). */
export async function runBatch<T>(
  host: ExcelHost,
  action: ExcelAction,
  batch: (context: Excel.RequestContext) => Promise<T>,
  undoGroup = false,
): Promise<T> {
  try {
    if (undoGroup && host.isSetSupported("ExcelApi", "1.20")) return await host.run({ mergeUndoGroup: true }, batch);
    return await host.run(batch);
  } catch (e) {
    throw toUserError(e, action);
  }
}

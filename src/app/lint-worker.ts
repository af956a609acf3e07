/**
 * The engine in a Web Worker: the task pane posts the grid it read and the workbook's settings, the
 * worker recognises and lints, and posts the result back, so the pane never freezes on a big sheet.
 */
import type { ResolvedConfig } from "../core/config";
import type { WorkbookGrid } from "../core/grid";
import { lint } from "../core/lint";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ grid: WorkbookGrid; config: ResolvedConfig }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => scope.postMessage(lint(e.data.grid, e.data.config));

/** An ExcelHost over an in-memory workbook: `run` gives the batch a fresh request context, as Excel.run does. */
import type { ExcelHost } from "../host";
import { Ctx } from "./batch";
import type { MemWorkbook } from "./mem-workbook";
import { WorkbookApi } from "./workbook-api";

export function memoryHost(store: MemWorkbook, apiVersion = "1.20"): ExcelHost {
  const run = async (...args: unknown[]) => {
    const batch = (typeof args[0] === "function" ? args[0] : args[1]) as (ctx: unknown) => Promise<unknown>;
    const ctx = new Ctx(store);
    ctx.workbook = new WorkbookApi(ctx);
    return batch(ctx);
  };
  const [major, minor] = apiVersion.split(".").map(Number);
  return {
    run,
    isSetSupported: (name: string, version: string) => {
      const [m, n] = version.split(".").map(Number);
      return name === "ExcelApi" && (m < major || (m === major && n <= minor));
    },
    // Worksheet.onSelectionChanged fires only when the selection moves, not on every edit
    onSelectionChanged: (fn: () => void) => {
      let last = JSON.stringify(store.selection);
      return store.onChange(() => {
        const now = JSON.stringify(store.selection);
        if (now === last) return;
        last = now;
        fn();
      });
    },
  };
}

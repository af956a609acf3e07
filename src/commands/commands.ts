/**
 * Ribbon handlers (ExecuteFunction): 校验工作表 validates the active sheet without opening the pane,
 * marks the cells and writes 校验报告; 清除标记 removes the marks. Results show in a small dialog.
 */
import { KpiLintError } from "../core/errors";
import { countBySeverity } from "../core/lint";
import { validateAndReport } from "../app/workflow";
import { OfficeAdapter } from "../excel/office-adapter";

function notify(title: string, lines: string[], intent: "success" | "error" | "warning"): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL("notify.html", window.location.href);
    url.searchParams.set("t", title);
    url.searchParams.set("m", lines.join("\n").slice(0, 1500));
    url.searchParams.set("i", intent);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = res.value;
      const close = () => {
        try {
          dialog.close();
        } catch {
          /* already closed by the user */
        }
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      setTimeout(close, 15000);
    });
  });
}

function errorText(e: unknown): string {
  return e instanceof KpiLintError ? e.message : `出现意外错误：${(e as Error)?.message ?? String(e)}`;
}

export async function validateSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const { findings, summary, notes } = await validateAndReport(new OfficeAdapter());
    const c = countBySeverity(findings);
    await notify("校验完成", [summary, "详见工作表“校验报告”。", ...notes], c.error > 0 ? "warning" : "success");
  } catch (e) {
    await notify("无法校验", [errorText(e)], "error");
  } finally {
    event.completed();
  }
}

export async function clearMarks(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const n = await new OfficeAdapter().clearHighlights();
    await notify("清除标记", [`已清除 ${n} 处标记，单元格原有格式未受影响。`], "success");
  } catch (e) {
    await notify("无法清除标记", [errorText(e)], "error");
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateSheet", validateSheet);
  Office.actions.associate("clearMarks", clearMarks);
});

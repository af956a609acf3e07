/**
 * Ribbon handlers (ExecuteFunction): 校验工作表 validates the active sheet without opening the pane,
 * marks the cells and writes 校验报告; 清除标记 removes the marks. Results show in a small dialog,
 * in Office's display language.
 */
import { countBySeverity } from "../core/lint";
import { errorMessage, validateAndReport } from "../app/workflow";
import { type Locale, REPORT_SHEET_NAME, localeFrom, translate, translator } from "../app/messages";
import { KpiLintError } from "../core/errors";
import { OfficeAdapter } from "../excel/office-adapter";
import { officeHost } from "../excel/host";
import { type CommandEvent, associateCommands, displayLanguage, showDialog } from "../excel/office-host";

type Intent = "success" | "error" | "warning";

/** What the notify dialog shows. */
export interface Notice {
  title: string;
  lines: string[];
  intent: Intent;
}

/** The result dialog; the text goes by message, not in the URL. False when it could not be shown. */
function notify(title: string, lines: string[], intent: Intent): Promise<boolean> {
  const notice: Notice = { title, lines: lines.map((l) => l.slice(0, 1500)), intent };
  return showDialog(new URL("notify.html", window.location.href).toString(), { height: 30, width: 30 }, JSON.stringify(notice));
}

function errorText(e: unknown, locale: Locale): string {
  return e instanceof KpiLintError ? errorMessage(e, locale) : translate(locale, "unexpectedError", { message: errorMessage(e, locale) });
}

function userLocale(): Locale {
  return localeFrom(displayLanguage());
}

export async function validateSheet(event: CommandEvent): Promise<void> {
  const locale = userLocale();
  const t = translator(locale);
  const adapter = new OfficeAdapter(officeHost(), locale);
  try {
    const { findings, summary, notes, reported } = await validateAndReport(adapter, locale);
    const c = countBySeverity(findings);
    const lines = [summary, ...(reported ? [t("ribbonSeeReport", { sheet: REPORT_SHEET_NAME })] : []), ...notes];
    // without a dialog the 校验报告 sheet, written and shown, is the result
    await notify(t("ribbonValidated"), lines, c.error > 0 ? "warning" : "success");
  } catch (e) {
    const text = errorText(e, locale);
    // no dialog: the error goes where every platform shows it, the report sheet's first line
    if (!(await notify(t("ribbonCannotValidate"), [text], "error")))
      await adapter.writeReport([], `${t("ribbonCannotValidate")}: ${text}`).catch((e2: unknown) => console.error(e2));
  } finally {
    event.completed();
  }
}

export async function clearMarks(event: CommandEvent): Promise<void> {
  const locale = userLocale();
  try {
    const n = await new OfficeAdapter(officeHost(), locale).clearHighlights();
    await notify(translate(locale, "ribbonClearMarks"), [translate(locale, "ribbonMarksCleared", { n })], "success");
  } catch (e) {
    await notify(translate(locale, "ribbonCannotClear"), [errorText(e, locale)], "error");
  } finally {
    event.completed();
  }
}

// at the top level, not in Office.onReady (see associateCommands)
associateCommands({ validateSheet, clearMarks });

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
import { type CommandEvent, associateCommands, displayLanguage, onOfficeReady, showDialog } from "../excel/office-host";

type Intent = "success" | "error" | "warning";

function notify(title: string, lines: string[], intent: Intent): Promise<void> {
  const url = new URL("notify.html", window.location.href);
  url.searchParams.set("t", title);
  url.searchParams.set("m", lines.join("\n").slice(0, 1500));
  url.searchParams.set("i", intent);
  return showDialog(url.toString(), { height: 30, width: 30 });
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
  try {
    const { findings, summary, notes } = await validateAndReport(new OfficeAdapter(officeHost(), locale), locale);
    const c = countBySeverity(findings);
    await notify(
      t("ribbonValidated"),
      [summary, t("ribbonSeeReport", { sheet: REPORT_SHEET_NAME }), ...notes],
      c.error > 0 ? "warning" : "success",
    );
  } catch (e) {
    await notify(t("ribbonCannotValidate"), [errorText(e, locale)], "error");
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

onOfficeReady(() => associateCommands({ validateSheet, clearMarks }));

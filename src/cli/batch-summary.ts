/** The per-file summary that closes a text report of several files: projects and counts, or why a file could not be read. */
import { countBySeverity } from "../core/lint";
import { type FileResult, errorIn } from "./check-file";
import { type Locale, translator } from "./i18n";

export function batchSummary(results: readonly FileResult[], locale: Locale): string {
  const t = translator(locale);
  const lines = [t("cliBatchHead")];
  for (const r of results) {
    if (r.error) {
      lines.push(t("cliBatchUnreadable", { file: r.file, reason: errorIn(r, locale) }));
      continue;
    }
    const c = countBySeverity(r.findings);
    lines.push(t("cliBatchFile", { file: r.file, projects: r.projects, errors: c.error, warnings: c.warning }));
  }
  const unreadable = results.filter((r) => r.error).length;
  lines.push(t("cliBatchTotals", { read: results.length - unreadable, unreadable }));
  return lines.join("\n");
}

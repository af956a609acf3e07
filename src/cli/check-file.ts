/**
 * One workbook of a `validate` run, checked wherever it runs (in the CLI's process or a worker process): the
 * result is plain data, so that it crosses to the parent as it is. A file that cannot be read is a result too.
 */
import { type ErrorCode, KpiLintError } from "./errors";
import type { ResolvedConfig } from "../core/config";
import { lint } from "../core/lint";
import { validateFileJson } from "../core/report/json";
import type { Finding } from "../core/finding";
import type { WorkbookModel } from "../core/model";
import { formatFileText } from "./format-text";
import { type Locale, translator } from "./i18n";
import { convertedJson, readAsXlsx } from "./legacy-formats";
import { readGridFile } from "./read-grid";

export interface FileResult {
  file: string;
  findings: Finding[];
  /** The file's entry in the JSON report (json format only, and for a file that could not be read). */
  json?: unknown;
  /** The file's part of the text report (text format only). */
  text?: string;
  projects: number;
  /** The organisation the tables are from (their most frequent 填报单位 / 实施单位), when they say. */
  unit: string | null;
  /** Why the file could not be read, in both languages. */
  error?: { code: ErrorCode; message: string; messageEn: string };
}

export function errorIn(r: FileResult, locale: Locale): string {
  return (locale === "en" ? r.error?.messageEn : r.error?.message) ?? "";
}

function unitOf(model: WorkbookModel): string | null {
  const counts = new Map<string, number>();
  for (const s of model.sheets) for (const p of s.projects) if (p.org) counts.set(p.org, (counts.get(p.org) ?? 0) + 1);
  let best: string | null = null;
  for (const [org, n] of counts) if (best === null || n > counts.get(best)!) best = org;
  return best;
}

export function failedResult(file: string, e: KpiLintError): FileResult {
  const json = { file, error: e.message, errorEn: e.messageEn, errorCode: e.code, findings: [] };
  return { file, findings: [], json, projects: 0, unit: null, error: { code: e.code, message: e.message, messageEn: e.messageEn } };
}

/** What a file's result carries besides its findings: its part of the text report, its JSON entry, or neither. */
export type FileReport = "text" | "json" | "none";

export function checkFile(file: string, config: ResolvedConfig, locale: Locale, report: FileReport): FileResult {
  try {
    // .xls, .et and .ods are read through LibreOffice's conversion, and the report says so
    const { model, findings, convertedFrom } = readAsXlsx(
      file,
      () => undefined,
      (xlsx) => lint(readGridFile(xlsx), config),
    );
    const converted = convertedFrom ? `${translator(locale)("cliConverted", { path: file, format: convertedFrom })}\n` : "";
    return {
      file,
      findings,
      // built only for the format that prints it: a large workbook's findings are tens of thousands of entries
      json: report === "json" ? { ...validateFileJson(file, model, findings), ...convertedJson(convertedFrom) } : undefined,
      text: report === "text" ? converted + formatFileText(file, model, findings, locale) : undefined,
      projects: model.sheets.reduce((n, s) => n + s.projects.length, 0),
      unit: unitOf(model),
    };
  } catch (e) {
    const err =
      e instanceof KpiLintError ? e : new KpiLintError("CHECK_FAILED", { path: file, detail: (e as Error)?.message ?? String(e) });
    return failedResult(file, err);
  }
}

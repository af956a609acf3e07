import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { KpiLintError } from "./errors";
import { lint } from "../core/lint";
import { RULES } from "../core/rules";
import { inspectJson } from "../core/report/json";
import type { CellValue } from "../core/grid";
import { applyCertainFixes } from "./apply-fixes";
import { reportJsonLines } from "./json-text";
import { loadConfig } from "./config-file";
import { summaryLine } from "./format-text";
import { batchSummary } from "./batch-summary";
import { checkFiles } from "./run-batch";
import { errorIn } from "./check-file";
import { collectInputs } from "./collect-inputs";
import { toSarif } from "./format-sarif";
import { formatInspectText } from "./format-inspect";
import { type Locale, type Translate, displayWidth, isLocale, padDisplay, translator } from "./i18n";
import { writeCells } from "./surgical-write";
import { convertedJson, readAsXlsx } from "./legacy-formats";
import { writeWorkbook } from "./write-workbook";
import { gridOfBytes, readFileBytes, readGridFile } from "./read-grid";
import { ruleJson } from "./rules-json";
import { chunkedLines } from "./chunked-out";
import { rememberingInflate } from "./native-inflate";
import { classifyCommand, insertCommand, templatesCommand } from "./templates-commands";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Replaces the progress line (a terminal's stderr only); "" clears it. */
  progress?(s: string): void;
  /** Writes out what `out` still holds; called once the command is done. */
  flush?(): void;
}

/** stdout in writes of about 64 KB (chunked-out.ts); stderr first flushes stdout, keeping their order. */
const stdout = chunkedLines((text) => process.stdout.write(text));

const defaultIo: Io = {
  out: stdout.line,
  err: (s) => (stdout.flush(), process.stderr.write(`${s}\n`)),
  progress: process.stderr.isTTY ? (s) => (stdout.flush(), process.stderr.write(`\r\x1b[2K${s}`)) : undefined,
  flush: stdout.flush,
};

/** One source for the version (--version, usage, SARIF driver): package.json, two folders up from src/cli and lib/cli alike. */
export const VERSION = (JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string }).version;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      out: { type: "string", short: "o" },
      "in-place": { type: "boolean" },
      rule: { type: "string", multiple: true },
      pack: { type: "string", multiple: true },
      project: { type: "string" },
      lang: { type: "string" },
      type: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

type Values = ReturnType<typeof parse>["values"];

/** What a command needs besides its arguments: where to print, and in which language. */
interface Run {
  io: Io;
  locale: Locale;
  t: Translate;
}

/** `--lang` read before the arguments are parsed, so that even "bad arguments" is said in that language. */
function langIn(argv: string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (isLocale(v)) return v;
  }
  return undefined;
}

function setLocale(run: Run, locale: Locale): void {
  run.locale = locale;
  run.t = translator(locale);
}

function printError(run: Run, e: KpiLintError, withUsage = false): number {
  run.io.err(run.t("cliError", { message: e.messageIn(run.locale) }) + (withUsage ? `\n\n${usage(run)}` : ""));
  return e.exitCode;
}

function usage(run: Run): string {
  return run.t("cliUsage", { version: VERSION });
}

/** Runs the CLI; returns the exit code. Never throws: every failure is a message in the chosen language and exit 2. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await command(argv, io);
  } finally {
    io.flush?.();
  }
}

async function command(argv: string[], io: Io): Promise<number> {
  const run: Run = { io, locale: "zh-CN", t: translator("zh-CN") };
  setLocale(run, langIn(argv) ?? "zh-CN");
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    return printError(run, new KpiLintError("BAD_ARGUMENTS", { detail: (e as Error).message }), true);
  }
  const { values, positionals } = args;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  if (values.lang !== undefined && !isLocale(values.lang)) {
    return printError(run, new KpiLintError("BAD_LANG", { value: values.lang }));
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    io.out(usage(run));
    return command || values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case "validate":
        return await validate(files, values, run);
      case "inspect":
        return inspect(files, values, run);
      case "fix":
        return await fix(files, values, run);
      case "templates":
        return templatesCommand(files, values.pack ?? [], checkFormat(values.format, ["text", "json"]), io, run.locale);
      case "classify":
        return classifyCommand(files[0], values.pack ?? [], checkFormat(values.format, ["text", "json"]), io, run.locale);
      case "insert":
        return await insertCommand(
          files[0],
          { project: values.project, type: values.type, out: values.out, packs: values.pack ?? [] },
          io,
          run.locale,
        );
      case "rules":
        return rules(run, checkFormat(values.format, ["text", "json"]));
      default:
        return printError(run, new KpiLintError("UNKNOWN_COMMAND", { command }), true);
    }
  } catch (e) {
    if (e instanceof KpiLintError) return printError(run, e);
    io.err(run.t("cliInternalError", { detail: (e as Error)?.stack ?? String(e) }));
    return 2;
  }
}

/** Reads `file` as .xlsx (converting .xls, .et, .ods by LibreOffice), saying so when the output is text. */
function withXlsx<T extends object>(file: string, run: Run, text: boolean, read: (xlsx: string) => T) {
  return readAsXlsx(file, (format) => text && run.io.out(run.t("cliConverted", { path: file, format })), read);
}

/** Every rule: its title (in the run's language), default severity, fixability; `json` adds options and the doc. */
function rules(run: Run, format: string): number {
  if (format === "json") {
    run.io.out(JSON.stringify({ rules: RULES.map(ruleJson) }, null, 2));
    return 0;
  }
  const fixable = run.t("cliFixable");
  const width = displayWidth(fixable);
  for (const r of RULES) {
    const [title, docs] = run.locale === "en" ? [r.title.en, r.docs.en] : [r.title.zh, r.docs.zh];
    run.io.out(`${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(8)} ${padDisplay(r.fixable ? fixable : "", width)}  ${title} — ${docs}`);
  }
  return 0;
}

function checkFormat(format: string | undefined, allowed: string[]): string {
  const f = format ?? "text";
  if (!allowed.includes(f)) throw new KpiLintError("BAD_FORMAT", { allowed: allowed.join(", "), value: f });
  return f;
}

/** The config file's locale applies unless --lang says otherwise. */
function loadConfigFor(values: Values, run: Run) {
  const config = loadConfig(values.config);
  if (values.lang === undefined) setLocale(run, config.locale);
  return config;
}

async function validate(paths: string[], values: Values, run: Run): Promise<number> {
  const format = checkFormat(values.format, ["text", "json", "sarif", "xlsx"]);
  if (paths.length === 0) throw new KpiLintError("MISSING_INPUT");
  if (format === "xlsx" && !values.out) throw new KpiLintError("XLSX_NEEDS_OUT");
  const config = loadConfigFor(values, run);
  const { io, locale, t } = run;
  const files = collectInputs(paths);
  const progress = files.length > 1 && io.progress ? io.progress.bind(io) : undefined;
  const results = await checkFiles(files, {
    config,
    locale,
    report: format === "text" ? "text" : format === "json" ? "json" : "none",
    onProgress: progress && ((done, total) => progress(t("cliProgress", { done, total }))),
  });
  progress?.("");
  for (const r of results) if (r.error) io.err(t("cliError", { message: errorIn(r, locale) }));
  const all = results.flatMap((r) => r.findings);
  if (format === "json" || format === "sarif") {
    const report = format === "json" ? { files: results.map((r) => r.json) } : toSarif(results, VERSION, locale);
    for (const line of reportJsonLines(report)) io.out(line);
  } else {
    for (const r of results) if (r.text !== undefined) io.out(r.text);
    if (results.length > 1) io.out(`\n${batchSummary(results, locale)}`);
    // files that could not be read are not counted as checked (their errors are above)
    const unreadable = results.filter((r) => r.error).length;
    const more = unreadable ? t("cliSummaryUnreadable", { n: unreadable }) : "";
    if (unreadable < results.length) io.out(`\n${summaryLine(all, results.length - unreadable, locale)}${more}`);
  }
  if (format === "xlsx") {
    // ExcelJS takes ~0.4 s to load: only the reviewer's workbook needs it, not every run (nor every batch worker)
    const { writeReport } = await import("./report-xlsx");
    await writeReport(results, locale, values.out as string);
    io.out(t("cliReportWritten", { path: values.out as string }));
  }
  // exit 2 only when no file could be read: one unreadable file does not hide the others' findings
  if (results.every((r) => r.error)) return 2;
  return all.some((f) => f.severity === "error") ? 1 : 0;
}

function inspect(files: string[], values: Values, run: Run): number {
  const format = checkFormat(values.format, ["text", "json"]);
  if (files.length !== 1) throw new KpiLintError("ONE_INPUT", { command: "inspect" });
  const config = loadConfigFor(values, run);
  const text = format === "text";
  const { model, convertedFrom } = withXlsx(files[0], run, text, (xlsx) => lint(readGridFile(xlsx), config));
  const json = () => JSON.stringify({ ...inspectJson(files[0], model), ...convertedJson(convertedFrom) }, null, 2);
  run.io.out(text ? formatInspectText(files[0], model, run.locale) : json());
  return 0;
}

async function fix(files: string[], values: Values, run: Run): Promise<number> {
  if (files.length !== 1) throw new KpiLintError("ONE_INPUT", { command: "fix" });
  const input = files[0];
  const inPlace = values["in-place"] === true;
  if (!values.out && !inPlace) throw new KpiLintError("MISSING_OUTPUT");
  const out = inPlace ? input : (values.out as string);
  if (!inPlace && path.resolve(out) === path.resolve(input)) throw new KpiLintError("OUTPUT_IS_INPUT");
  const ids = values.rule;
  const unknown = (ids ?? []).filter((r) => !RULES.some((x) => x.id === r));
  if (unknown.length) throw new KpiLintError("UNKNOWN_RULE", { rules: unknown.join(", ") });
  const config = loadConfigFor(values, run);
  const bytes = readFileBytes(input);
  const inflate = rememberingInflate();
  const report = applyCertainFixes(gridOfBytes(bytes, input, { inflate }), config, ids);
  const writes = report.applied.map((e) => ({ sheet: e.sheet, row: e.row, col: e.col, value: e.after }));
  await writeWorkbook(writeCells(bytes, input, writes, inflate), out);
  const { io, t } = run;
  const show = (v: CellValue) => (v === null || v === "" ? t("cliBlank") : String(v));
  for (const e of report.applied) {
    io.out(t("cliFixApplied", { sheet: e.sheet, cell: e.cell, before: show(e.before), after: show(e.after) }));
  }
  for (const s of report.skipped) {
    const reason = s.reason === "no-sheet" ? t("cliSkipNoSheet", { sheet: s.edit.sheet }) : t("cliSkipChanged", { cell: s.edit.cell });
    io.out(t("cliFixSkipped", { sheet: s.edit.sheet, cell: s.edit.cell, reason }));
  }
  const errors = report.remaining.filter((f) => f.severity === "error").length;
  io.out(t("cliFixDone", { applied: report.applied.length, path: out, remaining: report.remaining.length, errors }));
  return 0;
}

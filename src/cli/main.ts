import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { KpiLintError } from "../core/errors";
import { lint } from "../core/lint";
import { RULES } from "../core/rules";
import { inspectJson, validateFileJson } from "../core/report/json";
import type { CellValue } from "../core/grid";
import type { Finding } from "../core/rules/types";
import { applyCertainFixes } from "./apply-fixes";
import { loadConfig } from "./config-file";
import { formatFileText, summaryLine } from "./format-text";
import { toSarif } from "./format-sarif";
import { formatInspectText } from "./format-inspect";
import { type Locale, type Translate, displayWidth, isLocale, padDisplay, translator } from "./i18n";
import { convertedJson, readAsXlsx } from "./legacy-formats";
import { writeWorkbook } from "./write-workbook";
import { loadWorkbook } from "./xlsx-grid";
import { readGridFile } from "./read-grid";
import { classifyCommand, insertCommand, templatesCommand } from "./templates-commands";

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
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
        return validate(files, values, run);
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
        return rules(run);
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

function rules(run: Run): number {
  const fixable = run.t("cliFixable");
  const width = displayWidth(fixable);
  for (const r of RULES) {
    const docs = run.locale === "en" ? r.docs.en : r.docs.zh;
    run.io.out(`${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(8)} ${padDisplay(r.fixable ? fixable : "", width)}  ${docs}`);
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

function validate(files: string[], values: Values, run: Run): number {
  const format = checkFormat(values.format, ["text", "json", "sarif"]);
  if (files.length === 0) throw new KpiLintError("MISSING_INPUT");
  const config = loadConfigFor(values, run);
  const { io, locale } = run;
  const results: Array<{ file: string; findings: Finding[]; json: unknown }> = [];
  let failed = 0;
  let unreadable = 0;
  for (const file of files) {
    try {
      const { model, findings, convertedFrom } = withXlsx(file, run, format === "text", (xlsx) => lint(readGridFile(xlsx), config));
      results.push({ file, findings, json: { ...validateFileJson(file, model, findings), ...convertedJson(convertedFrom) } });
      if (format === "text") io.out(formatFileText(file, model, findings, locale));
    } catch (e) {
      if (!(e instanceof KpiLintError)) throw e;
      failed = Math.max(failed, printError(run, e));
      unreadable++;
      const json = { file, error: e.message, errorEn: e.messageEn, errorCode: e.code, findings: [] };
      results.push({ file, findings: [], json });
    }
  }
  const all = results.flatMap((r) => r.findings);
  if (format === "json") io.out(JSON.stringify({ files: results.map((r) => r.json) }, null, 2));
  else if (format === "sarif") io.out(JSON.stringify(toSarif(results, VERSION, locale), null, 2));
  else if (unreadable < results.length) {
    // files that could not be read are not counted as checked (their errors are above)
    const more = unreadable ? run.t("cliSummaryUnreadable", { n: unreadable }) : "";
    io.out(`\n${summaryLine(all, results.length - unreadable, locale)}${more}`);
  }
  if (failed) return failed;
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
  const wb = await loadWorkbook(input);
  const report = applyCertainFixes(wb, config, ids);
  await writeWorkbook(wb, out);
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

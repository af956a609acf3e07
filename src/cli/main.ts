import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { KpiLintError } from "../core/errors";
import { lint } from "../core/lint";
import { RULES } from "../core/rules";
import { inspectJson, validateFileJson } from "../core/report/json";
import type { Finding } from "../core/rules/types";
import { applyCertainFixes } from "./apply-fixes";
import { loadConfig } from "./config-file";
import { formatFileText, summaryLine } from "./format-text";
import { toSarif } from "./format-sarif";
import { formatInspectText } from "./format-inspect";
import { loadWorkbook, workbookToGrid } from "./xlsx-grid";
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

const USAGE = `kpi-lint ${VERSION} — 项目支出绩效目标表校验（KPI Lint）

用法：
  kpi-lint validate <文件.xlsx>... [--format text|json|sarif] [--config 配置.json] [--lang zh-CN|en]
      校验绩效目标表。退出码：0 没有错误级问题，1 有错误级问题，2 无法运行。
  kpi-lint inspect <文件.xlsx> [--format text|json]
      显示识别出的结构：工作表、项目块、指标行和解析后的指标值。
  kpi-lint fix <输入.xlsx> --out <输出.xlsx> [--in-place] [--rule 规则id]...
      应用可确定的修复，保留工作簿其余内容（格式、合并单元格、其他工作表）。
  kpi-lint templates list | show <类型> | check <模板包.json> [--pack 模板包.json]...
      项目类型模板：列出、查看，或检查一个机构模板包（退出码：0 有效，1 无效）。
  kpi-lint classify <文件.xlsx> [--format json] [--pack 模板包.json]...
      为每个项目推荐项目类型（前三名及得分）。
  kpi-lint insert <输入.xlsx> --project <名称或编码> --type <类型> --out <输出.xlsx> [--pack 模板包.json]...
      按项目类型把模板指标插入项目块，沿用表格自己的版式，数值待填处标“【待填】”。
  kpi-lint rules            列出全部规则
  kpi-lint --help | --version

配置：当前目录下的 kpi-lint.config.json，或 --config 指定。`;

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

/** Runs the CLI; returns the exit code. Never throws: every failure is a zh-CN message and exit 2. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    io.err(`参数有误：${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  try {
    switch (command) {
      case "validate":
        return await validate(files, values, io);
      case "inspect":
        return await inspect(files, values, io);
      case "fix":
        return await fix(files, values, io);
      case "templates":
        return templatesCommand(files, values.pack ?? [], checkFormat(values.format, ["text", "json"]), io);
      case "classify":
        return await classifyCommand(files[0], values.pack ?? [], checkFormat(values.format, ["text", "json"]), io);
      case "insert":
        return await insertCommand(
          files[0],
          {
            project: values.project,
            type: values.type,
            out: values.out,
            packs: values.pack ?? [],
          },
          io,
        );
      case "rules":
        for (const r of RULES) io.out(`${r.id.padEnd(22)} ${r.defaultSeverity.padEnd(8)} ${r.fixable ? "可修复" : "      "}  ${r.docs.zh}`);
        return 0;
      default:
        io.err(`未知命令：${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof KpiLintError) {
      io.err(`kpi-lint：${e.message}`);
      return 2;
    }
    io.err(`kpi-lint：内部错误，请把此信息发给维护人员：${(e as Error)?.stack ?? String(e)}`);
    return 2;
  }
}

function checkFormat(format: string | undefined, allowed: string[]): string {
  const f = format ?? "text";
  if (!allowed.includes(f)) throw new KpiLintError(`--format 只能是 ${allowed.join("、")}，收到“${f}”`, `Unknown format ${f}`, "usage");
  return f;
}

async function validate(files: string[], values: ReturnType<typeof parse>["values"], io: Io): Promise<number> {
  const format = checkFormat(values.format, ["text", "json", "sarif"]);
  if (files.length === 0) throw new KpiLintError("请指定要校验的 .xlsx 文件", "No input file", "usage");
  const config = loadConfig(values.config);
  const lang = values.lang;
  if (lang !== undefined && !["zh-CN", "en"].includes(lang))
    throw new KpiLintError(`--lang 只能是 zh-CN 或 en，收到“${lang}”`, `Unknown language ${lang}`, "usage");
  const locale = (lang as "zh-CN" | "en" | undefined) ?? config.locale;
  const results: Array<{ file: string; findings: Finding[]; json: unknown }> = [];
  let failed = false;
  for (const file of files) {
    try {
      const wb = await loadWorkbook(file);
      const { model, findings } = lint(workbookToGrid(wb), config);
      results.push({ file, findings, json: validateFileJson(file, model, findings) });
      if (format === "text") io.out(formatFileText(file, model, findings, locale));
    } catch (e) {
      if (!(e instanceof KpiLintError)) throw e;
      failed = true;
      io.err(`kpi-lint：${e.message}`);
      results.push({ file, findings: [], json: { file, error: e.message, errorCode: e.code, findings: [] } });
    }
  }
  const all = results.flatMap((r) => r.findings);
  if (format === "json") io.out(JSON.stringify({ files: results.map((r) => r.json) }, null, 2));
  else if (format === "sarif") io.out(JSON.stringify(toSarif(results, VERSION), null, 2));
  else io.out(`\n${summaryLine(all, results.length, locale)}`);
  if (failed) return 2;
  return all.some((f) => f.severity === "error") ? 1 : 0;
}

async function inspect(files: string[], values: ReturnType<typeof parse>["values"], io: Io): Promise<number> {
  const format = checkFormat(values.format, ["text", "json"]);
  if (files.length !== 1) throw new KpiLintError("inspect 需要且只需要一个 .xlsx 文件", "inspect takes one file", "usage");
  const wb = await loadWorkbook(files[0]);
  const { model } = lint(workbookToGrid(wb));
  io.out(format === "json" ? JSON.stringify(inspectJson(files[0], model), null, 2) : formatInspectText(files[0], model));
  return 0;
}

async function fix(files: string[], values: ReturnType<typeof parse>["values"], io: Io): Promise<number> {
  if (files.length !== 1) throw new KpiLintError("fix 需要且只需要一个输入文件", "fix takes one input file", "usage");
  const input = files[0];
  const inPlace = values["in-place"] === true;
  if (!values.out && !inPlace) {
    throw new KpiLintError("请用 --out 指定输出文件（或用 --in-place 覆盖原文件）", "Give --out (or --in-place)", "usage");
  }
  const out = inPlace ? input : (values.out as string);
  if (!inPlace && path.resolve(out) === path.resolve(input)) {
    throw new KpiLintError("输出文件与输入文件相同；如确要覆盖原文件，请使用 --in-place", "--out is the input; use --in-place", "usage");
  }
  const rules = values.rule;
  const unknown = (rules ?? []).filter((r) => !RULES.some((x) => x.id === r));
  if (unknown.length) throw new KpiLintError(`没有这条规则：${unknown.join("、")}`, `Unknown rule ${unknown.join(", ")}`, "usage");
  const config = loadConfig(values.config);
  const wb = await loadWorkbook(input);
  const report = applyCertainFixes(wb, config, rules);
  // write to a temporary file first: a failed write never leaves a half-written workbook behind
  const tmp = `${out}.kpi-lint-${process.pid}.tmp`;
  try {
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new KpiLintError(`无法写入 ${out}：${(e as Error).message}`, `Cannot write ${out}`, "write-failed");
  }
  for (const e of report.applied) io.out(`  ${e.sheet}!${e.cell}：${e.before ?? "（空）"} → ${e.after ?? "（空）"}`);
  for (const s of report.skipped) io.out(`  跳过 ${s.edit.sheet}!${s.edit.cell}：${s.reason}`);
  const errors = report.remaining.filter((f) => f.severity === "error").length;
  io.out(`已修复 ${report.applied.length} 处，已写入 ${out}；仍有 ${report.remaining.length} 个问题（错误 ${errors} 个）需人工处理。`);
  return 0;
}

/**
 * The command line's errors (section of the catalogue, joined in src/cli/errors.ts): the codes only
 * kpi-lint raises. The add-in's are in src/core/error-codes.ts, the file reader's in src/core/read-error-codes.ts.
 */
import type { CliErrorCode, ErrorText } from "../../core/error-codes";
import { CONVERT_EN, CONVERT_ZH } from "../../core/read-error-codes";

export const CLI_ERROR_CODES: Record<CliErrorCode, ErrorText> = {
  // reading a workbook (CLI)
  FILE_NOT_FOUND: { zh: "找不到文件：{{path}}", en: "File not found: {{path}}", exit: 2 },
  IS_DIRECTORY: { zh: "“{{path}}”是文件夹，不是 Excel 文件", en: "{{path}} is a folder, not an Excel file", exit: 2 },
  ODS_FORMAT: {
    zh: `“{{path}}”是 OpenDocument 表格（.ods），kpi-lint 不能直接读取。${CONVERT_ZH}`,
    en: `{{path}} is an OpenDocument spreadsheet (.ods), which kpi-lint cannot read directly. ${CONVERT_EN}`,
    exit: 2,
  },
  CONVERT_FAILED: {
    zh: "LibreOffice 未能把“{{path}}”转换为 .xlsx（{{detail}}）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再校验。",
    en: "LibreOffice could not convert {{path}} to .xlsx ({{detail}}). Open it in Excel or WPS, save it as .xlsx and try again.",
    exit: 2,
  },
  DAMAGED_FILE: {
    zh: "无法打开“{{path}}”：文件已损坏或不是有效的 .xlsx 工作簿。",
    en: "Cannot open {{path}}: the file is damaged or not a valid .xlsx workbook.",
    exit: 2,
  },
  EMPTY_WORKBOOK: {
    zh: "工作簿为空，没有可校验的内容：{{path}}",
    en: "The workbook is empty, nothing to check: {{path}}",
    exit: 2,
  },
  // configuration and template packs (CLI)
  CONFIG_NOT_FOUND: { zh: "找不到配置文件：{{path}}", en: "Config file not found: {{path}}", exit: 2 },
  CONFIG_NOT_JSON: {
    zh: "配置文件不是有效的 JSON：{{path}}（{{detail}}）",
    en: "Config file is not valid JSON: {{path}} ({{detail}})",
    exit: 2,
  },
  BAD_CONFIG: { zh: "配置文件 {{path}} 有误：\n{{errors}}", en: "Invalid config file {{path}}:\n{{errors}}", exit: 2 },
  PACK_NOT_FOUND: { zh: "找不到模板包文件：{{path}}", en: "Template pack not found: {{path}}", exit: 2 },
  BAD_PACK: { zh: "模板包 {{path}} 有误：\n{{errors}}", en: "Invalid template pack {{path}}:\n{{errors}}", exit: 2 },
  // command-line arguments (CLI)
  BAD_ARGUMENTS: { zh: "参数有误：{{detail}}", en: "Bad arguments: {{detail}}", exit: 2 },
  UNKNOWN_COMMAND: { zh: "未知命令：{{command}}", en: "Unknown command: {{command}}", exit: 2 },
  UNKNOWN_SUBCOMMAND: {
    zh: "未知的 {{command}} 子命令：{{sub}}（可用 {{allowed}}）",
    en: "Unknown {{command}} subcommand: {{sub}} (use {{allowed}})",
    exit: 2,
  },
  BAD_FORMAT: { zh: "--format 只能是 {{allowed}}，收到“{{value}}”", en: "--format must be {{allowed}}, not “{{value}}”", exit: 2 },
  BAD_LANG: { zh: "--lang 只能是 zh-CN 或 en，收到“{{value}}”", en: "--lang must be zh-CN or en, not “{{value}}”", exit: 2 },
  MISSING_INPUT: { zh: "请指定 .xlsx 文件", en: "Give an .xlsx file", exit: 2 },
  ONE_INPUT: { zh: "{{command}} 需要且只需要一个输入文件", en: "{{command}} takes exactly one input file", exit: 2 },
  MISSING_OUTPUT: {
    zh: "请用 --out 指定输出文件（或用 --in-place 覆盖原文件）",
    en: "Give the output file with --out (or --in-place to overwrite the input)",
    exit: 2,
  },
  OUTPUT_IS_INPUT: {
    zh: "输出文件与输入文件相同；如确要覆盖原文件，请使用 --in-place",
    en: "--out is the input file; to overwrite it, use --in-place",
    exit: 2,
  },
  INSERT_OUTPUT_IS_INPUT: {
    zh: "输出文件不能与输入文件相同",
    en: "The output file cannot be the input file",
    exit: 2,
  },
  INSERT_USAGE: {
    zh: "用法：kpi-lint insert <输入.xlsx> --project <名称或编码> --type <类型id> --out <输出.xlsx>",
    en: "Usage: kpi-lint insert <in.xlsx> --project <name or code> --type <type id> --out <out.xlsx>",
    exit: 2,
  },
  MISSING_PACK_FILE: { zh: "请指定要检查的模板包 .json 文件", en: "Give the template pack .json file to check", exit: 2 },
  MISSING_TYPE: {
    zh: "请指定项目类型，如 kpi-lint templates show training",
    en: "Give a project type, e.g. kpi-lint templates show training",
    exit: 2,
  },
  UNKNOWN_RULE: { zh: "没有这条规则：{{rules}}", en: "Unknown rule: {{rules}}", exit: 2 },
  UNKNOWN_TYPE: {
    zh: "没有项目类型“{{type}}”。可用类型：{{available}}",
    en: "Unknown project type “{{type}}”. Available: {{available}}",
    exit: 2,
  },
  UNKNOWN_PROJECT: {
    zh: "找不到项目“{{project}}”。工作簿中的项目：{{available}}",
    en: "Project “{{project}}” not found. Projects in the workbook: {{available}}",
    exit: 2,
  },
  AMBIGUOUS_PROJECT: {
    zh: "有 {{count}} 个项目叫“{{project}}”：{{matches}}。请改用项目编码指定。",
    en: "{{count}} projects are called “{{project}}”: {{matches}}. Give the project code instead.",
    exit: 2,
  },
  WORKBOOK_TOO_LARGE_TO_WRITE: {
    zh: "工作簿太大（超过 65535 个部件或 4 GB），命令行无法写回。请在 Excel 中用加载项修改。",
    en: "The workbook is too large for the command line to write back (more than 65,535 parts or 4 GB). Make the change with the add-in in Excel.",
    exit: 2,
  },
  WRITE_FAILED: { zh: "无法写入 {{path}}：{{detail}}", en: "Cannot write {{path}}: {{detail}}", exit: 2 },
  XLSX_NEEDS_OUT: {
    zh: "--format xlsx 需要用 --out 指定汇总工作簿，如 --out 审核汇总.xlsx",
    en: "--format xlsx needs the report workbook's name in --out, e.g. --out review.xlsx",
    exit: 2,
  },
  NO_XLSX_FOUND: { zh: "在 {{paths}} 中没有找到 .xlsx 或 .xlsm 文件", en: "No .xlsx or .xlsm file found in {{paths}}", exit: 2 },
  CHECK_FAILED: { zh: "校验“{{path}}”时出错：{{detail}}", en: "Checking {{path}} failed: {{detail}}", exit: 2 },
  /** What the command line cannot move or rewrite safely, in both languages (`what` / `whatEn`). */
  WRITE_NEEDS_ADDIN: {
    zh: "命令行无法安全修改工作表“{{sheet}}”：{{what}}。请在 Excel 中用 KPI Lint 加载项完成此操作（Excel 会一并调整这些内容），文件未作改动。",
    en: "The command line cannot safely change sheet “{{sheet}}”: {{whatEn}}. Use the KPI Lint add-in in Excel, which adjusts them too; nothing was written.",
    exit: 2,
  },
};

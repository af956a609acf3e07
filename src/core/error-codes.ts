import { interpolate } from "./interpolate";
/**
 * The closed list of errors meant for the user, frictionless-style: a stable code, a zh-CN and an English
 * template (`{{name}}` placeholders), and the CLI's exit code. zh-CN and English use the same placeholders,
 * where the caller has the text in both languages: `x` in zh-CN, `xEn` in English (the adapter's `action`).
 * The codes are a contract (the CLI's JSON `errorCode`, README "Error codes"): add, never rename.
 */
export interface ErrorText {
  zh: string;
  en: string;
  /** The CLI's exit code for this error; absent for errors only the add-in raises. */
  exit?: number;
}

/** Placeholders that carry zh-CN text and so may appear in the zh-CN template only. */
export const ZH_ONLY_PLACEHOLDERS: readonly string[] = [];

const SAVE_AS_XLSX_ZH = "请在 Excel 中另存为 .xlsx 后再校验。";
/** How to turn .xls, .et and .ods into .xlsx: by hand, or LibreOffice (which the CLI then uses by itself). */
const CONVERT_ZH =
  "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再校验；或安装 LibreOffice（soffice 在 PATH 上时 kpi-lint 会自动转换），也可手动运行 soffice --headless --convert-to xlsx 文件。";
const CONVERT_EN =
  "Save it as .xlsx in Excel or WPS; or install LibreOffice (with soffice on the PATH kpi-lint converts it by itself), or run soffice --headless --convert-to xlsx <file>.";
const RECOVER_ZH = "请在 Excel 中打开（按提示修复）并另存一份后再校验。";
const RECOVER_EN = "Open it in Excel (let it repair the file), save a copy and try again.";

export const ERROR_CODES = {
  // reading a workbook (CLI)
  FILE_NOT_FOUND: { zh: "找不到文件：{{path}}", en: "File not found: {{path}}", exit: 2 },
  IS_DIRECTORY: { zh: "“{{path}}”是文件夹，不是 Excel 文件", en: "{{path}} is a folder, not an Excel file", exit: 2 },
  EMPTY_FILE: { zh: "文件为空：{{path}}", en: "Empty file: {{path}}", exit: 2 },
  PASSWORD_PROTECTED: {
    zh: "文件已加密（工作簿设有打开密码），无法读取：{{path}}。请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清除密码后另存一份再校验。",
    en: "The workbook is password-protected: {{path}}. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password) and save a copy.",
    exit: 2,
  },
  XLS_FORMAT: {
    zh: `“{{path}}”是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，kpi-lint 不能直接读取。${CONVERT_ZH}`,
    en: `{{path}} is a legacy Excel 97-2003 (.xls) or WPS (.et) file, which kpi-lint cannot read directly. ${CONVERT_EN}`,
    exit: 2,
  },
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
  CSV_FORMAT: {
    zh: `“{{path}}”不是 Excel 工作簿（.xlsx），而是 CSV 文本文件。${SAVE_AS_XLSX_ZH}`,
    en: "{{path}} is a CSV text file, not an Excel workbook (.xlsx); save it as .xlsx in Excel first.",
    exit: 2,
  },
  NOT_XLSX: {
    zh: `“{{path}}”不是 Excel 工作簿（.xlsx）。${SAVE_AS_XLSX_ZH}`,
    en: "{{path}} is not an Excel workbook (.xlsx); save it as .xlsx in Excel first.",
    exit: 2,
  },
  DAMAGED_FILE: {
    zh: "无法打开“{{path}}”：文件已损坏或不是有效的 .xlsx 工作簿。",
    en: "Cannot open {{path}}: the file is damaged or not a valid .xlsx workbook.",
    exit: 2,
  },
  TEXT_NOT_XLSX: {
    zh: `“{{path}}”是文本文件，不是 Excel 工作簿。${SAVE_AS_XLSX_ZH}`,
    en: "{{path}} is a text file, not an Excel workbook; save it as .xlsx in Excel first.",
    exit: 2,
  },
  ZIP_DAMAGED: {
    zh: `“{{path}}”已损坏：压缩包结构不完整（可能在下载或传输中被截断）。${RECOVER_ZH}`,
    en: `{{path}} is damaged: its zip structure is incomplete (perhaps cut off in transit). ${RECOVER_EN}`,
    exit: 2,
  },
  PART_MISSING: {
    zh: `“{{path}}”已损坏：缺少工作簿部件 {{part}}。${RECOVER_ZH}`,
    en: `{{path}} is damaged: the workbook part {{part}} is missing. ${RECOVER_EN}`,
    exit: 2,
  },
  PART_TOO_LARGE: {
    zh: "“{{path}}”中的部件 {{part}} 解压后超过 {{limit}} MB，为安全起见已停止读取。",
    en: "The part {{part}} of {{path}} inflates to more than {{limit}} MB; reading stopped for safety.",
    exit: 2,
  },
  XML_CUT_SHORT: {
    zh: `“{{path}}”已损坏：部件 {{part}} 的内容不完整（被截断）。${RECOVER_ZH}`,
    en: `{{path}} is damaged: the part {{part}} is cut short. ${RECOVER_EN}`,
    exit: 2,
  },
  XML_MALFORMED: {
    zh: `“{{path}}”已损坏：部件 {{part}} 不是有效的 XML（{{detail}}）。${RECOVER_ZH}`,
    en: `{{path}} is damaged: the part {{part}} is not valid XML ({{detail}}). ${RECOVER_EN}`,
    exit: 2,
  },
  XML_ENTITIES: {
    zh: "“{{path}}”的部件 {{part}} 含有 DTD 实体声明（<!ENTITY>），正常的 Excel 文件不会有，为安全起见拒绝读取。",
    en: "The part {{part}} of {{path}} declares DTD entities (<!ENTITY>), which no Excel file has; refused for safety.",
    exit: 2,
  },
  BAD_CELL_REF: {
    zh: `“{{path}}”已损坏：工作表“{{sheet}}”中有无效的单元格引用“{{ref}}”。${RECOVER_ZH}`,
    en: `{{path}} is damaged: sheet “{{sheet}}” holds an invalid cell reference “{{ref}}”. ${RECOVER_EN}`,
    exit: 2,
  },
  BAD_SHARED_STRING: {
    zh: `“{{path}}”已损坏：工作表“{{sheet}}”的单元格 {{cell}} 引用了不存在的共享字符串（#{{index}}）。${RECOVER_ZH}`,
    en: `{{path}} is damaged: cell {{cell}} of sheet “{{sheet}}” points at shared string #{{index}}, which does not exist. ${RECOVER_EN}`,
    exit: 2,
  },
  WORKBOOK_TOO_LARGE_TO_WRITE: {
    zh: "工作簿太大（超过 65535 个部件或 4 GB），命令行无法写回。请在 Excel 中用加载项修改。",
    en: "The workbook is too large for the command line to write back (more than 65,535 parts or 4 GB). Make the change with the add-in in Excel.",
    exit: 2,
  },
  SHEET_TOO_LARGE: {
    zh: "工作表“{{sheet}}”的非空单元格超过 {{limit}} 个（读到 {{cell}}），已停止读取：{{path}}。请删除远处多余的内容（如 {{cell}} 附近）后再校验。",
    en: "Sheet “{{sheet}}” holds more than {{limit}} non-empty cells (stopped at {{cell}}): {{path}}. Delete the stray content far from the table (around {{cell}}) and try again.",
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
  /** The planner's own reason, in both languages (`reason` / `reasonEn`). */
  INSERT_REFUSED: { zh: "未插入：{{reason}}", en: "Nothing inserted: {{reasonEn}}", exit: 2 },
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
  // both: a sheet that is gone
  SHEET_NOT_FOUND: {
    zh: "找不到工作表“{{sheet}}”，可能已被删除或重命名。",
    en: "Sheet “{{sheet}}” not found; it may have been deleted or renamed.",
    exit: 2,
  },
  // the add-in (Office.js)
  CELL_EDIT_MODE: {
    zh: "Excel 正处于单元格编辑状态，无法{{action}}。请先按 Enter 或 Esc 结束编辑，再重试。",
    en: "Excel is in cell-edit mode, so it cannot {{actionEn}}; press Enter or Esc to finish editing, then try again.",
  },
  ACCESS_DENIED: {
    zh: "工作表受保护，无法{{action}}。请在“审阅 → 撤消工作表保护”后重试。",
    en: "The sheet is protected, so it cannot {{actionEn}}; unprotect it (Review → Unprotect Sheet) and try again.",
  },
  SHEET_PROTECTED: {
    zh: "工作表“{{sheet}}”受保护，无法{{action}}。请在“审阅 → 撤消工作表保护”后重试。",
    en: "Sheet “{{sheet}}” is protected, so it cannot {{actionEn}}; unprotect it (Review → Unprotect Sheet) and try again.",
  },
  PAYLOAD_TOO_LARGE: {
    zh: "工作表太大，一次无法{{action}}。请分几个工作表校验。",
    en: "The sheet is too large to {{actionEn}} in one request; validate fewer sheets at a time.",
  },
  ITEM_NOT_FOUND: {
    zh: "找不到要操作的工作表或单元格，可能已被删除或重命名。",
    en: "A sheet or cell was not found; it may have been deleted or renamed.",
  },
  UNDO_NOT_SUPPORTED: {
    zh: "此操作无法加入 Excel 的撤消记录，请使用本加载项的“撤销”。",
    en: "Not undoable in Excel; use the add-in's Undo.",
  },
  STALE_PLAN: {
    zh: "项目块在生成插入方案后已被修改，请重新校验后再插入。",
    en: "The project block changed since the plan was made; validate again before inserting.",
  },
  USED_RANGE_TOO_LARGE: {
    zh: "工作表“{{sheet}}”的已用区域为 {{range}}（{{cells}} 个单元格），超过加载项可读取的上限（{{limit}} 个单元格）。最远的内容在 {{cell}}：如是误输入或无用的内容，请删除后保存，再校验。",
    en: "The used range of sheet “{{sheet}}” is {{range}} ({{cells}} cells), more than the add-in reads ({{limit}} cells). The farthest content is at {{cell}}: if it was typed by mistake or is not needed, delete it, save, and validate again.",
  },
  MULTI_AREA_SELECTION: {
    zh: "当前选中了多个不相连的区域，请只选中一个单元格（或一个连续区域）后重试。",
    en: "Several separate areas are selected; select one cell (or one block of cells) and try again.",
  },
  WORKBOOK_PROTECTED: {
    zh: "工作簿结构受保护，无法{{action}}（需要添加或删除工作表）。请在“审阅 → 保护工作簿”中取消保护后重试。",
    en: "The workbook's structure is protected, so it cannot {{actionEn}} (that adds or removes a sheet); unprotect it (Review → Protect Workbook) and try again.",
  },
  JOURNAL_TOO_LARGE: {
    zh: "一次修改的单元格太多（{{cells}} 处），修改记录超出工作簿可保存的大小，撤销将无法恢复。请分几次修复。",
    en: "Too many cells in one change ({{cells}}): its record would not fit in the workbook, so Undo could not restore them. Fix them in several steps.",
  },
  STATE_TOO_LARGE: {
    zh: "无法保存到工作簿：内容过大（{{bytes}} 字节），超过 Excel 允许加载项在工作簿设置中保存的大小。请减少已忽略的问题或精简设置后重试。",
    en: "Cannot save in the workbook: {{bytes}} bytes is more than Excel lets an add-in keep in its settings; un-ignore some findings or simplify the settings and try again.",
  },
  EXCEL_ERROR: { zh: "无法{{action}}：{{detail}}", en: "Could not {{actionEn}}: {{detail}}" },
  EXCEL_NO_REASON: { zh: "无法{{action}}：Excel 未返回原因", en: "Could not {{actionEn}}: Excel gave no reason." },
  // the browser preview
  NOT_A_WORKBOOK: { zh: "无法打开：文件已损坏或不是 .xlsx 工作簿。", en: "Not a valid .xlsx workbook." },
} as const satisfies Record<string, ErrorText>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The values an error's template is filled with. */
export type ErrorData = Record<string, string | number>;

/** `{{name}}` placeholders filled from `data` (core's own copy: core imports nothing outside src/core). */
export function fillTemplate(template: string, data: ErrorData = {}): string {
  return interpolate(template, data);
}

/** The placeholder names a template uses, sorted and without repeats. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

/** The CLI's exit code for an error (2, "could not run", unless the catalogue says otherwise). */
export function exitCodeOf(code: ErrorCode): number {
  const e: ErrorText = ERROR_CODES[code];
  return e.exit ?? 2;
}

import { interpolate } from "./interpolate";
import type { ReadErrorCode } from "./read-error-codes";
/**
 * The closed list of errors meant for the user, frictionless-style: a stable code, a zh-CN and an English
 * template (`{{name}}` placeholders), and the CLI's exit code. zh-CN and English use the same placeholders,
 * where the caller has the text in both languages: `x` in zh-CN, `xEn` in English (the adapter's `action`).
 * The codes are a contract (the CLI's JSON `errorCode`, README "Error codes"): add, never rename.
 *
 * The texts are kept in three parts so that each bundle carries only those it can raise: the add-in's here,
 * the file reader's in ./read-error-codes (the CLI and the browser preview), the command line's in
 * src/app/messages/cli-errors.ts (joined in src/cli/errors.ts). A part's texts are added to the lookup
 * below when the module that holds them is loaded; the code that raises them imports KpiLintError from it.
 */
export interface ErrorText {
  zh: string;
  en: string;
  /** The CLI's exit code for this error; absent for errors only the add-in raises. */
  exit?: number;
}

/** Placeholders that carry zh-CN text and so may appear in the zh-CN template only. */
export const ZH_ONLY_PLACEHOLDERS: readonly string[] = [];

/** The add-in's errors (Office.js, the task pane, the preview), and the few the CLI raises too. */
export const ADDIN_ERROR_CODES = {
  /** The planner's own reason, in both languages (`reason` / `reasonEn`). */
  INSERT_REFUSED: { zh: "未插入：{{reason}}", en: "Nothing inserted: {{reasonEn}}", exit: 2 },
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

/** The command line's own codes; their texts are in src/app/messages/cli-errors.ts (typed by this list). */
export type CliErrorCode =
  | "FILE_NOT_FOUND"
  | "IS_DIRECTORY"
  | "ODS_FORMAT"
  | "CONVERT_FAILED"
  | "DAMAGED_FILE"
  | "EMPTY_WORKBOOK"
  | "CONFIG_NOT_FOUND"
  | "CONFIG_NOT_JSON"
  | "BAD_CONFIG"
  | "PACK_NOT_FOUND"
  | "BAD_PACK"
  | "BAD_ARGUMENTS"
  | "UNKNOWN_COMMAND"
  | "UNKNOWN_SUBCOMMAND"
  | "BAD_FORMAT"
  | "BAD_LANG"
  | "MISSING_INPUT"
  | "ONE_INPUT"
  | "MISSING_OUTPUT"
  | "OUTPUT_IS_INPUT"
  | "INSERT_OUTPUT_IS_INPUT"
  | "INSERT_USAGE"
  | "MISSING_PACK_FILE"
  | "MISSING_TYPE"
  | "UNKNOWN_RULE"
  | "UNKNOWN_TYPE"
  | "UNKNOWN_PROJECT"
  | "AMBIGUOUS_PROJECT"
  | "WRITE_FAILED"
  | "WORKBOOK_TOO_LARGE_TO_WRITE"
  | "XLSX_NEEDS_OUT"
  | "NO_XLSX_FOUND"
  | "CHECK_FAILED"
  | "WRITE_NEEDS_ADDIN";

export type ErrorCode = keyof typeof ADDIN_ERROR_CODES | ReadErrorCode | CliErrorCode;

/** The values an error's template is filled with. */
export type ErrorData = Record<string, string | number>;

const texts: Partial<Record<ErrorCode, ErrorText>> = { ...ADDIN_ERROR_CODES };

/** Adds a part of the catalogue to the lookup (done once by the module that holds it). */
export function addErrorTexts(part: Partial<Record<ErrorCode, ErrorText>>): void {
  Object.assign(texts, part);
}

/** The texts of a code; a code whose part is not loaded (a wiring mistake the tests catch) shows as itself. */
export function errorTextOf(code: ErrorCode): ErrorText {
  return texts[code] ?? { zh: code, en: code };
}

/** `{{name}}` placeholders filled from `data` (core's own copy: core imports nothing outside src/core). */
export function fillTemplate(template: string, data: ErrorData = {}): string {
  return interpolate(template, data);
}

/** The placeholder names a template uses, sorted and without repeats. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
}

/** The CLI's exit code for an error (2, "could not run", unless the catalogue says otherwise). */
export function exitCodeOf(code: ErrorCode): number {
  return errorTextOf(code).exit ?? 2;
}

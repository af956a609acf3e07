/**
 * The file reader's errors (src/xlsx, used by the CLI and the browser preview): their texts join the
 * catalogue (./error-codes) when this module loads, so raise them with the KpiLintError exported here.
 */
import { addErrorTexts, type ErrorText } from "./error-codes";

export { KpiLintError } from "./errors";

const SAVE_AS_XLSX_ZH = "请在 Excel 中另存为 .xlsx 后再校验。";
/** How to turn .xls, .et and .ods into .xlsx: by hand, or LibreOffice (which the CLI then uses by itself). */
export const CONVERT_ZH =
  "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再校验；或安装 LibreOffice（soffice 在 PATH 上时 kpi-lint 会自动转换），也可手动运行 soffice --headless --convert-to xlsx 文件。";
export const CONVERT_EN =
  "Save it as .xlsx in Excel or WPS; or install LibreOffice (with soffice on the PATH kpi-lint converts it by itself), or run soffice --headless --convert-to xlsx <file>.";
const RECOVER_ZH = "请在 Excel 中打开（按提示修复）并另存一份后再校验。";
const RECOVER_EN = "Open it in Excel (let it repair the file), save a copy and try again.";

export const READ_ERROR_CODES = {
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
  SHEET_TOO_LARGE: {
    zh: "工作表“{{sheet}}”的非空单元格超过 {{limit}} 个（读到 {{cell}}），已停止读取：{{path}}。请删除远处多余的内容（如 {{cell}} 附近）后再校验。",
    en: "Sheet “{{sheet}}” holds more than {{limit}} non-empty cells (stopped at {{cell}}): {{path}}. Delete the stray content far from the table (around {{cell}}) and try again.",
    exit: 2,
  },
} as const satisfies Record<string, ErrorText>;

export type ReadErrorCode = keyof typeof READ_ERROR_CODES;

addErrorTexts(READ_ERROR_CODES);

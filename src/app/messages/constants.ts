/**
 * Names that are identifiers, not messages: the same in every language, so a workbook validated by a
 * Chinese and an English user keeps one report sheet, and readers of the workbook find it by this name.
 */

/** The sheet the ribbon's 校验工作表 writes (and validation of all sheets skips). */
export const REPORT_SHEET_NAME = "校验报告";

/** The zh-CN section headings of a rule doc (docs/rules/<id>.md), which the task pane reads the why from. */
export const RULE_DOC_SECTIONS = { what: "检查什么", why: "为什么" } as const;

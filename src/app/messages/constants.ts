/**
 * Names that are identifiers, not messages: the same in every language, so a workbook validated by a
 * Chinese and an English user keeps one report sheet, and readers of the workbook find it by this name.
 */

/** The sheet the ribbon's 校验工作表 writes (and validation of all sheets skips). */
export const REPORT_SHEET_NAME = "校验报告";

/** Ribbon commands (校验工作表, 清除标记) and their result dialog (section of the catalogue). */
export const ribbonZh = {
  ribbonValidated: "校验完成",
  ribbonSeeReport: "详见工作表“{{sheet}}”。",
  ribbonCannotValidate: "无法校验",
  ribbonClearMarks: "清除标记",
  ribbonMarksCleared: "已清除 {{n}} 处标记，单元格原有格式未受影响。",
  ribbonCannotClear: "无法清除标记",
} as const;

export const ribbonEn: Record<keyof typeof ribbonZh, string> = {
  ribbonValidated: "Validation complete",
  ribbonSeeReport: "See the sheet “{{sheet}}” for details.",
  ribbonCannotValidate: "Could not validate",
  ribbonClearMarks: "Clear marks",
  ribbonMarksCleared: "{{n}} marks cleared; the cells' own formatting was not changed.",
  ribbonCannotClear: "Could not clear the marks",
};

/** The validation summary and the 校验报告 sheet (section of the catalogue). */
export const reportZh = {
  reportSummary:
    "校验时间 {{stamp}}：共 {{total}} 个问题（{{errorLabel}} {{error}}，{{warningLabel}} {{warning}}，{{infoLabel}} {{info}}），涉及 {{affected}} 个项目（共 {{projects}} 个）",
  reportSheetNote: "工作表「{{sheet}}」：{{message}}",
  reportMarkFailed: "未能标记单元格：{{message}}",
  reportConfigInvalid: "设置有误，已按默认设置校验：{{message}}",
  reportColSeverity: "严重程度",
  reportColProject: "项目",
  reportColCell: "单元格",
  reportColRule: "规则",
  reportColMessage: "问题",
  reportColFix: "建议修复",
  reportLinkTip: "跳转到该单元格",
} as const;

export const reportEn: Record<keyof typeof reportZh, string> = {
  reportSummary:
    "Validated {{stamp}}: {{total}} problem(s) ({{errorLabel}} {{error}}, {{warningLabel}} {{warning}}, {{infoLabel}} {{info}}) in {{affected}} of {{projects}} project(s)",
  reportSheetNote: "Sheet “{{sheet}}”: {{message}}",
  reportMarkFailed: "Could not mark the cells: {{message}}",
  reportConfigInvalid: "The settings are invalid; validated with the defaults: {{message}}",
  reportColSeverity: "Severity",
  reportColProject: "Project",
  reportColCell: "Cell",
  reportColRule: "Rule",
  reportColMessage: "Problem",
  reportColFix: "Suggested fix",
  reportLinkTip: "Go to this cell",
};

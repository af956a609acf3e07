/**
 * kpi-lint command-line notices (section of the catalogue). Keys start with `cli`. The CLI's errors are
 * not here: they are the closed list of codes in ./cli-errors.ts (its own) and src/core/error-codes.ts.
 */
export const cliZh = {
  cliUsage: `kpi-lint {{version}} — 项目支出绩效目标表校验（KPI Lint）

用法：
  kpi-lint validate <文件.xlsx 或文件夹>... [--format text|json|sarif|xlsx] [--out 审核汇总.xlsx] [--config 配置.json]
      校验绩效目标表；文件夹中的 .xlsx/.xlsm 逐层查找（跳过 ~$ 临时文件），多核并行，最后列出每个文件的汇总。
      --format xlsx --out 审核汇总.xlsx 另存一份审核汇总工作簿（汇总表 + 问题清单）。
      退出码：0 没有错误级问题，1 有错误级问题，2 一个文件也读不了。
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
  kpi-lint rules [--format text|json]
      列出全部规则：标题、默认级别、是否可修复（json 另含选项及其默认值、文档路径）。
  kpi-lint --help | --version

每个命令都可加 --lang zh-CN|en 选择输出语言（默认中文）。
配置：当前目录下的 kpi-lint.config.json，或 --config 指定。`,
  cliError: "kpi-lint：{{message}}",
  cliInternalError: "kpi-lint：内部错误，请把此信息发给维护人员：{{detail}}",
  cliFixable: "可修复",
  cliListSep: "、",
  cliSep: "，",
  cliSuggestSep: "；",
  cliBlank: "（空）",
  cliCleared: "（清空）",
  // validate: the text report
  cliSeverityError: "错误",
  cliSeverityWarning: "警告",
  cliSeverityInfo: "提示",
  cliSheet: "工作表「{{name}}」",
  cliSheetStatus: "{{sheet}}：{{why}}",
  cliSheetEmpty: "工作表为空",
  cliSheetNoTable: "未找到绩效目标表",
  cliSheetLine: "工作表「{{name}}」：{{projects}} 个项目，{{problems}} 个问题",
  cliSheetLineClean: "工作表「{{name}}」：{{projects}} 个项目，未发现问题",
  cliProject: "项目「{{name}}」{{where}}",
  cliNoProject: "（无项目）",
  cliWhere: "（第 {{first}}–{{last}} 行）",
  cliWhereCode: "（{{code}}，第 {{first}}–{{last}} 行）",
  cliFix: "  → 可修复：{{edits}}",
  cliEdit: "{{cell}} 改为 {{value}}",
  cliSuggest: "  → 建议：{{labels}}",
  cliSummary:
    "共 {{files}} 个文件，{{problems}} 个问题：错误 {{errors}}，警告 {{warnings}}，提示 {{infos}}（其中 {{fixable}} 个可自动修复，运行 kpi-lint fix）",
  // validate: a batch of files
  cliProgress: "校验中 {{done}}/{{total}} 个文件…",
  cliBatchHead: "逐个文件汇总：",
  cliBatchFile: "  {{file}}：{{projects}} 个项目，错误 {{errors}}，警告 {{warnings}}",
  cliBatchUnreadable: "  {{file}}：无法读取——{{reason}}",
  cliBatchTotals: "可读取 {{read}} 个文件，无法读取 {{unreadable}} 个。",
  cliReportWritten: "审核汇总已写入 {{path}}",
  // the reviewer's workbook (--format xlsx)
  cliXlsxSummarySheet: "审核汇总",
  cliXlsxFindingsSheet: "问题清单",
  cliXlsxFile: "文件路径",
  cliXlsxUnit: "填报单位",
  cliXlsxProjects: "项目数",
  cliXlsxErrors: "错误",
  cliXlsxWarnings: "警告",
  cliXlsxInfos: "提示",
  cliXlsxStatus: "状态",
  cliXlsxStatusOk: "未发现问题",
  cliXlsxStatusErrors: "有错误",
  cliXlsxStatusWarnings: "仅有警告",
  cliXlsxStatusUnreadable: "无法读取：{{reason}}",
  cliXlsxSheet: "工作表",
  cliXlsxCell: "单元格",
  cliXlsxProject: "项目名称",
  cliXlsxSeverity: "级别",
  cliXlsxRule: "规则",
  cliXlsxMessage: "问题",
  cliXlsxFix: "建议修改",
  cliSummaryUnreadable: "；另有 {{n}} 个文件无法读取（见上方错误）",
  cliConverted: "“{{path}}”是 .{{format}} 文件：已用 LibreOffice 转换为临时 .xlsx 后读取（原文件未改动）。",
  // inspect
  cliLayoutForm: "逐项目表单",
  cliLayoutSummary: "汇总表（每行一个指标）",
  cliNoMoneyUnit: "未注明",
  cliInspectSheet: "工作表「{{name}}」：{{layout}}，金额单位 {{unit}}，{{projects}} 个项目",
  cliInspectBudget: "，预算 {{amount}}{{unit}}",
  cliInspectProject: "项目「{{name}}」{{code}}（第 {{first}}–{{last}} 行{{budget}}，{{indicators}} 条指标）",
  cliInspectPlan: "资金支出计划：{{points}}",
  cliNoUnit: "（无单位）",
  cliWithText: " +文字“{{text}}”",
  cliQualitative: "定性",
  cliDeadline: "，期限 {{deadline}}",
  cliInspectIndicator: "{{row}}  {{path}} / {{name}}：{{raw}} ⇒ {{parsed}}",
  // fix
  cliFixApplied: "  {{sheet}}!{{cell}}：{{before}} → {{after}}",
  cliFixSkipped: "  跳过 {{sheet}}!{{cell}}：{{reason}}",
  cliSkipNoSheet: "找不到工作表“{{sheet}}”",
  cliSkipChanged: "{{cell}} 的内容已变化",
  cliFixDone: "已修复 {{applied}} 处，已写入 {{path}}；仍有 {{remaining}} 个问题（错误 {{errors}} 个）需人工处理。",
  // what the command-line writer will not move (WRITE_NEEDS_ADDIN)
  cliBlockTable: "它含有表格（列表对象）",
  cliBlockPivot: "它含有数据透视表",
  cliBlockDrawing: "插入位置以下有图片、图表或控件",
  cliBlockComments: "插入位置以下有批注",
  cliBlockSharedFormula: "共享公式跨越或位于插入位置以下（{{cell}}）",
  cliBlockSharedMaster: "{{cell}} 是其他单元格所共享公式的首格",
  // templates, classify, insert
  cliPackValid: "模板包有效：{{name}}（{{id}} {{version}}，{{publisher}}），{{types}} 个项目类型，{{indicators}} 条指标。",
  cliPackInvalid: "模板包无效：{{path}}\n{{errors}}",
  cliIndicatorCount: "{{n}} 条指标",
  cliTypeHeader: "{{name}}（{{id}}，来自 {{pack}}）：{{description}}\n识别词：{{keywords}}",
  cliTargetBudget: "（预算数）",
  cliTargetMoneyUnit: "（表格金额单位）",
  cliRequired: "（必备）",
  cliTypeIndicator: "  {{path}}：{{target}}{{required}}",
  cliTypeUnclear: "（无法判断类型）",
  cliTypeScore: "{{name}}（{{id}}）{{score}}%",
  cliClassifyLine: "  {{sheet}} 第 {{row}} 行  {{name}}：{{types}}",
  cliInsertNothing: "项目“{{project}}”已有“{{type}}”模板的全部 {{n}} 条指标，无需插入。",
  cliInserted: "在项目“{{project}}”（工作表「{{sheet}}」）插入“{{type}}”模板指标 {{n}} 条，已写入 {{path}}：",
  cliInsertedRow: "  第 {{row}} 行  {{path}}：{{value}}{{todo}}",
  cliToFill: "  ← 待填",
  cliInsertSkippedHead: "已有而跳过 {{n}} 条：",
  cliInsertSkippedRow: "  {{name}}：{{reason}}（第 {{row}} 行）",
  cliInsertPlaceholders: "请把 {{n}} 处“{{placeholder}}”换成数值。",
} as const;

export const cliEn: Record<keyof typeof cliZh, string> = {
  cliUsage: `kpi-lint {{version}} — checks project performance-target tables (KPI Lint)

Usage:
  kpi-lint validate <file.xlsx or folder>... [--format text|json|sarif|xlsx] [--out report.xlsx] [--config config.json]
      Check the tables; folders are searched for .xlsx/.xlsm (skipping ~$ lock files), files are checked in parallel,
      and a per-file summary follows. --format xlsx --out report.xlsx saves a reviewer's workbook (summary + findings).
      Exit code: 0 no error-severity problem, 1 some, 2 no file could be read.
  kpi-lint inspect <file.xlsx> [--format text|json]
      Show the recognised structure: sheets, project blocks, indicator rows and parsed values.
  kpi-lint fix <in.xlsx> --out <out.xlsx> [--in-place] [--rule rule-id]...
      Apply the certain fixes, keeping everything else (formats, merged cells, other sheets).
  kpi-lint templates list | show <type> | check <pack.json> [--pack pack.json]...
      Project-type templates: list, show, or check an organisation's pack (exit code: 0 valid, 1 invalid).
  kpi-lint classify <file.xlsx> [--format json] [--pack pack.json]...
      Suggest project types for every project (top three with scores).
  kpi-lint insert <in.xlsx> --project <name or code> --type <type> --out <out.xlsx> [--pack pack.json]...
      Insert a type's template indicators into a project block, in the table's own layout; numbers to fill in are marked “【待填】”.
  kpi-lint rules [--format text|json]
      List every rule: title, default severity, fixable (json adds the options with their defaults and the doc path).
  kpi-lint --help | --version

Every command takes --lang zh-CN|en for the output language (Chinese by default).
Configuration: kpi-lint.config.json in the working folder, or --config.`,
  cliError: "kpi-lint: {{message}}",
  cliInternalError: "kpi-lint: internal error, please send this to the maintainers: {{detail}}",
  cliFixable: "fixable",
  cliListSep: ", ",
  cliSep: ", ",
  cliSuggestSep: "; ",
  cliBlank: "(empty)",
  cliCleared: "(empty)",
  cliSeverityError: "error",
  cliSeverityWarning: "warning",
  cliSeverityInfo: "info",
  cliSheet: 'sheet "{{name}}"',
  cliSheetStatus: "{{sheet}}: {{why}}",
  cliSheetEmpty: "empty",
  cliSheetNoTable: "no indicator table found",
  cliSheetLine: 'sheet "{{name}}": {{projects}} projects, {{problems}} problems',
  cliSheetLineClean: 'sheet "{{name}}": {{projects}} projects, no problems',
  cliProject: 'project "{{name}}"{{where}}',
  cliNoProject: "(none)",
  cliWhere: " (rows {{first}}–{{last}})",
  cliWhereCode: " ({{code}}, rows {{first}}–{{last}})",
  cliFix: "  → fix: {{edits}}",
  cliEdit: "{{cell}} = {{value}}",
  cliSuggest: "  → suggest: {{labels}}",
  cliSummary:
    "{{files}} file(s), {{problems}} problems: {{errors}} errors, {{warnings}} warnings, {{infos}} info ({{fixable}} fixable with kpi-lint fix)",
  cliProgress: "Checking {{done}}/{{total}} files…",
  cliBatchHead: "Per file:",
  cliBatchFile: "  {{file}}: {{projects}} projects, {{errors}} errors, {{warnings}} warnings",
  cliBatchUnreadable: "  {{file}}: cannot be read: {{reason}}",
  cliBatchTotals: "{{read}} file(s) read, {{unreadable}} could not be read.",
  cliReportWritten: "Review workbook written to {{path}}",
  cliXlsxSummarySheet: "Summary",
  cliXlsxFindingsSheet: "Findings",
  cliXlsxFile: "File",
  cliXlsxUnit: "Unit",
  cliXlsxProjects: "Projects",
  cliXlsxErrors: "Errors",
  cliXlsxWarnings: "Warnings",
  cliXlsxInfos: "Infos",
  cliXlsxStatus: "Status",
  cliXlsxStatusOk: "Passed",
  cliXlsxStatusErrors: "Errors",
  cliXlsxStatusWarnings: "Warnings only",
  cliXlsxStatusUnreadable: "Cannot be read: {{reason}}",
  cliXlsxSheet: "Sheet",
  cliXlsxCell: "Cell",
  cliXlsxProject: "Project",
  cliXlsxSeverity: "Severity",
  cliXlsxRule: "Rule",
  cliXlsxMessage: "Problem",
  cliXlsxFix: "Suggested fix",
  cliSummaryUnreadable: "; {{n}} more file(s) could not be read (see the errors above)",
  cliConverted:
    "{{path}} is an .{{format}} file: converted to a temporary .xlsx by LibreOffice and read from that (the original is untouched).",
  cliLayoutForm: "form per project",
  cliLayoutSummary: "summary table (one indicator per row)",
  cliNoMoneyUnit: "not stated",
  cliInspectSheet: 'sheet "{{name}}": {{layout}}, money unit {{unit}}, {{projects}} projects',
  cliInspectBudget: ", budget {{amount}}{{unit}}",
  cliInspectProject: 'project "{{name}}"{{code}} (rows {{first}}–{{last}}{{budget}}, {{indicators}} indicators)',
  cliInspectPlan: "spending plan: {{points}}",
  cliNoUnit: "(no unit)",
  cliWithText: ' + text "{{text}}"',
  cliQualitative: "qualitative",
  cliDeadline: ", deadline {{deadline}}",
  cliInspectIndicator: "{{row}}  {{path}} / {{name}}: {{raw}} ⇒ {{parsed}}",
  cliFixApplied: "  {{sheet}}!{{cell}}: {{before}} → {{after}}",
  cliFixSkipped: "  skipped {{sheet}}!{{cell}}: {{reason}}",
  cliSkipNoSheet: 'sheet "{{sheet}}" not found',
  cliSkipChanged: "{{cell}} has changed",
  cliFixDone: "Fixed {{applied}} cell(s), written to {{path}}; {{remaining}} problem(s) ({{errors}} errors) remain for you to handle.",
  cliBlockTable: "it holds a table (ListObject)",
  cliBlockPivot: "it holds a pivot table",
  cliBlockDrawing: "pictures, charts or controls sit below the insertion point",
  cliBlockComments: "comments sit below the insertion point",
  cliBlockSharedFormula: "a shared formula reaches the insertion point or below ({{cell}})",
  cliBlockSharedMaster: "{{cell}} is the first cell of a formula other cells share",
  cliPackValid: "Template pack is valid: {{name}} ({{id}} {{version}}, {{publisher}}), {{types}} project types, {{indicators}} indicators.",
  cliPackInvalid: "Template pack is invalid: {{path}}\n{{errors}}",
  cliIndicatorCount: "{{n}} indicators",
  cliTypeHeader: "{{name}} ({{id}}, from {{pack}}): {{description}}\nkeywords: {{keywords}}",
  cliTargetBudget: "(the budget)",
  cliTargetMoneyUnit: "(the table's money unit)",
  cliRequired: " (required)",
  cliTypeIndicator: "  {{path}}: {{target}}{{required}}",
  cliTypeUnclear: "(type unclear)",
  cliTypeScore: "{{name}} ({{id}}) {{score}}%",
  cliClassifyLine: "  {{sheet}} row {{row}}  {{name}}: {{types}}",
  cliInsertNothing: 'Project "{{project}}" already has all {{n}} indicators of the "{{type}}" template; nothing to insert.',
  cliInserted: 'Inserted {{n}} "{{type}}" template indicators into project "{{project}}" (sheet "{{sheet}}"), written to {{path}}:',
  cliInsertedRow: "  row {{row}}  {{path}}: {{value}}{{todo}}",
  cliToFill: "  ← to fill",
  cliInsertSkippedHead: "Already there, {{n}} skipped:",
  cliInsertSkippedRow: "  {{name}}: {{reason}} (row {{row}})",
  cliInsertPlaceholders: 'Replace the {{n}} "{{placeholder}}" placeholder(s) with numbers.',
};

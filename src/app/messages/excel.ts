/**
 * The Excel adapter (src/excel): what it was doing when Excel refused (`excelAction…`, filled into the
 * errors' {{action}}), the errors Office.js raises that a user can act on, and edits it declined.
 */
export const excelZh = {
  excelActionListSheets: "读取工作表列表",
  excelActionReadSheets: "读取工作表",
  excelActionEdit: "修改单元格",
  excelActionInsert: "插入模板指标",
  excelActionUndo: "撤销",
  excelActionJournal: "读取修改记录",
  excelActionHighlight: "标记单元格",
  excelActionClearMarks: "清除标记",
  excelActionSelect: "选中单元格",
  excelActionSelection: "读取选区",
  excelActionReport: "写入校验报告",
  excelActionLoadState: "读取设置",
  excelActionSaveState: "保存设置",
  excelEditRepeated: "{{cell}} 在本批修改中已改过",
  excelEditStale: "{{cell}} 的内容在校验后已被修改，请重新校验",
  excelUndoKept: "{{cell}} 在修改后又被编辑过，保留当前内容",
  excelEditLocked: "{{cell}} 是受保护工作表“{{sheet}}”中锁定的单元格，未修改",
  excelUndoRowsChanged:
    "插入的第 {{rows}} 行（{{sheet}}）已不是插入时的内容（已填写、上方插入了行或已用 Ctrl+Z 撤消），未删除；如需删除请手动操作",
  excelUndoRowsKept: "第 {{rows}} 行与其他插入的行一起保留",
  excelUndoRowsIncomplete: "插入第 {{rows}} 行（{{sheet}}）时 Excel 未能完成，未删除；请检查这些行，手动删除多余的空行",
} as const;

export const excelEn: Record<keyof typeof excelZh, string> = {
  excelActionListSheets: "list the sheets",
  excelActionReadSheets: "read the sheets",
  excelActionEdit: "change the cells",
  excelActionInsert: "insert the template indicators",
  excelActionUndo: "undo",
  excelActionJournal: "read the change log",
  excelActionHighlight: "mark the cells",
  excelActionClearMarks: "clear the marks",
  excelActionSelect: "select the cell",
  excelActionSelection: "read the selection",
  excelActionReport: "write the report sheet",
  excelActionLoadState: "read the settings",
  excelActionSaveState: "save the settings",
  excelEditRepeated: "{{cell}} was already changed in this batch",
  excelEditStale: "{{cell}} changed after validation; validate again",
  excelUndoKept: "{{cell}} was edited after the change; its current content is kept",
  excelEditLocked: "{{cell}} is a locked cell of the protected sheet “{{sheet}}”; not changed",
  excelUndoRowsChanged:
    "the inserted rows {{rows}} ({{sheet}}) no longer hold what was inserted (filled in, rows inserted above, or undone with Ctrl+Z); not deleted — delete them by hand if needed",
  excelUndoRowsKept: "rows {{rows}} are kept with the other inserted rows",
  excelUndoRowsIncomplete:
    "Excel did not complete inserting rows {{rows}} ({{sheet}}); not deleted — check those rows and delete blank ones by hand",
};

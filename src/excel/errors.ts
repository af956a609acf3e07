import { KpiLintError } from "../core/errors";

/** Office.js errors the user can act on, in zh-CN; anything else becomes a short generic message. */
export function toUserError(e: unknown, action: string): KpiLintError {
  if (e instanceof KpiLintError) return e;
  const code = (e as { code?: string })?.code ?? "";
  const text = (e as { message?: string })?.message ?? "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new KpiLintError(
        `Excel 正处于单元格编辑状态，无法${action}。请先按 Enter 或 Esc 结束编辑，再重试。`,
        `Excel is in cell-edit mode; press Enter or Esc, then try again.`,
        code,
      );
    case "AccessDenied":
      return new KpiLintError(
        `工作表受保护，无法${action}。请在“审阅 → 撤消工作表保护”后重试。`,
        `The sheet is protected; unprotect it (Review → Unprotect Sheet) and try again.`,
        code,
      );
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new KpiLintError(`工作表太大，一次无法${action}。请分几个工作表校验。`, `The sheet is too large for one request.`, code);
    case "ItemNotFound":
      return new KpiLintError(`找不到要操作的工作表或单元格，可能已被删除或重命名。`, `A sheet or cell was not found.`, code);
    case "UndoNotSupported":
      return new KpiLintError(
        `此操作无法加入 Excel 的撤消记录，请使用本加载项的“撤销”。`,
        `Not undoable in Excel; use the add-in's Undo.`,
        code,
      );
    default:
      return new KpiLintError(`无法${action}：${text || "Excel 未返回原因"}`, `Could not ${action}: ${text}`, code || "excel");
  }
}

export function protectedSheetError(sheet: string, action: string): KpiLintError {
  return new KpiLintError(
    `工作表“${sheet}”受保护，无法${action}。请在“审阅 → 撤消工作表保护”后重试。`,
    `Sheet “${sheet}” is protected; unprotect it and try again.`,
    "AccessDenied",
  );
}

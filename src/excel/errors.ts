import { KpiLintError } from "../core/errors";

/** Office.js errors the user can act on, in zh-CN; anything else becomes a short generic message. */
export function toUserError(e: unknown, action: string): KpiLintError {
  if (e instanceof KpiLintError) return e;
  const code = (e as { code?: string })?.code ?? "";
  const text = (e as { message?: string })?.message ?? "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new KpiLintError("CELL_EDIT_MODE", { action });
    case "AccessDenied":
      return new KpiLintError("ACCESS_DENIED", { action });
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new KpiLintError("PAYLOAD_TOO_LARGE", { action });
    case "ItemNotFound":
      return new KpiLintError("ITEM_NOT_FOUND");
    case "UndoNotSupported":
      return new KpiLintError("UNDO_NOT_SUPPORTED");
    default:
      return text ? new KpiLintError("EXCEL_ERROR", { action, detail: text }) : new KpiLintError("EXCEL_NO_REASON", { action });
  }
}

export function protectedSheetError(sheet: string, action: string): KpiLintError {
  return new KpiLintError("SHEET_PROTECTED", { sheet, action });
}

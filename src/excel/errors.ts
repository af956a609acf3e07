import { KpiLintError } from "../core/errors";
import { type MessageKey, translate } from "../app/messages";

/** What the adapter was doing when Excel refused: a catalogue key, filled into the error texts. */
export type ExcelAction = Extract<MessageKey, `excelAction${string}`>;

/** Office.js errors the user can act on; anything else becomes a short generic message. */
export function toUserError(e: unknown, action: ExcelAction): KpiLintError {
  if (e instanceof KpiLintError) return e;
  const code = (e as { code?: string })?.code ?? "";
  const text = (e as { message?: string })?.message ?? "";
  const act = { action: translate("zh-CN", action), actionEn: translate("en", action) };
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new KpiLintError("CELL_EDIT_MODE", act);
    case "AccessDenied":
      return new KpiLintError("ACCESS_DENIED", act);
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new KpiLintError("PAYLOAD_TOO_LARGE", act);
    case "ItemNotFound":
      return new KpiLintError("ITEM_NOT_FOUND");
    // getSelectedRange with several areas selected (learn.microsoft.com Excel.Workbook.getSelectedRange)
    case "InvalidSelection":
      return new KpiLintError("MULTI_AREA_SELECTION");
    case "UndoNotSupported":
      return new KpiLintError("UNDO_NOT_SUPPORTED");
    default:
      return text ? new KpiLintError("EXCEL_ERROR", { ...act, detail: text }) : new KpiLintError("EXCEL_NO_REASON", act);
  }
}

export function protectedSheetError(sheet: string, action: ExcelAction): KpiLintError {
  return new KpiLintError("SHEET_PROTECTED", { sheet, action: translate("zh-CN", action), actionEn: translate("en", action) });
}

export function sheetNotFoundError(sheet: string): KpiLintError {
  return new KpiLintError("SHEET_NOT_FOUND", { sheet });
}

export function stalePlanError(): KpiLintError {
  return new KpiLintError("STALE_PLAN");
}

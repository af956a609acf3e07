import { KpiLintError } from "../core/errors";
import { type MessageKey, translate } from "../app/messages";

/** What the adapter was doing when Excel refused: a catalogue key, filled into the error texts. */
export type ExcelAction = Extract<MessageKey, `excelAction${string}`>;

/** A KpiLintError in both languages from one catalogue key; `action` fills {{action}} in each language. */
function userError(key: MessageKey, code: string, action: ExcelAction | null, data: Record<string, string> = {}): KpiLintError {
  const zh = translate("zh-CN", key, { ...data, ...(action ? { action: translate("zh-CN", action) } : {}) });
  const en = translate("en", key, { ...data, ...(action ? { action: translate("en", action) } : {}) });
  return new KpiLintError(zh, en, code);
}

/** Office.js errors the user can act on; anything else becomes a short generic message. */
export function toUserError(e: unknown, action: ExcelAction): KpiLintError {
  if (e instanceof KpiLintError) return e;
  const code = (e as { code?: string })?.code ?? "";
  const text = (e as { message?: string })?.message ?? "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return userError("excelCellEditMode", code, action);
    case "AccessDenied":
      return userError("excelProtected", code, action);
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return userError("excelTooLarge", code, action);
    case "ItemNotFound":
      return userError("excelNotFound", code, null);
    case "UndoNotSupported":
      return userError("excelUndoNotSupported", code, null);
    default: {
      const zh = translate("zh-CN", "excelFailed", {
        action: translate("zh-CN", action),
        reason: text || translate("zh-CN", "excelNoReason"),
      });
      const en = translate("en", "excelFailed", { action: translate("en", action), reason: text || translate("en", "excelNoReason") });
      return new KpiLintError(zh, en, code || "excel");
    }
  }
}

export function protectedSheetError(sheet: string, action: ExcelAction): KpiLintError {
  return userError("excelSheetProtected", "AccessDenied", action, { sheet });
}

export function sheetNotFoundError(sheet: string): KpiLintError {
  return userError("excelSheetNotFound", "ItemNotFound", null, { sheet });
}

export function stalePlanError(): KpiLintError {
  return userError("excelStalePlan", "stale-plan", null);
}

/**
 * The whole error catalogue, for the command line: the add-in's and the file reader's codes and the CLI's
 * own (loaded here, so src/cli raises them with the KpiLintError exported from this module).
 */
import { ADDIN_ERROR_CODES, type ErrorCode, type ErrorText, addErrorTexts } from "../core/error-codes";
import { READ_ERROR_CODES } from "../core/read-error-codes";
import { CLI_ERROR_CODES } from "../app/messages/cli-errors";

export { KpiLintError } from "../core/errors";
export type { ErrorCode } from "../core/error-codes";

addErrorTexts(CLI_ERROR_CODES);

/** Every code with its texts: what the README's table and `errorCode` in the JSON output list. */
export const ERROR_CODES: Record<ErrorCode, ErrorText> = { ...ADDIN_ERROR_CODES, ...READ_ERROR_CODES, ...CLI_ERROR_CODES };

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

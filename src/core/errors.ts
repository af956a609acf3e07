import { type ErrorCode, type ErrorData, errorTextOf, exitCodeOf, fillTemplate } from "./error-codes";

export { type ErrorCode, type ErrorData } from "./error-codes";

/**
 * An error meant for the user, never a stack trace: one of the closed list of codes (./error-codes), its
 * zh-CN `message` and English `messageEn` filled in from the catalogue with `data`.
 */
export class KpiLintError extends Error {
  readonly messageEn: string;

  constructor(
    readonly code: ErrorCode,
    readonly data: ErrorData = {},
  ) {
    const text = errorTextOf(code);
    super(fillTemplate(text.zh, data));
    this.messageEn = fillTemplate(text.en, data);
    this.name = "KpiLintError";
  }

  /** The CLI's exit code for this error. */
  get exitCode(): number {
    return exitCodeOf(this.code);
  }

  messageIn(locale: "zh-CN" | "en"): string {
    return locale === "en" ? this.messageEn : this.message;
  }
}

/** An error meant for the user: `message` is zh-CN, `messageEn` English; never a stack trace. */
export class KpiLintError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "KpiLintError";
  }
}

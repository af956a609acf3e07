import type { ErrorCode } from "../../../src/core/error-codes";
import type { Parts } from "./package";

/** What every case builds from. */
export interface CaseContext {
  /** The sound workbook's parts (./package.ts baseParts). */
  base: Parts;
  /** An address that counts its visitors: an external entity that reached it was resolved. */
  trapUrl: string;
}

/** The odd file reads exactly like a sound one: the same findings, the same recognised structure. */
export interface ReadsLike {
  read: "same";
  /** The sound file it must read like; the base workbook unless given. */
  clean?: (ctx: CaseContext) => Uint8Array;
  /** Sheets the odd file names differently: odd name → the clean file's name. */
  renamed?: Record<string, string>;
}

/** The file cannot be read: exit 2, this error (a zh-CN message matching `message`), nothing else reported. */
export interface Refused {
  read: "refused";
  code: ErrorCode;
  message: RegExp;
}

export interface OddCase {
  name: string;
  /** The file's name, for the extension; `<name>.xlsx` by default. */
  file?: string;
  build(ctx: CaseContext): Uint8Array;
  expect: ReadsLike | Refused;
}

/** Punctuation and separators that differ by language, used wherever lists and labels are joined; words every page uses. */
export const commonZh = {
  /** Between items of a list of sentences (reasons, errors). */
  listSeparator: "；",
  /** Between short items of an enumeration (names, keywords). */
  enumSeparator: "、",
  empty: "（空）",
  unexpectedError: "出现意外错误：{{message}}",
} as const;

export const commonEn: Record<keyof typeof commonZh, string> = {
  listSeparator: "; ",
  enumSeparator: ", ",
  empty: "(empty)",
  unexpectedError: "Unexpected error: {{message}}",
};

/** Punctuation and separators that differ by language, used wherever lists and labels are joined. */
export const commonZh = {
  /** Between items of a list of sentences (reasons, errors). */
  listSeparator: "；",
  /** Between short items of an enumeration (names, keywords). */
  enumSeparator: "、",
} as const;

export const commonEn: Record<keyof typeof commonZh, string> = {
  listSeparator: "; ",
  enumSeparator: ", ",
};

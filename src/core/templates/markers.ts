/**
 * Markers a template writes into the sheet, apart from the pack schema (so the rules that look for them do not
 * bring zod into every bundle).
 */

/** The unit written as the table's own money unit (元 or 万元). */
export const MONEY_UNIT = "{money}";
/** What an inserted placeholder looks like in the sheet: the user replaces it with a number. */
export const PLACEHOLDER = "【待填】";

/**
 * The odd-workbook corpus (issue 13): at least thirty kinds of odd, damaged and hostile files, built from the
 * parts of one sound workbook, each with what reading it must give. test/cli/odd-workbooks.test.ts runs them.
 */
import { CELL_CASES } from "./cases-cells";
import { PACKAGE_CASES } from "./cases-package";
import { REFUSED_CASES } from "./cases-refused";

export type { CaseContext, OddCase } from "./case-types";
export { baseParts, zip } from "./package";
export { encryptedContainer } from "./cases-refused";

export const ODD_CASES = [...CELL_CASES, ...PACKAGE_CASES, ...REFUSED_CASES];

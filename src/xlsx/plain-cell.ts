/**
 * The common cell elements of a sheet, read in one pass where they stand: `<c r="B7" s="3" t="s"><v>12</v></c>` and
 * `<c r="B7" s="3"/>`, with attributes r, s and t in any order. Spreadsheet programs write nearly every cell so;
 * read through the tokenizer, each made five events and four strings. Anything else — a formula, an inline string,
 * another attribute, white space, a reference, a prefix — is declined (-1) and read as usual, so that only what is
 * plainly well-formed is taken here and every error is still found and worded by the tokenizer.
 */

/** Where the parts of the cell stand in the text; -1 for an attribute or value that is not there. */
export interface PlainCell {
  refFrom: number;
  refTo: number;
  styleFrom: number;
  styleTo: number;
  /** "s", "n", or undefined: the only types read here (a shared string, a number). */
  type: "s" | "n" | undefined;
  valueFrom: number;
  valueTo: number;
}

const QUOTE = 34;
const LT = 60;
const GT = 62;
const SLASH = 47;

/** The index of the closing quote of the value starting at `from`, or -1 when it holds what an attribute must decode. */
function plainValueEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === QUOTE) return i;
    // & (a reference), < (not allowed), tab and line ends (normalised to spaces)
    if (ch === 38 || ch === LT || ch === 9 || ch === 10 || ch === 13) return -1;
  }
  return -1;
}

/** The index of the `<` ending character data from `from`, or -1 when the data holds what a text must decode. */
function plainTextEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === LT) return i;
    // & (a reference), ] (perhaps `]]>`), tab and line ends (normalised)
    if (ch === 38 || ch === 93 || ch === 9 || ch === 10 || ch === 13) return -1;
  }
  return -1;
}

/**
 * Reads the cell element whose `<c` is at `lt` into `out`; returns the index after it, or -1 when it is not of the
 * plain form (or does not end within `s`).
 */
export function scanPlainCell(s: string, lt: number, out: PlainCell): number {
  out.refFrom = out.styleFrom = out.valueFrom = -1;
  out.refTo = out.styleTo = out.valueTo = -1;
  out.type = undefined;
  let typeSeen = false;
  let j = lt + 2;
  for (;;) {
    const ch = s.charCodeAt(j);
    if (ch === SLASH) return s.charCodeAt(j + 1) === GT ? j + 2 : -1;
    if (ch === GT) break;
    // one space, a one-letter name, `="`
    if (ch !== 32 || s.charCodeAt(j + 2) !== 61 || s.charCodeAt(j + 3) !== QUOTE) return -1;
    const name = s.charCodeAt(j + 1);
    const from = j + 4;
    const to = plainValueEnd(s, from);
    if (to < 0) return -1;
    if (name === 114 && out.refFrom < 0) {
      out.refFrom = from; // r
      out.refTo = to;
    } else if (name === 115 && out.styleFrom < 0) {
      out.styleFrom = from; // s
      out.styleTo = to;
    } else if (name === 116 && !typeSeen) {
      typeSeen = true; // t
      if (to === from + 1 && s.charCodeAt(from) === 115) out.type = "s";
      else if (to === from + 1 && s.charCodeAt(from) === 110) out.type = "n";
      else return -1;
    } else return -1; // another attribute, or one given twice
    j = to + 1;
  }
  // `><v>`, the value, `</v></c>`
  if (!s.startsWith("<v>", j + 1)) return -1;
  const from = j + 4;
  const to = plainTextEnd(s, from);
  if (to <= from || !s.startsWith("</v></c>", to)) return -1;
  out.valueFrom = from;
  out.valueTo = to;
  return to + 8;
}

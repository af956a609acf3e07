/**
 * The common elements of a sheet, read in one pass where they stand: cells (`<c r="B7" s="3" t="s"><v>12</v></c>`,
 * `<c r="B7" s="3"/>`, attributes r, s and t in any order), rows' start tags (`<row r="7" spans="1:4" ht="20">`)
 * and merged areas (`<mergeCell ref="A1:B2"/>`). Spreadsheet programs write nearly all of a sheet's tags so; read
 * through the tokenizer, a cell made five events and four strings. Anything else — a formula, an inline string,
 * white space, a reference, a prefix, an attribute given twice — is declined (-1) and read as usual, so that only
 * what is plainly well-formed is taken here and every error is still found and worded by the tokenizer.
 */

/** Where a value stands in the text; -1 when it is not there. */
export interface Place {
  from: number;
  to: number;
}

/** Where the parts of the cell stand in the text. */
export interface PlainCell {
  ref: Place;
  style: Place;
  /** "s", "n", or undefined: the only types read here (a shared string, a number). */
  type: "s" | "n" | undefined;
  value: Place;
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
  const { ref, style, value } = out;
  ref.from = ref.to = style.from = style.to = value.from = value.to = -1;
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
    if (name === 114 && ref.from < 0) {
      ref.from = from; // r
      ref.to = to;
    } else if (name === 115 && style.from < 0) {
      style.from = from; // s
      style.to = to;
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
  value.from = from;
  value.to = to;
  return to + 8;
}

/** A name of ASCII letters, digits, `_`, `.` and `-`, with at most one prefix (`x14ac:dyDescent`): its end, or -1. */
function plainNameEnd(s: string, from: number): number {
  let i = from;
  for (let part = 0; part < 2; part++) {
    const first = s.charCodeAt(i) | 32; // lower case
    if ((first < 97 || first > 122) && s.charCodeAt(i) !== 95) return -1;
    for (i++; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      const letter = (ch | 32) >= 97 && (ch | 32) <= 122;
      if (!letter && !(ch >= 48 && ch <= 57) && ch !== 95 && ch !== 46 && ch !== 45) break;
    }
    if (s.charCodeAt(i) !== 58) return i; // no prefix (or past it)
    if (part === 0) i++;
  }
  return -1;
}

/** The names of the tag being read, as places in the text (no tag of a sheet has more than a few). */
const NAMES = 16;
const nameFrom = new Int32Array(NAMES);
const nameTo = new Int32Array(NAMES);

function sameName(s: string, k: number, from: number, to: number): boolean {
  if (nameTo[k] - nameFrom[k] !== to - from) return false;
  for (let i = 0; i < to - from; i++) if (s.charCodeAt(nameFrom[k] + i) !== s.charCodeAt(from + i)) return false;
  return true;
}

/**
 * Reads the start tag `<row …>` or `<row …/>` at `lt`, every attribute plain and none twice, putting where its `r`
 * stands into `r`; returns the index after the tag, or -1.
 */
export function scanPlainRow(s: string, lt: number, r: Place): number {
  r.from = r.to = -1;
  let count = 0;
  let j = lt + 4;
  for (;;) {
    const ch = s.charCodeAt(j);
    if (ch === SLASH) return s.charCodeAt(j + 1) === GT ? j + 2 : -1;
    if (ch === GT) return j + 1;
    if (ch !== 32 || count === NAMES) return -1;
    const from = j + 1;
    const to = plainNameEnd(s, from);
    if (to < 0 || s.charCodeAt(to) !== 61 || s.charCodeAt(to + 1) !== QUOTE) return -1;
    for (let k = 0; k < count; k++) if (sameName(s, k, from, to)) return -1;
    nameFrom[count] = from;
    nameTo[count++] = to;
    const valueTo = plainValueEnd(s, to + 2);
    if (valueTo < 0) return -1;
    if (to === from + 1 && s.charCodeAt(from) === 114) {
      r.from = to + 2;
      r.to = valueTo;
    }
    j = valueTo + 1;
  }
}

/** Reads `<mergeCell ref="…"/>` at `lt`, putting where the reference stands into `ref`; returns the index after it, or -1. */
export function scanPlainMerge(s: string, lt: number, ref: Place): number {
  if (!s.startsWith('<mergeCell ref="', lt)) return -1;
  const from = lt + 16;
  const to = plainValueEnd(s, from);
  if (to < 0 || s.charCodeAt(to + 1) !== SLASH || s.charCodeAt(to + 2) !== GT) return -1;
  ref.from = from;
  ref.to = to;
  return to + 3;
}

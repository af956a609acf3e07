/**
 * XML 1.0 at the level of characters, names and references, for the fast tokenizer (xml-fast.ts): what may
 * appear in a part, what a name is, and how text and attribute values are normalised and their references replaced.
 */

/** The part is not well-formed XML. */
export class NotWellFormed extends Error {}

export function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 9 || ch === 13;
}

/** Characters XML 1.0 does not allow anywhere (UTF-8 decoding leaves no lone surrogate). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
/** XML 1.0's Name production: a NameStartChar, then NameChars (the start characters and these). */
const NAME_START =
  ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF" +
  "\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
// eslint-disable-next-line no-misleading-character-class -- ranges of single code points (the spec's), no sequence
const NAME = new RegExp(`^[${NAME_START}][${NAME_START}.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040-]*$`, "u");
export const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.0\1([ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(yes|no)\5)?[ \t\n]*\?>/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The names met so far (c, v, row … : a part has a handful), each checked against XML's Name production once.
 * A tag's name is compared where it stands (`startsWith` at its offset) and the kept string returned: no string is
 * cut out per tag, and attribute names come back as the same (internalised) key every time.
 */
const knownNames: string[][] = Array.from({ length: 256 }, () => []);
/** One-character names (c, v, f, r, s, t: most of a sheet's tags and attributes), looked up by their code. */
const ONE_CHARACTER: Array<string | undefined> = Array.from({ length: 128 }, (_, c) =>
  /[:A-Z_a-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : undefined,
);
export function nameAt(s: string, from: number, to: number): string {
  const len = to - from;
  if (len === 1) {
    const one = ONE_CHARACTER[s.charCodeAt(from)];
    if (one !== undefined) return one;
  }
  const bucket = knownNames[(len * 31 + s.charCodeAt(from)) & 255];
  for (let k = 0; k < bucket.length; k++) {
    const known = bucket[k];
    if (known.length === len && s.startsWith(known, from)) return known;
  }
  const name = s.slice(from, to);
  if (!NAME.test(name)) throw new NotWellFormed(`not an XML name: ${name.slice(0, 40)}`);
  if (bucket.length < 32) bucket.push(name);
  return name;
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Text with its entity and character references replaced; a bare `&` or an unknown entity is not well-formed. */
function decodeReferences(raw: string): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  for (; amp >= 0; amp = raw.indexOf("&", from)) {
    const semi = raw.indexOf(";", amp);
    if (semi < 0) throw new NotWellFormed("unterminated reference");
    const ref = raw.slice(amp + 1, semi);
    // own properties only: `&constructor;` is no entity (the table is a plain object)
    let char = Object.prototype.hasOwnProperty.call(ENTITIES, ref) ? ENTITIES[ref] : undefined;
    if (char === undefined) {
      // any number of digits (leading zeros are allowed); a code point out of range fails isXmlChar
      const hex = /^#x([0-9a-fA-F]+)$/.exec(ref);
      const dec = hex ? null : /^#([0-9]+)$/.exec(ref);
      const cp = hex ? parseInt(hex[1], 16) : dec ? parseInt(dec[1], 10) : -1;
      if (!isXmlChar(cp)) throw new NotWellFormed(`bad reference &${ref.slice(0, 20)};`);
      char = String.fromCodePoint(cp);
    }
    out += raw.slice(from, amp) + char;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

/** Whether `raw` holds none of & < ] \t \n \r: then it stands as it is (most values, a loop cheaper than three searches). */
function isPlain(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 38 || ch === 60 || ch === 93 || ch === 9 || ch === 10 || ch === 13) return false;
  }
  return true;
}

/** Line ends as XML prescribes: `\r\n` and a lone `\r` become `\n`. */
export function lineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Character data: line ends normalised, references replaced; `]]>` may not appear in it. */
export function textOf(raw: string): string {
  if (isPlain(raw)) return raw;
  if (raw.indexOf("]]>") >= 0) throw new NotWellFormed("]]> in character data");
  return decodeReferences(lineEnds(raw));
}

/** An attribute value: line ends, then each white-space character, become a space before references are replaced. */
export function attrValueOf(raw: string): string {
  if (isPlain(raw)) return raw;
  if (raw.indexOf("<") >= 0) throw new NotWellFormed("< in an attribute value");
  const spaced = /[\t\n\r]/.test(raw) ? lineEnds(raw).replace(/[\t\n]/g, " ") : raw;
  return decodeReferences(spaced);
}

export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/**
 * A tokenizer for the well-formed XML that spreadsheet programs write, giving the same events as saxes (the
 * reference parser, xml.ts) at a fraction of its cost: tags are found with `indexOf` and a tag's attributes are
 * read in one pass, where saxes steps through every character. Reading a 30,000-row workbook spent two thirds of
 * its time in saxes.
 *
 * It takes on only what it can decide: a prolog holding anything but the XML declaration and white space (a
 * DOCTYPE above all) is left to saxes before any event is given (`ReferenceParserNeeded`). Past the prolog every
 * construct of XML 1.0 without a DTD is read or found not well-formed (`NotWellFormed`); the caller then has
 * saxes word the error, so that a damaged part gives the message it always gave.
 */

import type { XmlAttrs } from "./xml";

export interface FastXmlEvents {
  open(name: string, attrs: XmlAttrs): void;
  close(name: string): void;
  text(text: string): void;
  /** One kind of element the listener reads whole, without its events (a sheet's cells): see `WholeElement`. */
  whole?: WholeElement;
}

/**
 * An element read where it stands: `read` is given the text and the index of its `<` and returns the index after
 * the element, or -1 to have it tokenized as usual. It must take only what is well-formed, and give nothing for
 * what it declines. Offered only inside the root, for `<name` followed by a space, `/` or `>`.
 */
export interface WholeElement {
  name: string;
  read(s: string, lt: number): number;
}

/** The part is not well-formed XML. */
export class NotWellFormed extends Error {}

/** The prolog holds what only the reference parser handles; no event has been given yet. */
export class ReferenceParserNeeded extends Error {}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 9 || ch === 13;
}

/** Characters XML 1.0 does not allow anywhere (UTF-8 decoding leaves no lone surrogate). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
/** XML 1.0's Name production: a NameStartChar, then NameChars (the start characters and these). */
const NAME_START =
  ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF" +
  "\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
// eslint-disable-next-line no-misleading-character-class -- ranges of single code points (the spec's), no sequence
const NAME = new RegExp(`^[${NAME_START}][${NAME_START}.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040-]*$`, "u");
const DECLARATION =
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
function nameAt(s: string, from: number, to: number): string {
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
function lineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Character data: line ends normalised, references replaced; `]]>` may not appear in it. */
function textOf(raw: string): string {
  if (isPlain(raw)) return raw;
  if (raw.indexOf("]]>") >= 0) throw new NotWellFormed("]]> in character data");
  return decodeReferences(lineEnds(raw));
}

/** An attribute value: line ends, then each white-space character, become a space before references are replaced. */
function attrValueOf(raw: string): string {
  if (isPlain(raw)) return raw;
  if (raw.indexOf("<") >= 0) throw new NotWellFormed("< in an attribute value");
  const spaced = /[\t\n\r]/.test(raw) ? lineEnds(raw).replace(/[\t\n]/g, " ") : raw;
  return decodeReferences(spaced);
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Fed the part piece by piece (pieces may cut a tag anywhere); `end` checks that the document is complete. */
export class FastXmlParser {
  /** The current tag's attributes, names and values alternating; `attrCount` of them are this tag's. */
  private readonly attrList: string[] = [];
  private attrCount = 0;
  private readonly attrs: XmlAttrs = {
    get: (name) => {
      const list = this.attrList;
      for (let i = 0, n = this.attrCount * 2; i < n; i += 2) if (list[i] === name) return list[i + 1];
      return undefined;
    },
    entries: () => {
      const out: Array<[string, string]> = [];
      for (let i = 0; i < this.attrCount * 2; i += 2) out.push([this.attrList[i], this.attrList[i + 1]]);
      return out;
    },
  };
  private carry = "";
  /** How much of `carry` is text already searched for a `<`: a long text across pieces is searched once. */
  private searched = 0;
  private readonly open: string[] = [];
  private prolog = true;
  private rootDone = false;

  private readonly whole: WholeElement | undefined;

  constructor(private readonly ev: FastXmlEvents) {
    this.whole = ev.whole;
  }

  write(piece: string): void {
    if (DISALLOWED.test(piece)) throw new NotWellFormed("disallowed character");
    const s = this.carry ? this.carry + piece : piece;
    const stop = this.prolog ? this.readProlog(s) : 0;
    if (stop < 0) {
      this.carry = s;
      return;
    }
    const rest = this.readBody(s, stop);
    this.carry = s.slice(rest);
    this.searched = this.lastSearchFailed ? this.carry.length : 0;
  }

  end(): void {
    if (this.prolog || this.open.length > 0 || !this.rootDone) throw new NotWellFormed("the document is not complete");
    if (this.carry) {
      if (!isBlank(this.carry)) throw new NotWellFormed("text after the root element");
      this.ev.text(lineEnds(this.carry));
      this.carry = "";
    }
  }

  /** Past the declaration and white space to the root's `<`, or -1 while the piece ends first. */
  private readProlog(s: string): number {
    let i = 0;
    if (s.startsWith("<?xml") && (s.length < 6 || isSpace(s.charCodeAt(5)))) {
      const decl = DECLARATION.exec(s);
      if (!decl) {
        if (s.indexOf("?>") < 0) return -1;
        throw new ReferenceParserNeeded();
      }
      i = decl[0].length;
    }
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      if (isBlank(s.slice(i))) return -1;
      throw new ReferenceParserNeeded();
    }
    if (lt + 1 >= s.length) return -1;
    const next = s.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION || next === SLASH || !isBlank(s.slice(i, lt))) throw new ReferenceParserNeeded();
    this.prolog = false;
    // saxes reports the white space after a declaration, not the white space that opens a part without one
    if (lt > i && i > 0) this.ev.text(lineEnds(s.slice(i, lt)));
    return lt;
  }

  /** Whether the last readBody ended in text not followed by a `<` (then all of its carry is searched). */
  private lastSearchFailed = false;

  /** Reads every complete construct of `s` from `i`; returns where the incomplete rest starts. */
  private readBody(s: string, i: number): number {
    const n = s.length;
    let from = i + this.searched;
    this.lastSearchFailed = false;
    while (i < n) {
      const lt = s.indexOf("<", from);
      if (lt < 0) {
        this.lastSearchFailed = true;
        return i; // text that may go on in the next piece
      }
      if (lt > i) this.text(s.slice(i, lt));
      if (lt + 1 >= n) return lt;
      const ch = s.charCodeAt(lt + 1);
      const next =
        ch === SLASH
          ? this.closeTag(s, lt)
          : ch === BANG
            ? this.markup(s, lt)
            : ch === QUESTION
              ? this.instruction(s, lt)
              : this.wholeOrOpenTag(s, lt);
      if (next < 0) return lt;
      i = from = next;
    }
    return i;
  }

  private text(raw: string): void {
    if (this.open.length > 0) this.ev.text(textOf(raw));
    else if (isBlank(raw)) this.ev.text(lineEnds(raw));
    else throw new NotWellFormed("text outside the root element");
  }

  private wholeOrOpenTag(s: string, lt: number): number {
    const whole = this.whole;
    if (whole !== undefined && this.open.length > 0 && s.startsWith(whole.name, lt + 1)) {
      const after = s.charCodeAt(lt + 1 + whole.name.length);
      if (after === 32 || after === GT || after === SLASH) {
        const end = whole.read(s, lt);
        if (end >= 0) return end;
      }
    }
    return this.openTag(s, lt);
  }

  /** `<name attr="v" …>` or `<name …/>`; returns the index after it, -1 when the piece ends inside it. */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    let j = lt + 1;
    while (j < n) {
      const ch = s.charCodeAt(j);
      if (ch === GT || ch === SLASH || isSpace(ch)) break;
      j++;
    }
    if (j >= n) return -1;
    if (j === lt + 1) throw new NotWellFormed("a tag without a name");
    const name = nameAt(s, lt + 1, j);
    this.attrCount = 0;
    for (;;) {
      const gap = j;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const ch = s.charCodeAt(j);
      if (ch === GT || ch === SLASH) {
        if (ch === SLASH) {
          if (j + 1 >= n) return -1;
          if (s.charCodeAt(j + 1) !== GT) throw new NotWellFormed("/ not followed by >");
        }
        this.element(name, ch === SLASH);
        return ch === SLASH ? j + 2 : j + 1;
      }
      if (j === gap) throw new NotWellFormed("no white space before an attribute");
      const nameStart = j;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === EQUALS || isSpace(c) || c === GT || c === SLASH || c === LT) break;
        j++;
      }
      if (j >= n) return -1;
      if (j === nameStart) throw new NotWellFormed("an attribute without a name");
      const attr = nameAt(s, nameStart, j);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      if (s.charCodeAt(j) !== EQUALS) throw new NotWellFormed(`attribute ${attr} without a value`);
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const quote = s.charCodeAt(j);
      if (quote !== 34 && quote !== 39) throw new NotWellFormed("unquoted attribute value");
      const close = s.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (close < 0) return -1;
      const list = this.attrList;
      const k = this.attrCount++ * 2;
      // names come from nameAt, one string per name: the same name is the same string
      for (let d = 0; d < k; d += 2) if (list[d] === attr) throw new NotWellFormed(`duplicate attribute ${attr}`);
      list[k] = attr;
      list[k + 1] = attrValueOf(s.slice(j + 1, close));
      j = close + 1;
    }
  }

  private element(name: string, empty: boolean): void {
    if (this.open.length === 0 && this.rootDone) throw new NotWellFormed("a second root element");
    this.ev.open(name, this.attrs);
    if (empty) this.closed(name);
    else this.open.push(name);
  }

  private closed(name: string): void {
    this.ev.close(name);
    if (this.open.length === 0) this.rootDone = true;
  }

  /** `</name>`, white space allowed before the `>`. */
  private closeTag(s: string, lt: number): number {
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    let end = gt;
    while (end > lt + 2 && isSpace(s.charCodeAt(end - 1))) end--;
    const name = this.open.length > 0 ? this.open[this.open.length - 1] : "";
    // compared where it stands: no string is cut out per closing tag
    if (!name || end - lt - 2 !== name.length || !s.startsWith(name, lt + 2)) {
      throw new NotWellFormed(`unexpected </${s.slice(lt + 2, Math.min(end, lt + 42))}>`);
    }
    this.open.pop();
    this.closed(name);
    return gt + 1;
  }

  /** A comment, or CDATA (character data, inside the root only); any other `<!` is not well-formed here. */
  private markup(s: string, lt: number): number {
    const head = s.slice(lt, lt + 9);
    if (head.startsWith("<!--")) {
      const end = s.indexOf("-->", lt + 4);
      if (end < 0) return -1;
      const body = s.slice(lt + 4, end);
      if (body.indexOf("--") >= 0 || body.endsWith("-")) throw new NotWellFormed("malformed comment");
      return end + 3;
    }
    if (head === "<![CDATA[") {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.open.length === 0) throw new NotWellFormed("CDATA outside the root element");
      const body = s.slice(lt + 9, end);
      this.ev.text(lineEnds(body));
      return end + 3;
    }
    if (s.length - lt < 9 && ("<![CDATA[".startsWith(head) || "<!--".startsWith(head))) return -1;
    throw new NotWellFormed("unexpected <!");
  }

  /** A processing instruction: ignored, as the reference parser's listeners ignore it; `<?xml` may only open the part. */
  private instruction(s: string, lt: number): number {
    const end = s.indexOf("?>", lt + 2);
    if (end < 0) return -1;
    let j = lt + 2;
    while (j < end && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== QUESTION) j++; // the target ends at `?`, as in saxes
    if (j === lt + 2) throw new NotWellFormed("a processing instruction without a target");
    const target = nameAt(s, lt + 2, j);
    if (target.toLowerCase() === "xml") throw new NotWellFormed("an XML declaration past the start");
    return end + 2;
  }
}

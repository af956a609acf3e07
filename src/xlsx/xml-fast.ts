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
import { DECLARATION, DISALLOWED, NotWellFormed, attrValueOf, isBlank, isSpace, lineEnds, nameAt, textOf } from "./xml-chars";

export interface FastXmlEvents {
  open(name: string, attrs: XmlAttrs): void;
  close(name: string): void;
  text(text: string): void;
  /** Elements the listener reads itself (a sheet's cells, rows and merged areas): see `OwnElement`. */
  own?: readonly OwnElement[];
}

/**
 * An element the listener reads where it stands, without its events: `read` is given the text and the index of its
 * `<`, and returns the index after what it took — the whole element, or for a `start` element only its start tag,
 * whose content and end tag are then read as usual — or -1 to have it tokenized as usual. It must take only what is
 * well-formed, and give nothing for what it declines. Offered only inside the root, for `<name` followed by a space,
 * `/` or `>`.
 */
export interface OwnElement {
  name: string;
  /** Only the start tag is read (`<row …>`): the element stays open, or is closed at once when it is empty. */
  start?: boolean;
  read(s: string, lt: number): number;
}

export { NotWellFormed } from "./xml-chars";

/** The prolog holds what only the reference parser handles; no event has been given yet. */
export class ReferenceParserNeeded extends Error {}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;

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

  private readonly own: readonly OwnElement[];

  constructor(private readonly ev: FastXmlEvents) {
    this.own = ev.own ?? [];
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
              : this.ownOrOpenTag(s, lt);
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

  private ownOrOpenTag(s: string, lt: number): number {
    const own = this.own;
    for (let k = 0; k < own.length && this.open.length > 0; k++) {
      const el = own[k];
      if (!s.startsWith(el.name, lt + 1)) continue;
      const after = s.charCodeAt(lt + 1 + el.name.length);
      if (after !== 32 && after !== GT && after !== SLASH) continue;
      const end = el.read(s, lt);
      if (end < 0) break;
      if (el.start) {
        if (s.charCodeAt(end - 2) === SLASH) this.closed(el.name);
        else this.open.push(el.name);
      }
      return end;
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

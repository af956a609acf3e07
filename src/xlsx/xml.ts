/**
 * Streaming XML for the parts of an .xlsx: element names without their prefix, so that `x:row` and Strict OOXML
 * parts read like the usual ones. UTF-8 parts go through the fast tokenizer (xml-fast.ts), which gives saxes's
 * events; saxes, the reference parser, reads what the tokenizer leaves to it and words every error. No DTD is
 * processed: saxes resolves no external entity and expands only the five XML ones; a DOCTYPE declaring entities
 * is refused outright.
 */
import { SaxesParser } from "saxes";
import { KpiLintError } from "../core/read-error-codes";
import { FastXmlParser, NotWellFormed, ReferenceParserNeeded, type OwnElement } from "./xml-fast";

/**
 * A tag's attributes, read during its `open` call only (the fast tokenizer reuses them for the next tag): no
 * object per tag, where adding each tag's keys to a fresh object was most of reading a sheet's tags.
 */
export interface XmlAttrs {
  get(name: string): string | undefined;
  /** Every attribute as [name, value], in the tag's order. */
  entries(): Array<[string, string]>;
}

export interface XmlHandlers {
  open: (name: string, attrs: XmlAttrs) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
  /** Read by the fast tokenizer only; saxes gives those elements' events as usual. */
  own?: readonly OwnElement[];
}

/** The element or attribute name without its namespace prefix. */
export function localName(name: string): string {
  // a one-letter name (c, v, f, t, r: most tags of a sheet) has no prefix; ":" alone stays no name we read either way
  if (name.length < 2) return name;
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Attribute `id` in any namespace (r:id in transitional and Strict parts alike). */
export function relId(attrs: XmlAttrs): string | undefined {
  for (const [k, v] of attrs.entries()) if (k !== "id" && localName(k) === "id") return v;
  return undefined;
}

/** saxes's attributes object seen as XmlAttrs. */
function objectAttrs(attrs: Record<string, string>): XmlAttrs {
  return { get: (name) => attrs[name], entries: () => Object.entries(attrs) };
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * The part decoded 1 MB at a time (a large part never exists as one string). UTF-8 is cut before a byte that
 * starts a character, so that each piece decodes on its own: the same text as one streaming decoder gives,
 * through the decoder's fast path (streaming takes a slower one).
 */
function forEachPiece(bytes: Uint8Array, write: (piece: string) => void): void {
  const step = 1 << 20;
  const encoding = encodingOf(bytes);
  if (encoding !== "utf-8") {
    const decoder = new TextDecoder(encoding);
    for (let i = 0; i < bytes.length; i += step) write(decoder.decode(bytes.subarray(i, i + step), { stream: true }));
    write(decoder.decode());
    return;
  }
  const first = new TextDecoder(); // drops a byte-order mark at the start of the part, as one decoder would
  const rest = new TextDecoder("utf-8", { ignoreBOM: true }); // keeps U+FEFF that happens to follow a cut
  for (let i = 0; i < bytes.length;) {
    let end = Math.min(bytes.length, i + step);
    // on past at most 3 continuation bytes (10xxxxxx), a character's longest tail: more are stray bytes anyway
    for (let k = 0; k < 3 && end < bytes.length && (bytes[end] & 0xc0) === 0x80; k++) end++;
    write((i === 0 ? first : rest).decode(bytes.subarray(i, end)));
    i = end;
  }
}

/** Where the reader is, for messages: the file and the part. */
export interface PartRef {
  path: string;
  part: string;
}

/** Parses one part, calling the handlers as elements open and close; malformed XML is a KpiLintError. */
export function parseXml(bytes: Uint8Array, where: PartRef, h: XmlHandlers): void {
  if (encodingOf(bytes) === "utf-8") {
    const { close, text } = h;
    const parser = new FastXmlParser({
      open: (name, attrs) => h.open(localName(name), attrs),
      close: close ? (name) => close(localName(name)) : () => undefined,
      text: text ?? (() => undefined),
      own: h.own,
    });
    try {
      forEachPiece(bytes, (piece) => parser.write(piece));
      parser.end();
      return;
    } catch (e) {
      if (e instanceof NotWellFormed) {
        // the reference parser words what is wrong, as it always has; should it find nothing, the part is refused all the same
        referenceParse(bytes, where, {});
        throw new KpiLintError("XML_MALFORMED", { ...where, detail: e.message });
      }
      if (!(e instanceof ReferenceParserNeeded)) throw e;
    }
  }
  referenceParse(bytes, where, h);
}

/** The part through saxes, the reference parser: for what the fast tokenizer leaves to it, and for its error messages. */
export function referenceParse(bytes: Uint8Array, where: PartRef, h: Partial<XmlHandlers>): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new KpiLintError("XML_ENTITIES", { ...where });
  });
  const { open, close, text } = h;
  if (open) parser.on("opentag", (tag) => open(localName(tag.name), objectAttrs(tag.attributes as Record<string, string>)));
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  try {
    forEachPiece(bytes, (piece) => parser.write(piece));
    parser.close();
  } catch (e) {
    if (e instanceof KpiLintError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    if (/unexpected end|unclosed|not properly closed|document must contain/i.test(detail)) {
      throw new KpiLintError("XML_CUT_SHORT", { ...where });
    }
    throw new KpiLintError("XML_MALFORMED", { ...where, detail });
  }
}

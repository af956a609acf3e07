/**
 * Streaming XML for the parts of an .xlsx (saxes): element names without their prefix, so that
 * `x:row` and Strict OOXML parts read like the usual ones. No DTD is processed: saxes resolves no external
 * entity and expands only the five XML ones; a DOCTYPE declaring entities is refused outright.
 */
import { SaxesParser } from "saxes";
import { KpiLintError } from "../core/errors";

export interface XmlHandlers {
  open: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** The element or attribute name without its namespace prefix. */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Attribute `id` in any namespace (r:id in transitional and Strict parts alike). */
export function relId(attrs: Record<string, string>): string | undefined {
  for (const k in attrs) if (k !== "id" && localName(k) === "id") return attrs[k];
  return undefined;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** Where the reader is, for messages: the file and the part. */
export interface PartRef {
  path: string;
  part: string;
}

/** Parses one part, calling the handlers as elements open and close; malformed XML is a KpiLintError. */
export function parseXml(bytes: Uint8Array, where: PartRef, h: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new KpiLintError("XML_ENTITIES", { ...where });
  });
  parser.on("opentag", (tag) => h.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { close, text } = h;
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const xml = decode(bytes);
  try {
    // in slices, so that a huge part never needs a second copy of itself inside the parser
    const step = 1 << 20;
    for (let i = 0; i < xml.length; i += step) parser.write(xml.slice(i, i + step));
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

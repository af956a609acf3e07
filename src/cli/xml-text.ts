/**
 * Small, careful text operations on XML the writer patches in place: tags found by name (any namespace prefix,
 * quoted attribute values may hold `>`), attributes read and replaced without touching the rest of the tag, and
 * the escaping Excel expects. Whatever is not edited keeps its exact bytes.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e],
  );
}

const NEEDS_ESCAPE = /[&<>"]|[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Text or an attribute value, escaped; characters XML 1.0 cannot hold at all are dropped. */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Matches the opening (or empty) tags of element `name`, in any namespace prefix. */
export function tagPattern(name: string): RegExp {
  return new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, "g");
}

/** Opening tags of `name` with their attributes decoded. */
export function tagsOf(xml: string, name: string): Array<Record<string, string>> {
  return [...xml.matchAll(tagPattern(name))].map((m) => attributes(m[0]));
}

export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = decodeXml(m[2] ?? m[3]);
  return out;
}

/** The index just past the `>` closing the tag that starts at `start` (quotes respected). */
export function tagEnd(xml: string, start: number): number {
  let quote = "";
  for (let i = start; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return -1;
}

/** `name="value"` (or single quotes) with the space before it; groups: the lead up to the value, the value. Built once per name. */
const attrPatterns = new Map<string, RegExp>();
function attrPattern(name: string): RegExp {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`)));
  return re;
}

/** One attribute's value, decoded; undefined when the tag does not have it. */
export function attrValue(tag: string, name: string): string | undefined {
  const m = tag.includes(name) ? attrPattern(name).exec(tag) : null;
  if (!m) return undefined;
  const v = m[2] ?? m[3];
  return v.includes("&") ? decodeXml(v) : v;
}

/** A tag with attribute `name` set to `value` (escaped here), or added before the tag's end when absent. */
export function setAttr(tag: string, name: string, value: string): string {
  const m = tag.includes(name) ? attrPattern(name).exec(tag) : null;
  const v = `"${escapeXml(value)}"`;
  if (m) return `${tag.slice(0, m.index)}${m[1]}${v}${tag.slice(m.index + m[0].length)}`;
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}=${v}${tag.slice(end)}`;
}

export function removeAttr(tag: string, name: string): string {
  // most tags do not have it: a substring test is much cheaper than the pattern
  const m = tag.includes(name) ? attrPattern(name).exec(tag) : null;
  return m ? tag.slice(0, m.index) + tag.slice(m.index + m[0].length) : tag;
}

/** Rewrites the value of every `attr="…"` (in any tag of `xml`) whose new value differs. */
export function mapAttrs(xml: string, names: readonly string[], f: (value: string) => string): string {
  const re = new RegExp(`(\\s(?:${names.join("|")})=")([^"]*)"`, "g");
  return xml.replace(re, (whole, lead: string, v: string) => {
    const next = escapeXml(f(decodeXml(v)));
    return next === v ? whole : `${lead}${next}"`;
  });
}

/** Rewrites the text of every element named in `names` (any prefix, e.g. `f`, `xm:f` as `f`) that has only text. */
export function mapTexts(xml: string, names: readonly string[], f: (text: string) => string): string {
  const re = new RegExp(`(<((?:[\\w.-]+:)?(?:${names.join("|")}))(?:\\s(?:[^>"']|"[^"]*"|'[^']*')*)?>)([^<]*)(</\\2>)`, "g");
  return xml.replace(re, (whole, open: string, _n: string, text: string, close: string) => {
    const next = f(decodeXml(text));
    return next === decodeXml(text) ? whole : `${open}${escapeXml(next)}${close}`;
  });
}

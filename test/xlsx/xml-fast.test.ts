/**
 * The fast tokenizer against saxes, the reference parser: on every document either both give the same events
 * (adjacent texts joined, as every listener joins them), or both refuse it with the same error. Hand-picked cases,
 * then thousands of random documents and damaged copies of them, fed in random pieces.
 */
import { SaxesParser } from "saxes";
import { FastXmlParser, NotWellFormed, ReferenceParserNeeded } from "../../src/xlsx/xml-fast";
import { type XmlAttrs, parseXml, referenceParse } from "../../src/xlsx/xml";
import { KpiLintError } from "../../src/core/read-error-codes";
import { type Rng, pick, seeded } from "../support/layouts/random";

type Event = [string, string, string?];

function joined(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === "t" && last?.[0] === "t") last[1] += e[1];
    else out.push(e);
  }
  return out.filter((e) => e[0] !== "t" || e[1] !== "");
}

const attrsText = (a: Record<string, string> | XmlAttrs) =>
  JSON.stringify(typeof a.entries === "function" ? (a as XmlAttrs).entries() : Object.entries(a));

/** saxes's events, or "refused". */
function reference(xml: string): Event[] | "refused" {
  const events: Event[] = [];
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("doctype", () => undefined);
  p.on("opentag", (t) => events.push(["o", t.name, attrsText(t.attributes as Record<string, string>)]));
  p.on("closetag", (t) => events.push(["c", t.name]));
  p.on("text", (t) => events.push(["t", t]));
  p.on("cdata", (t) => events.push(["t", t]));
  try {
    p.write(xml).close();
  } catch {
    return "refused";
  }
  return joined(events);
}

/** The fast tokenizer's events for `xml` cut into `pieces`, "refused", or "reference" when it leaves the part to saxes. */
function fast(xml: string, cuts: number[]): Event[] | "refused" | "reference" {
  const events: Event[] = [];
  const p = new FastXmlParser({
    open: (name, attrs) => events.push(["o", name, attrsText(attrs)]),
    close: (name) => events.push(["c", name]),
    text: (t) => events.push(["t", t]),
  });
  try {
    let from = 0;
    for (const at of [...cuts, xml.length]) {
      p.write(xml.slice(from, at));
      from = at;
    }
    p.end();
  } catch (e) {
    if (e instanceof NotWellFormed) return "refused";
    if (e instanceof ReferenceParserNeeded) return "reference";
    throw e;
  }
  return joined(events);
}

function cutsOf(rng: Rng, n: number): number[] {
  const cuts = new Set<number>();
  const count = Math.floor(rng() * 6);
  for (let i = 0; i < count; i++) cuts.add(Math.floor(rng() * (n + 1)));
  return [...cuts].sort((a, b) => a - b);
}

function expectSame(xml: string, cuts: number[] = []): void {
  const ref = reference(xml);
  const got = fast(xml, cuts);
  if (got === "reference") return; // saxes reads it in production: nothing to compare
  expect({ xml, cuts, events: got }).toEqual({ xml, cuts, events: ref });
}

describe("hand-picked documents", () => {
  it.each([
    ["<a b=\"x\ty\nz\"  c = '1' >t</a>"],
    ["\n<a>x</a>\n  "],
    ["<a>x&amp;y&#65;&#x42;z&lt;&gt;&quot;&apos;</a>"],
    ["<a>x&foo;</a>"],
    ['<a b="1"c="2"/>'],
    ['<a b="1" b="2"/>'],
    ["<a>]]></a>"],
    ["<a><![CDATA[x<y]]>z</a>"],
    ["<a><!-- x -- y --></a>"],
    ["<a><!-- x - y --></a>"],
    ["<a><?pi x?></a>"],
    ["<a><?xml x?></a>"],
    ["<a>&#0;</a>"],
    ["<a>&#xD800;</a>"],
    ['<a b="<"/>'],
    ['<a b=">"/>'],
    ["<a>\u0001</a>"],
    ["<a></a>x"],
    ["<a></a><b/>"],
    ["<1a/>"],
    ["<a></b>"],
    ["<a>"],
    [""],
    ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a/>'],
    [' <?xml version="1.0"?><a/>'],
    ["<a >< /a>"],
    ["<a></a >"],
    ["<a/ >"],
    ['<a b = "1"/>'],
    ["<a b/>"],
    ['<a\r\n b="1\r\n2"\n/>'],
    ["<a>x\r\ny\rz</a>"],
    ["<a>&#x1F600;&#13;</a>"],
    ["<a>\uFFFE</a>"],
    ['<a b="&lt;&#10;"/>'],
    ["<a:b:c/>"],
    ["<:a/>"],
    ["<a><!----></a>"],
    ["<a><!-- a---></a>"],
    ["<a>x]]y ]] > </a>"],
    ["<a>&#x;</a>"],
    ["<a>&#;</a>"],
    ["<a>&#65</a>"],
    ["<a>&amp</a>"],
    ["<a>& b</a>"],
    ['<a constructor="1" toString="2" __proto__="3"/>'],
    ["<指标 值='≥95%'>满意度</指标>"],
    ["<a><![CDATA[]]></a>"],
    ["<![CDATA[x]]><a/>"],
    ["<a/><!-- after --><?pi?>\n"],
    ["<a><b></a></b>"],
    ["<a><</a>"],
    ["<a>x</a"],
    ["<a/>&amp;"],
    ["<a b='\"'/>"],
    // found by review: names an object inherits are no entities; references may have leading zeros
    ["<a>&constructor;</a>"],
    ["<a>&__proto__;</a>"],
    ['<a b="&valueOf;"/>'],
    ["<a>&#x0000041;&#00000065;&#01114111;</a>"],
    ["<a>&#x110000;&#99999999999999999999;</a>"],
    ["<a>&#X41;</a>"],
  ])("%j", (xml) => {
    expectSame(xml);
  });
});

/** A random document: elements, attributes, text with references, CDATA, comments, processing instructions. */
function randomDocument(rng: Rng): string {
  const names = ["c", "v", "row", "x:c", "is", "t", "sheetData", "指标", "a.b-c", "_n"];
  const texts = ["95", "满意度≥95%", "&amp;", "&#x4E2D;", "&#20013;", "a > b", " ", "\n", "\r\n", "x]]y", "&lt;t&gt;", "&quot;'"];
  const values = ["A1", "", "s", "1", "a&amp;b", "&#10;", "x\ty", "x\r\ny", "'", '"', ">", "&apos;"];
  const attr = () => {
    const q = pick(rng, ['"', "'"]);
    let v = pick(rng, values);
    if (v.includes(q)) v = "v";
    return `${pick(rng, [" ", "\n", "  ", "\t"])}${pick(rng, ["r", "s", "t", "x:id", "xml:space", "spans"])}${pick(rng, ["=", " = ", "=\n"])}${q}${v}${q}`;
  };
  const element = (depth: number): string => {
    const name = pick(rng, names);
    const used = new Set<string>();
    let attrs = "";
    for (let i = Math.floor(rng() * 3); i > 0; i--) {
      const a = attr();
      const key = a.trim().split("=")[0].trim();
      if (!used.has(key)) attrs += a;
      used.add(key);
    }
    if (rng() < 0.2) return `<${name}${attrs}${pick(rng, ["/>", " />"])}`;
    let body = "";
    for (let i = Math.floor(rng() * (depth > 3 ? 1 : 4)); i > 0; i--) {
      const r = rng();
      if (r < 0.4) body += element(depth + 1);
      else if (r < 0.75) body += pick(rng, texts);
      else if (r < 0.85) body += `<![CDATA[${pick(rng, ["x<y", "", "]]", "a&b"])}]]>`;
      else if (r < 0.95) body += `<!--${pick(rng, [" note ", "", "a-b"])}-->`;
      else body += `<?${pick(rng, ["pi", "mso-application"])} x?>`;
    }
    return `<${name}${attrs}>${body}</${name}${pick(rng, ["", " ", "\n"])}>`;
  };
  const decl = pick(rng, ["", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "<?xml version='1.0'?>", "\n"]);
  return `${decl}${element(0)}${pick(rng, ["", "\n", "<!-- end -->", " \r\n"])}`;
}

/** The same document with a character dropped, doubled or replaced by one that matters to XML, or cut short. */
function damaged(rng: Rng, xml: string): string {
  if (xml.length === 0) return "<";
  const at = Math.floor(rng() * xml.length);
  const r = rng();
  if (r < 0.25) return xml.slice(0, at) + xml.slice(at + 1);
  if (r < 0.5) return xml.slice(0, at) + xml[at] + xml.slice(at);
  if (r < 0.9)
    return (
      xml.slice(0, at) + pick(rng, ["<", ">", "&", '"', "'", "/", "=", "!", "?", "-", "]", " ", "\u0002", "#", ";"]) + xml.slice(at + 1)
    );
  return xml.slice(0, at);
}

it("reads 3,000 random documents, fed in random pieces, as saxes does", () => {
  const rng = seeded(20261123);
  for (let i = 0; i < 3000; i++) {
    const xml = randomDocument(rng);
    expectSame(xml, cutsOf(rng, xml.length));
  }
});

it("refuses 6,000 damaged documents exactly when saxes does, and reads the rest as it does", () => {
  const rng = seeded(7);
  let refused = 0;
  for (let i = 0; i < 6000; i++) {
    const xml = damaged(rng, randomDocument(rng));
    expectSame(xml, cutsOf(rng, xml.length));
    if (reference(xml) === "refused") refused++;
  }
  expect(refused).toBeGreaterThan(1000); // the damage is real often enough to test the refusals
});

it("reads a long text fed in small pieces, searching each piece once", () => {
  const text = "满意度≥95%&amp;".repeat(20000);
  const xml = `<a><b>${text}</b>${text}</a>`;
  const cuts = Array.from({ length: Math.floor(xml.length / 1000) }, (_, i) => (i + 1) * 1000);
  expectSame(xml, cuts);
});

describe("parseXml: the fast path or saxes, the same outcome", () => {
  const where = { path: "t.xlsx", part: "xl/p.xml" };
  const outcome = (read: (bytes: Uint8Array, h: { open: () => void }) => void, xml: string) => {
    try {
      read(new TextEncoder().encode(xml), { open: () => undefined });
      return "read";
    } catch (e) {
      if (e instanceof KpiLintError) return { code: e.code, data: e.data };
      throw e;
    }
  };
  it.each([
    ["<a>&xxe;</a>"],
    ["<a><b></a>"],
    ["<a>"],
    [""],
    ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ["<!DOCTYPE a><a/>"],
    ["<a>x</a>"],
  ])("%j gives what saxes gives, error and wording", (xml) => {
    expect(outcome((b, h) => parseXml(b, where, h), xml)).toEqual(outcome((b, h) => referenceParse(b, where, h), xml));
  });
});

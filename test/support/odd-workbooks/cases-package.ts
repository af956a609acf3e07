/**
 * Sound workbooks in odd packages: other writers' habits (LibreOffice, POI, .NET's `x:` prefixes), Strict OOXML,
 * macro-enabled and template files, hidden and chart sheets, stored parts, data descriptors. Each must read
 * exactly like its clean original.
 */
import type { OddCase } from "./case-types";
import {
  CONTENT_TYPES,
  MAIN_NS,
  type Parts,
  REL_NS,
  WORKBOOK,
  WORKBOOK_RELS,
  XML_DECL,
  copy,
  edit,
  editAll,
  replaceOnce,
  withPart,
  zip,
} from "./package";
import { zipBytes } from "./zip-bytes";

const SHEETS = /^xl\/worksheets\/sheet\d+\.xml$/;
const XML_PARTS = /\.(xml|rels)$/;
const entries = (parts: Parts) => Object.entries(parts).map(([name, data]) => ({ name, data }));

/** Sheet `n`'s `<sheet>` element in workbook.xml gets `state`. */
const sheetState = (parts: Parts, n: number, state: string) =>
  edit(parts, WORKBOOK, (s) => s.replace(new RegExp(`(<sheet sheetId="${n}" name="[^"]*") state="visible"`), `$1 state="${state}"`));

/** A chart sheet (with its drawing and chart) added as the workbook's second sheet. */
function withChartSheet(parts: Parts): Parts {
  let out = withPart(
    parts,
    "xl/chartsheets/sheet1.xml",
    `${XML_DECL}<chartsheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr/><sheetViews><sheetView workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  out = withPart(
    out,
    "xl/chartsheets/_rels/sheet1.xml.rels",
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  );
  out = withPart(
    out,
    "xl/drawings/drawing1.xml",
    `${XML_DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`,
  );
  out = edit(out, WORKBOOK_RELS, (s) =>
    replaceOnce(
      s,
      "</Relationships>",
      `<Relationship Id="rId99" Type="${REL_NS}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    ),
  );
  out = edit(out, CONTENT_TYPES, (s) =>
    replaceOnce(
      s,
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return edit(out, WORKBOOK, (s) => s.replace(/(<sheet sheetId="1" [^>]*\/>)/, '$1<sheet sheetId="99" name="图表1" r:id="rId99"/>'));
}

const ODD_NAMES: Record<string, string> = {
  "O'Brien & <表> 😀": "1.法律培训费",
  " 前后 空格 ": "2.法律职业资格考试费",
  一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一: "3.法治专项业务费",
};
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;");

function renameSheets(parts: Parts): Parts {
  return edit(parts, WORKBOOK, (s) => {
    for (const [odd, clean] of Object.entries(ODD_NAMES)) s = replaceOnce(s, `name="${clean}"`, `name="${escapeXml(odd)}"`);
    return s;
  });
}

/** The main part's content type swapped, for .xlsm and .xltx. */
const mainType = (parts: Parts, type: string) =>
  edit(parts, CONTENT_TYPES, (s) => s.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", type));

function macroEnabled(parts: Parts): Parts {
  let out = mainType(parts, "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  out = edit(out, CONTENT_TYPES, (s) =>
    replaceOnce(s, "<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '),
  );
  out = edit(out, WORKBOOK_RELS, (s) =>
    replaceOnce(
      s,
      "</Relationships>",
      '<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  // a vbaProject.bin is an OLE container; its content is never read
  return withPart(out, "xl/vbaProject.bin", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1016, 0)]));
}

/** Strict OOXML (ISO/IEC 29500 Strict): the purl.oclc.org namespaces throughout. */
function strict(parts: Parts): Parts {
  const out = editAll(parts, XML_PARTS, (s) =>
    s
      .replaceAll(MAIN_NS, "http://purl.oclc.org/ooxml/spreadsheetml/main")
      .replaceAll(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
      )
      .replaceAll("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
  );
  return edit(out, WORKBOOK, (s) => s.replace("<workbook ", '<workbook conformance="strict" '));
}

/** As LibreOffice Calc writes: row attributes spelled out with false/true, `t` before `s`, xml:space on text. */
function libreOfficeStyle(parts: Parts): Parts {
  const out = editAll(parts, SHEETS, (s) =>
    s
      .replace(
        /<row r="(\d+)"[^>]*?(\/?)>/g,
        '<row r="$1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"$2>',
      )
      .replace(/<c r="([A-Z]+\d+)" s="(\d+)" t="(\w+)">/g, '<c r="$1" t="$3" s="$2">')
      .replace(
        /<sheetFormatPr [^>]*\/>/,
        '<sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"/>',
      ),
  );
  return edit(out, "xl/sharedStrings.xml", (s) => s.replace(/<t>/g, '<t xml:space="preserve">'));
}

/** Row and cell positions left out where they follow on (Excel infers them; some exporters write so). */
function implicitPositions(parts: Parts): Parts {
  return editAll(parts, SHEETS, (s) => {
    let lastRow = 0;
    return s.replace(/<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (_m, r: string, attrs: string, end: string, body?: string) => {
      const row = Number(r);
      const rowAttr = row === lastRow + 1 ? "" : ` r="${r}"`;
      lastRow = row;
      if (body === undefined) return `<row${rowAttr}${attrs}${end}`;
      let lastCol = 0;
      const cells = body.replace(/<c r="([A-Z]+)\d+"/g, (_c, col: string) => {
        const n = [...col].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
        const keep = n !== lastCol + 1;
        lastCol = n;
        return keep ? `<c r="${col}${row}"` : "<c";
      });
      return `<row${rowAttr}${attrs}>${cells}</row>`;
    });
  });
}

/** Every SpreadsheetML element written `x:`-prefixed, as the .NET Open XML SDK's users often save. */
function prefixed(parts: Parts): Parts {
  return editAll(parts, /^xl\/(worksheets\/sheet\d+|workbook|sharedStrings|styles)\.xml$/, (s) =>
    s.replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s>/])/g, "<$1x:$2"),
  );
}

/** A byte-order mark, CRLF and indentation between elements (never inside text). */
function prettyPrinted(parts: Parts): Parts {
  return editAll(
    parts,
    XML_PARTS,
    (s) => "\ufeff" + s.replace(/(<\/?[^>]+>)(?=<)/g, (tag) => (/^<t[ >]/.test(tag) ? tag : `${tag}\r\n  `)),
  );
}

/** The workbook part moved to another name (the package's relationships say where; nothing may assume xl/workbook.xml). */
function movedWorkbook(parts: Parts): Parts {
  const out = copy(parts);
  out["xl/book.xml"] = out[WORKBOOK];
  out["xl/_rels/book.xml.rels"] = out[WORKBOOK_RELS];
  delete out[WORKBOOK];
  delete out[WORKBOOK_RELS];
  const moved = edit(out, "_rels/.rels", (s) => replaceOnce(s, 'Target="xl/workbook.xml"', 'Target="/xl/book.xml"'));
  return edit(moved, CONTENT_TYPES, (s) => replaceOnce(s, 'PartName="/xl/workbook.xml"', 'PartName="/xl/book.xml"'));
}

export const PACKAGE_CASES: OddCase[] = [
  { name: "hidden sheet", build: ({ base }) => zip(sheetState(base, 3, "hidden")), expect: { read: "same" } },
  { name: "very hidden sheet", build: ({ base }) => zip(sheetState(base, 5, "veryHidden")), expect: { read: "same" } },
  { name: "chart sheet among the worksheets", build: ({ base }) => zip(withChartSheet(base)), expect: { read: "same" } },
  {
    name: "odd sheet names: quotes, &, <>, emoji, spaces, 31 characters",
    build: ({ base }) => zip(renameSheets(base)),
    expect: { read: "same", renamed: ODD_NAMES },
  },
  { name: "stored (uncompressed) parts", build: ({ base }) => zip(base, 0), expect: { read: "same" } },
  {
    name: "data descriptors (sizes after the data)",
    build: ({ base }) => zipBytes(entries(base).map((e) => ({ ...e, descriptor: true }))),
    expect: { read: "same" },
  },
  {
    name: "stored and deflated entries mixed, content types last, no folder entries",
    build: ({ base }) => {
      const list = entries(base).filter((e) => !e.name.endsWith("/"));
      const ordered = [...list.filter((e) => e.name !== CONTENT_TYPES), ...list.filter((e) => e.name === CONTENT_TYPES)];
      return zipBytes(ordered.map((e, i) => ({ ...e, method: i % 2 ? 0 : 8 })));
    },
    expect: { read: "same" },
  },
  {
    name: "entries named ../ and /absolute (never written anywhere)",
    build: ({ base }) =>
      zipBytes([
        ...entries(base),
        { name: "../../kpi-lint-escaped.txt", data: Buffer.from("escaped") },
        { name: "/tmp/kpi-lint-absolute.txt", data: Buffer.from("absolute") },
        { name: "xl/../../kpi-lint-escaped2.txt", data: Buffer.from("escaped") },
      ]),
    expect: { read: "same" },
  },
  { name: "macro-enabled workbook (.xlsm)", file: "macros.xlsm", build: ({ base }) => zip(macroEnabled(base)), expect: { read: "same" } },
  {
    name: "template (.xltx)",
    file: "template.xltx",
    build: ({ base }) => zip(mainType(base, "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml")),
    expect: { read: "same" },
  },
  { name: "Strict OOXML namespaces", build: ({ base }) => zip(strict(base)), expect: { read: "same" } },
  { name: "as LibreOffice Calc saves", build: ({ base }) => zip(libreOfficeStyle(base)), expect: { read: "same" } },
  { name: "row and cell positions left implicit", build: ({ base }) => zip(implicitPositions(base)), expect: { read: "same" } },
  { name: "x:-prefixed SpreadsheetML elements", build: ({ base }) => zip(prefixed(base)), expect: { read: "same" } },
  { name: "byte-order marks, CRLF and indentation", build: ({ base }) => zip(prettyPrinted(base)), expect: { read: "same" } },
  {
    name: "absolute relationship targets",
    build: ({ base }) => zip(edit(base, WORKBOOK_RELS, (s) => s.replace(/Target="(?!\/)/g, 'Target="/xl/'))),
    expect: { read: "same" },
  },
  { name: "workbook part under another name", build: ({ base }) => zip(movedWorkbook(base)), expect: { read: "same" } },
];

/**
 * Per-workbook state, read and written within a batch. Small state (settings, ignored findings, the journal) lives
 * in the document's settings; template packs, which may be megabytes, each workbook-wide list in a custom XML part
 * (ExcelApi 1.5), where size is not a settings problem (settings: about 2 MB per add-in, office-js#621, #3957).
 * A part is replaced by adding the new one before deleting the old, in one batch: a failed save leaves the old.
 */
import { KpiLintError } from "../core/errors";
import { STATE_KEYS } from "./adapter";
import { utf8Length } from "./read-plan";

/** Keys kept in a custom XML part rather than in the settings. */
const IN_XML_PARTS: ReadonlySet<string> = new Set([STATE_KEYS.packs]);
/** Settings above this many UTF-8 bytes are refused before Excel fails on them. */
export const SETTING_MAX_BYTES = 900 * 1024;

const namespaceOf = (key: string) => `urn:kpi-lint:state:${key}`;
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function parseSetting<T>(v: unknown): T | null {
  if (typeof v !== "string") return (v as T) ?? null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

/** The JSON text in one of our parts: `<state xmlns="urn:kpi-lint:state:key">…</state>`. */
function partText(xml: string): string | null {
  const m = /<state\b[^>]*>([\s\S]*)<\/state>\s*$/.exec(xml);
  return m ? unescapeXml(m[1]) : null;
}

export async function loadSetting<T>(context: Excel.RequestContext, key: string): Promise<T | null> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  const parts = IN_XML_PARTS.has(key) ? context.workbook.customXmlParts.getByNamespace(namespaceOf(key)) : null;
  parts?.load("items/id");
  await context.sync();
  const part = parts?.items[parts.items.length - 1];
  if (part) {
    const xml = part.getXml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult: its value is there after the sync
    const text = partText(xml.value);
    if (text !== null) return parseSetting<T>(text);
  }
  // before packs moved to XML parts they were a setting: still read
  return setting.isNullObject ? null : parseSetting<T>(setting.value);
}

export async function saveSetting(context: Excel.RequestContext, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  if (!IN_XML_PARTS.has(key)) {
    if (utf8Length(text) > SETTING_MAX_BYTES) throw new KpiLintError("STATE_TOO_LARGE", { bytes: utf8Length(text) });
    context.workbook.settings.add(key, text);
    await context.sync();
    return;
  }
  const parts = context.workbook.customXmlParts.getByNamespace(namespaceOf(key));
  parts.load("items/id");
  const legacy = context.workbook.settings.getItemOrNullObject(key);
  legacy.load("value");
  await context.sync();
  // the new part first: if Excel refuses it, the old one and the batch's deletes never run
  context.workbook.customXmlParts.add(`<state xmlns="${namespaceOf(key)}">${escapeXml(text)}</state>`);
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above as items/id
  for (const old of parts.items) old.delete();
  if (!legacy.isNullObject) legacy.delete();
  await context.sync();
}

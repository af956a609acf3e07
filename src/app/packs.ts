/**
 * Template packs the pane uses: the built-in one, an organisation's pack named in the manifest's
 * SourceLocation (`taskpane.html?templates=https://…`), and packs imported from a file into the workbook.
 */
import { mergePacks, type PackedType } from "../core/templates/packs";
import { PACK_MAX_CHARS, parsePack, type PackResult, type TemplatePack } from "../core/templates/schema";
import { STATE_KEYS, type WorkbookAdapter } from "../excel/adapter";
import { type Locale, translate, translator } from "./i18n";

export interface PackSource {
  label: string;
  pack: TemplatePack | null;
  errors: string[];
}

type Fetch = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string>; headers: { get(name: string): string | null } }>;

/** Fetches an organisation pack: https only, at most PACK_MAX_CHARS, 10 s; never throws. */
export async function fetchPack(url: string, fetchImpl: Fetch = fetch, locale: Locale = "zh-CN"): Promise<PackResult> {
  const t = translator(locale);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, errors: [t("tplUrlInvalid", { url })] };
  }
  if (u.protocol !== "https:") return { ok: false, errors: [t("tplUrlNotHttps", { url })] };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 10000);
  try {
    const res = await fetchImpl(u.toString(), { signal: abort.signal });
    if (!res.ok) return { ok: false, errors: [t("tplHttpError", { status: res.status, url })] };
    const length = Number(res.headers.get("content-length") ?? "0");
    if (length > PACK_MAX_CHARS * 3) return { ok: false, errors: [t("tplTooLarge", { bytes: length, url })] };
    return parsePack(await res.text());
  } catch (e) {
    const reason = (e as Error).name === "AbortError" ? t("tplTimeout") : (e as Error).message;
    return { ok: false, errors: [t("tplDownloadFailed", { url, reason })] };
  } finally {
    clearTimeout(timer);
  }
}

/** Packs kept in the workbook (imported from files); invalid ones are reported, not used. */
export async function workbookPacks(adapter: WorkbookAdapter, locale: Locale = "zh-CN"): Promise<PackSource[]> {
  const stored = await adapter.loadState<string[]>(STATE_KEYS.packs);
  if (!Array.isArray(stored)) return [];
  return stored.map((json, i) => {
    const r = parsePack(typeof json === "string" ? json : JSON.stringify(json));
    return r.ok
      ? { label: r.pack.name, pack: r.pack, errors: [] }
      : { label: translate(locale, "tplWorkbookPack", { n: i + 1 }), pack: null, errors: r.errors };
  });
}

/** Adds a pack (as JSON text) to the workbook, replacing one with the same id. */
export async function importPack(adapter: WorkbookAdapter, json: string): Promise<PackResult> {
  const r = parsePack(json);
  if (!r.ok) return r;
  const stored = (await adapter.loadState<string[]>(STATE_KEYS.packs)) ?? [];
  const others = stored.filter((s) => {
    const p = parsePack(s);
    return !(p.ok && p.pack.id === r.pack.id);
  });
  await adapter.saveState(STATE_KEYS.packs, [...others, JSON.stringify(r.pack)]);
  return r;
}

/** The built-in pack: a chunk of its own, so the pane opens without it. */
export async function builtinPack(): Promise<TemplatePack> {
  return (await import(/* webpackChunkName: "builtin-pack" */ "../core/templates/builtin-pack")).BUILTIN_PACK;
}

/** The built-in pack's types, refined by the valid ones of `sources`. */
export function typesOf(builtin: TemplatePack, sources: PackSource[]): PackedType[] {
  return mergePacks([builtin, ...sources.flatMap((s) => (s.pack ? [s.pack] : []))]);
}

/** kpi-lint templates list|show|check, classify and insert. */
import { loadConfig } from "./config-file";
import fs from "node:fs";
import path from "node:path";
import { KpiLintError } from "./errors";
import { lint } from "../core/lint";
import type { ProjectBlock, WorkbookModel } from "../core/model";
import { classifyProject } from "../core/templates/classify";
import { BUILTIN_PACK } from "../core/templates/builtin-pack";
import { mergePacks, type PackedType } from "../core/templates/packs";
import { planInsert } from "../core/templates/planner";
import { MONEY_UNIT, PLACEHOLDER, parsePack, type TemplatePack } from "../core/templates/schema";
import { nameKey } from "../core/value/normalize";
import { type Locale, padDisplay, translator } from "./i18n";
import type { Io } from "./main";
import { writePlan } from "./surgical-write";
import { type LegacyFormat, convertedJson, readAsXlsx } from "./legacy-formats";
import { writeWorkbook } from "./write-workbook";
import { gridOfBytes, readFileBytes, readGridFile } from "./read-grid";
import { rememberingInflate } from "./native-inflate";

function bulletList(items: string[]): string {
  return items.map((e) => `  - ${e}`).join("\n");
}

function readPackText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new KpiLintError("PACK_NOT_FOUND", { path: file });
  }
}

function readPack(file: string): TemplatePack {
  const r = parsePack(readPackText(file));
  if (!r.ok) throw new KpiLintError("BAD_PACK", { path: file, errors: bulletList(r.errors) });
  return r.pack;
}

export function loadTypes(packFiles: string[] = []): PackedType[] {
  return mergePacks([BUILTIN_PACK, ...packFiles.map(readPack)]);
}

function findType(types: PackedType[], id: string): PackedType {
  const t = types.find((x) => x.id === id || x.name === id);
  if (!t) throw new KpiLintError("UNKNOWN_TYPE", { type: id, available: types.map((x) => `${x.id} (${x.name})`).join(", ") });
  return t;
}

export function templatesCommand(args: string[], packs: string[], format: string, io: Io, locale: Locale = "zh-CN"): number {
  const t = translator(locale);
  const [sub, arg] = args;
  if (sub === "check") {
    if (!arg) throw new KpiLintError("MISSING_PACK_FILE");
    const r = parsePack(readPackText(arg));
    if (r.ok) {
      const { name, id, version, publisher } = r.pack;
      const indicators = r.pack.types.reduce((s, x) => s + x.indicators.length, 0);
      io.out(t("cliPackValid", { name, id, version, publisher, types: r.pack.types.length, indicators }));
      return 0;
    }
    io.out(t("cliPackInvalid", { path: arg, errors: bulletList(r.errors) }));
    return 1;
  }
  const types = loadTypes(packs);
  if (sub === "list" || !sub) {
    if (format === "json")
      io.out(
        JSON.stringify(
          types.map((x) => ({ id: x.id, name: x.name, pack: x.packId, indicators: x.indicators.length, description: x.description })),
          null,
          2,
        ),
      );
    else
      for (const x of types) {
        const count = t("cliIndicatorCount", { n: String(x.indicators.length).padStart(2) });
        io.out(`${x.id.padEnd(22)} ${padDisplay(x.name, 16)} ${count}  ${x.description}`);
      }
    return 0;
  }
  if (sub === "show") {
    if (!arg) throw new KpiLintError("MISSING_TYPE");
    const type = findType(types, arg);
    if (format === "json") {
      io.out(JSON.stringify(type, null, 2));
      return 0;
    }
    const keywords = [...(type.phrases ?? []), ...type.keywords].join(t("cliListSep"));
    io.out(t("cliTypeHeader", { name: type.name, id: type.id, pack: type.packName, description: type.description, keywords }));
    for (const i of type.indicators) {
      const v = i.target;
      let target: string;
      if (v.kind === "qualitative") target = v.text;
      else {
        const value = v.value === "placeholder" ? PLACEHOLDER : v.value === "budget" ? t("cliTargetBudget") : String(v.value);
        target = `${v.operator}${value}${v.unit === MONEY_UNIT ? t("cliTargetMoneyUnit") : v.unit}`;
      }
      const required = i.required ? t("cliRequired") : "";
      io.out(t("cliTypeIndicator", { path: `${i.level1} / ${i.level2} / ${i.name}`, target, required }));
    }
    return 0;
  }
  throw new KpiLintError("UNKNOWN_SUBCOMMAND", { command: "templates", sub, allowed: "list, show, check" });
}

/** The file's model; .xls, .et and .ods are converted by LibreOffice first (said in text output). */
function readModel(file: string, say: (format: LegacyFormat) => void) {
  // the working folder's kpi-lint.config.json applies (its column mapping above all)
  return readAsXlsx(file, say, (xlsx) => lint(readGridFile(xlsx), loadConfig(undefined)));
}

export function classifyCommand(file: string | undefined, packs: string[], format: string, io: Io, locale: Locale = "zh-CN"): number {
  if (!file) throw new KpiLintError("MISSING_INPUT");
  const t = translator(locale);
  const types = loadTypes(packs);
  const say = (from: LegacyFormat) => format === "text" && io.out(t("cliConverted", { path: file, format: from }));
  const { model, convertedFrom } = readModel(file, say);
  const rows = model.sheets.flatMap((s) =>
    s.projects.map((p) => ({ sheet: s.name, firstRow: p.firstRow, name: p.name, code: p.code, types: classifyProject(p, types) })),
  );
  if (format === "json") {
    io.out(
      JSON.stringify(
        {
          file,
          projects: rows.map((r) => ({
            ...r,
            types: r.types.map((x) => ({ id: x.typeId, name: x.name, score: x.score, matched: x.matched })),
          })),
          ...convertedJson(convertedFrom),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(file);
    for (const r of rows) {
      const top = r.types.length
        ? r.types.map((x) => t("cliTypeScore", { name: x.name, id: x.typeId, score: (x.score * 100).toFixed(0) })).join("  ")
        : t("cliTypeUnclear");
      io.out(t("cliClassifyLine", { sheet: r.sheet, row: r.firstRow, name: r.name, types: top }));
    }
  }
  return 0;
}

function findProject(model: WorkbookModel, key: string): ProjectBlock {
  const all = model.sheets.flatMap((s) => s.projects);
  const byCode = all.filter((p) => p.code && p.code.toUpperCase() === key.replace(/\s+/g, "").toUpperCase());
  const matches = byCode.length ? byCode : all.filter((p) => nameKey(p.name) === nameKey(key));
  if (matches.length === 0) {
    throw new KpiLintError("UNKNOWN_PROJECT", { project: key, available: all.map((p) => p.name).join(", ") });
  }
  if (matches.length > 1) {
    // sheet!row (code): a place anyone can find, in either language
    const where = matches.map((p) => `${p.sheet}!A${p.firstRow}${p.code ? ` (${p.code})` : ""}`).join("; ");
    throw new KpiLintError("AMBIGUOUS_PROJECT", { project: key, count: matches.length, matches: where });
  }
  return matches[0];
}

export async function insertCommand(
  file: string | undefined,
  opts: { project?: string; type?: string; out?: string; packs: string[] },
  io: Io,
  locale: Locale = "zh-CN",
): Promise<number> {
  if (!file || !opts.project || !opts.type || !opts.out) throw new KpiLintError("INSERT_USAGE");
  if (path.resolve(opts.out) === path.resolve(file)) throw new KpiLintError("INSERT_OUTPUT_IS_INPUT");
  const t = translator(locale);
  const types = loadTypes(opts.packs);
  const type = findType(types, opts.type);
  // read once: the grid and the writer take the same bytes (the reader refuses a damaged or hostile zip first)
  const bytes = readFileBytes(file);
  const inflate = rememberingInflate();
  const grid = gridOfBytes(bytes, file, { inflate });
  const { model } = lint(grid, loadConfig(undefined));
  const block = findProject(model, opts.project);
  const sheet = grid.sheets.find((s) => s.name === block.sheet);
  if (!sheet) throw new KpiLintError("SHEET_NOT_FOUND", { sheet: block.sheet });
  const plan = planInsert(sheet, block, type);
  const printSkipped = () => {
    if (plan.skipped.length) io.out(t("cliInsertSkippedHead", { n: plan.skipped.length }));
    for (const s of plan.skipped) {
      io.out(t("cliInsertSkippedRow", { name: s.name, reason: locale === "en" ? s.reasonEn : s.reason, row: s.existing.row }));
    }
  };
  if (plan.refused) {
    printSkipped();
    throw new KpiLintError("INSERT_REFUSED", { reason: plan.refused.reason, reasonEn: plan.refused.reasonEn });
  }
  if (plan.added.length === 0) {
    io.out(t("cliInsertNothing", { project: block.name, type: type.name, n: plan.skipped.length }));
    printSkipped();
    return 0;
  }
  await writeWorkbook(writePlan(bytes, file, plan, inflate), opts.out);
  io.out(t("cliInserted", { project: block.name, sheet: block.sheet, type: type.name, n: plan.added.length, path: opts.out }));
  for (const a of plan.added) {
    const where = `${[a.level1, a.level2].filter(Boolean).join(" / ")}${a.level1 ? " / " : ""}${a.name}`;
    io.out(t("cliInsertedRow", { row: a.row, path: where, value: a.value, todo: a.placeholder ? t("cliToFill") : "" }));
  }
  printSkipped();
  if (plan.placeholders.length) io.out(t("cliInsertPlaceholders", { n: plan.placeholders.length, placeholder: PLACEHOLDER }));
  return 0;
}

/** kpi-lint templates list|show|check, classify and insert. */
import fs from "node:fs";
import path from "node:path";
import { KpiLintError } from "../core/errors";
import { lint } from "../core/lint";
import type { ProjectBlock, WorkbookModel } from "../core/model";
import { classifyProject } from "../core/templates/classify";
import { BUILTIN_PACK, mergePacks, type PackedType } from "../core/templates/packs";
import { planInsert } from "../core/templates/planner";
import { parsePack, type TemplatePack } from "../core/templates/schema";
import { nameKey } from "../core/value/normalize";
import { applyPlan } from "./apply-plan";
import type { Io } from "./main";
import { loadWorkbook, workbookToGrid } from "./xlsx-grid";

function readPackText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new KpiLintError(`找不到模板包文件：${file}`, `Template pack not found: ${file}`, "not-found");
  }
}

function readPack(file: string): TemplatePack {
  const r = parsePack(readPackText(file));
  if (!r.ok)
    throw new KpiLintError(
      `模板包 ${file} 有误：\n${r.errors.map((e) => `  - ${e}`).join("\n")}`,
      `Invalid template pack ${file}`,
      "pack-invalid",
    );
  return r.pack;
}

export function loadTypes(packFiles: string[] = []): PackedType[] {
  return mergePacks([BUILTIN_PACK, ...packFiles.map(readPack)]);
}

function findType(types: PackedType[], id: string): PackedType {
  const t = types.find((x) => x.id === id || x.name === id);
  if (!t)
    throw new KpiLintError(
      `没有项目类型“${id}”。可用类型：${types.map((x) => `${x.id}（${x.name}）`).join("、")}`,
      `Unknown type ${id}`,
      "usage",
    );
  return t;
}

export function templatesCommand(args: string[], packs: string[], format: string, io: Io): number {
  const [sub, arg] = args;
  if (sub === "check") {
    if (!arg) throw new KpiLintError("请指定要检查的模板包 .json 文件", "Give a pack file", "usage");
    const r = parsePack(readPackText(arg));
    if (r.ok) {
      const n = r.pack.types.reduce((s, t) => s + t.indicators.length, 0);
      io.out(
        `模板包有效：${r.pack.name}（${r.pack.id} ${r.pack.version}，${r.pack.publisher}），${r.pack.types.length} 个项目类型，${n} 条指标。`,
      );
      return 0;
    }
    io.out(`模板包无效：${arg}\n${r.errors.map((e) => `  - ${e}`).join("\n")}`);
    return 1;
  }
  const types = loadTypes(packs);
  if (sub === "list" || !sub) {
    if (format === "json")
      io.out(
        JSON.stringify(
          types.map((t) => ({ id: t.id, name: t.name, pack: t.packId, indicators: t.indicators.length, description: t.description })),
          null,
          2,
        ),
      );
    else
      for (const t of types)
        io.out(`${t.id.padEnd(22)} ${t.name.padEnd(8)} ${String(t.indicators.length).padStart(2)} 条指标  ${t.description}`);
    return 0;
  }
  if (sub === "show") {
    if (!arg) throw new KpiLintError("请指定项目类型，如 kpi-lint templates show training", "Give a type id", "usage");
    const t = findType(types, arg);
    if (format === "json") {
      io.out(JSON.stringify(t, null, 2));
      return 0;
    }
    io.out(`${t.name}（${t.id}，来自 ${t.packName}）：${t.description}\n识别词：${[...(t.phrases ?? []), ...t.keywords].join("、")}`);
    for (const i of t.indicators) {
      const target =
        i.target.kind === "qualitative"
          ? i.target.text
          : `${i.target.operator}${i.target.value === "placeholder" ? "【待填】" : i.target.value === "budget" ? "（预算数）" : i.target.value}${i.target.unit === "{money}" ? "（表格金额单位）" : i.target.unit}`;
      io.out(`  ${i.level1} / ${i.level2} / ${i.name}：${target}${i.required ? "（必备）" : ""}`);
    }
    return 0;
  }
  throw new KpiLintError(`未知的 templates 子命令：${sub}（可用 list、show、check）`, `Unknown templates command ${sub}`, "usage");
}

async function readModel(file: string): Promise<WorkbookModel> {
  return lint(workbookToGrid(await loadWorkbook(file))).model;
}

export async function classifyCommand(file: string | undefined, packs: string[], format: string, io: Io): Promise<number> {
  if (!file) throw new KpiLintError("请指定 .xlsx 文件", "Give a file", "usage");
  const types = loadTypes(packs);
  const model = await readModel(file);
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
            types: r.types.map((t) => ({ id: t.typeId, name: t.name, score: t.score, matched: t.matched })),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    io.out(file);
    for (const r of rows) {
      const top = r.types.length
        ? r.types.map((t) => `${t.name}（${t.typeId}）${(t.score * 100).toFixed(0)}%`).join("  ")
        : "（无法判断类型）";
      io.out(`  ${r.sheet} 第 ${r.firstRow} 行  ${r.name}：${top}`);
    }
  }
  return 0;
}

function findProject(model: WorkbookModel, key: string): ProjectBlock {
  const all = model.sheets.flatMap((s) => s.projects);
  const byCode = all.filter((p) => p.code && p.code.toUpperCase() === key.replace(/\s+/g, "").toUpperCase());
  const matches = byCode.length ? byCode : all.filter((p) => nameKey(p.name) === nameKey(key));
  if (matches.length === 0) {
    throw new KpiLintError(
      `找不到项目“${key}”。工作簿中的项目：${all.map((p) => p.name).join("、")}`,
      `Project ${key} not found`,
      "not-found",
    );
  }
  if (matches.length > 1) {
    throw new KpiLintError(
      `有 ${matches.length} 个项目叫“${key}”：${matches.map((p) => `工作表「${p.sheet}」第 ${p.firstRow} 行${p.code ? `（${p.code}）` : ""}`).join("；")}。请改用项目编码指定。`,
      `Several projects match ${key}`,
      "ambiguous",
    );
  }
  return matches[0];
}

export async function insertCommand(
  file: string | undefined,
  opts: { project?: string; type?: string; out?: string; packs: string[] },
  io: Io,
): Promise<number> {
  if (!file || !opts.project || !opts.type || !opts.out) {
    throw new KpiLintError(
      "用法：kpi-lint insert <输入.xlsx> --project <名称或编码> --type <类型id> --out <输出.xlsx>",
      "Usage: insert <in> --project --type --out",
      "usage",
    );
  }
  if (path.resolve(opts.out) === path.resolve(file)) throw new KpiLintError("输出文件不能与输入文件相同", "--out is the input", "usage");
  const types = loadTypes(opts.packs);
  const type = findType(types, opts.type);
  const wb = await loadWorkbook(file);
  const grid = workbookToGrid(wb);
  const { model } = lint(grid);
  const block = findProject(model, opts.project);
  const sheet = grid.sheets.find((s) => s.name === block.sheet);
  if (!sheet) throw new KpiLintError(`找不到工作表“${block.sheet}”`, `Sheet not found`, "not-found");
  const plan = planInsert(sheet, block, type);
  const printSkipped = () => {
    if (plan.skipped.length) io.out(`已有而跳过 ${plan.skipped.length} 条：`);
    for (const s of plan.skipped) io.out(`  ${s.name}：${s.reason}`);
  };
  if (plan.refused) {
    printSkipped();
    throw new KpiLintError(plan.refused.reason, plan.refused.reasonEn, "insert-refused");
  }
  if (plan.added.length === 0) {
    io.out(`项目“${block.name}”已有“${type.name}”模板的全部 ${plan.skipped.length} 条指标，无需插入。`);
    printSkipped();
    return 0;
  }
  applyPlan(wb, plan);
  await wb.xlsx.writeFile(opts.out);
  io.out(`在项目“${block.name}”（工作表「${block.sheet}」）插入“${type.name}”模板指标 ${plan.added.length} 条，已写入 ${opts.out}：`);
  for (const a of plan.added)
    io.out(
      `  第 ${a.row} 行  ${[a.level1, a.level2].filter(Boolean).join(" / ")}${a.level1 ? " / " : ""}${a.name}：${a.value}${a.placeholder ? "  ← 待填" : ""}`,
    );
  printSkipped();
  if (plan.placeholders.length) io.out(`请把 ${plan.placeholders.length} 处“【待填】”换成数值。`);
  return 0;
}

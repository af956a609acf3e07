import type { Finding, Severity } from "../core/rules/types";
import type { WorkbookModel } from "../core/model";
import { countBySeverity } from "../core/lint";

type Locale = "zh-CN" | "en";

/** The words of the text report, zh-CN first. */
const WORDS = {
  "zh-CN": {
    severity: { error: "错误", warning: "警告", info: "提示" } as Record<Severity, string>,
    sheet: (name: string) => `工作表「${name}」`,
    sheetLine: (name: string, projects: number, problems: number) =>
      `工作表「${name}」：${projects} 个项目，${problems === 0 ? "未发现问题" : `${problems} 个问题`}`,
    project: (name: string, where: string) => `项目「${name || "（无项目）"}」${where}`,
    where: (code: string | null, first: number, last: number) => `（${code ? `${code}，` : ""}第 ${first}–${last} 行）`,
    fix: (edits: string) => `  → 可修复：${edits}`,
    edit: (cell: string, value: string) => `${cell} 改为 ${value}`,
    suggest: (labels: string) => `  → 建议：${labels}`,
    empty: "（清空）",
    sep: "，",
  },
  en: {
    severity: { error: "error", warning: "warning", info: "info" } as Record<Severity, string>,
    sheet: (name: string) => `sheet "${name}"`,
    sheetLine: (name: string, projects: number, problems: number) => `sheet "${name}": ${projects} projects, ${problems} problems`,
    project: (name: string, where: string) => `project "${name || "(none)"}"${where}`,
    where: (code: string | null, first: number, last: number) => ` (${code ? `${code}, ` : ""}rows ${first}–${last})`,
    fix: (edits: string) => `  → fix: ${edits}`,
    edit: (cell: string, value: string) => `${cell} = ${value}`,
    suggest: (labels: string) => `  → suggest: ${labels}`,
    empty: "(empty)",
    sep: ", ",
  },
};

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** For people: file → sheet → project, one line per finding with its cell. */
export function formatFileText(file: string, model: WorkbookModel, findings: Finding[], locale: Locale = "zh-CN"): string {
  const w = WORDS[locale];
  const show = (v: unknown) => (v === null || v === undefined ? w.empty : String(v));
  const lines: string[] = [file];
  for (const sheet of model.sheets) {
    const own = findings.filter((f) => f.sheet === sheet.name);
    if (sheet.status !== "ok") {
      const why = locale === "en" ? (sheet.status === "empty" ? "empty" : "no indicator table found") : (sheet.message ?? "");
      lines.push(`  ${w.sheet(sheet.name)}${locale === "en" ? ": " : "："}${why}`);
      continue;
    }
    lines.push(`  ${w.sheetLine(sheet.name, sheet.projects.length, own.length)}`);
    for (const [key, list] of group(own, (f) => `${f.project ?? ""}\u0000${f.projectRow ?? ""}`)) {
      const [name, row] = key.split("\u0000");
      const p = sheet.projects.find((x) => x.name === name && String(x.firstRow) === row);
      lines.push(`    ${w.project(name, p ? w.where(p.code, p.firstRow, p.lastRow) : "")}`);
      for (const f of list) {
        const fix = f.fix
          ? w.fix(f.fix.edits.map((e) => w.edit(e.cell, show(e.after))).join(w.sep))
          : f.suggestions.length > 0
            ? w.suggest(f.suggestions.map((s) => (locale === "en" ? s.labelEn : s.label)).join("；"))
            : "";
        const message = locale === "en" ? f.messageEn : f.message;
        lines.push(`      ${f.cell.padEnd(6)} ${w.severity[f.severity]}  ${message}  [${f.ruleId}]${fix}`);
      }
    }
  }
  return lines.join("\n");
}

export function summaryLine(findings: Finding[], files: number, locale: Locale = "zh-CN"): string {
  const c = countBySeverity(findings);
  const fixable = findings.filter((f) => f.fix).length;
  if (locale === "en")
    return `${files} file(s), ${findings.length} problems: ${c.error} errors, ${c.warning} warnings, ${c.info} info (${fixable} fixable with kpi-lint fix)`;
  return `共 ${files} 个文件，${findings.length} 个问题：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}（其中 ${fixable} 个可自动修复，运行 kpi-lint fix）`;
}

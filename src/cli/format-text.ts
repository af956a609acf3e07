import type { Finding, Severity } from "../core/rules/types";
import type { WorkbookModel } from "../core/model";
import { countBySeverity } from "../core/lint";

const SEVERITY_ZH: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const SEVERITY_EN: Record<Severity, string> = { error: "error", warning: "warning", info: "info" };

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

function showValue(v: unknown): string {
  return v === null || v === undefined ? "（清空）" : String(v);
}

/** For people: file → sheet → project, one line per finding with its cell, zh-CN. */
export function formatFileText(file: string, model: WorkbookModel, findings: Finding[], locale: "zh-CN" | "en" = "zh-CN"): string {
  if (locale === "en") return formatFileTextEn(file, model, findings);
  const lines: string[] = [file];
  for (const sheet of model.sheets) {
    const own = findings.filter((f) => f.sheet === sheet.name);
    if (sheet.status !== "ok") {
      lines.push(`  工作表「${sheet.name}」：${sheet.message ?? ""}`);
      continue;
    }
    lines.push(`  工作表「${sheet.name}」：${sheet.projects.length} 个项目，${own.length === 0 ? "未发现问题" : `${own.length} 个问题`}`);
    for (const [project, list] of group(own, (f) => `${f.project ?? ""}\u0000${f.projectRow ?? ""}`)) {
      const [name, row] = project.split("\u0000");
      const p = sheet.projects.find((x) => x.name === name && String(x.firstRow) === row);
      const where = p ? `（${p.code ? `${p.code}，` : ""}第 ${p.firstRow}–${p.lastRow} 行）` : "";
      lines.push(`    项目「${name || "（无项目）"}」${where}`);
      for (const f of list) {
        const fix = f.fix
          ? `  → 可修复：${f.fix.edits.map((e) => `${e.cell} 改为 ${showValue(e.after)}`).join("，")}`
          : f.suggestions.length > 0
            ? `  → 建议：${f.suggestions.map((s) => s.label).join("；")}`
            : "";
        lines.push(`      ${f.cell.padEnd(6)} ${SEVERITY_ZH[f.severity]}  ${f.message}  [${f.ruleId}]${fix}`);
      }
    }
  }
  return lines.join("\n");
}

export function summaryLine(findings: Finding[], files: number, locale: "zh-CN" | "en" = "zh-CN"): string {
  const c = countBySeverity(findings);
  const fixable = findings.filter((f) => f.fix).length;
  if (locale === "en") return `${files} file(s), ${findings.length} problems: ${c.error} errors, ${c.warning} warnings, ${c.info} info (${fixable} fixable with kpi-lint fix)`;
  return `共 ${files} 个文件，${findings.length} 个问题：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}（其中 ${fixable} 个可自动修复，运行 kpi-lint fix）`;
}

function formatFileTextEn(file: string, model: WorkbookModel, findings: Finding[]): string {
  const lines: string[] = [file];
  for (const sheet of model.sheets) {
    const own = findings.filter((f) => f.sheet === sheet.name);
    if (sheet.status !== "ok") {
      lines.push(`  sheet "${sheet.name}": ${sheet.status === "empty" ? "empty" : "no indicator table found"}`);
      continue;
    }
    lines.push(`  sheet "${sheet.name}": ${sheet.projects.length} projects, ${own.length} problems`);
    for (const [project, list] of group(own, (f) => `${f.project ?? ""}\u0000${f.projectRow ?? ""}`)) {
      lines.push(`    project "${project.split("\u0000")[0] || "(none)"}"`);
      for (const f of list) {
        const fix = f.fix ? `  → fix: ${f.fix.edits.map((e) => `${e.cell} = ${showValue(e.after)}`).join(", ")}` : f.suggestions.length ? `  → suggest: ${f.suggestions.map((s) => s.labelEn).join("; ")}` : "";
        lines.push(`      ${f.cell.padEnd(6)} ${SEVERITY_EN[f.severity].padEnd(7)} ${f.messageEn}  [${f.ruleId}]${fix}`);
      }
    }
  }
  return lines.join("\n");
}

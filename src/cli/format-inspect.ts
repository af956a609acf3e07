import { describeTable } from "../core/recognise/describe-mapping";
import type { WorkbookModel } from "../core/model";
import { formatPlain } from "../core/value/parse";

const LAYOUT_ZH = { form: "逐项目表单", summary: "汇总表（每行一个指标）" } as const;

/** The recognised structure as an indented tree, for checking that a new layout is read right. */
export function formatInspectText(file: string, model: WorkbookModel): string {
  const lines = [file];
  for (const s of model.sheets) {
    if (s.status !== "ok") {
      lines.push(`  工作表「${s.name}」：${s.message}`);
      continue;
    }
    lines.push(`  工作表「${s.name}」：${LAYOUT_ZH[s.layout ?? "form"]}，金额单位 ${s.moneyUnit ?? "未注明"}，${s.projects.length} 个项目`);
    for (const t of s.tables) lines.push(`    ${describeTable(t, "zh-CN")}`);
    for (const p of s.projects) {
      const budget = p.budget ? `，预算 ${formatPlain(p.budget.amount)}${p.budget.unit}` : "";
      lines.push(
        `    项目「${p.name}」${p.code ? ` ${p.code}` : ""}（第 ${p.firstRow}–${p.lastRow} 行${budget}，${p.indicators.length} 条指标）`,
      );
      if (p.plan) lines.push(`      资金支出计划：${p.plan.points.map((x) => `${x.label} ${x.raw || "—"}`).join("，")}`);
      for (const i of p.indicators) {
        const v = i.value;
        const parsed =
          v.kind === "quantitative"
            ? `${v.operator ?? ""} ${v.number ?? ""} ${v.unit ?? "（无单位）"}${v.text ? ` +文字“${v.text}”` : ""}`
            : v.kind === "empty"
              ? "（空）"
              : `定性${v.deadline ? `，期限 ${v.deadline}` : ""}`;
        lines.push(
          `      ${String(i.row).padStart(4)}  ${[i.level1, i.level2].filter(Boolean).join(" / ") || "—"} / ${i.name}：${v.raw || "（空）"} ⇒ ${parsed}`,
        );
      }
    }
  }
  return lines.join("\n");
}

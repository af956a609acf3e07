import { defineRule } from "./types";
import { forEachProject } from "./helpers";
import type { ProjectBlock } from "../model";
import { nameKey } from "../value/normalize";
import { MONEY_FACTORS } from "../value/units";

/** Identity of a project: its code when it has one; else its name and budget (names repeat across units). */
function identity(p: ProjectBlock): string | null {
  if (p.code) return `code:${p.code.replace(/\s+/g, "").toUpperCase()}`;
  const name = nameKey(p.name);
  if (!name || name === nameKey(p.sheet)) return null;
  const budget = p.budget ? String(Math.round(p.budget.amount * MONEY_FACTORS[p.budget.unit])) : "";
  return `name:${name}|${budget}|${p.org ?? ""}`;
}

export default defineRule({
  id: "duplicate-project",
  title: { zh: "项目重复", en: "Duplicated project" },
  defaultSeverity: "error",
  docs: {
    zh: "同一项目出现了两次（项目编码相同，或无编码时名称和预算数相同）",
    en: "The same project appears twice (same code, or same name and budget when there is no code)",
    example: { bad: "序号 3 律师人才培养经费 … 再次出现在第 40 行", good: "每个项目只填一次" },
  },
  messages: {
    default: {
      zh: "项目“{{name}}”重复：与{{where}}第 {{row}} 行的项目{{by}}相同",
      en: "Project “{{name}}” is a duplicate of the project at {{whereEn}}row {{row}} (same {{byEn}})",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    const seen = new Map<string, ProjectBlock>();
    forEachProject(ctx.model, (p) => {
      const id = identity(p);
      if (!id) return;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, p);
        return;
      }
      const otherSheet = first.sheet !== p.sheet;
      const byCode = id.startsWith("code:");
      ctx.report({
        project: p,
        at: p.nameCell ?? p.codeCell ?? { row: p.firstRow, col: 1 },
        data: {
          name: p.name,
          where: otherSheet ? `工作表“${first.sheet}”` : "",
          whereEn: otherSheet ? `sheet “${first.sheet}” ` : "",
          row: first.firstRow,
          by: byCode ? `编码 ${p.code}` : "名称和预算数",
          byEn: byCode ? `code ${p.code}` : "name and budget",
        },
      });
    });
  },
});

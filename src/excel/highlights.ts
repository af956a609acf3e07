/**
 * Marks on cells: conditional formats tagged as ours, so the user's own formatting is never changed and
 * 清除标记 removes exactly what the add-in added.
 */
import type { HighlightTarget } from "./adapter";
import { protectedSheetError } from "./errors";
import { SEVERITY_FILL } from "../core/severity-colours";

/** Marker in our conditional formats' formula: N("…") is 0, so the rule is always true, and names us. */
export const MARK = "kpi-lint";
/** The marks' fills: the severity colours the report's severity column has too. */
export const HIGHLIGHT_FILL = SEVERITY_FILL;
/** Cells per conditional format, so each getRanges address stays short. */
const CELLS_PER_FORMAT = 150;

/** Adds the marks (the caller clears old ones first). Errors go last, so an error's colour wins where a cell has several findings. */
export async function addHighlights(context: Excel.RequestContext, targets: HighlightTarget[]): Promise<void> {
  const bySheetSeverity = new Map<string, string[]>();
  for (const t of targets) {
    const key = `${t.severity}\u0000${t.sheet}`;
    const list = bySheetSeverity.get(key) ?? [];
    if (!list.includes(t.cell)) list.push(t.cell);
    bySheetSeverity.set(key, list);
  }
  const sheets = new Map<string, Excel.Worksheet>();
  for (const key of bySheetSeverity.keys()) {
    const sheet = key.split("\u0000")[1];
    if (!sheets.has(sheet)) {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("protection/protected");
      sheets.set(sheet, ws);
    }
  }
  await context.sync();
  for (const [name, ws] of sheets) if (ws.protection.protected) throw protectedSheetError(name, "excelActionHighlight");
  const order = ["info", "warning", "error"];
  const keys = [...bySheetSeverity.keys()].sort((a, b) => order.indexOf(a.split("\u0000")[0]) - order.indexOf(b.split("\u0000")[0]));
  for (const key of keys) {
    const [severity, sheet] = key.split("\u0000") as [keyof typeof HIGHLIGHT_FILL, string];
    const cells = bySheetSeverity.get(key) as string[];
    for (let i = 0; i < cells.length; i += CELLS_PER_FORMAT) {
      const areas = (sheets.get(sheet) as Excel.Worksheet).getRanges(cells.slice(i, i + CELLS_PER_FORMAT).join(","));
      const cf = areas.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = `=N("${MARK}:${severity}")=0`;
      cf.custom.format.fill.color = HIGHLIGHT_FILL[severity];
    }
  }
  await context.sync();
}

/**
 * Removes every mark the add-in made, on every sheet; returns how many. Rule types are read first and the custom
 * rule's formula only of `Custom` rules: loading `custom/rule/formula` on a collection that also holds a colour
 * scale, data bar or cell-value rule fails the whole request (office-js#2180).
 */
export async function removeHighlights(context: Excel.RequestContext): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const all = sheets.items.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    ws.load("name,protection/protected");
    return { ws, cfs };
  });
  await context.sync();
  const custom = all.flatMap(({ ws, cfs }) =>
    cfs.items
      .filter((cf) => cf.type === "Custom")
      .map((cf) => {
        cf.custom.rule.load("formula");
        return { ws, cf };
      }),
  );
  await context.sync();
  let removed = 0;
  for (const { ws, cf } of custom) {
    if (!(cf.custom.rule.formula ?? "").includes(MARK)) continue;
    if (ws.protection.protected) throw protectedSheetError(ws.name, "excelActionClearMarks");
    cf.delete();
    removed++;
  }
  await context.sync();
  return removed;
}

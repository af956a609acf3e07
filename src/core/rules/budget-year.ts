/** The budget year each sheet's targets are for: its title's, the workbook's, the config's, or the one its deadlines agree on. */
import type { ResolvedConfig } from "../config";
import type { IndicatorRow, SheetModel, WorkbookModel } from "../model";

/** The year a dated value names (`2024-12`, `2024-12-31`; a period's end); null when it names none (`12`, `12-31`). */
export function deadlineYear(ind: IndicatorRow): number | null {
  const d = ind.value.period?.to ?? ind.value.deadline;
  const m = d ? /^(\d{4})-/.exec(d) : null;
  return m ? Number(m[1]) : null;
}

/** The year most dated values name, when they clearly agree (≥ 3 of them, ≥ 75% on one year). */
function majorityYear(model: WorkbookModel): number | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const s of model.sheets)
    for (const p of s.projects)
      for (const ind of p.indicators) {
        const y = deadlineYear(ind);
        if (y === null) continue;
        counts.set(y, (counts.get(y) ?? 0) + 1);
        total++;
      }
  for (const [y, n] of counts) if (total >= 3 && n / total >= 0.75) return y;
  return null;
}

/** The title year every sheet that states one agrees on (a cover sheet may state it for all). */
function workbookTitleYear(sheets: readonly SheetModel[]): number | null {
  const years = new Set(sheets.map((s) => s.budgetYear).filter((y): y is number => y !== null));
  return years.size === 1 ? [...years][0] : null;
}

/** Budget year per sheet: its own title's, else the workbook's titles', else `budgetYear` in the config, else the deadlines' majority. */
export function budgetYears(model: WorkbookModel, config: ResolvedConfig): (sheet: SheetModel) => number | null {
  const fallback = workbookTitleYear(model.sheets) ?? config.budgetYear ?? majorityYear(model);
  return (sheet) => sheet.budgetYear ?? fallback;
}

/**
 * Grid → workbook model. Finds indicator tables by their header rows, decides each column's role from
 * header words and content (column-roles.ts), reads per-project forms or summary tables, and measures how
 * plausible each reading is, so an implausible table is reported as such instead of read as garbage.
 */
import { MergeIndex, type SheetGrid, type WorkbookGrid, rowLength, textAt } from "../grid";
import type { ColumnMap, SheetModel, WorkbookModel } from "../model";
import { moneyUnitIn } from "../value/normalize";
import type { MoneyUnit } from "../value/units";
import { titleBudgetYear } from "./budget-year";
import { type HeaderRow, findHeaderRows } from "./header-rows";
import { projectsByTable, tablePlausibility } from "./plausibility";
import { readForms } from "./read-forms";
import { readSummary } from "./read-summary";
import { type CellChange, rereadTargets } from "./reread-targets";

export interface RecogniseOptions {
  /** The user's column mapping per sheet name (`*`: every sheet), 1-based columns by role. */
  columns?: Readonly<Record<string, ColumnMap>>;
}

/** An earlier reading of the same workbook and the sheets changed since: the others are not read again. */
export interface EarlierReading {
  model: WorkbookModel;
  changedSheets: ReadonlySet<string>;
  /** The cells changed, per sheet, when known: a sheet whose changes are all targets reads only those again. */
  changedCells?: ReadonlyMap<string, readonly CellChange[]>;
}

export function recogniseWorkbook(grid: WorkbookGrid, options: RecogniseOptions = {}, earlier?: EarlierReading): WorkbookModel {
  const before = new Map(earlier?.model.sheets.map((s) => [s.name, s]));
  return {
    sheets: grid.sheets.map((s) => {
      const old = before.get(s.name);
      if (!earlier || !old) return recogniseSheet(s, options);
      if (!earlier.changedSheets.has(s.name)) return old;
      const cells = earlier.changedCells?.get(s.name);
      return (cells && rereadTargets(old, s, cells)) ?? recogniseSheet(s, options);
    }),
  };
}

export function recogniseSheet(sheet: SheetGrid, options: RecogniseOptions = {}): SheetModel {
  const base: SheetModel = {
    name: sheet.name,
    status: "ok",
    message: null,
    layout: null,
    moneyUnit: null,
    projects: [],
    tables: [],
    budgetYear: null,
  };
  if (sheet.rowCount === 0 || sheet.rows.every((r) => r.every((v) => v === null || v === ""))) {
    return { ...base, status: "empty", message: "工作表为空" };
  }
  const merges = new MergeIndex(sheet);
  const headers = findHeaderRows(sheet, merges);
  if (headers.length === 0) {
    return {
      ...base,
      budgetYear: titleBudgetYear(sheet, []),
      status: "no-table",
      message: "未找到绩效指标表：没有同时含“指标值/目标值”和“三级指标/指标名称”的表头行",
    };
  }
  const override = options.columns?.[sheet.name] ?? options.columns?.["*"];
  const sheetUnit = sheetMoneyUnit(sheet, headers[0]);
  const summary = headers[0].cells.some((c) => c.roles[0] === "project");
  const projects = summary
    ? readSummary(sheet, merges, headers, sheetUnit, override)
    : readForms(sheet, merges, headers, sheetUnit, override);
  const byTable = projectsByTable(projects);
  for (const [t, blocks] of byTable) {
    t.plausibility = tablePlausibility(t, blocks);
    // stored only when it grows (see apply-fixes.ts): a store of the same value still costs V8's compiled code
    for (const b of blocks) if (b.lastRow > t.lastRow) t.lastRow = b.lastRow;
  }
  const budgetYear = titleBudgetYear(
    sheet,
    headers.map((h) => h.top),
  );
  return { ...base, layout: summary ? "summary" : "form", moneyUnit: sheetUnit, projects, tables: [...byTable.keys()], budgetYear };
}

/** `单位：万元` anywhere above the first table, or in the budget column's header. */
function sheetMoneyUnit(sheet: SheetGrid, first: HeaderRow): MoneyUnit | null {
  const budgetHeader = first.cells.find((c) => c.roles[0] === "budget");
  if (budgetHeader) {
    const u = moneyUnitIn(budgetHeader.text);
    if (u) return u;
  }
  for (let r = 1; r < first.top; r++) {
    for (let c = 1, end = rowLength(sheet, r); c <= end; c++) {
      const u = moneyUnitIn(textAt(sheet, r, c));
      if (u) return u;
    }
  }
  return null;
}

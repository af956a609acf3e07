/** Helpers shared by the template-insertion tests: workbooks built from grids, plan shifts, merges, Excel-style grids. */
import ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetGrid } from "../../src/core/grid";
import type { InsertPlan } from "../../src/core/templates/planner";

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * Writes rows and merges into a new worksheet, every cell styled (borders, a font varying by column, bold
 * header rows 1–`boldRows`, wrapping on even columns, a fill on the `highlight` columns), so that a cell
 * keeping its style is visible.
 */
export function writeStyledSheet(
  wb: ExcelJS.Workbook,
  name: string,
  rows: CellValue[][],
  merges: readonly MergedArea[],
  opts: { highlight?: readonly number[]; boldRows?: number; rowCount?: number; columnCount?: number } = {},
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  const width = opts.columnCount ?? Math.max(...rows.map((r) => r.length));
  const height = opts.rowCount ?? rows.length;
  const bold = opts.boldRows ?? 3;
  for (let r = 1; r <= height; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = thin;
      cell.font = { name: "宋体", size: 10 + (c % 3), bold: r <= bold };
      cell.alignment = { vertical: "middle", wrapText: c % 2 === 0 };
      if (opts.highlight?.includes(c)) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEDDCC" } };
    }
  }
  for (const m of merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return ws;
}

/** Writes and reads the workbook back, as a saved file would be. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

/** Where an original row lands once the plan's rows are in. */
export function shiftOf(plan: InsertPlan): (row: number) => number {
  const ins = plan.ops.filter((o): o is Extract<typeof o, { op: "insertRows" }> => o.op === "insertRows");
  return (row) => row + ins.filter((i) => i.at <= row).reduce((s, i) => s + i.count, 0);
}

/** An ExcelJS worksheet's merged areas. */
export const mergesOf = (ws: ExcelJS.Worksheet): MergedArea[] =>
  Object.values((ws as unknown as { _merges: Record<string, MergedArea> })._merges).map((m) => ({
    top: m.top,
    left: m.left,
    bottom: m.bottom,
    right: m.right,
  }));

export const areaKey = (m: MergedArea): string => `${m.top},${m.left},${m.bottom},${m.right}`;

/** Values as Excel keeps them: a merged area's in its top-left cell only, "" as empty, trailing empties cut. */
export function excelRows(g: SheetGrid): CellValue[][] {
  return g.rows
    .map((r, i) =>
      r.map((v, j) =>
        v === "" ||
        g.merges.some(
          (m) => m.top <= i + 1 && i + 1 <= m.bottom && m.left <= j + 1 && j + 1 <= m.right && (m.top !== i + 1 || m.left !== j + 1),
        )
          ? null
          : v,
      ),
    )
    .map((r) => {
      let n = r.length;
      while (n > 0 && r[n - 1] === null) n--;
      return r.slice(0, n);
    });
}

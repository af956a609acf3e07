/**
 * Template insertion over seeded random layouts (test/support/layouts: label column, column groups, level fills and
 * spellings, value styles, blank rows, repeated headers, summary tables, …). For each layout one project block and
 * one template type are picked (every third time a type some of whose indicators the block already has; every fourth
 * layout the picked project lacks one 一级 group, so that the template opens a new group), the insertion is planned, and either it is refused with a reason and no operations, or it is applied through the
 * ExcelJS executor and through the Office adapter on the in-memory Excel model: every existing cell keeps its value,
 * style and column (rows only move down), every merged area survives (moved or grown), both executors write the
 * same sheet, and the sheet reads back with the new indicators in the block and the other blocks as they were. One file, over 300 lines: the
 * per-layout checks share one generator loop.
 */
import ExcelJS from "exceljs";
import { applyPlan } from "../../src/cli/apply-plan";
import { workbookToGrid } from "../../src/cli/xlsx-grid";
import type { SheetGrid } from "../../src/core/grid";
import type { ProjectBlock, SheetModel } from "../../src/core/model";
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import { INDICATOR_ROLES, planInsert, selectIndicators, type InsertPlan } from "../../src/core/templates/planner";
import type { ProjectType } from "../../src/core/templates/schema";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { memFromExcelJs } from "../../src/excel/double";
import type { MemSheet } from "../../src/excel/double";
import { areaKey, excelRows, mergesOf, roundTrip, shiftOf, writeStyledSheet } from "../support/insert";
import { buildSheet, type LayoutOptions, type Level1, type NameLabel } from "../support/layouts";
import { expectedView, readView } from "../support/layouts/check";
import { randomLayout, randomTable, seeded } from "../support/layouts/random";

const RUNS = 60;
/** The seed of test/recognise/layouts-property.test.ts (its layouts read back exactly; checked again here, as some are varied). */
const SEED = 20240817;
const SHEET = "绩效目标表";
const OTHER = "填表说明";
const NAME_LABELS: NameLabel[] = ["项目名称", "项目支出名称", "项目(名称)", "项目（名称）", "title"];
const LEVEL1S: Level1[] = ["产出指标", "成本指标", "效益指标", "满意度指标"];

interface Case {
  n: number;
  options: LayoutOptions;
  /** The 一级 group left out of the picked project. */
  dropped: string | null;
  sheet: SheetGrid;
  model: SheetModel;
  block: ProjectBlock;
  type: ProjectType;
  plan: InsertPlan;
}

/** The sheet as a workbook: every cell styled, rows varying (bold, italic) so a row landing elsewhere shows. */
function workbookOf(sheet: SheetGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = writeStyledSheet(wb, SHEET, sheet.rows, sheet.merges, {
    highlight: Array.from({ length: sheet.columnCount }, (_, c) => c + 1).filter((c) => c % 4 === 1),
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
  });
  for (let r = 1; r <= sheet.rowCount; r++)
    for (let c = 1; c <= sheet.columnCount; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { ...cell.font, bold: r <= 3 || r % 5 === 0, italic: r % 3 === 0 };
    }
  const other = wb.addWorksheet(OTHER);
  other.getCell("A1").value = "填表说明";
  other.getCell("A2").value = "指标值请按“运算符+数值+单位”填写";
  other.mergeCells(3, 1, 4, 2);
  return wb;
}

const gridOf = (wb: ExcelJS.Workbook, name = SHEET): SheetGrid => workbookToGrid(wb).sheets.find((s) => s.name === name)!;

/** Layouts the recogniser misread before any insertion (none expected). */
const misread: string[] = [];

function cases(): Case[] {
  const rng = seeded(SEED);
  const choose = seeded(SEED ^ 0x5eed);
  const types = BUILTIN_PACK.types;
  const out: Case[] = [];
  let labels = 0;
  for (let n = 1; n <= RUNS; n++) {
    const { options, moneyUnit } = randomLayout(rng);
    const spec = randomTable(rng, moneyUnit);
    // every name label in turn on the forms that have one (60 draws need not give all five)
    if (options.form === "form" && options.budgetLabel !== "multiline") options.nameLabel = NAME_LABELS[labels++ % NAME_LABELS.length];
    const pick = Math.floor(choose() * spec.projects.length);
    // every fourth layout: the picked project lacks one 一级 group, so the template opens a new group
    let dropped: string | null = null;
    if (n % 4 === 2) {
      dropped = LEVEL1S[Math.floor(choose() * LEVEL1S.length)];
      const p = spec.projects[pick];
      spec.projects[pick] = { ...p, indicators: p.indicators.filter((i) => i.level1 !== dropped) };
    }
    const built = buildSheet(spec, options, SHEET);
    // the sheet as the ExcelJS executor's reader sees it (what the plan is made on)
    const sheet = gridOf(workbookOf(built.sheet));
    const model = recogniseSheet(sheet);
    // the insertion is judged on layouts the recogniser reads right (its own property test measures that)
    if (JSON.stringify(readView(model, built.expected)) !== JSON.stringify(expectedView(built.expected))) {
      misread.push(`#${n} ${JSON.stringify(options)}`);
      continue;
    }
    const block = model.projects[pick];
    // every third layout: a type some of whose indicators the block already has, so that some are skipped
    const overlapping = types.filter((t) => selectIndicators(block, t).matched.length > 0);
    const type = n % 3 === 0 && overlapping.length ? overlapping[Math.floor(choose() * overlapping.length)] : types[(n * 7) % types.length];
    out.push({ n, options, dropped, sheet, model, block, type, plan: planInsert(sheet, block, type) });
  }
  return out;
}

/** What a person reads from a block, in final coordinates where `shift` is given. */
const view = (p: ProjectBlock, shift: (r: number) => number = (r) => r) => ({
  name: p.name,
  code: p.code,
  budget: p.budget && { amount: p.budget.amount, unit: p.budget.unit, row: shift(p.budget.cell.row), col: p.budget.cell.col },
  indicators: p.indicators.map((i) => ({
    row: shift(i.row),
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    raw: i.value.raw,
    kind: i.value.kind,
  })),
});

/** The cell formats the in-memory Excel model keeps. */
const memCell = (s: MemSheet, r: number, c: number, covered: boolean) => {
  const m = s.cell(r, c);
  return {
    value: covered ? null : (m?.value ?? null),
    fill: m?.fill ?? null,
    bold: !!m?.bold,
    wrap: !!m?.wrap,
    border: !!m?.border,
    numberFormat: m?.numberFormat ?? null,
  };
};

/** Excel-style values without trailing empty rows (the model reads up to its last value, ExcelJS up to its last merge). */
const untrailed = (g: SheetGrid) => {
  const rows = excelRows(g);
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
};

const reasonKey = (reason: string) => reason.replace(/[A-Z]*\d+/g, "#");

const CASES = cases();
const refused = CASES.filter((c) => c.plan.refused);
const applied = CASES.filter((c) => !c.plan.refused);

describe(`template insertion into ${RUNS} random layouts (seed ${SEED})`, () => {
  beforeAll(() => {
    const byReason = new Map<string, string[]>();
    for (const c of refused) {
      const k = reasonKey(c.plan.refused!.reason);
      byReason.set(k, [
        ...(byReason.get(k) ?? []),
        `#${c.n} ${c.options.form}${c.options.labelColumn ? " with a label column" : ""}, no ${c.dropped ?? "group missing"}`,
      ]);
    }
    const added = applied.reduce((s, c) => s + c.plan.added.length, 0);
    const skipped = CASES.reduce((s, c) => s + c.plan.skipped.length, 0);
    console.log(
      [
        `layouts tried: ${CASES.length} (misread before insertion: ${misread.length})`,
        `insertions applied: ${applied.length} (${added} rows added, ${applied.reduce((s, c) => s + c.plan.placeholders.length, 0)} placeholders)`,
        `template indicators skipped as already present: ${skipped} (in ${CASES.filter((c) => c.plan.skipped.length).length} layouts)`,
        `new 一级 groups opened: ${CASES.filter((c) => c.dropped).length} layouts (${CASES.filter((c) => c.dropped)
          .map((c) => `#${c.n} ${c.dropped}`)
          .join(", ")})`,
        `refusals: ${refused.length}`,
        ...[...byReason].map(([k, ns]) => `  ${ns.length} × ${k} (${ns.join(", ")})`),
      ].join("\n"),
    );
  });

  it("covers the generator's layout options", () => {
    const seen = (f: (o: LayoutOptions) => unknown) => new Set(CASES.map((c) => JSON.stringify(f(c.options))));
    expect(seen((o) => o.form).size).toBe(2);
    expect(seen((o) => o.levelColumns).size).toBe(3);
    expect(seen((o) => o.levelFill).size).toBe(3);
    expect(seen((o) => o.levelSpelling).size).toBe(3);
    expect(seen((o) => o.labelColumn !== null).size).toBe(2);
    expect(seen((o) => o.groups?.kind ?? null).size).toBe(4);
    expect(seen((o) => o.valueStyle).size).toBe(7);
    expect(seen((o) => o.blankRowEvery).size).toBe(3);
    expect(seen((o) => o.repeatHeaderAfter).size).toBe(3);
    expect(seen((o) => o.summaryFill).size).toBe(2);
    expect(seen((o) => o.subtotalRow).size).toBe(2);
    expect(seen((o) => o.nameLabel).size).toBe(5);
    expect(seen((o) => o.spacedHeaders).size).toBe(2);
    expect(seen((o) => o.columnOrder.join()).size).toBeGreaterThan(5);
    // projects beyond the first are picked too, and some template indicators are skipped as already present
    expect(CASES.some((c) => c.block.index > 0)).toBe(true);
    expect(new Set(CASES.map((c) => c.dropped)).size).toBe(LEVEL1S.length + 1);
    expect(CASES.filter((c) => c.plan.skipped.length > 0).length).toBeGreaterThanOrEqual(RUNS / 3);
  });

  it("every layout is either applied or refused; at most 10% are refused", () => {
    expect(misread).toEqual([]);
    expect(CASES).toHaveLength(RUNS);
    expect(applied.length + refused.length).toBe(CASES.length);
    // more than 10% refused: the list shows which layouts and why
    const list = refused.map((c) => `#${c.n} ${c.plan.refused!.reason} ${JSON.stringify(c.options)}`);
    expect(list.length <= RUNS / 10 ? [] : list).toEqual([]);
    for (const c of applied) expect([c.n, c.plan.added.length > 0]).toEqual([c.n, true]);
  });

  if (refused.length)
    it.each(refused.map((c) => [c.n, c] as const))("layout #%i: refused with a reason and no operations", (_n, c) => {
      const p = c.plan;
      expect(p.refused!.reason).toMatch(/^无法安全插入：[\s\S]*[\u4e00-\u9fff]/);
      expect(p.refused!.reasonEn).toMatch(/^Cannot insert safely: [A-Za-z]/);
      expect([p.ops, p.added, p.insertedRows, p.placeholders, p.guard]).toEqual([[], [], [], [], []]);
      const wb = workbookOf(c.sheet);
      expect(() => applyPlan(wb, p)).toThrow(p.refused!.reason);
      expect(gridOf(wb)).toEqual(c.sheet);
    });

  it.each(applied.map((c) => [c.n, c.type.id, c.block.index, c] as const))(
    "layout #%i, type %s into block %i: both executors keep every cell, grow merges and read back",
    async (_n, _t, _b, c) => {
      const { plan, sheet, model, block } = c;
      const shift = shiftOf(plan);
      const inserted = plan.insertedRows.reduce((s, r) => s + r.count, 0);
      expect(inserted).toBe(plan.added.length);
      // rows only move down, by the rows inserted above them; the new rows are the plan's
      const images = new Set(Array.from({ length: sheet.rowCount }, (_, r) => shift(r + 1)));
      const fresh = plan.insertedRows.flatMap((x) => Array.from({ length: x.count }, (_, k) => x.row + k));
      expect(fresh.filter((r) => images.has(r))).toEqual([]);
      expect(images.size + fresh.length).toBe(sheet.rowCount + inserted);
      expect(plan.added.map((a) => a.row)).toEqual(fresh);

      // writes only in the block's indicator columns (never a label, goal or project column), only on new rows
      const own = new Set(INDICATOR_ROLES.map((r) => block.columns[r]).filter((x) => x !== undefined));
      const sets = plan.ops.filter((o): o is Extract<typeof o, { op: "set" }> => o.op === "set");
      expect(sets.filter((o) => !own.has(o.col)).map((o) => `${o.row},${o.col}`)).toEqual([]);

      // ---- ExcelJS
      const before = await roundTrip(workbookOf(sheet));
      const after = workbookOf(sheet);
      applyPlan(after, plan);
      const out = await roundTrip(after);
      const wsB = before.getWorksheet(SHEET)!;
      const wsA = out.getWorksheet(SHEET)!;
      const moved: string[] = [];
      for (let r = 1; r <= sheet.rowCount; r++)
        for (let c2 = 1; c2 <= sheet.columnCount; c2++) {
          const cell = wsB.getCell(r, c2);
          const now = wsA.getCell(shift(r), c2);
          if (cell.type !== ExcelJS.ValueType.Merge && JSON.stringify(now.value) !== JSON.stringify(cell.value))
            moved.push(`${cell.address} value ${JSON.stringify(cell.value)} → ${now.address} ${JSON.stringify(now.value)}`);
          if (JSON.stringify(now.style) !== JSON.stringify(cell.style)) moved.push(`${cell.address} style → ${now.address}`);
        }
      expect(moved).toEqual([]);
      expect(gridOf(out, OTHER)).toEqual(gridOf(before, OTHER));

      // the new rows hold what the plan wrote and nothing else (final coordinates: the sets of one placement are
      // shifted by the placements above it, applied later)
      const written = new Map<string, string>();
      const later: Array<{ at: number; count: number }> = [];
      for (const op of [...plan.ops].reverse()) {
        if (op.op === "insertRows") later.push(op);
        if (op.op !== "set") continue;
        const row = op.row + later.filter((m) => m.at <= op.row).reduce((t, m) => t + m.count, 0);
        written.set(`${row},${op.col}`, JSON.stringify(op.value));
      }
      const stray: string[] = [];
      for (const r of fresh)
        for (let c2 = 1; c2 <= sheet.columnCount; c2++) {
          const cell = wsA.getCell(r, c2);
          if (cell.type === ExcelJS.ValueType.Merge) continue;
          const want = written.get(`${r},${c2}`) ?? "null";
          if (JSON.stringify(cell.value) !== want) stray.push(`${cell.address} ${JSON.stringify(cell.value)} ≠ ${want}`);
        }
      expect(stray).toEqual([]);

      // the new rows take the formats of the indicator row they were copied from
      const unstyled: string[] = [];
      for (const op of plan.ops) {
        if (op.op !== "copyFormats") continue;
        const ins = plan.ops.find((o) => o.op === "insertRows" && o.at === op.toRow)!;
        const n = (ins as { count: number }).count;
        // the source row, original coordinates: the row above, or the one the rows went before
        const src = shift(op.fromRow < op.toRow ? op.fromRow : op.toRow);
        const top = shift(op.toRow) - n;
        for (let k = 0; k < n; k++)
          for (let c2 = 1; c2 <= sheet.columnCount; c2++)
            if (JSON.stringify(wsA.getCell(top + k, c2).style) !== JSON.stringify(wsA.getCell(src, c2).style))
              unstyled.push(`${wsA.getCell(top + k, c2).address} ≠ ${wsA.getCell(src, c2).address}`);
      }
      expect(unstyled).toEqual([]);

      // every original merged area is there, moved down or grown over rows inserted right below it
      const mergesA = mergesOf(wsA);
      const lost = mergesOf(wsB).filter(
        (m) =>
          !mergesA.some(
            (x) =>
              x.top === shift(m.top) &&
              x.left === m.left &&
              x.right === m.right &&
              x.bottom >= shift(m.bottom) &&
              x.bottom < shift(m.bottom + 1),
          ),
      );
      expect(lost.map(areaKey)).toEqual([]);

      // ---- Office adapter on the in-memory Excel model: the same sheet
      const store = memFromExcelJs(workbookOf(sheet));
      const original = memFromExcelJs(workbookOf(sheet)).sheet(SHEET)!;
      const adapter = new OfficeAdapter(memoryHost(store));
      await adapter.applyPlan(plan, "插入模板指标");
      const [viaOffice] = (await adapter.readSheets([SHEET])).sheets;
      const viaExcelJs = gridOf(out);
      expect(untrailed(viaOffice)).toEqual(untrailed(viaExcelJs));
      expect(viaOffice.merges.map(areaKey).sort()).toEqual(viaExcelJs.merges.map(areaKey).sort());
      const otherBefore = memFromExcelJs(workbookOf(sheet)).sheet(OTHER)!;
      expect([[...store.sheet(OTHER)!.cells], store.sheet(OTHER)!.merges]).toEqual([[...otherBefore.cells], otherBefore.merges]);
      const mem = store.sheet(SHEET)!;
      // a merged area's value is in its top-left cell only (the model's loader copies it into the others)
      const inner = (r: number, col: number) =>
        sheet.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= col && col <= m.right && (m.top !== r || m.left !== col));
      const changed: string[] = [];
      for (let r = 1; r <= sheet.rowCount; r++)
        for (let c2 = 1; c2 <= sheet.columnCount; c2++)
          if (JSON.stringify(memCell(mem, shift(r), c2, inner(r, c2))) !== JSON.stringify(memCell(original, r, c2, inner(r, c2))))
            changed.push(
              `${r},${c2} ${JSON.stringify(memCell(original, r, c2, inner(r, c2)))} → ${shift(r)} ${JSON.stringify(memCell(mem, shift(r), c2, inner(r, c2)))}`,
            );
      expect(changed).toEqual([]);

      // 撤销 deletes the inserted rows: the sheet is as it was
      await adapter.undo();
      const undone = store.sheet(SHEET)!;
      expect([...undone.merges].map(areaKey).sort()).toEqual(original.merges.map(areaKey).sort());
      const notBack: string[] = [];
      for (let r = 1; r <= sheet.rowCount; r++)
        for (let c2 = 1; c2 <= sheet.columnCount; c2++)
          if (JSON.stringify(memCell(undone, r, c2, inner(r, c2))) !== JSON.stringify(memCell(original, r, c2, inner(r, c2))))
            notBack.push(`${r},${c2}`);
      expect(notBack).toEqual([]);

      // ---- read back: the block with the added indicators, the other blocks as they were
      const grown = recogniseSheet(viaExcelJs);
      expect(grown.projects.map((p) => p.name)).toEqual(model.projects.map((p) => p.name));
      const again = grown.projects[block.index];
      // 一级 / 二级 as far as the layout has columns for them
      const l1 = block.columns.level1 !== undefined;
      const l2 = block.columns.level2 !== undefined;
      const got = plan.added.map((a) => {
        const i = again.indicators.find((x) => x.row === a.row);
        const filled = !!i && i.value.kind !== "empty";
        return { row: a.row, name: i?.name, level1: l1 ? i?.level1 : null, level2: l2 ? i?.level2 : null, filled: filled || a.placeholder };
      });
      expect(got).toEqual(
        plan.added.map((a) => ({ row: a.row, name: a.name, level1: l1 ? a.level1 : null, level2: l2 ? a.level2 : null, filled: true })),
      );
      const kept = view(block, shift);
      expect(view(again).indicators.filter((i) => !fresh.includes(i.row))).toEqual(kept.indicators);
      expect({ ...view(again), indicators: [] }).toEqual({ ...kept, indicators: [] });
      expect(again.indicators).toHaveLength(block.indicators.length + plan.added.length);
      for (const p of model.projects.filter((x) => x.index !== block.index)) {
        expect(view(grown.projects[p.index], (r) => r)).toEqual(view(p, shift));
      }
    },
  );
});

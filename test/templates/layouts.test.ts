/**
 * Template insertion into layouts from the wild (docs/domain.md, "Layouts in the wild"), built here from scratch:
 * whatever the layout, every existing cell keeps its value and style in its column (rows below an insertion only
 * move down), merged areas the new rows belong to grow over them, nothing is written into a label / goal / project
 * column, and the added rows read back with their names and levels. One file, over
 * 300 lines: it holds the layout tables themselves.
 */
import ExcelJS from "exceljs";
import { applyPlan } from "../../src/cli/apply-plan";
import { workbookToGrid } from "../../src/cli/xlsx-grid";
import type { CellValue, MergedArea, SheetGrid } from "../../src/core/grid";
import type { ProjectBlock } from "../../src/core/model";
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import { INDICATOR_ROLES, planInsert } from "../../src/core/templates/planner";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { memFromExcelJs } from "../../src/excel/double";
import { areaKey, excelRows, mergesOf, roundTrip, shiftOf, writeStyledSheet } from "../support/insert";

const TRAINING = BUILTIN_PACK.types.find((t) => t.id === "training")!;

/** A training project missing some of the template's indicators: additions land mid-block and at its end. */
const IND1: Array<[string, string, string, string]> = [
  ["产出指标", "数量指标", "培训人数", "≥200人次"],
  ["产出指标", "质量指标", "考试通过率", "≥90%"],
  ["成本指标", "经济成本指标", "培训经费控制数", "≤50万元"],
  ["效益指标", "社会效益指标", "执法能力", "有效提升"],
];

type Ind = [string, string, string, string];

/** 二级 数量指标 over two rows, merged like 一级. */
const IND2: Ind[] = [
  ["产出指标", "数量指标", "培训人数", "≥200人次"],
  ["产出指标", "数量指标", "培训课时", "≥40学时"],
  ["产出指标", "质量指标", "考试通过率", "≥90%"],
  ["成本指标", "经济成本指标", "培训经费控制数", "≤50万元"],
  ["效益指标", "社会效益指标", "执法能力", "有效提升"],
];

interface Layout {
  name: string;
  /** The block's indicators as built. */
  inds: Ind[];
  rows: CellValue[][];
  merges: MergedArea[];
  project: string;
  /** Header cells the reworked recogniser reads as a label or goal column; blanked here so today's recogniser leaves them unmapped. */
  hide?: Array<[number, number]>;
  /** Columns whose merged area must cover the added rows (label, goal, project columns). */
  grows?: number[];
  /** Columns the plan must never write (label, goal, project columns). */
  untouched: number[];
  levels: boolean;
}

const area = (top: number, left: number, bottom = top, right = left): MergedArea => ({ top, left, bottom, right });

/** Title, 项目名称 and 预算数 lines, then the header at row 3 and indicators from row 4. */
function form(
  name: string,
  header: CellValue[],
  row: (i: [string, string, string, string], k: number) => CellValue[],
  opts: {
    merge1?: number;
    merge2?: number;
    inds?: Ind[];
    extra?: (first: number, last: number) => MergedArea[];
    rowMerges?: (r: number) => MergedArea[];
  } = {},
): { rows: CellValue[][]; merges: MergedArea[]; inds: Ind[] } {
  const IND = opts.inds ?? IND1;
  const rows: CellValue[][] = [[`${name}项目绩效目标表`], ["项目名称", name, null, "预算数（万元）", 50], header];
  const merges: MergedArea[] = [area(1, 1, 1, header.length)];
  IND.forEach((i, k) => rows.push(row(i, k)));
  const first = 4;
  const last = first + IND.length - 1;
  // 一级 (and 二级) merged down each run of more than one row
  for (const [level, col] of [
    [0, opts.merge1],
    [1, opts.merge2],
  ] as const) {
    if (col === undefined) continue;
    let top = first;
    for (let r = first + 1; r <= last + 1; r++) {
      if (r > last || IND[r - first][level] !== IND[top - first][level] || IND[r - first][0] !== IND[top - first][0]) {
        if (r - 1 > top) merges.push(area(top, col, r - 1, col));
        top = r;
      }
    }
  }
  if (opts.extra) merges.push(...opts.extra(first, last));
  if (opts.rowMerges) for (let r = first; r <= last; r++) merges.push(...opts.rowMerges(r));
  return { rows, merges, inds: IND };
}

/** The 一级 cell only on the first row of its run (what a merged cell holds). */
const l1 = (i: Ind, k: number, inds: Ind[] = IND1) => (k === 0 || inds[k - 1][0] !== i[0] ? i[0] : null);
const l2 = (i: Ind, k: number, inds: Ind[]) => (k === 0 || inds[k - 1][1] !== i[1] || inds[k - 1][0] !== i[0] ? i[1] : null);

function summary(): { rows: CellValue[][]; merges: MergedArea[]; inds: Ind[] } {
  const rows: CellValue[][] = [
    ["项目绩效目标汇总表"],
    ["单位名称", "项目名称", "预算数（万元）", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
  ];
  const merges: MergedArea[] = [area(1, 1, 1, 8)];
  const project = (name: string, budget: number, goal: string, inds: Array<[string, string, string, string]>) => {
    const top = rows.length + 1;
    inds.forEach((i, k) =>
      rows.push([k === 0 ? "某某司法局" : null, k === 0 ? name : null, k === 0 ? budget : null, k === 0 ? goal : null, ...i]),
    );
    for (let c = 1; c <= 4; c++) merges.push(area(top, c, rows.length, c));
  };
  project("法律培训费", 50, "开展执法人员培训，全面提升执法能力和水平，确保培训任务按时完成", IND1);
  project("普法宣传经费", 30, "开展普法宣传活动，提高群众法治意识", [
    ["产出指标", "数量指标", "宣传活动次数", "≥12次"],
    ["效益指标", "社会效益指标", "群众法治意识", "明显提高"],
  ]);
  return { rows, merges, inds: IND1 };
}

const LAYOUTS: Layout[] = [
  {
    name: "label column `绩效指标` merged over the indicator rows, left of 一级",
    ...form(
      "法律培训费",
      [null, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      (i, k) => [null, k === 0 ? "绩效指标" : null, l1(i, k), i[1], i[2], i[3]],
      {
        merge1: 3,
        extra: (f, l) => [area(f, 2, l, 2)],
      },
    ),
    project: "法律培训费",
    hide: [[3, 2]],
    grows: [2],
    untouched: [1, 2],
    levels: true,
  },
  {
    name: "label column repeated on every row",
    ...form(
      "法律培训费",
      [null, "绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
      (i, k) => [null, "绩效\n指标", l1(i, k), i[1], i[2], i[3]],
      {
        merge1: 3,
      },
    ),
    project: "法律培训费",
    hide: [[3, 2]],
    untouched: [1, 2],
    levels: true,
  },
  {
    name: "value merged over 2 columns",
    ...form(
      "法律培训费",
      ["一级指标", "二级指标", "三级指标", "指标值", null, "指标值确定依据"],
      (i, k) => [l1(i, k), i[1], i[2], i[3], null, "历史标准"],
      {
        merge1: 1,
        rowMerges: (r) => [area(r, 4, r, 5)],
      },
    ),
    project: "法律培训费",
    untouched: [5],
    levels: true,
  },
  {
    name: "split 运算符 | 目标值 | 单位",
    ...form(
      "法律培训费",
      ["一级指标", "二级指标", "三级指标", "运算符", "目标值", "单位"],
      (i, k) => {
        const m = /^(≥|≤)(\d+)(.*)$/.exec(i[3]);
        return [l1(i, k), i[1], i[2], m ? m[1] : "定性", m ? Number(m[2]) : i[3], m ? m[3] : null];
      },
      { merge1: 1 },
    ),
    project: "法律培训费",
    untouched: [],
    levels: true,
  },
  {
    name: "指标方向 holding operators in words",
    ...form(
      "法律培训费",
      ["一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位"],
      (i, k) => {
        const m = /^(≥|≤)(\d+)(.*)$/.exec(i[3]);
        return [l1(i, k), i[1], i[2], m ? (m[1] === "≥" ? "大于等于" : "小于等于") : "定性", m ? Number(m[2]) : i[3], m ? m[3] : null];
      },
      { merge1: 1 },
    ),
    project: "法律培训费",
    untouched: [],
    levels: true,
  },
  {
    name: "summary table, project columns 单位名称 | 项目名称 | 预算数 | 年度目标 merged down the project's rows",
    ...summary(),
    project: "法律培训费",
    hide: [[2, 4]],
    grows: [1, 2, 3, 4],
    untouched: [1, 2, 3, 4],
    levels: true,
  },
  {
    name: "no level columns",
    ...form("法律培训费", ["指标名称", "计量单位", "指标值"], (i) => {
      const m = /^(≥|≤)(\d+)(.*)$/.exec(i[3]);
      return [i[2], m ? m[3] : null, m ? `${m[1]}${m[2]}` : i[3]];
    }),
    project: "法律培训费",
    untouched: [],
    levels: false,
  },
  {
    name: "level cells repeated on every row",
    ...form("法律培训费", ["一级指标", "二级指标", "三级指标", "指标值"], (i) => [i[0], i[1], i[2], i[3]]),
    project: "法律培训费",
    untouched: [],
    levels: true,
  },
  {
    name: "一级 and 二级 both merged down their runs",
    ...form("法律培训费", ["一级指标", "二级指标", "三级指标", "指标值"], (i, k) => [l1(i, k, IND2), l2(i, k, IND2), i[2], i[3]], {
      merge1: 1,
      merge2: 2,
      inds: IND2,
    }),
    project: "法律培训费",
    untouched: [],
    levels: true,
  },
  {
    name: "goal column merged over the block",
    ...form(
      "法律培训费",
      ["年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
      (i, k) => [k === 0 ? "全面提升执法人员能力，按时完成年度培训任务" : null, l1(i, k), i[1], i[2], i[3]],
      {
        merge1: 2,
        extra: (f, l) => [area(f, 1, l, 1)],
      },
    ),
    project: "法律培训费",
    hide: [[3, 1]],
    grows: [1],
    untouched: [1],
    levels: true,
  },
];

function build(l: Layout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  writeStyledSheet(wb, "表1", l.rows, l.merges, { highlight: l.untouched });
  // a second sheet that must not change
  wb.addWorksheet("说明").getCell("A1").value = "填表说明";
  return wb;
}

/** The sheet as the reworked recogniser will read it: label / goal headers are not indicator columns. */
function recognise(sheet: SheetGrid, l: Layout): ProjectBlock {
  const rows = sheet.rows.map((r) => [...r]);
  for (const [r, c] of l.hide ?? []) if (rows[r - 1]) rows[r - 1][c - 1] = null;
  const block = recogniseSheet({ ...sheet, rows }).projects.find((p) => p.name === l.project);
  expect(block).toBeDefined();
  return block!;
}

function gridOf(wb: ExcelJS.Workbook): SheetGrid {
  return workbookToGrid(wb).sheets.find((s) => s.name === "表1")!;
}

const key = areaKey;

describe.each(LAYOUTS.map((l) => [l.name, l] as const))("insert into a layout: %s", (_name, l) => {
  const plan = () => {
    const grid = gridOf(build(l));
    return planInsert(grid, recognise(grid, l), TRAINING);
  };

  it("plans rows only in the block's indicator columns", () => {
    const p = plan();
    expect(p.refused).toBeNull();
    expect(p.added.length).toBeGreaterThan(0);
    const block = recognise(gridOf(build(l)), l);
    const own = new Set(INDICATOR_ROLES.map((r) => block.columns[r]).filter((c) => c !== undefined));
    for (const op of p.ops) if (op.op === "set") expect([op.row, op.col, own.has(op.col)]).toEqual([op.row, op.col, true]);
    for (const op of p.ops) if (op.op === "set") expect(l.untouched).not.toContain(op.col);
  });

  it("ExcelJS: existing cells keep value, style and column; merges grow; the added rows read back", async () => {
    const p = plan();
    const before = build(l);
    const after = build(l);
    applyPlan(after, p);
    const out = await roundTrip(after);
    const wsB = (await roundTrip(before)).getWorksheet("表1")!;
    const wsA = out.getWorksheet("表1")!;
    const shift = shiftOf(p);
    wsB.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const moved = wsA.getCell(shift(r), c);
        if (cell.type !== ExcelJS.ValueType.Merge) expect([cell.address, moved.value]).toEqual([cell.address, cell.value]);
        expect([cell.address, moved.style]).toEqual([cell.address, cell.style]);
      });
    });
    expect(out.getWorksheet("说明")!.getSheetValues()).toEqual(before.getWorksheet("说明")!.getSheetValues());
    // every original merged area is still there, moved down or grown
    const mergesA = mergesOf(wsA);
    for (const m of mergesOf(wsB)) {
      const found = mergesA.find((x) => x.top === shift(m.top) && x.left === m.left && x.right === m.right && x.bottom >= shift(m.bottom));
      expect([key(m), found ? "ok" : "missing"]).toEqual([key(m), "ok"]);
    }
    // label / goal / project columns cover the new rows
    for (const c of l.grows ?? [])
      for (const a of p.added)
        expect([c, a.row, mergesA.some((m) => m.left <= c && c <= m.right && m.top < a.row && a.row <= m.bottom)]).toEqual([
          c,
          a.row,
          true,
        ]);
    // read back
    const grown = recognise(gridOf(out), l);
    for (const a of p.added) {
      const ind = grown.indicators.find((i) => i.row === a.row);
      expect([a.row, ind?.name]).toEqual([a.row, a.name]);
      if (l.levels) expect([a.name, ind?.level1, ind?.level2]).toEqual([a.name, a.level1, a.level2]);
      if (!a.placeholder) expect([a.name, ind?.value.kind]).not.toEqual([a.name, "empty"]);
    }
    expect(grown.indicators).toHaveLength(l.inds.length + p.added.length);
    expect(grown.indicators.map((i) => i.name)).toEqual(expect.arrayContaining(l.inds.map((i) => i[2])));
  });

  it("Office: the adapter writes the same sheet as ExcelJS", async () => {
    const p = plan();
    const store = memFromExcelJs(build(l));
    const adapter = new OfficeAdapter(memoryHost(store));
    await adapter.applyPlan(p, "插入模板指标");
    const viaOffice = (await adapter.readSheets(["表1"])).sheets[0];
    const viaExcelJs = build(l);
    applyPlan(viaExcelJs, p);
    const expected = gridOf(await roundTrip(viaExcelJs));
    // values as Excel keeps them: a merged area's in its top-left cell only
    const trim = excelRows;
    expect(trim(viaOffice).slice(0, expected.rowCount)).toEqual(trim(expected));
    expect(viaOffice.merges.map(key).sort()).toEqual(expected.merges.map(key).sort());
    // 撤销 deletes the inserted rows: the sheet is as it was, merged areas included
    const original = (await new OfficeAdapter(memoryHost(memFromExcelJs(build(l)))).readSheets(["表1"])).sheets[0];
    await adapter.undo();
    const undone = (await adapter.readSheets(["表1"])).sheets[0];
    expect(trim(undone)).toEqual(trim(original));
    expect(undone.merges.map(key).sort()).toEqual(original.merges.map(key).sort());
  });
});

describe("refusals and safety", () => {
  it.each([0, 1])(
    "today's recogniser reads the label column as 指标名称 (layout %i): the plan refuses rather than writing into it",
    (n) => {
      const l = LAYOUTS[n];
      const grid = gridOf(build(l));
      const block = recogniseSheet(grid).projects.find((p) => p.name === l.project)!;
      const p = planInsert(grid, block, TRAINING);
      const label = p.ops.filter((o) => o.op === "set" && o.col === 2);
      expect(label).toEqual([]);
      if (block.columns.name === 2) {
        expect(p.refused?.reason).toMatch(/^无法安全插入：/);
        expect(p.refused?.reasonEn).toMatch(/^Cannot insert safely/);
        expect(p.ops).toEqual([]);
        expect(p.added).toEqual([]);
        // the CLI executor refuses it too, leaving the workbook as it was
        const wb = build(l);
        expect(() => applyPlan(wb, p)).toThrow(p.refused!.reason);
        expect(gridOf(wb)).toEqual(gridOf(build(l)));
      }
    },
  );

  it("the model's columns set by hand (label column B): rows go into C–F and B grows", () => {
    const l = LAYOUTS[0];
    const grid = gridOf(build(l));
    const block = recognise(grid, l);
    const p = planInsert(grid, { ...block, columns: { level1: 3, level2: 4, name: 5, value: 6 } }, TRAINING);
    expect(p.refused).toBeNull();
    const cols = new Set(p.ops.flatMap((o) => (o.op === "set" ? [o.col] : [])));
    expect([...cols].sort()).toEqual([3, 4, 5, 6]);
    // rows added after the last indicator (row 7): the label column's merged cell B4:B7 grows over them
    expect(p.ops).toContainEqual({ op: "unmerge", area: { top: 4, left: 2, bottom: 7, right: 2 } });
    expect(p.ops).toContainEqual({ op: "merge", area: { top: 4, left: 2, bottom: 9, right: 2 } });
  });

  it("a new 一级 group above the first row of a merged label column: refused with a reason, no operations", () => {
    const l = LAYOUTS[0];
    const grid = gridOf(build(l));
    const block = recognise(grid, l);
    // the block without its 产出指标 rows: 产出 would have to go above row 4, where the label column's merge starts
    const rest = { ...block, indicators: block.indicators.filter((i) => i.level1 !== "产出指标") };
    const rows = grid.rows.map((r) => [...r]);
    const p = planInsert({ ...grid, rows }, rest, TRAINING);
    if (rest.indicators[0].row === 4) {
      expect(p.refused?.reason).toMatch(/手动添加/);
      expect(p.ops).toEqual([]);
    }
    expect(p.ops.filter((o) => o.op === "set" && o.col === 2)).toEqual([]);
  });

  it("a row continuing a merged 二级 run grows that run (and writes no 二级 text)", () => {
    const l = LAYOUTS.find((x) => x.name.startsWith("一级 and 二级"))!;
    const grid = gridOf(build(l));
    const p = planInsert(grid, recognise(grid, l), TRAINING);
    // 培训班次 goes after 培训课时 (row 5), under 数量指标 merged B4:B5
    expect(p.added.find((a) => a.name === "培训班次")?.row).toBe(6);
    expect(p.ops).toContainEqual({ op: "unmerge", area: { top: 4, left: 2, bottom: 5, right: 2 } });
    expect(p.ops).toContainEqual({ op: "merge", area: { top: 4, left: 2, bottom: 6, right: 2 } });
    expect(p.ops.filter((o) => o.op === "set" && o.row === 6 && o.col <= 2)).toEqual([]);
  });

  it("lists what it skipped and why, naming the block's indicator", () => {
    const l = LAYOUTS[7];
    const wb = build(l);
    const ws = wb.getWorksheet("表1")!;
    ws.getCell("C4").value = "参训人次"; // ≈ 培训人数
    ws.getCell("C5").value = "培训考核合格率"; // ≈ 培训合格率
    ws.getCell("C6").value = "培训费支出标准";
    ws.getCell("D6").value = "≤550元（每人每天）"; // ≈ 人均培训成本 ≤N元/人/天
    const grid = gridOf(wb);
    const p = planInsert(grid, recognise(grid, l), TRAINING);
    expect(p.skipped.map((s) => [s.name, s.existing.name])).toEqual([
      ["培训人数", "参训人次"],
      ["培训合格率", "培训考核合格率"],
      ["人均培训成本", "培训费支出标准"],
    ]);
    for (const s of p.skipped) {
      expect(s.reason).toContain(s.existing.name);
      expect(s.reason).toMatch(/第 \d+ 行/);
      expect(s.reasonEn.length).toBeGreaterThan(0);
    }
    expect(p.added.map((a) => a.name)).not.toContain("人均培训成本");
  });
});

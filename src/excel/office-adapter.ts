/**
 * The WorkbookAdapter over Office.js — the only code that calls Excel.run. Every operation takes a
 * constant number of context.sync() calls whatever the sheet's size (reads add one sync per ~4 MB of
 * payload, staying under Excel on the web's 5 MB limit).
 */
import { displayValue, type CellValue, type MergedArea, type SheetGrid, type WorkbookGrid } from "../core/grid";
import { KpiLintError } from "../core/errors";
import { unchangedSince } from "../core/fixes";
import type { Edit } from "../core/rules/types";
import type { InsertPlan } from "../core/templates/planner";
import type {
  ApplyResult,
  HighlightTarget,
  JournalCell,
  JournalEntry,
  ReadProgress,
  ReportRow,
  SheetInfo,
  UndoResult,
  WorkbookAdapter,
} from "./adapter";
import { STATE_KEYS } from "./adapter";
import { areaAddress, parseAreasAddress, qualified } from "./addresses";
import { protectedSheetError, toUserError } from "./errors";

/** What the adapter needs of the host: Excel.run and the requirement-set check. Tests and the preview pass an in-memory one. */
export interface ExcelHost {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export const REPORT_SHEET = "校验报告";
/** Marker in our conditional formats' formula: N("…") is 0, so the rule is always true, and names us. */
const MARK = "kpi-lint";
const HIGHLIGHT_FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
/** Bytes per cell of a values + numberFormat response, for planning chunks (texts of these tables average well under this). */
const BYTES_PER_CELL = 40;
const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** getMergedAreasOrNullObject fails beyond 512 areas: ask for merges a slice of rows at a time. */
const MERGE_CHUNK_ROWS = 100;
const JOURNAL_LIMIT = 30;

export function officeHost(): ExcelHost {
  return {
    run: (...args: unknown[]) => (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** A string Excel must store as text: a leading = + - @ would start a formula. */
function toExcelInput(v: CellValue): CellValue {
  if (typeof v === "string" && /^[=+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?%?$/.test(v)) return `'${v}`;
  return v;
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class OfficeAdapter implements WorkbookAdapter {
  constructor(private readonly host: ExcelHost = officeHost()) {}

  private async run<T>(action: string, batch: (ctx: Excel.RequestContext) => Promise<T>, undoGroup = false): Promise<T> {
    try {
      if (undoGroup && this.host.isSetSupported("ExcelApi", "1.20")) return await this.host.run({ mergeUndoGroup: true }, batch);
      return await this.host.run(batch);
    } catch (e) {
      throw toUserError(e, action);
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run("读取工作表列表", async (ctx) => (await loadSheetList(ctx)).list);
  }

  async readSheets(which: "active" | "all" | string[], progress?: ReadProgress): Promise<WorkbookGrid> {
    return this.run("读取工作表", async (ctx) => {
      const { list, sheets } = await loadSheetList(ctx);
      const names =
        which === "active"
          ? list.filter((s) => s.active).map((s) => s.name)
          : which === "all"
            ? list.filter((s) => s.visible && s.name !== REPORT_SHEET).map((s) => s.name)
            : which;
      const used = names.map((name) => {
        const ws = sheets.getItem(name);
        const range = ws.getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        return { name, ws, range };
      });
      await ctx.sync();

      // Plan: values + formats in row chunks, merges in slices; group chunks into syncs under the payload budget.
      type Job = () => () => void;
      const jobs: Array<{ bytes: number; job: Job }> = [];
      const grids: SheetGrid[] = [];
      for (const { name, ws, range } of used) {
        const grid: SheetGrid = { name, rows: [], rowCount: 0, columnCount: 0, merges: [] };
        grids.push(grid);
        if (range.isNullObject) continue;
        const rows = range.rowIndex + range.rowCount;
        const cols = range.columnIndex + range.columnCount;
        grid.rowCount = rows;
        grid.columnCount = cols;
        const chunkRows = Math.max(1, Math.floor(PAYLOAD_BUDGET / 4 / BYTES_PER_CELL / cols));
        for (let r0 = 0; r0 < rows; r0 += chunkRows) {
          const n = Math.min(chunkRows, rows - r0);
          jobs.push({
            bytes: n * cols * BYTES_PER_CELL,
            job: () => {
              const chunk = ws.getRangeByIndexes(r0, 0, n, cols);
              chunk.load("values,numberFormat");
              return () => {
                for (let i = 0; i < n; i++) {
                  const vals = chunk.values[i];
                  const fmts = chunk.numberFormat[i];
                  const out: CellValue[] = [];
                  let last = -1;
                  for (let c = 0; c < cols; c++) {
                    const v = displayValue(vals[c] as CellValue, fmts[c] as string);
                    out.push(v === "" ? null : v);
                    if (v !== "" && v !== null) last = c;
                  }
                  out.length = last + 1;
                  grid.rows[r0 + i] = out;
                }
              };
            },
          });
        }
        for (let r0 = 0; r0 < rows; r0 += MERGE_CHUNK_ROWS) {
          const n = Math.min(MERGE_CHUNK_ROWS, rows - r0);
          jobs.push({
            bytes: 2000,
            job: () => {
              const areas = ws.getRangeByIndexes(r0, 0, n, cols).getMergedAreasOrNullObject();
              areas.load("address");
              return () => {
                if (!areas.isNullObject) grid.merges.push(...parseAreasAddress(areas.address));
              };
            },
          });
        }
      }
      let done = 0;
      while (done < jobs.length) {
        let bytes = 0;
        const batch: Array<() => void> = [];
        while (done < jobs.length && (batch.length === 0 || bytes + jobs[done].bytes <= PAYLOAD_BUDGET)) {
          bytes += jobs[done].bytes;
          batch.push(jobs[done].job());
          done++;
        }
        await ctx.sync();
        batch.forEach((finish) => finish());
        progress?.(done, jobs.length);
      }
      for (const g of grids) {
        for (let i = 0; i < g.rowCount; i++) if (!g.rows[i]) g.rows[i] = [];
        g.merges = dedupeAreas(g.merges);
      }
      return { sheets: grids };
    });
  }

  async applyEdits(edits: Edit[], label: string): Promise<ApplyResult> {
    if (edits.length === 0) return { applied: [], refused: [], entry: null };
    return this.run(
      "修改单元格",
      async (ctx) => {
        const sheetNames = [...new Set(edits.map((e) => e.sheet))];
        const sheets = new Map(sheetNames.map((n) => [n, ctx.workbook.worksheets.getItemOrNullObject(n)]));
        for (const ws of sheets.values()) ws.load("name,protection/protected");
        const ranges = edits.map((e) => {
          const r = (sheets.get(e.sheet) as Excel.Worksheet).getRange(e.cell);
          r.load("values,numberFormat,formulas");
          return r;
        });
        const journal = ctx.workbook.settings.getItemOrNullObject(STATE_KEYS.journal);
        journal.load("value");
        await ctx.sync();

        for (const [name, ws] of sheets) {
          if (ws.isNullObject) throw new KpiLintError("SHEET_NOT_FOUND", { sheet: name });
          if (ws.protection.protected) throw protectedSheetError(name, "修改单元格");
        }
        const applied: Edit[] = [];
        const refused: ApplyResult["refused"] = [];
        const cells: JournalCell[] = [];
        const seen = new Set<string>();
        edits.forEach((e, i) => {
          const r = ranges[i];
          const raw = r.values[0][0] as CellValue;
          const format = r.numberFormat[0][0] as string;
          const key = `${e.sheet}!${e.cell}`;
          if (seen.has(key)) {
            refused.push({ edit: e, reason: `${e.cell} 在本批修改中已改过` });
            return;
          }
          if (!unchangedSince(displayValue(raw, format), e.before)) {
            refused.push({ edit: e, reason: `${e.cell} 的内容在校验后已被修改，请重新校验` });
            return;
          }
          seen.add(key);
          const formula = r.formulas[0][0];
          const before = typeof formula === "string" && formula.startsWith("=") ? formula : raw;
          cells.push({
            sheet: e.sheet,
            row: e.row,
            col: e.col,
            cell: e.cell,
            before: before === "" ? null : before,
            beforeFormat: format,
            after: e.after,
          });
          r.values = [[toExcelInput(e.after ?? "") as string]];
          applied.push(e);
        });
        const entry: JournalEntry | null = cells.length ? { id: newId(), label, at: new Date().toISOString(), cells } : null;
        if (entry) saveJournal(ctx, [...readJournal(journal), entry]);
        await ctx.sync();
        return { applied, refused, entry };
      },
      true,
    );
  }

  async applyPlan(plan: InsertPlan, label: string): Promise<JournalEntry> {
    return this.run(
      "插入模板指标",
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(plan.sheet);
        ws.load("name,protection/protected");
        const guards = plan.guard.map((g) => {
          const r = ws.getRangeByIndexes(g.row - 1, g.col - 1, 1, 1);
          r.load("values,numberFormat");
          return { g, r };
        });
        const journal = ctx.workbook.settings.getItemOrNullObject(STATE_KEYS.journal);
        journal.load("value");
        await ctx.sync();
        if (ws.protection.protected) throw protectedSheetError(plan.sheet, "插入模板指标");
        for (const { g, r } of guards) {
          if (!unchangedSince(displayValue(r.values[0][0] as CellValue, r.numberFormat[0][0] as string), g.value)) {
            throw new KpiLintError("STALE_PLAN");
          }
        }
        const rows = (at: number, count: number) => ws.getRange(`${at}:${at + count - 1}`);
        for (const op of plan.ops) {
          if (op.op === "insertRows") rows(op.at, op.count).insert("Down");
          else if (op.op === "copyFormats") rows(op.toRow, op.count).copyFrom(rows(op.fromRow, 1), "Formats");
          else if (op.op === "set") ws.getRangeByIndexes(op.row - 1, op.col - 1, 1, 1).values = [[toExcelInput(op.value) as string]];
          else if (op.op === "unmerge") ws.getRange(areaAddress(op.area)).unmerge();
          else ws.getRange(areaAddress(op.area)).merge(false);
        }
        const entry: JournalEntry = {
          id: newId(),
          label,
          at: new Date().toISOString(),
          cells: [],
          insertedRows: plan.insertedRows.map((r) => ({ sheet: plan.sheet, ...r })),
        };
        saveJournal(ctx, [...readJournal(journal), entry]);
        await ctx.sync();
        return entry;
      },
      true,
    );
  }

  async undo(): Promise<UndoResult> {
    return this.run(
      "撤销",
      async (ctx) => {
        const setting = ctx.workbook.settings.getItemOrNullObject(STATE_KEYS.journal);
        setting.load("value");
        await ctx.sync();
        const entries = readJournal(setting);
        const entry = entries[entries.length - 1];
        if (!entry) return { entry: null, restored: 0, skipped: [] };

        const ranges = entry.cells.map((c) => {
          const r = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
          r.load("values,numberFormat");
          return r;
        });
        const sheetNames = [...new Set([...entry.cells.map((c) => c.sheet), ...(entry.insertedRows ?? []).map((x) => x.sheet)])];
        const sheets = sheetNames.map((n) => {
          const ws = ctx.workbook.worksheets.getItem(n);
          ws.load("name,protection/protected");
          return ws;
        });
        await ctx.sync();
        for (const ws of sheets) if (ws.protection.protected) throw protectedSheetError(ws.name, "撤销");

        const skipped: UndoResult["skipped"] = [];
        let restored = 0;
        entry.cells.forEach((c, i) => {
          const r = ranges[i];
          const now = displayValue(r.values[0][0] as CellValue, r.numberFormat[0][0] as string);
          // only what the add-in wrote is taken back: a cell the user changed since keeps the user's value
          if (!unchangedSince(now, c.after)) {
            skipped.push({ sheet: c.sheet, cell: c.cell, reason: `${c.cell} 在修改后又被编辑过，保留当前内容` });
            return;
          }
          if (c.beforeFormat !== null) r.numberFormat = [[c.beforeFormat]];
          if (typeof c.before === "string" && c.before.startsWith("=")) r.formulas = [[c.before]];
          else r.values = [[toExcelInput(c.before ?? "") as string]];
          restored++;
        });
        // inserted rows go last, bottom-up, so earlier row numbers stay valid
        for (const ins of [...(entry.insertedRows ?? [])].sort((a, b) => b.row - a.row)) {
          ctx.workbook.worksheets
            .getItem(ins.sheet)
            .getRange(`${ins.row}:${ins.row + ins.count - 1}`)
            .delete("Up");
          restored += ins.count;
        }
        saveJournal(ctx, entries.slice(0, -1));
        await ctx.sync();
        return { entry, restored, skipped };
      },
      true,
    );
  }

  async journal(): Promise<JournalEntry[]> {
    return this.run("读取修改记录", async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject(STATE_KEYS.journal);
      s.load("value");
      await ctx.sync();
      return readJournal(s);
    });
  }

  async highlight(targets: HighlightTarget[]): Promise<void> {
    await this.clearHighlights();
    if (targets.length === 0) return;
    await this.run("标记单元格", async (ctx) => {
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
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.load("protection/protected");
          sheets.set(sheet, ws);
        }
      }
      await ctx.sync();
      for (const [name, ws] of sheets) if (ws.protection.protected) throw protectedSheetError(name, "标记单元格");
      // errors last, so an error's colour wins where a cell has several findings
      const order = ["info", "warning", "error"];
      const keys = [...bySheetSeverity.keys()].sort((a, b) => order.indexOf(a.split("\u0000")[0]) - order.indexOf(b.split("\u0000")[0]));
      for (const key of keys) {
        const [severity, sheet] = key.split("\u0000") as [keyof typeof HIGHLIGHT_FILL, string];
        const cells = bySheetSeverity.get(key) as string[];
        for (let i = 0; i < cells.length; i += 150) {
          const areas = (sheets.get(sheet) as Excel.Worksheet).getRanges(cells.slice(i, i + 150).join(","));
          const cf = areas.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
          cf.custom.rule.formula = `=N("${MARK}:${severity}")=0`;
          cf.custom.format.fill.color = HIGHLIGHT_FILL[severity];
        }
      }
      await ctx.sync();
    });
  }

  async clearHighlights(): Promise<number> {
    return this.run("清除标记", async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const all = sheets.items.map((ws) => {
        const cfs = ws.getRange().conditionalFormats;
        cfs.load("items/type,items/custom/rule/formula");
        ws.load("name,protection/protected");
        return { ws, cfs };
      });
      await ctx.sync();
      let removed = 0;
      for (const { ws, cfs } of all) {
        const ours = cfs.items.filter((cf) => cf.type === "Custom" && (cf.custom.rule.formula ?? "").includes(MARK));
        if (ours.length && ws.protection.protected) throw protectedSheetError(ws.name, "清除标记");
        for (const cf of ours) {
          cf.delete();
          removed++;
        }
      }
      await ctx.sync();
      return removed;
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run("选中单元格", async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async getSelection(): Promise<{ sheet: string; row: number; col: number } | null> {
    return this.run("读取选区", async (ctx) => {
      const r = ctx.workbook.getSelectedRange();
      r.load("rowIndex,columnIndex");
      const ws = r.worksheet;
      ws.load("name");
      await ctx.sync();
      return { sheet: ws.name, row: r.rowIndex + 1, col: r.columnIndex + 1 };
    });
  }

  async writeReport(rows: ReportRow[], summary: string): Promise<void> {
    await this.run("写入校验报告", async (ctx) => {
      let ws = ctx.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
      ws.load("name,protection/protected");
      await ctx.sync();
      if (ws.isNullObject) ws = ctx.workbook.worksheets.add(REPORT_SHEET);
      else if (ws.protection.protected) throw protectedSheetError(REPORT_SHEET, "写入校验报告");
      else ws.getRange().clear("All");
      const SEVERITY = { error: "错误", warning: "警告", info: "提示" } as const;
      const header = ["严重程度", "项目", "单元格", "规则", "问题", "建议修复"];
      const values: Array<Array<string>> = [[summary, "", "", "", "", ""], header];
      for (const r of rows) values.push([SEVERITY[r.severity], r.project, `${r.sheet}!${r.cell}`, r.ruleId, r.message, r.fix]);
      ws.getRangeByIndexes(0, 0, values.length, header.length).values = values.map((row) => row.map((v) => toExcelInput(v) as string));
      rows.forEach((r, i) => {
        ws.getRangeByIndexes(i + 2, 2, 1, 1).hyperlink = {
          documentReference: qualified(r.sheet, r.cell),
          textToDisplay: `${r.sheet}!${r.cell}`,
          screenTip: "跳转到该单元格",
        };
      });
      const head = ws.getRange("A2:F2");
      head.format.font.bold = true;
      head.format.fill.color = "#D9E1F2";
      ws.getRange("A1").format.font.bold = true;
      ws.freezePanes.freezeRows(2);
      const widths = [60, 160, 120, 130, 420, 160];
      widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w));
      ws.getRangeByIndexes(2, 4, Math.max(1, rows.length), 1).format.wrapText = true;
      ws.activate();
      await ctx.sync();
    });
  }

  async loadState<T>(key: string): Promise<T | null> {
    return this.run("读取设置", async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject(key);
      s.load("value");
      await ctx.sync();
      return s.isNullObject ? null : parseSetting<T>(s.value);
    });
  }

  async saveState(key: string, value: unknown): Promise<void> {
    await this.run("保存设置", async (ctx) => {
      ctx.workbook.settings.add(key, JSON.stringify(value));
      await ctx.sync();
    });
  }
}

/** The workbook's sheets with which is active, in one sync. */
async function loadSheetList(ctx: Excel.RequestContext): Promise<{ list: SheetInfo[]; sheets: Excel.WorksheetCollection }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await ctx.sync();
  return { sheets, list: sheets.items.map((s) => ({ name: s.name, active: s.name === active.name, visible: s.visibility === "Visible" })) };
}

function parseSetting<T>(v: unknown): T | null {
  if (typeof v !== "string") return (v as T) ?? null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

function readJournal(s: Excel.Setting): JournalEntry[] {
  if (s.isNullObject) return [];
  const v = parseSetting<JournalEntry[]>(s.value);
  return Array.isArray(v) ? v : [];
}

/** The journal lives in the workbook's settings, so 撤销 works after the pane is closed and reopened. */
function saveJournal(ctx: Excel.RequestContext, entries: JournalEntry[]): void {
  let kept = entries.slice(-JOURNAL_LIMIT);
  let text = JSON.stringify(kept);
  while (text.length > 1_000_000 && kept.length > 1) {
    kept = kept.slice(1);
    text = JSON.stringify(kept);
  }
  ctx.workbook.settings.add(STATE_KEYS.journal, text);
}

function dedupeAreas(areas: MergedArea[]): MergedArea[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const k = areaAddress(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

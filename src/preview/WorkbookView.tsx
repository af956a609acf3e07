/** The preview's stand-in for Excel's grid: the active sheet with merges, marks, selection and sheet tabs. */
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { type MergedArea, cellAddress, columnLetter, displayValue, formatNumber } from "../core/grid";
import { parseRangeAddress } from "../excel/addresses";
import type { MemSheet, MemWorkbook } from "../excel/double";
import { type Locale, translator } from "../app/i18n";

const MARK_SEVERITY: Record<string, string> = { error: "error", warning: "warning", info: "info" };
const MAX_RENDER_ROWS = 2000;
/** Rows drawn at once: a big sheet is drawn a slice per frame, so the page answers while it fills in. */
const ROWS_PER_FRAME = 200;
/**
 * Column widths as the sheet sets them (clamped): the table is laid out by them alone (table-layout: fixed), not by
 * measuring every cell — with thousands of rows, measuring them made each slice drawn re-measure the whole table.
 */
const ROW_HEADER_WIDTH = 44;
const columnWidth = (sheet: MemSheet, col: number) => Math.max(48, Math.min(260, sheet.columnWidths.get(col) ?? 72));
/** A stray far cell (XFD…) must not make the page draw 16,384 columns. */
const MAX_RENDER_COLS = 100;

function useStoreVersion(store: MemWorkbook): number {
  const version = useRef(0);
  return useSyncExternalStore(
    (fn) =>
      store.onChange(() => {
        version.current++;
        fn();
      }),
    () => version.current,
  );
}

type Mark = { severity: string; fill: string | null };

/**
 * The add-in's marks by cell over the drawn rows and columns, worked out once per change: looking through every
 * conditional format for every cell froze the page once a validation had marked thousands of cells.
 */
function marksOf(sheet: MemSheet, rows: number, cols: number): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const cf of sheet.conditionalFormats) {
    // the user's own rules (colour scales, data bars…) are not the add-in's marks
    if (cf.type !== "Custom") continue;
    const m = /kpi-lint:(\w+)/.exec(cf.formula);
    const mark = { severity: m ? (MARK_SEVERITY[m[1]] ?? "other") : "other", fill: cf.fill };
    for (const a of cf.areas) {
      // a later rule over the same cell wins, as the last one looked at did before
      for (let r = a.top; r <= Math.min(a.bottom, rows); r++)
        for (let c = a.left; c <= Math.min(a.right, cols); c++) marks.set(`${r},${c}`, mark);
    }
  }
  return marks;
}

function shown(sheet: MemSheet, row: number, col: number): string {
  const c = sheet.cell(row, col);
  if (!c || c.value === null) return "";
  const v = displayValue(c.value, c.numberFormat);
  if (typeof v === "number") return /0\.00/.test(c.numberFormat ?? "") ? v.toFixed(2) : formatNumber(v);
  return String(v);
}

interface Layout {
  rows: number;
  cols: number;
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  covered: Set<string>;
  marks: Map<string, Mark>;
  widths: number[];
  truncated: boolean;
}

/** Clicking a cell selects it; a link (校验报告's cell references) goes to its target. */
function follow(store: MemWorkbook, sheet: MemSheet, row: number, col: number): void {
  const link = sheet.hyperlinks.get(`${row},${col}`);
  const target = link?.documentReference ? parseRangeAddress(link.documentReference) : null;
  if (target?.sheet && store.sheet(target.sheet)) {
    store.activeSheet = target.sheet;
    store.selection = { sheet: target.sheet, address: cellAddress(target.area.top, target.area.left) };
  } else {
    store.selection = { sheet: sheet.name, address: cellAddress(row, col) };
  }
  store.emit();
}

/**
 * One sheet row. Memoised: while a big sheet is drawn a slice per frame, the rows already drawn are not drawn
 * again (a new layout — any change to the workbook — or a selection in the row draws it again).
 */
const SheetRow = memo(function SheetRow(props: {
  row: number;
  store: MemWorkbook;
  sheet: MemSheet;
  layout: Layout;
  selected: MergedArea | null;
}) {
  const { row: r, store, sheet, layout, selected } = props;
  return (
    <tr>
      <th scope="row">{r}</th>
      {Array.from({ length: layout.cols }, (_, ci) => {
        const c = ci + 1;
        const key = `${r},${c}`;
        if (layout.covered.has(key)) return null;
        const span = layout.spans.get(key);
        const cell = sheet.cell(r, c);
        const mark = layout.marks.get(key);
        const isSel = !!selected && c >= selected.left && c <= selected.right;
        const link = sheet.hyperlinks.has(key);
        return (
          <td
            key={key}
            rowSpan={span?.rowSpan}
            colSpan={span?.colSpan}
            data-cell={cellAddress(r, c)}
            data-mark={mark?.severity}
            aria-selected={isSel || undefined}
            className={`${isSel ? "sel" : ""} ${link ? "link" : ""} ${cell?.wrap ? "wrap" : ""}`}
            style={{
              background: mark?.fill ?? cell?.fill ?? undefined,
              fontWeight: cell?.bold ? 600 : undefined,
              color: cell?.fontColor ?? undefined,
            }}
            onClick={() => follow(store, sheet, r, c)}
          >
            {shown(sheet, r, c)}
          </td>
        );
      })}
    </tr>
  );
});

export function WorkbookView({ store, locale }: { store: MemWorkbook; locale: Locale }): JSX.Element {
  const t = translator(locale);
  const version = useStoreVersion(store);
  const sheet = store.sheet(store.activeSheet) ?? store.sheets[0];
  const selected = store.selection && store.selection.sheet === sheet?.name ? parseRangeAddress(store.selection.address)?.area : null;
  const tableRef = useRef<HTMLDivElement>(null);

  const selectedCell = selected ? cellAddress(selected.top, selected.left) : null;
  useEffect(() => {
    if (!selectedCell) return;
    const el = tableRef.current?.querySelector(`[data-cell="${selectedCell}"]`);
    (el as HTMLElement | null)?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selectedCell, sheet?.name]);

  const layout = useMemo((): Layout | null => {
    if (!sheet) return null;
    const used = sheet.usedArea(false);
    const rows = Math.min(MAX_RENDER_ROWS, (used?.bottom ?? 0) + 3);
    const cols = Math.min(MAX_RENDER_COLS, Math.max(6, (used?.right ?? 0) + 1));
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      if (m.top > rows || m.left > cols) continue; // below or right of what is drawn
      spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
      for (let r = m.top; r <= Math.min(m.bottom, rows); r++)
        for (let c = m.left; c <= Math.min(m.right, cols); c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    return {
      rows,
      cols,
      spans,
      covered,
      marks: marksOf(sheet, rows, cols),
      widths: Array.from({ length: cols }, (_, i) => columnWidth(sheet, i + 1)),
      truncated: (used?.bottom ?? 0) > MAX_RENDER_ROWS,
    };
    // the sheet changes in place: `version` (bumped by the store on every change) is what says it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the sheet's change counter
  }, [sheet, version]);

  // drawn a slice per frame; the selected cell's rows are always drawn, so that it can be scrolled to
  const [drawn, setDrawn] = useState(ROWS_PER_FRAME);
  useEffect(() => setDrawn(ROWS_PER_FRAME), [sheet?.name]);
  useEffect(() => {
    if (!layout || drawn >= layout.rows) return;
    const id = requestAnimationFrame(() => setDrawn((n) => n + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(id);
  }, [drawn, layout]);

  if (!sheet || !layout) return <p>{t("previewEmptyWorkbook")}</p>;
  const rowsDrawn = Math.min(layout.rows, Math.max(drawn, (selected?.bottom ?? 0) + 20));

  return (
    <div className="wb">
      <div className="wb-grid" ref={tableRef}>
        <table
          aria-label={t("previewSheet", { name: sheet.name })}
          style={{ width: `${ROW_HEADER_WIDTH + layout.widths.reduce((a, b) => a + b, 0)}px` }}
        >
          <thead>
            <tr>
              <th className="corner" style={{ width: `${ROW_HEADER_WIDTH}px` }} />
              {Array.from({ length: layout.cols }, (_, i) => (
                <th key={i} scope="col" style={{ width: `${layout.widths[i]}px` }}>
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rowsDrawn }, (_, ri) => (
              <SheetRow
                key={ri + 1}
                row={ri + 1}
                store={store}
                sheet={sheet}
                layout={layout}
                selected={selected && ri + 1 >= selected.top && ri + 1 <= selected.bottom ? selected : null}
              />
            ))}
          </tbody>
        </table>
        {layout.truncated && <p className="note">{t("previewTruncated", { n: MAX_RENDER_ROWS })}</p>}
      </div>
      <div className="wb-tabs" role="tablist" aria-label={t("previewSheets")}>
        {store.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button
              key={s.name}
              role="tab"
              aria-selected={s.name === sheet.name}
              className={s.name === sheet.name ? "active" : ""}
              onClick={() => {
                store.activeSheet = s.name;
                store.emit();
              }}
            >
              {s.name}
            </button>
          ))}
      </div>
    </div>
  );
}

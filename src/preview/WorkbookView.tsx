/** The preview's stand-in for Excel's grid: the active sheet with merges, marks, selection and sheet tabs. */
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { cellAddress, columnLetter, displayValue, formatNumber } from "../core/grid";
import { parseRangeAddress } from "../excel/addresses";
import type { MemSheet, MemWorkbook } from "../excel/double";
import { type Locale, translator } from "../app/i18n";

const MARK_SEVERITY: Record<string, string> = { error: "error", warning: "warning", info: "info" };
const MAX_RENDER_ROWS = 2000;
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

function markAt(sheet: MemSheet, row: number, col: number): { severity: string; fill: string | null } | null {
  let found: { severity: string; fill: string | null } | null = null;
  for (const cf of sheet.conditionalFormats) {
    // the user's own rules (colour scales, data bars…) are not the add-in's marks
    if (cf.type !== "Custom" || !cf.areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)) continue;
    const m = /kpi-lint:(\w+)/.exec(cf.formula);
    found = { severity: m ? (MARK_SEVERITY[m[1]] ?? "other") : "other", fill: cf.fill };
  }
  return found;
}

function shown(sheet: MemSheet, row: number, col: number): string {
  const c = sheet.cell(row, col);
  if (!c || c.value === null) return "";
  const v = displayValue(c.value, c.numberFormat);
  if (typeof v === "number") return /0\.00/.test(c.numberFormat ?? "") ? v.toFixed(2) : formatNumber(v);
  return String(v);
}

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

  const layout = useMemo(() => {
    if (!sheet) return null;
    const used = sheet.usedArea(false);
    const rows = Math.min(MAX_RENDER_ROWS, (used?.bottom ?? 0) + 3);
    const cols = Math.min(MAX_RENDER_COLS, Math.max(6, (used?.right ?? 0) + 1));
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    return { rows, cols, spans, covered, truncated: (used?.bottom ?? 0) > MAX_RENDER_ROWS };
    // the sheet changes in place: `version` (bumped by the store on every change) is what says it changed
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the sheet's change counter
  }, [sheet, version]);

  if (!sheet || !layout) return <p>{t("previewEmptyWorkbook")}</p>;

  const follow = (row: number, col: number) => {
    const link = sheet.hyperlinks.get(`${row},${col}`);
    const target = link?.documentReference ? parseRangeAddress(link.documentReference) : null;
    if (target?.sheet && store.sheet(target.sheet)) {
      store.activeSheet = target.sheet;
      store.selection = { sheet: target.sheet, address: cellAddress(target.area.top, target.area.left) };
    } else {
      store.selection = { sheet: sheet.name, address: cellAddress(row, col) };
    }
    store.emit();
  };

  return (
    <div className="wb">
      <div className="wb-grid" ref={tableRef}>
        <table aria-label={t("previewSheet", { name: sheet.name })}>
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: layout.cols }, (_, i) => (
                <th key={i} scope="col" style={{ minWidth: `${Math.max(48, Math.min(260, sheet.columnWidths.get(i + 1) ?? 72))}px` }}>
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: layout.rows }, (_, ri) => {
              const r = ri + 1;
              return (
                <tr key={r}>
                  <th scope="row">{r}</th>
                  {Array.from({ length: layout.cols }, (_, ci) => {
                    const c = ci + 1;
                    const key = `${r},${c}`;
                    if (layout.covered.has(key)) return null;
                    const span = layout.spans.get(key);
                    const cell = sheet.cell(r, c);
                    const mark = markAt(sheet, r, c);
                    const isSel = !!selected && r >= selected.top && r <= selected.bottom && c >= selected.left && c <= selected.right;
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
                        onClick={() => follow(r, c)}
                      >
                        {shown(sheet, r, c)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
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

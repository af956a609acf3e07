/**
 * The browser preview: the real task pane beside an in-browser workbook, for trying the add-in
 * without Excel and for the end-to-end tests. The pane runs the same OfficeAdapter, on the in-memory
 * Excel object model; no network is needed (Office.js is not loaded here).
 */
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { Session } from "../taskpane/session";
import { OfficeAdapter } from "../excel/office-adapter";
import { type MessageKey, REPORT_SHEET_NAME, localeFrom, translator } from "../app/i18n";
import { errorMessage, validateAndReport } from "../app/workflow";
import { memoryHost } from "../excel/double";
import type { MemWorkbook } from "../excel/double";
import { type ReadProgress, readXlsx } from "./read-protocol";
import { WorkbookView } from "./WorkbookView";
import { workerLinter } from "../app/linter";
import { bundledRuleDocs } from "../taskpane/bundled-rule-docs";
import "./preview.css";

const SAMPLES: Array<{ file: string; label: MessageKey }> = [
  { file: "qingdao-forms.xlsx", label: "previewSampleQingdao" },
  { file: "funing-forms.xlsx", label: "previewSampleFuning" },
  { file: "ningbo-summary.xlsx", label: "previewSampleNingbo" },
  { file: "split-variants.xlsx", label: "previewSampleSplit" },
];

const params = new URLSearchParams(window.location.search);
const locale = localeFrom(params.get("lang") ?? navigator.language);
const t = translator(locale);
/** `?pane=<px>`: the task pane at that width (Excel's is 320–450 px), for trying the pane as users see it and for the tests. */
// the engine runs in a Web Worker, so the page never freezes on a big sheet
// @ts-expect-error import.meta: webpack bundles the pages as ES modules; tsconfig's commonjs is for jest
const linter = workerLinter(() => new Worker(new URL("../app/lint-worker.ts", import.meta.url)));
const paneWidth = Number(params.get("pane")) || null;

/** The .xlsx is read in a Web Worker, so the page keeps painting and responding while a big file opens. */
const spawnReader =
  typeof Worker === "undefined"
    ? null
    : // @ts-expect-error import.meta: as above
      () => new Worker(new URL("./read.worker.ts", import.meta.url));

const openXlsx = (name: string, data: ArrayBuffer, onProgress: (p: ReadProgress) => void): Promise<MemWorkbook> =>
  readXlsx(spawnReader, name, new Uint8Array(data), onProgress);

declare global {
  interface Window {
    __kpiPreview?: { store: MemWorkbook | null };
  }
}

function Preview(): JSX.Element {
  const [store, setStore] = useState<MemWorkbook | null>(null);
  const [title, setTitle] = useState("");
  const [banner, setBanner] = useState<{ text: string; error?: boolean } | null>(null);
  const session = useMemo(
    () =>
      store
        ? new Session(new OfficeAdapter(memoryHost(store), locale), locale, {
            orgPackUrl: params.get("templates"),
            ruleDocs: bundledRuleDocs,
            linter,
          })
        : null,
    [store],
  );
  window.__kpiPreview = { store };

  const load = async (name: string, data: Promise<ArrayBuffer>) => {
    setBanner({ text: t("previewOpening", { name }) });
    try {
      const reading = (p: ReadProgress) =>
        setBanner({ text: t("previewReading", { name, sheet: p.sheet, sheetName: p.name, rows: p.rows }) });
      const s = await openXlsx(name, await data, reading);
      setStore(s);
      setTitle(name);
      setBanner(null);
    } catch (e) {
      setBanner({ text: errorMessage(e, locale), error: true });
    }
  };

  const ribbon = async (what: "validate" | "clear") => {
    if (!store) return;
    const adapter = new OfficeAdapter(memoryHost(store), locale);
    try {
      if (what === "validate") {
        const r = await validateAndReport(adapter, locale);
        setBanner({ text: t("previewValidated", { summary: r.summary, sheet: REPORT_SHEET_NAME, notes: r.notes.join(" ") }) });
      } else {
        setBanner({ text: t("marksCleared", { n: await adapter.clearHighlights() }) });
      }
    } catch (e) {
      setBanner({ text: errorMessage(e, locale), error: true });
    }
  };

  return (
    <div className="preview">
      <header className="ribbon">
        <strong>{t("previewTitle")}</strong>
        <label>
          {t("previewSamplesLabel")}
          <select
            aria-label={t("previewSamples")}
            defaultValue=""
            onChange={(e) =>
              e.target.value &&
              void load(
                e.target.value,
                fetch(`samples/${e.target.value}`).then((r) => r.arrayBuffer()),
              )
            }
          >
            <option value="" disabled>
              {t("previewChoose")}
            </option>
            {SAMPLES.map((s) => (
              <option key={s.file} value={s.file}>
                {t(s.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="file">
          {t("previewOpenOwn")}
          <input
            type="file"
            accept=".xlsx"
            aria-label={t("previewOpenFile")}
            onChange={(e) => e.target.files?.[0] && void load(e.target.files[0].name, e.target.files[0].arrayBuffer())}
          />
        </label>
        <span className="group" role="group" aria-label={t("previewRibbon")}>
          <button disabled={!store} onClick={() => void ribbon("validate")}>
            {t("previewValidateSheet")}
          </button>
          <button disabled={!store} onClick={() => void ribbon("clear")}>
            {t("previewClearMarks")}
          </button>
        </span>
        {title && <span className="title">{title}</span>}
      </header>
      {banner && (
        <div className={`banner ${banner.error ? "error" : ""}`} role={banner.error ? "alert" : "status"}>
          {banner.text}
        </div>
      )}
      <div className="panes">
        <section className="sheet" aria-label={t("previewWorkbook")}>
          {store ? <WorkbookView store={store} locale={locale} /> : <p className="hint">{t("previewHint")}</p>}
        </section>
        <aside
          className="pane"
          aria-label={t("previewPane")}
          style={paneWidth ? { width: paneWidth, flex: `0 0 ${paneWidth}px` } : undefined}
        >
          {session && <App key={title} session={session} />}
        </aside>
      </div>
    </div>
  );
}

const root = createRoot(document.getElementById("root") as HTMLElement);
root.render(<Preview />);
const initial = params.get("sample");
if (initial) {
  const sel = () => document.querySelector<HTMLSelectElement>(`select[aria-label='${t("previewSamples")}']`);
  const wait = setInterval(() => {
    const s = sel();
    if (!s) return;
    clearInterval(wait);
    s.value = initial;
    s.dispatchEvent(new Event("change", { bubbles: true }));
  }, 20);
}

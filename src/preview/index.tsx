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
import { localeFrom } from "../app/i18n";
import { validateAndReport } from "../app/workflow";
import { KpiLintError } from "../core/errors";
import { memoryHost } from "./fake-excel";
import type { MemWorkbook } from "./mem-workbook";
import { WorkbookView } from "./WorkbookView";
import "./preview.css";

const SAMPLES = [
  { file: "qingdao-forms.xlsx", label: "青岛市司法局 · 逐项目表单（万元）" },
  { file: "funing-forms.xlsx", label: "抚宁区司法局 · 多项目表单（元）" },
  { file: "ningbo-summary.xlsx", label: "宁波市司法局 · 汇总表" },
  { file: "split-variants.xlsx", label: "拆分列（四川式、内蒙古式）" },
];

const params = new URLSearchParams(window.location.search);
const locale = localeFrom(params.get("lang") ?? navigator.language);

async function openXlsx(data: ArrayBuffer): Promise<MemWorkbook> {
  const [{ default: ExcelJS }, { memFromExcelJs }] = await Promise.all([import("exceljs"), import("./load-xlsx")]);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch {
    throw new KpiLintError("NOT_A_WORKBOOK");
  }
  return memFromExcelJs(wb);
}

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
    () => (store ? new Session(new OfficeAdapter(memoryHost(store)), locale, { orgPackUrl: params.get("templates") }) : null),
    [store],
  );
  window.__kpiPreview = { store };

  const load = async (name: string, data: Promise<ArrayBuffer>) => {
    setBanner({ text: `正在打开 ${name}…` });
    try {
      const s = await openXlsx(await data);
      setStore(s);
      setTitle(name);
      setBanner(null);
    } catch (e) {
      setBanner({ text: e instanceof KpiLintError ? e.message : String(e), error: true });
    }
  };

  const ribbon = async (what: "validate" | "clear") => {
    if (!store) return;
    const adapter = new OfficeAdapter(memoryHost(store));
    try {
      if (what === "validate") {
        const r = await validateAndReport(adapter);
        setBanner({ text: `${r.summary}。详见工作表“校验报告”。${r.notes.join(" ")}` });
      } else {
        setBanner({ text: `已清除 ${await adapter.clearHighlights()} 处标记。` });
      }
    } catch (e) {
      setBanner({ text: e instanceof KpiLintError ? e.message : String(e), error: true });
    }
  };

  return (
    <div className="preview">
      <header className="ribbon">
        <strong>绩效指标校验 · 预览</strong>
        <label>
          示例工作簿：
          <select
            aria-label="示例工作簿"
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
              选择…
            </option>
            {SAMPLES.map((s) => (
              <option key={s.file} value={s.file}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="file">
          打开自己的 .xlsx：
          <input
            type="file"
            accept=".xlsx"
            aria-label="打开 .xlsx 文件"
            onChange={(e) => e.target.files?.[0] && void load(e.target.files[0].name, e.target.files[0].arrayBuffer())}
          />
        </label>
        <span className="group" role="group" aria-label="绩效指标（功能区）">
          <button disabled={!store} onClick={() => void ribbon("validate")}>
            校验工作表
          </button>
          <button disabled={!store} onClick={() => void ribbon("clear")}>
            清除标记
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
        <section className="sheet" aria-label="工作簿">
          {store ? <WorkbookView store={store} /> : <p className="hint">请选择一个示例工作簿，或打开自己的 .xlsx 文件。</p>}
        </section>
        <aside className="pane" aria-label="任务窗格">
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
  const sel = () => document.querySelector<HTMLSelectElement>("select[aria-label='示例工作簿']");
  const wait = setInterval(() => {
    const s = sel();
    if (!s) return;
    clearInterval(wait);
    s.value = initial;
    s.dispatchEvent(new Event("change", { bubbles: true }));
  }, 20);
}

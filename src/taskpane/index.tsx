/** Task pane entry in Excel: Office.js is ready, so talk to the workbook through the Office adapter. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { Session } from "./session";
import { OfficeAdapter } from "../excel/office-adapter";
import { officeHost } from "../excel/host";
import { displayLanguage, onOfficeReady } from "../excel/office-host";
import { localeFrom } from "../app/i18n";
import { workerLinter } from "../app/linter";
import { bundledRuleDocs } from "./bundled-rule-docs";

// the engine runs in a Web Worker, so the pane never freezes on a big sheet
// @ts-expect-error import.meta: webpack bundles the pages as ES modules; tsconfig's commonjs is for jest
const linter = workerLinter(() => new Worker(new URL("../app/lint-worker.ts", import.meta.url)));

onOfficeReady(() => {
  const root = document.getElementById("root") as HTMLElement;
  const locale = localeFrom(displayLanguage());
  document.documentElement.lang = locale;
  // an organisation's template pack, named in the manifest's SourceLocation by `npm run manifest -- --templates`
  const orgPackUrl = new URLSearchParams(window.location.search).get("templates");
  createRoot(root).render(
    <App session={new Session(new OfficeAdapter(officeHost(), locale), locale, { orgPackUrl, ruleDocs: bundledRuleDocs, linter })} />,
  );
});

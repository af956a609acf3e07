/**
 * @jest-environment jsdom
 */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = path.join(__dirname, "../..");
const NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

export function checkManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) throw new Error(`manifest is not well-formed: ${err.textContent}`);
  return doc;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { build } = require("../../scripts/manifest.js") as { build: (o: Record<string, string | undefined>) => string };
const DEV_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEPLOY_XML = build({
  url: "https://addin.example.gov.cn/kpi/",
  templates: "https://cdn.example.gov.cn/packs/justice.json?v=2&x=1",
  version: "1.2.0.0",
  source: DEV_XML,
});

describe("npm run manifest (deployment manifest for the admin center)", () => {
  it("moves every URL to the add-in's host and carries the organisation's pack in SourceLocation", () => {
    expect(DEPLOY_XML).not.toContain("localhost");
    const doc = checkManifest(DEPLOY_XML);
    const src = doc.querySelector("DefaultSettings > SourceLocation")?.getAttribute("DefaultValue") as string;
    expect(new URL(src).origin).toBe("https://addin.example.gov.cn");
    expect(new URL(src).searchParams.get("templates")).toBe("https://cdn.example.gov.cn/packs/justice.json?v=2&x=1");
    const paneUrl = Array.from(doc.getElementsByTagNameNS(BT, "Url"))
      .find((u) => u.getAttribute("id") === "Taskpane.Url")
      ?.getAttribute("DefaultValue");
    expect(paneUrl).toBe(src);
    expect(doc.querySelector("Version")?.textContent).toBe("1.2.0.0");
    expect(Array.from(doc.getElementsByTagName("AppDomain")).map((d) => d.textContent)).toContain("https://cdn.example.gov.cn");
  });

  it("AppDomain entries are bare origins, and every English UI language gets the English strings (issue 10, item 10)", () => {
    const doc = checkManifest(DEPLOY_XML);
    const domains = Array.from(doc.getElementsByTagName("AppDomain")).map((d) => d.textContent);
    expect(domains).toContain("https://addin.example.gov.cn");
    for (const d of domains) expect(d).toBe(new URL(d).origin);
    const overrides = (locale: string) => doc.querySelectorAll(`[Locale="${locale}"]`).length;
    expect(overrides("en-US")).toBeGreaterThan(5);
    for (const l of ["en-GB", "en-AU", "en-CA", "en-IN"]) expect([l, overrides(l)]).toEqual([l, overrides("en-US")]);
  });

  it("refuses http addresses and bad versions", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "scripts/manifest.js"), ...args], { encoding: "utf8" });
    expect(run("--url", "http://addin.example.gov.cn", "--out", "/tmp/m.xml").stderr).toMatch(/必须是 https/);
    expect(run("--url", "https://a.example", "--templates", "http://b.example/p.json", "--out", "/tmp/m.xml").status).toBe(2);
    expect(run("--url", "https://a.example", "--version", "2", "--out", "/tmp/m.xml").stderr).toMatch(/四段数字/);
  });
});

describe.each([
  ["manifest.xml", DEV_XML],
  ["deployment manifest", DEPLOY_XML],
])("%s", (_name, xml) => {
  const doc = checkManifest(xml);
  const root = doc.documentElement;

  it("is an Excel task pane add-in", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS);
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(doc.querySelector("Hosts > Host")?.getAttribute("Name")).toBe("Workbook");
    expect(root.querySelector("Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(root.querySelector("Version")?.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("has the top-level elements in schema order", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const seen = Array.from(root.children).map((c) => c.localName);
    const idx = seen.map((n) => order.indexOf(n));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "DefaultSettings",
      "Permissions",
    ]) {
      expect(seen).toContain(required);
    }
  });

  it("states an ExcelApi minimum that covers what the code uses (1.13: merged areas)", () => {
    const set = Array.from(doc.getElementsByTagName("Set")).find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set?.getAttribute("MinVersion")).toBe("1.13");
  });

  it("has the ribbon group: 校验工作表 and 清除标记 run functions, 打开助手 shows the pane", () => {
    const controls = Array.from(doc.getElementsByTagName("Control"));
    const action = (id: string) => controls.find((c) => c.getAttribute("id") === id)?.getElementsByTagName("Action")[0];
    expect(action("KpiLint.Validate")?.getAttribute("xsi:type")).toBe("ExecuteFunction");
    expect(action("KpiLint.Validate")?.getElementsByTagName("FunctionName")[0].textContent).toBe("validateSheet");
    expect(action("KpiLint.ClearMarks")?.getElementsByTagName("FunctionName")[0].textContent).toBe("clearMarks");
    expect(action("KpiLint.OpenPane")?.getAttribute("xsi:type")).toBe("ShowTaskpane");
    // the commands register their handlers under the manifest's FunctionNames (Office.actions.associate, in src/excel/office-host)
    const src = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    const registered = /associateCommands\(\{([^}]*)\}\)/
      .exec(src)?.[1]
      .split(",")
      .map((s) => s.trim().split(":")[0]);
    expect(registered).toEqual(expect.arrayContaining(["validateSheet", "clearMarks"]));
  });

  it("resolves every resid, with zh-CN defaults and en-US overrides for every string", () => {
    const resources = doc.getElementsByTagName("Resources")[0];
    const ids = new Set(
      Array.from(resources.getElementsByTagNameNS(BT, "*"))
        .map((e) => e.getAttribute("id"))
        .filter(Boolean),
    );
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(ids).toContain(id);
    for (const s of Array.from(resources.getElementsByTagNameNS(BT, "String"))) {
      expect(s.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const en = Array.from(s.getElementsByTagNameNS(BT, "Override")).find((o) => o.getAttribute("Locale") === "en-US");
      expect(en?.getAttribute("Value")).toMatch(/[A-Za-z]/);
    }
    for (const el of ["DisplayName", "Description"]) {
      expect(root.querySelector(`${el} > Override[Locale="en-US"]`)).not.toBeNull();
    }
    const shortMax = Array.from(resources.getElementsByTagNameNS(BT, "ShortStrings")[0].getElementsByTagNameNS(BT, "String"));
    for (const s of shortMax) expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
  });

  it("uses https for every URL, and every icon file exists in assets/", () => {
    const urls = [
      ...Array.from(doc.querySelectorAll("[DefaultValue]"))
        .filter((e) => /Url$|Image$|SourceLocation$/.test(e.localName) || ["Image", "Url"].includes(e.localName))
        .map((e) => e.getAttribute("DefaultValue") as string),
      ...Array.from(doc.getElementsByTagName("AppDomain")).map((e) => e.textContent),
    ];
    expect(urls.length).toBeGreaterThan(6);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    const icons = urls.filter((u) => /\.png$/.test(u));
    const sizes = new Set<string>();
    for (const u of icons) {
      const rel = `assets/${new URL(u).pathname.split("/assets/")[1]}`;
      expect(fs.existsSync(path.join(ROOT, rel))).toBe(true);
      sizes.add(/icon-(\d+)\.png$/.exec(rel)?.[1] ?? "");
    }
    expect([...sizes].sort()).toEqual(["16", "32", "64", "80"]);
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});

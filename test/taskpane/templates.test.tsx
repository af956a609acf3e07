/**
 * @jest-environment jsdom
 */
import fs from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { Session } from "../../src/taskpane/session";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { fetchPack } from "../../src/app/packs";
import { memFixture } from "../support/mem";

expect.extend(toHaveNoViolations);

const EXAMPLE = fs.readFileSync(path.join(__dirname, "../../assets/templates/example-pack.json"), "utf8");
const fakeFetch =
  (body: string, status = 200) =>
  async () => ({ ok: status === 200, status, text: async () => body, headers: { get: () => null } });

async function setup(orgPackUrl?: string, body = EXAMPLE, activeSheet?: string) {
  const store = await memFixture("qingdao-forms.xlsx");
  if (activeSheet) store.activeSheet = activeSheet;
  const session = new Session(new OfficeAdapter(memoryHost(store)), "zh-CN", { orgPackUrl, fetchImpl: fakeFetch(body) });
  const view = render(<App session={session} />);
  fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
  await screen.findAllByRole("button", { name: /跳到单元格/ }, { timeout: 5000 });
  fireEvent.click(screen.getByRole("tab", { name: "模板" }));
  return { store, session, view };
}

describe("插入模板指标 in the task pane", () => {
  it("suggests the type, previews the rows, inserts them, and 撤销 removes them", async () => {
    const { store, view } = await setup();
    fireEvent.change(screen.getByLabelText("项目"), { target: { value: "1.法律培训费\u00003" } });
    const suggested = await screen.findByRole("radio", { name: /^培训（匹配度/ });
    expect((suggested as HTMLInputElement).checked).toBe(true);
    const preview = screen.getByRole("list", { name: "插入预览" });
    expect(within(preview).getAllByRole("listitem").length).toBeGreaterThan(2);
    expect(within(preview).getAllByText("待填").length).toBeGreaterThan(0);
    expect(await axe(view.container)).toHaveNoViolations();
    const rowsBefore = store.sheet("1.法律培训费")!.usedArea(true)!.bottom;
    fireEvent.click(screen.getByRole("button", { name: /^插入 \d+ 条指标$/ }));
    await screen.findByText(/已插入 \d+ 条“培训”指标/);
    const rowsAfter = store.sheet("1.法律培训费")!.usedArea(true)!.bottom;
    expect(rowsAfter).toBeGreaterThan(rowsBefore);
    await waitFor(() => expect(screen.getByRole("button", { name: /^撤销$/ }).hasAttribute("disabled")).toBe(false));
    fireEvent.click(screen.getByRole("button", { name: /^撤销$/ }));
    await screen.findByText(/已撤销“插入模板指标/);
    expect(store.sheet("1.法律培训费")!.usedArea(true)!.bottom).toBe(rowsBefore);
  });

  it("picks the project at the selected cell", async () => {
    const { store } = await setup(undefined, EXAMPLE, "3.法治专项业务费");
    store.selection = { sheet: "3.法治专项业务费", address: "C14" };
    fireEvent.click(screen.getByRole("button", { name: "选取当前单元格所在项目" }));
    expect(await screen.findByRole("radio", { name: /^法治政府建设/ })).toBeTruthy();
    store.selection = { sheet: "2.法律职业资格考试费", address: "C3" };
    fireEvent.click(screen.getByRole("button", { name: "选取当前单元格所在项目" }));
    expect(await screen.findByText(/尚未校验/)).toBeTruthy();
  });

  it("loads the organisation's pack from the manifest's ?templates= URL", async () => {
    await setup("https://cdn.example.gov.cn/packs/justice.json");
    expect(await screen.findByText(/某市司法局项目模板（示例）（本单位）：1 个项目类型/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("项目"), { target: { value: "1.法律培训费\u00003" } });
    expect(await screen.findByRole("option", { name: /法治督察（某市司法局项目模板/ })).toBeTruthy();
  });

  it("an invalid organisation pack is listed with its errors; the built-in pack keeps working", async () => {
    await setup("https://cdn.example.gov.cn/packs/broken.json", '{"schemaVersion":1,"id":"x"}');
    expect(await screen.findByText(/无效，未使用/)).toBeTruthy();
    expect(screen.getByText("id：应为 3–60 个小写字母、数字、点或连字符")).toBeTruthy();
    expect(screen.getByText(/内置模板（司法行政常见项目）（内置）：17 个项目类型/)).toBeTruthy();
  });

  it("imports a pack from a file and keeps it in the workbook", async () => {
    const { store } = await setup();
    const input = screen.getByLabelText<HTMLInputElement>(/从文件导入模板包/);
    fireEvent.change(input, { target: { files: [new File([EXAMPLE], "pack.json", { type: "application/json" })] } });
    await screen.findByText(/已导入模板包“某市司法局项目模板（示例）”/);
    // packs live in a custom XML part, not in the size-limited settings (issue 10, item 5)
    expect(store.settings.has("kpiLint.templatePacks")).toBe(false);
    expect([...store.customXmlParts.values()].join()).toContain("某市司法局项目模板");
    fireEvent.change(input, { target: { files: [new File(["{"], "bad.json")] } });
    expect(await screen.findByText(/模板包无效：不是有效的 JSON/)).toBeTruthy();
  });
});

describe("fetchPack", () => {
  it("https only; HTTP errors and oversize are clear messages", async () => {
    expect(await fetchPack("http://example.gov.cn/p.json", fakeFetch(EXAMPLE))).toEqual({
      ok: false,
      errors: ["模板包地址必须是 https：http://example.gov.cn/p.json"],
    });
    const r = await fetchPack("https://example.gov.cn/p.json", fakeFetch("", 404));
    expect(r.ok || r.errors[0]).toMatch(/HTTP 404/);
    const big = async () => ({ ok: true, status: 200, text: async () => "", headers: { get: () => "99999999" } });
    const r2 = await fetchPack("https://example.gov.cn/p.json", big);
    expect(r2.ok || r2.errors[0]).toMatch(/太大/);
    expect((await fetchPack("https://example.gov.cn/p.json", fakeFetch(EXAMPLE))).ok).toBe(true);
  });
});

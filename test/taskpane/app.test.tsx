/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { Session } from "../../src/taskpane/session";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import type { MemWorkbook } from "../../src/excel/double";
import { memFixture } from "../support/mem";

expect.extend(toHaveNoViolations);
// every test validates a real sample; slow on a busy machine
jest.setTimeout(300000);

async function setup(file = "funing-forms.xlsx", locale: "zh-CN" | "en" = "zh-CN") {
  const store = await memFixture(file);
  const session = new Session(new OfficeAdapter(memoryHost(store)), locale);
  const view = render(<App session={session} />);
  return { store, session, view };
}

async function validate() {
  fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
  await screen.findAllByRole("button", { name: /跳到单元格/ }, { timeout: 5000 });
}

/** Makes the finding at `addr` the current one (its actions show, its cell is selected) and returns its list item. */
/**
 * (In jsdom, Fluent's focus trap can leave a popover it just opened marked aria-hidden for a moment, so
 * the tests below reach into it with `hidden: true`; the browser test clicks the same buttons by role.)
 */
async function openFinding(store: MemWorkbook, addr: string): Promise<HTMLElement> {
  const link = screen.getAllByRole("button", { name: `跳到单元格 预算项目绩效目标!${addr}` })[0];
  fireEvent.click(link);
  await waitFor(() => expect(store.selection?.address).toBe(addr));
  return link.closest("li") as HTMLElement;
}

const cell = (store: MemWorkbook, addr: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(addr) as RegExpExecArray;
  return store.sheets[0].value(Number(m[2]), m[1].charCodeAt(0) - 64);
};

describe("task pane", () => {
  it("validates, groups findings by project, and a click selects the cell in the sheet", async () => {
    const { store } = await setup();
    expect(screen.getByText(/点击“校验”/)).toBeTruthy();
    await validate();
    expect(screen.getByText(/公共法律服务（预算项目绩效目标，第 1–18 行）/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /错误 5/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "跳到单元格 预算项目绩效目标!E92" }));
    await waitFor(() => expect(store.selection).toEqual({ sheet: "预算项目绩效目标", address: "E92" }));
    // cells were marked with our conditional formats
    expect(store.sheets[0].conditionalFormats.some((cf) => cf.formula.includes("kpi-lint:error"))).toBe(true);
  });

  it("修复 shows before → after and changes the cell; 撤销 brings it back", async () => {
    const { store } = await setup();
    await validate();
    const item = await openFinding(store, "E92");
    fireEvent.click(within(item).getByRole("button", { name: "修复" }));
    const preview = await screen.findByRole("dialog", { name: /修复 E92/ });
    expect(preview.textContent).toContain("≥30000 元 → ≤30000元");
    fireEvent.click(within(preview).getByRole("button", { name: "确认修复", hidden: true }));
    await waitFor(() => expect(cell(store, "E92")).toBe("≤30000元"));
    await screen.findByText(/已修改 1 个单元格/);
    await waitFor(() => expect(screen.getByRole("button", { name: /^撤销$/ }).hasAttribute("disabled")).toBe(false));
    fireEvent.click(screen.getByRole("button", { name: /^撤销$/ }));
    await waitFor(() => expect(cell(store, "E92")).toBe("≥30000 元"));
    await screen.findByText(/已撤销/);
  });

  it("全部修复 for a rule previews every change, then applies them all", async () => {
    const { store, session } = await setup();
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "全部修复" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "单位写法不规范（33）" }));
    const dialog = await screen.findByRole("dialog", { name: "全部修复：单位写法不规范" });
    expect(within(dialog).getByText(/将修改 33 个单元格/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "确认修复" }));
    await waitFor(() => expect(cell(store, "E13")).toBe("≥95%"));
    expect(cell(store, "E115")).toBe("≥90%");
    await waitFor(() => expect(session.bulkEdits("nonstandard-unit")).toEqual([]));
    const journal = JSON.parse(store.settings.get("kpiLint.journal") as string) as Array<{ label: string }>;
    expect(journal.map((e) => e.label)).toEqual(["全部修复 单位写法不规范"]);
  });

  it("忽略 hides a finding, stores it in the workbook, and it can be shown and un-ignored", async () => {
    const { store, session } = await setup();
    await validate();
    fireEvent.click(within(await openFinding(store, "E33")).getByRole("button", { name: "忽略" }));
    fireEvent.click(
      within(await screen.findByRole("dialog", { name: "忽略 E33" })).getByRole("button", { name: "忽略此问题", hidden: true }),
    );
    await waitFor(() => expect(screen.queryByRole("button", { name: "跳到单元格 预算项目绩效目标!E33" })).toBeNull());
    const stored = JSON.parse(store.settings.get("kpiLint.ignored") as string);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ ruleId: "cost-operator", cell: "E33" });
    // a re-validation (the next reviewer) still sees it ignored
    await act(() => session.validate());
    expect(screen.queryByRole("button", { name: "跳到单元格 预算项目绩效目标!E33" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemcheckbox", { name: "显示已忽略" }));
    await screen.findByRole("button", { name: "跳到单元格 预算项目绩效目标!E33" });
    fireEvent.click(within(await openFinding(store, "E33")).getByRole("button", { name: "取消忽略" }));
    await waitFor(() => expect(JSON.parse(store.settings.get("kpiLint.ignored") as string)).toEqual([]));
  });

  it("a severity count filters: a click shows only that severity, a second click all again", async () => {
    await setup();
    await validate();
    const all = screen.getAllByRole("button", { name: /跳到单元格/ }).length;
    fireEvent.click(screen.getByRole("button", { name: /错误 5/ }));
    await waitFor(() => expect(screen.getAllByRole("button", { name: /跳到单元格/ })).toHaveLength(5));
    expect(screen.getByRole("button", { name: /错误 5/ }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: /提示 23/ }));
    await waitFor(() => expect(screen.getAllByRole("button", { name: /跳到单元格/ })).toHaveLength(23));
    fireEvent.click(screen.getByRole("button", { name: /提示 23/ }));
    await waitFor(() => expect(screen.getAllByRole("button", { name: /跳到单元格/ })).toHaveLength(all));
  });

  it("settings are validated and kept in the workbook", async () => {
    const { store } = await setup();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    fireEvent.click(screen.getByRole("radio", { name: /^2021 新框架/ }));
    fireEvent.change(screen.getByLabelText(/^成本指标位置不符/), { target: { value: "off" } });
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    await waitFor(() => expect(store.settings.get("kpiLint.config")).toBeDefined());
    await screen.findByText("设置已保存到本工作簿。");
    expect(JSON.parse(store.settings.get("kpiLint.config") as string)).toMatchObject({
      costFramework: "2021",
      rules: { "cost-placement": "off" },
    });
  });

  it("a protected sheet: findings still listed, fixes refused with a clear message, never a stack trace", async () => {
    const { store } = await setup();
    await validate();
    const item = await openFinding(store, "E92");
    store.sheets[0].protected = true;
    fireEvent.click(within(item).getByRole("button", { name: "修复" }));
    fireEvent.click(
      within(await screen.findByRole("dialog", { name: /修复 E92/ })).getByRole("button", { name: "确认修复", hidden: true }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/受保护/);
    expect(alert.textContent).not.toMatch(/at .*\.ts/);
  });

  it("speaks English when Office's display language is English", async () => {
    await setup("qingdao-forms.xlsx", "en");
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText(/The spending plan is written in amounts/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
  });
});

describe("accessibility (jest-axe)", () => {
  it("the findings view has no violations", async () => {
    const { view } = await setup("qingdao-forms.xlsx");
    await validate();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it("the settings view has no violations and every control is labelled", async () => {
    const { view } = await setup();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    expect(await axe(view.container)).toHaveNoViolations();
  });
});

describe("a large workbook", () => {
  it("renders findings a page at a time; filters and bulk fixes still count them all", async () => {
    const store = await memFixture("funing-forms.xlsx");
    const s = store.sheets[0];
    // 300 more rows with a nonstandard unit: over one page of findings
    for (let i = 0; i < 300; i++) {
      s.setValue(200 + i, 3, `附加指标${i}`);
      s.setValue(200 + i, 5, "≥90 百分率");
    }
    const session = new Session(new OfficeAdapter(memoryHost(store)), "zh-CN");
    const { container } = render(<App session={session} />);
    // counted with a selector: role queries are slow on a DOM this size
    const shown = () => container.querySelectorAll("button[aria-label^='跳到单元格']").length;
    fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
    await waitFor(() => expect(shown()).toBe(300), { timeout: 20000 });
    fireEvent.click(screen.getByText(/显示更多（还有 \d+ 条）/));
    await waitFor(() => expect(shown()).toBeGreaterThan(300), { timeout: 20000 });
    expect(session.bulkEdits("nonstandard-unit").length).toBeGreaterThan(300);
  }, 60000);
});

/**
 * @jest-environment jsdom
 */
import fs from "node:fs/promises";
import path from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { Session } from "../../src/taskpane/session";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { MemWorkbook } from "../../src/excel/double";
import { RULES } from "../../src/core/rules";
import { memFixture } from "../support/mem";

const SHEET = "预算项目绩效目标";
// each test validates a real sample and re-validates after every change: slow on a busy machine
jest.setTimeout(300000);
const DOCS = path.join(__dirname, "../../docs/rules");
/** The rule docs as the repository has them; a rule without a doc gives null, as in the add-in. */
const docsFromRepo = (id: string) => fs.readFile(path.join(DOCS, `${id}.md`), "utf8").catch(() => null);

async function setup(store?: MemWorkbook, ruleDocs = docsFromRepo) {
  const wb = store ?? (await memFixture("funing-forms.xlsx"));
  const session = new Session(new OfficeAdapter(memoryHost(wb)), "zh-CN", { ruleDocs });
  const view = render(<App session={session} />);
  fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
  await screen.findAllByRole("button", { name: /跳到单元格/ }, { timeout: 5000 });
  return { store: wb, session, view };
}

const list = () => screen.getByRole("list", { name: "问题列表" });
const links = () => within(list()).getAllByRole("button", { name: /跳到单元格/ });
const currentCell = () => list().querySelector("li[aria-current='true']")?.getAttribute("data-finding") ?? null;

describe("findings: grouping and filters", () => {
  it("groups by project or by rule, with counts; a group collapses and opens again", async () => {
    await setup();
    const total = links().length;
    expect(within(list()).getByRole("button", { name: /^公共法律服务（预算项目绩效目标，第 1–18 行），\d+ 个问题$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "按规则分组" }));
    const group = await within(list()).findByRole("button", { name: "单位写法不规范，33 个问题" });
    expect(group.getAttribute("aria-expanded")).toBe("true");
    expect(within(list()).getByRole("list", { name: "单位写法不规范" }).children).toHaveLength(33);
    fireEvent.click(group);
    expect(group.getAttribute("aria-expanded")).toBe("false");
    expect(within(list()).queryByRole("list", { name: "单位写法不规范" })).toBeNull();
    expect(links().length).toBe(total - 33);
    fireEvent.click(group);
    expect(links()).toHaveLength(total);
  });

  it("the text filter matches message, cell and rule title", async () => {
    await setup();
    fireEvent.change(screen.getByRole("searchbox", { name: "筛选问题" }), { target: { value: "运算符" } });
    await waitFor(() => expect(links()).toHaveLength(3));
    fireEvent.change(screen.getByRole("searchbox", { name: "筛选问题" }), { target: { value: "E92" } });
    await waitFor(() => expect(links().map((l) => l.textContent)).toEqual(["E92"]));
    fireEvent.change(screen.getByRole("searchbox", { name: "筛选问题" }), { target: { value: "没有这种问题" } });
    await screen.findByText("没有符合筛选条件的问题。");
  });

  it("shows rule titles, never rule ids, in the zh-CN findings view", async () => {
    const { view } = await setup();
    const text = view.container.textContent ?? "";
    for (const r of RULES) expect(text).not.toContain(r.id);
    expect(text).toContain("单位写法不规范");
  });
});

describe("findings: one at a time", () => {
  it("下一个 / 上一个 go through the findings in sheet order, select the cell and mark the finding", async () => {
    const { store } = await setup();
    // the list is in sheet order (grouped by project, rows ascending): the buttons name the cells
    const order = links().map((l) => l.textContent);
    expect(order.slice(0, 3)).toEqual(["F10", "F11", "E13"]);
    fireEvent.click(screen.getByRole("button", { name: "下一个" }));
    await waitFor(() => expect(store.selection).toEqual({ sheet: SHEET, address: "F10" }));
    expect(currentCell()).toBe("F10");
    fireEvent.click(screen.getByRole("button", { name: "下一个" }));
    await waitFor(() => expect(store.selection?.address).toBe("F11"));
    fireEvent.click(screen.getByRole("button", { name: "下一个" }));
    await waitFor(() => expect(store.selection?.address).toBe("E13"));
    fireEvent.click(screen.getByRole("button", { name: "上一个" }));
    await waitFor(() => expect(store.selection?.address).toBe("F11"));
    expect(currentCell()).toBe("F11");
    expect(screen.getByText(`2/${order.length}`)).toBeTruthy();
  });

  it("↓ ↑ in the list move through the findings from the keyboard, and keep the focus on the current one", async () => {
    const { store } = await setup();
    links()[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    await waitFor(() => expect(store.selection?.address).toBe("F10"));
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    await waitFor(() => expect(currentCell()).toBe("F11"));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("F11"));
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp" });
    await waitFor(() => expect(store.selection?.address).toBe("F10"));
  });

  it("only the current finding shows its actions, all secondary; the one primary button is 校验", async () => {
    const { view } = await setup();
    expect(within(list()).queryByRole("button", { name: "修复" })).toBeNull();
    fireEvent.click(within(list()).getByRole("button", { name: `跳到单元格 ${SHEET}!E92` }));
    const item = list().querySelector("li[aria-current='true']") as HTMLElement;
    expect(within(item).getByRole("button", { name: "修复" }).className).not.toMatch(/primary/);
    expect(view.container.querySelectorAll(".fui-Button[class*='primary']").length).toBeLessThanOrEqual(1);
  });

  it("selecting a marked cell in the sheet shows its finding", async () => {
    const { store } = await setup();
    act(() => {
      store.selection = { sheet: SHEET, address: "E33" };
      store.emit();
    });
    await waitFor(() => expect(currentCell()).toBe("E33"));
    act(() => {
      store.selection = { sheet: SHEET, address: "A1" };
      store.emit();
    });
    expect(currentCell()).toBe("E33");
  });

  it("a notice at the bottom edge (here after fixing another finding) scrolls the current finding back into view", async () => {
    const { session } = await setup();
    fireEvent.click(within(list()).getByRole("button", { name: `跳到单元格 ${SHEET}!E92` }));
    await waitFor(() => expect(currentCell()).toBe("E92"));
    const scrolled: string[] = [];
    // jsdom has no layout and no scrollIntoView: record which item the pane asks to bring into view
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.getAttribute("data-finding") ?? "");
    };
    try {
      const other = session.visibleFindings().find((f) => f.cell === "E13")!;
      await act(() => session.fix(other));
      await screen.findByText(/已修改 1 个单元格/);
      expect(currentCell()).toBe("E92");
      expect(scrolled).toContain("E92");
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it("after 修复 the next finding becomes the current one", async () => {
    await setup();
    fireEvent.click(within(list()).getByRole("button", { name: `跳到单元格 ${SHEET}!E13` }));
    const item = list().querySelector("li[aria-current='true']") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "修复" }));
    fireEvent.click(within(await screen.findByRole("dialog", { name: "修复 E13" })).getByRole("button", { name: "确认修复" }));
    await screen.findByText(/已修改 1 个单元格/);
    await waitFor(() => expect(currentCell()).toBe("E14"));
  });
});

describe("findings: errors first", () => {
  const severities = () =>
    [...list().querySelectorAll("li[data-finding]")].map((li) =>
      within(li as HTMLElement)
        .getByRole("img")
        .getAttribute("aria-label"),
    );
  const rank = (s: string | null) => ["错误", "警告", "提示"].indexOf(s ?? "");

  it("错误在前 puts errors first (by rule: all of them; by project: in each group, groups with errors first); 下一个 follows the list; kept for the session", async () => {
    const { store, session } = await setup();
    const inSheetOrder = severities();
    // the sample in sheet order: a hint comes before the first error
    expect(inSheetOrder.indexOf("提示")).toBeLessThan(inSheetOrder.indexOf("错误"));
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "错误在前" }));
    await waitFor(() => expect(severities()[0]).toBe("错误"));
    expect(severities().sort()).toEqual([...inSheetOrder].sort());
    const worst: number[] = [];
    for (const group of within(list()).getAllByRole("list")) {
      const ranks = [...group.querySelectorAll("li[data-finding]")].map((li) =>
        rank(
          within(li as HTMLElement)
            .getByRole("img")
            .getAttribute("aria-label"),
        ),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      worst.push(ranks[0]);
    }
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    const order = links().map((l) => l.textContent);
    for (const cell of order.slice(0, 3)) {
      fireEvent.click(screen.getByRole("button", { name: "下一个" }));
      await waitFor(() => expect(store.selection?.address).toBe(cell));
    }
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "按规则分组" }));
    await waitFor(() =>
      expect(severities().map(rank)).toEqual(
        severities()
          .map(rank)
          .sort((a, b) => a - b),
      ),
    );
    expect(session.getState().sortBy).toBe("severity");
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "按表中顺序" }));
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "按项目分组" }));
    await waitFor(() => expect(severities()).toEqual(inSheetOrder));
  });
});

describe("findings: ignoring", () => {
  it("忽略 with a reason: kept in the workbook, shown with its date in 已忽略", async () => {
    const { store } = await setup();
    fireEvent.click(within(list()).getByRole("button", { name: `跳到单元格 ${SHEET}!E33` }));
    fireEvent.click(within(list()).getByRole("button", { name: "忽略" }));
    const dialog = await screen.findByRole("dialog", { name: "忽略 E33" });
    fireEvent.change(within(dialog).getByLabelText("忽略原因（可选）"), { target: { value: "节约成本不设上限，经处室确认" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "忽略此问题" }));
    await waitFor(() => expect(within(list()).queryByRole("button", { name: `跳到单元格 ${SHEET}!E33` })).toBeNull());
    const stored = JSON.parse(store.settings.get("kpiLint.ignored") as string);
    expect(stored).toEqual([expect.objectContaining({ ruleId: "cost-operator", cell: "E33", reason: "节约成本不设上限，经处室确认" })]);
    fireEvent.click(screen.getByRole("tab", { name: "已忽略 (1)" }));
    expect(screen.getByText("原因：节约成本不设上限，经处室确认")).toBeTruthy();
    expect(screen.getByText(/成本指标运算符错误 · 忽略于 \d{4}\/\d{1,2}\/\d{1,2}/)).toBeTruthy();
  });

  it("全部忽略 of a rule ignores every finding of it at once", async () => {
    const { store } = await setup();
    fireEvent.click(screen.getByRole("button", { name: "视图与筛选" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "按规则分组" }));
    fireEvent.click(await within(list()).findByRole("button", { name: "“成本指标运算符错误”的批量操作" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "全部忽略（3）" }));
    await screen.findByText("已忽略 3 个问题。");
    expect(JSON.parse(store.settings.get("kpiLint.ignored") as string)).toHaveLength(3);
    expect(within(list()).queryByRole("button", { name: /^成本指标运算符错误/ })).toBeNull();
  });

  it("关闭此规则（本工作簿） turns the rule off in the workbook's settings; 已忽略 turns it back on", async () => {
    const { store } = await setup();
    fireEvent.click(within(list()).getByRole("button", { name: `跳到单元格 ${SHEET}!E33` }));
    fireEvent.click(within(list()).getByRole("button", { name: "“成本指标运算符错误”的批量操作" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "关闭此规则（本工作簿）" }));
    await screen.findByText(/已在本工作簿关闭规则“成本指标运算符错误”/);
    expect(JSON.parse(store.settings.get("kpiLint.config") as string).rules).toEqual({ "cost-operator": "off" });
    await waitFor(() => expect(within(list()).queryByRole("button", { name: `跳到单元格 ${SHEET}!E33` })).toBeNull());
    fireEvent.click(screen.getByRole("tab", { name: /^已忽略/ }));
    const off = screen.getByRole("region", { name: "本工作簿已关闭的规则" });
    fireEvent.click(within(off).getByRole("button", { name: "重新打开" }));
    await screen.findByText("已重新打开规则“成本指标运算符错误”。");
    expect(JSON.parse(store.settings.get("kpiLint.config") as string).rules).toEqual({});
  });
});

describe("findings: the why", () => {
  /** One project row without a unit (the missing-unit doc's own example). */
  function missingUnitSheet(): MemWorkbook {
    const store = new MemWorkbook();
    const s = store.addSheet("表");
    ["一级指标", "二级指标", "三级指标", "指标值"].forEach((v, i) => s.setValue(1, i + 1, v));
    ["产出指标", "数量指标", "受援人数", "≥150"].forEach((v, i) => s.setValue(2, i + 1, v));
    ["产出指标", "质量指标", "案件办结率", "≥95 百分率"].forEach((v, i) => s.setValue(3, i + 1, v));
    return store;
  }

  it("a finding opens to its rule's explanation, a bad → good example, the basis and the full page", async () => {
    await setup(missingUnitSheet());
    fireEvent.click(within(list()).getByRole("button", { name: "跳到单元格 表!D2" }));
    fireEvent.click(within(list()).getByRole("button", { name: "为什么？" }));
    await screen.findByText("依据");
    const item = list().querySelector("li[aria-current='true']") as HTMLElement;
    expect(item.textContent).toContain("定量指标写了数字却没有计量单位");
    expect(item.textContent).toContain("示例：指标值 ≥150 → ≥150人");
    expect(item.textContent).toContain("财预〔2021〕101号");
    expect(
      within(item)
        .getByRole("link", { name: /完整说明/ })
        .getAttribute("href"),
    ).toBe("help/missing-unit.html");
  });

  it("a rule whose doc is not written yet falls back to its one-line description", async () => {
    const store = missingUnitSheet();
    const onlyMissingUnit = (id: string) => (id === "missing-unit" ? docsFromRepo(id) : Promise.resolve(null));
    await setup(store, onlyMissingUnit);
    fireEvent.click(within(list()).getByRole("button", { name: "跳到单元格 表!D3" }));
    fireEvent.click(within(list()).getByRole("button", { name: "为什么？" }));
    await screen.findByText("这条规则的详细说明尚未编写。");
    const item = list().querySelector("li[aria-current='true']") as HTMLElement;
    const rule = RULES.find((r) => r.id === "nonstandard-unit");
    expect(item.textContent).toContain(rule?.docs.zh);
    expect(within(item).queryByRole("link")).toBeNull();
  });
});

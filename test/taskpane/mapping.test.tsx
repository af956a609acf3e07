/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { Session } from "../../src/taskpane/session";
import { OfficeAdapter } from "../../src/excel/office-adapter";
import { memoryHost } from "../../src/excel/double";
import { MemWorkbook } from "../../src/excel/double";
import { PUFA_ROWS } from "../support/mapping-sheet";
import { memFixture } from "../support/mem";

expect.extend(toHaveNoViolations);

/** A sheet whose 指标值 column holds goal prose while the targets sit under the unlabelled column E. */
function setup(locale: "zh-CN" | "en" = "zh-CN") {
  const store = new MemWorkbook();
  const s = store.addSheet("普法");
  PUFA_ROWS.forEach((row, r) => row.forEach((v, c) => v !== null && s.setValue(r + 1, c + 1, v)));
  store.settings.set("kpiLint.config", JSON.stringify({ costFramework: "2021" }));
  const session = new Session(new OfficeAdapter(memoryHost(store)), locale);
  const view = render(<App session={session} />);
  return { store, session, view };
}

const stored = (store: MemWorkbook) => JSON.parse(store.settings.get("kpiLint.config") as string);

describe("列映射 (column mapping)", () => {
  it("shows an implausible table in words, maps column E to 指标值, saves, re-validates; 恢复自动识别 brings it back", async () => {
    const { store, session, view } = setup();
    fireEvent.click(screen.getByRole("tab", { name: "列映射" }));
    expect(screen.getByText(/请先点击“校验”/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
    await waitFor(() => expect(session.getState().result).not.toBeNull());
    expect(session.getState().result!.findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);

    const region = screen.getByRole("region", { name: "列映射" });
    expect(within(region).getByText("读不通，请核对")).toBeTruthy();
    expect(within(region).getByText(/一级指标：A 列，二级指标：B 列，三级指标：C 列，指标值：D 列/)).toBeTruthy();
    expect(within(region).getByText(/指标值大多读不成目标值/)).toBeTruthy();
    expect(await axe(view.container)).toHaveNoViolations();

    // the editor is open on a doubtful table: one select per column, header text beside the letter
    const e = within(region).getByLabelText<HTMLSelectElement>(/E 列.*（无表头）/);
    const d = within(region).getByLabelText<HTMLSelectElement>(/D 列.*指标值/);
    expect(d.value).toBe("value");
    expect(e.value).toBe("");
    expect([...e.options].map((o) => o.text)).toEqual([
      "三级指标",
      "指标值",
      "一级指标",
      "二级指标",
      "运算符",
      "计量单位",
      "指标描述",
      "确定依据",
      "项目名称",
      "预算数",
      "绩效目标",
      "标签列（不读取）",
      "不使用",
    ]);
    expect(within(region).getByRole<HTMLButtonElement>("button", { name: "恢复自动识别" }).disabled).toBe(true);

    fireEvent.change(e, { target: { value: "value" } });
    expect(d.value).toBe(""); // the role moved: D is no longer read
    fireEvent.click(within(region).getByRole("button", { name: "保存并重新校验" }));
    await screen.findByText("列映射已保存到本工作簿，并已重新校验。", {}, { timeout: 10000 });

    expect(stored(store)).toEqual({ costFramework: "2021", columns: { 普法: { level1: "A", level2: "B", name: "C", value: "E" } } });
    const after = session.getState().result!;
    expect(after.findings.filter((f) => f.ruleId === "table-unreadable")).toEqual([]);
    expect(after.model.sheets[0].projects[0].indicators.map((i) => i.value.raw)).toEqual([
      "≥300件",
      "≥95%",
      "≤30天",
      "≤30万元",
      "有效提升",
      "≥90%",
    ]);
    const region2 = screen.getByRole("region", { name: "列映射" });
    expect(within(region2).getByText("按您指定")).toBeTruthy();
    expect(within(region2).queryByText("读不通，请核对")).toBeNull();
    expect(within(region2).getByText(/三级指标：C 列，指标值：E 列/)).toBeTruthy();
    expect(within(region2).getByLabelText<HTMLSelectElement>(/E 列/).value).toBe("value");
    expect(await axe(view.container)).toHaveNoViolations();

    fireEvent.click(within(region2).getByRole("button", { name: "恢复自动识别" }));
    await screen.findByText("已恢复自动识别，并已重新校验。", {}, { timeout: 10000 });
    expect(stored(store)).toEqual({ costFramework: "2021" });
    expect(session.getState().result!.findings.map((f) => f.ruleId)).toEqual(["table-unreadable"]);
    expect(within(screen.getByRole("region", { name: "列映射" })).getByText("读不通，请核对")).toBeTruthy();
    expect(screen.queryByText("按您指定")).toBeNull();
  });

  it("will not save a mapping without 三级指标 and 指标值", async () => {
    const { session } = setup();
    fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
    await waitFor(() => expect(session.getState().result).not.toBeNull());
    fireEvent.click(screen.getByRole("tab", { name: "列映射" }));
    fireEvent.change(screen.getByLabelText(/D 列/), { target: { value: "" } });
    expect(screen.getByText(/请为一列选择“三级指标”/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "保存并重新校验" }).disabled).toBe(true);
  });

  it("speaks English", async () => {
    const { session } = setup("en");
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await waitFor(() => expect(session.getState().result).not.toBeNull());
    fireEvent.click(screen.getByRole("tab", { name: "Columns" }));
    expect(screen.getByText("Reads implausibly")).toBeTruthy();
    expect(screen.getByText(/Level 1: column A, Level 2: column B, Indicator name: column C, Target value: column D/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save and re-validate" })).toBeTruthy();
    expect(screen.getByLabelText(/Column E.*\(no header\)/)).toBeTruthy();
  });
});

describe("设置 after 列映射", () => {
  it("saving the settings keeps the column mapping", async () => {
    const { store, session } = setup();
    fireEvent.click(screen.getByRole("button", { name: /^校验$/ }));
    await waitFor(() => expect(session.getState().result).not.toBeNull());
    fireEvent.click(screen.getByRole("tab", { name: "列映射" }));
    fireEvent.change(screen.getByLabelText(/E 列/), { target: { value: "value" } });
    fireEvent.click(screen.getByRole("button", { name: "保存并重新校验" }));
    await screen.findByText("列映射已保存到本工作簿，并已重新校验。", {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    fireEvent.click(screen.getByRole("radio", { name: /^旧框架/ }));
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    await screen.findByText("设置已保存到本工作簿。", {}, { timeout: 10000 });
    await waitFor(() => expect(stored(store).costFramework).toBe("legacy"));
    expect(stored(store).columns).toEqual({ 普法: { level1: "A", level2: "B", name: "C", value: "E" } });
  });
});

describe("a workbook that reads well", () => {
  it("groups a sheet's alike tables in one line, keeps the editor closed until asked", async () => {
    const store = await memFixture("split-variants.xlsx");
    const session = new Session(new OfficeAdapter(memoryHost(store)), "zh-CN");
    session.setScope("all");
    const view = render(<App session={session} />);
    await session.validate();
    fireEvent.click(screen.getByRole("tab", { name: "列映射" }));
    const sheet = screen.getByRole("region", { name: "工作表「四川式」" });
    expect(within(sheet).getByText("3 个指标表（表头第 10、28、46 行）")).toBeTruthy();
    expect(within(sheet).getByText(/^一级指标：A 列，二级指标：B 列，三级指标：C 列，运算符：D 列，指标值：E 列/)).toBeTruthy();
    expect(screen.queryByText("读不通，请核对")).toBeNull();
    expect(within(sheet).queryByRole("combobox")).toBeNull();
    fireEvent.click(within(sheet).getByRole("button", { name: "修改列映射" }));
    expect(within(sheet).getByLabelText<HTMLSelectElement>(/^E 列/).value).toBe("value");
    expect(within(sheet).getByText("保存的映射适用于本工作表的全部 3 个指标表。")).toBeTruthy();
    expect(await axe(view.container)).toHaveNoViolations();
  });
});

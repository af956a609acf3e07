import { markdownTableRow, parseRuleDoc } from "../../src/app/rule-doc";

describe("rule doc tables (shared by the pane's 为什么？ and the doc-example tests)", () => {
  it("splits a row into trimmed cells, `\\|` being a pipe inside a cell", () => {
    expect(markdownTableRow("| 产出指标 | 完成时间 | 3月\\|6月 |")).toEqual(["产出指标", "完成时间", "3月|6月"]);
    expect(markdownTableRow("| a |  | b |")).toEqual(["a", "", "b"]);
  });

  it("the pane's example shows the escaped pipe as the user wrote it", () => {
    const doc = [
      "<!-- example: bad -->",
      "| 三级指标 | 指标值 |",
      "| --- | --- |",
      "| 完成时间 | 3月\\|6月 |",
      "<!-- example: good -->",
      "| 三级指标 | 指标值 |",
      "| --- | --- |",
      "| 完成时间 | 2024年6月底前 |",
    ].join("\n");
    expect(parseRuleDoc(doc).example).toEqual([{ label: "指标值", bad: "3月|6月", good: "2024年6月底前" }]);
  });
});

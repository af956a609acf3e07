import { reportJsonLines } from "../../src/cli/json-text";

const reportJson = (value: unknown) => [...reportJsonLines(value)].join("\n");

describe("reportJsonLines", () => {
  const report = {
    files: [
      {
        file: "a.xlsx",
        findings: [
          {
            ruleId: "missing-unit",
            message: "指标值“≥ 150”缺少计量单位",
            fix: { cell: "E5", edits: [{ before: "≥ 150", after: "≥150个" }] },
          },
          { ruleId: "value-has-text", message: 'line\nbreak "quoted"', fix: null, skipped: undefined },
        ],
        summary: { error: 0, warning: 2, info: 0, fixable: 1 },
        sheets: [],
        nothing: {},
      },
    ],
  };

  it("is the same JSON as JSON.stringify gives", () => {
    expect(JSON.parse(reportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("writes each finding on one line and indents the rest by two spaces", () => {
    const lines = reportJson(report).split("\n");
    expect(lines[0]).toBe("{");
    expect(lines[1]).toBe('  "files": [');
    const findingLines = lines.filter((l) => l.includes('"ruleId"'));
    expect(findingLines).toHaveLength(2);
    for (const l of findingLines) expect(() => JSON.parse(l.trim().replace(/,$/, ""))).not.toThrow();
    expect(findingLines[0].startsWith("        {")).toBe(true);
  });

  it("indents exactly like JSON.stringify(value, null, 2) where there is no findings or results list", () => {
    const other = { a: [1, [2, { b: null }], []], c: { d: "e", f: undefined }, g: new Date(0), h: true };
    expect(reportJson(other)).toBe(JSON.stringify(other, null, 2));
  });

  it("writes SARIF results one per line", () => {
    const sarif = { version: "2.1.0", runs: [{ tool: { driver: { name: "kpi-lint" } }, results: [{ ruleId: "x", level: "error" }] }] };
    const text = reportJson(sarif);
    expect(text).toContain('\n        {"ruleId":"x","level":"error"}\n');
    expect(JSON.parse(text)).toEqual(sarif);
  });
});

import { ruleTester } from "../support/rule-tester";
import { added, summarySheet, workbook } from "../support/sheets";

ruleTester("nonstandard-unit", {
  valid: [
    { name: "％ (full width) is the same as %", grid: added(["产出指标", "质量指标", "合格率", "≥95％"]) },
    { name: "人次", grid: added(["产出指标", "数量指标", "接待人次", "≥500人次"]) },
    { name: "元/人/天", grid: added(["成本指标", "经济成本指标", "人均培训成本", "≤550元/人/天"]) },
  ],
  invalid: [
    { name: "≥95 百分率", grid: added(["产出指标", "质量指标", "覆盖面", "≥95 百分率"]), errors: [{ cell: "E14", fix: "≥95%" }] },
    { name: "≥80百分率 (no space)", grid: added(["产出指标", "质量指标", "覆盖面", "≥80百分率"]), errors: [{ fix: "≥80%" }] },
    {
      name: "≤0.5 百分 率 (broken by a line wrap)",
      grid: added(["产出指标", "质量指标", "再犯罪率", "≤0.5 百分 率"]),
      errors: [{ fix: "≤0.5%" }],
    },
    {
      name: "百分比 in a split unit column",
      grid: workbook(summarySheet([{ seq: 8, name: "仲裁员培训经费", budget: 50, rows: [["培训人员满意度", "≥", "百分比", 95]] }])),
      errors: [
        {
          cell: "F4",
          data: { unit: "百分比", canonical: "%" },
          edits: [{ sheet: "汇总表", cell: "F4", before: "百分比", after: "%" }],
        },
      ],
    },
    {
      name: "人、次 → 人次",
      grid: workbook(summarySheet([{ seq: 3, name: "律师人才培养经费", budget: 50, rows: [["律师人才数", "≥", "人、次", 60]] }])),
      errors: [{ fix: "人次" }],
    },
    { name: "百分之95 → 95%", grid: added(["产出指标", "质量指标", "知晓率", "百分之95"]), errors: [{ fix: "95%" }] },
    {
      name: "不低于90百分比 keeps its operator word",
      grid: added(["产出指标", "质量指标", "知晓率", "不低于90百分比"]),
      errors: [{ fix: "≥90%" }],
    },
  ],
});

import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, withRow } from "../support/sheets";
import { DEFAULT_CONFIG } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import type { Row } from "../support/sheets";

ruleTester("multiple-targets", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "人、次 is one unit", grid: added(["产出指标", "数量指标", "接待人次", "≥60人、次"]) },
    { name: "thousands separators", grid: added(["成本指标", "经济成本指标", "设备购置成本", "≤1,030,700.00元"]) },
    { name: "prose after a comma is one target", grid: added(["产出指标", "质量指标", "考核合格率", "≥95%,按季度考核"]) },
    { name: "qualitative text with a comma", grid: added(["效益指标", "社会效益指标", "执法水平", "有效提升，群众满意"]) },
    { name: "a range is one target", grid: added(["产出指标", "时效指标", "办结时限", "3-5个工作日"]) },
  ],
  invalid: [
    {
      name: "60人,1次",
      grid: added(["产出指标", "数量指标", "培训", "60人,1次"]),
      errors: [{ cell: "E14", message: /含有 2 个目标.*拆分为 2 个三级指标/, fix: null, severity: "warning" }],
    },
    {
      name: "60人，1次 (full-width comma)",
      grid: added(["产出指标", "数量指标", "培训", "60人，1次"]),
      errors: [{ cell: "E14", fix: null }],
    },
    {
      name: "合格率≥95%,优秀率≥90%",
      grid: added(["产出指标", "质量指标", "考核结果", "合格率≥95%,优秀率≥90%"]),
      errors: [
        {
          data: { name: "考核结果", raw: "合格率≥95%,优秀率≥90%", count: 2, parts: "合格率≥95% / 优秀率≥90%" },
          message: /合格率≥95% \/ 优秀率≥90%/,
          fix: null,
        },
      ],
    },
    { name: "≥2次；≥100人次", grid: added(["产出指标", "数量指标", "宣传活动", "≥2次；≥100人次"]), errors: [{ fix: null }] },
    { name: "targets on two lines", grid: added(["产出指标", "数量指标", "培训", "≥60人\n≥1次"]), errors: [{ fix: null }] },
  ],
});

describe("multiple-targets is the one finding on such a value", () => {
  const findings = (row: Row) =>
    lint(form(withRow(row)), DEFAULT_CONFIG)
      .findings.filter((f) => f.indicator === row[2])
      .map((f) => f.ruleId);
  it.each<Row>([
    ["产出指标", "数量指标", "培训", "60人,1次"],
    ["产出指标", "质量指标", "验收合格率", "合格率≥95%,优秀率≥90%"],
    ["产出指标", "质量指标", "验收合格率", "≥0.95,≥0.9"],
    ["产出指标", "数量指标", "宣传活动次数", "≥2次；≥100人次"],
    ["成本指标", "经济成本指标", "培训成本", "≥20万元,≥3次"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥95%，≥200人"],
  ])("%s %s %s %s", (...row) => {
    expect(findings(row)).toEqual(["multiple-targets"]);
  });
});

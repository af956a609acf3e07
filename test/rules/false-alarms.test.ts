/**
 * What the guidance allows, and values as people write them, draw no finding from any rule (issue #9 §3,
 * guidance.md "Current rules that flag what the guidance allows"): each row as it was met in real tables,
 * linted with every rule at its default.
 */
import { DEFAULT_CONFIG } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { CLEAN_ROWS, type Row, form, withRow } from "../support/sheets";

const findings = (row: Row, name?: string) =>
  lint(form(withRow(row), name ? { name } : {}), DEFAULT_CONFIG)
    .findings.filter((f) => f.indicator === row[2])
    .map((f) => `${f.ruleId}: ${f.message}`);

describe("no rule flags what the guidance allows", () => {
  it.each<Row>([
    // cost-unit: % cost rates and negative impacts
    ["成本指标", "经济成本指标", "政府采购节支率", "≥5%"],
    ["成本指标", "经济成本指标", "经费节约率", "≥3%"],
    ["成本指标", "经济成本指标", "成本控制率", "≤100%"],
    ["成本指标", "社会成本指标", "施工占用耕地", "≤2亩"],
    ["成本指标", "社会成本指标", "对周边居民生活的影响", "无明显影响"],
    ["成本指标", "生态环境成本指标", "碳排放增加量", "≤5吨"],
    ["成本指标", "生态环境成本指标", "环境影响", "不造成污染"],
    // cost-operator: standards are exact amounts, bare or =
    ["成本指标", "经济成本指标", "补贴标准", "1500元/人"],
    ["成本指标", "经济成本指标", "补贴标准", "=1500元/人"],
    ["成本指标", "经济成本指标", "补助标准", "1500元/人"],
    ["成本指标", "经济成本指标", "慰问金发放标准", "500元/人"],
    ["成本指标", "经济成本指标", "差旅费开支标准", "=450元/人/天"],
    // rate-unit: the name decides, not the category
    ["满意度指标", "服务对象满意度指标", "投诉次数", "≤3次"],
    ["满意度指标", "服务对象满意度指标", "有效投诉件数", "≤2件"],
    // value-has-text: complete time expressions; periods, ranges and tolerances as people write them
    ["产出指标", "时效指标", "项目实施期", "2023.07-2024.01"],
    ["产出指标", "时效指标", "项目实施期", "2023年7月-2024年1月"],
    ["产出指标", "时效指标", "实施时间", "1-12月"],
    ["产出指标", "时效指标", "实施时间", "2024年1-12月"],
    ["产出指标", "时效指标", "实施时间", "2024年全年"],
    ["产出指标", "时效指标", "实施时间", "全年"],
    ["产出指标", "时效指标", "实施时间", "2024年度"],
    ["产出指标", "时效指标", "办结时限", "3-5个工作日"],
    ["产出指标", "质量指标", "数据误差率", "±3%以内"],
    ["产出指标", "质量指标", "数据误差率", "±5%"],
    ["产出指标", "质量指标", "验收合格率", "≥95%\n（按季度考核）"],
    ["产出指标", "质量指标", "验收合格率", "≥ 95 %"],
    ["产出指标", "质量指标", "验收合格率", "≥　95　%"],
    ["成本指标", "经济成本指标", "运维成本", "≤62万元/月"],
  ])("%s %s %s %j", (...row) => {
    expect(findings(row)).toEqual([]);
  });

  it("duplicate-indicator: one name under 数量 and 时效 with different values", () => {
    const rows: Row[] = [
      ["产出指标", "数量指标", "宣传活动", "≥12次"],
      ["", "时效指标", "宣传活动", "2024年12月底前"],
      ...CLEAN_ROWS.slice(1),
    ];
    const found = lint(form(rows), DEFAULT_CONFIG).findings.filter((f) => f.indicator === "宣传活动");
    expect(found.map((f) => f.ruleId)).toEqual([]);
  });

  it.each(["地方政府专项债券付息", "机关运转经费"])("missing-level1: no 满意度 in %s", (name) => {
    const rows = withRow(["产出指标", "数量指标", "付息笔数", "≥4笔"]).filter((r) => r[0] !== "满意度指标");
    const found = lint(form(rows, { name }), DEFAULT_CONFIG).findings.filter((f) => f.ruleId === "missing-level1");
    expect(found).toEqual([]);
  });
});

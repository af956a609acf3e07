import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("zero-bound", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "=0%", grid: added(["产出指标", "质量指标", "安全事故发生率", "=0%"]) },
    { name: "a bare 0 means =0", grid: added(["产出指标", "质量指标", "再犯罪率", "0%"]) },
    { name: "0起 (bare count)", grid: added(["效益指标", "社会效益指标", "重大安全事故", "0起"]) },
    { name: "a growth rate may fall below zero", grid: added(["效益指标", "经济效益指标", "运行成本增长率", "≤0%"]) },
    { name: "同比 change", grid: added(["效益指标", "社会效益指标", "信访量同比变化", "≤0%"]) },
    { name: ">0: some at all is a target", grid: added(["产出指标", "数量指标", "新增律所数量", ">0家"]) },
    { name: "a real ceiling", grid: added(["产出指标", "质量指标", "再犯罪率", "≤0.5%"]) },
    { name: "±0.5% tolerance is not a zero bound", grid: added(["产出指标", "质量指标", "计量误差", "±0.5%以内"]) },
  ],
  invalid: [
    {
      name: "≤0% → =0%",
      grid: added(["产出指标", "质量指标", "安全事故发生率", "≤0%"]),
      errors: [{ cell: "E14", message: /“安全事故发生率”写成 ≤0%.*应写为 =0%/, fix: "=0%" }],
    },
    { name: "≤0起 → =0起", grid: added(["效益指标", "社会效益指标", "重大安全事故", "≤0起"]), errors: [{ fix: "=0起" }] },
    { name: "不高于0% (word) → =0%", grid: added(["产出指标", "质量指标", "差错率", "不高于0%"]), errors: [{ fix: "=0%" }] },
    { name: "0件以内 (suffix) → =0件", grid: added(["效益指标", "社会效益指标", "群体性事件", "0件以内"]), errors: [{ fix: "=0件" }] },
    {
      name: "≤0 with no unit: a suggestion only (missing-unit's fix comes first)",
      grid: added(["产出指标", "质量指标", "差错率", "≤0"]),
      errors: [{ fix: null, suggestion: "=0" }],
    },
    {
      name: "split columns: only the operator cell changes",
      grid: workbook(summarySheet([{ seq: 1, name: "社区矫正经费", budget: 30, rows: [["脱管漏管率", "≤", "%", 0]] }])),
      errors: [{ cell: "E4", fix: "=" }],
    },
    {
      name: "≥0 on a count: no target, no certain fix",
      grid: added(["产出指标", "数量指标", "法律援助案件受理数", "≥0件"]),
      errors: [{ cell: "E14", message: /任何结果都满足，等于没有设目标/, fix: null }],
    },
    {
      name: "≥0% on a lower-is-better rate: a suggestion =0%",
      grid: added(["产出指标", "质量指标", "投诉率", "≥0%"]),
      errors: [{ message: /越低越好，应写为 =0%/, fix: null, suggestion: "=0%" }],
    },
    { name: "不低于0% (word)", grid: added(["产出指标", "质量指标", "验收合格率", "不低于0%"]), errors: [{ fix: null }] },
  ],
});

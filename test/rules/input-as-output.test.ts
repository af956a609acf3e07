import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, added, form, summarySheet, workbook } from "../support/sheets";

ruleTester("input-as-output", {
  valid: [
    { name: "a clean project", grid: form(CLEAN_ROWS) },
    { name: "paying beneficiaries is an output", grid: added(["产出指标", "时效指标", "补贴资金发放及时率", "≥95%"]) },
    { name: "案件补贴发放率", grid: added(["产出指标", "质量指标", "涉法涉诉案件办案费发放率", "100%"]) },
    { name: "运转保障率 is no input measure", grid: added(["产出指标", "质量指标", "运转保障率", "≥95%"]) },
    { name: "under 成本指标 it is left alone", grid: added(["成本指标", "经济成本指标", "预算执行率", "≥95%"]) },
    { name: "under the older 产出 → 成本指标", grid: added(["产出指标", "成本指标", "资金使用率", "≥95%"]) },
    {
      name: "a description mentioning 资金使用率",
      grid: added(["产出指标", "质量指标", "调解成功率", "≥85%", "降低成本，提高资金使用率"]),
    },
  ],
  invalid: [
    {
      name: "预算执行率 under 质量指标",
      grid: added(["产出指标", "质量指标", "预算执行率", "≥95%"]),
      errors: [{ cell: "C14", message: /“预算执行率”衡量的是资金投入/ }],
    },
    { name: "资金到位率 under 效益", grid: added(["效益指标", "社会效益指标", "资金到位率", "100%"]), errors: [{ cell: "C14" }] },
    { name: "经费保障率", grid: added(["产出指标", "数量指标", "经费保障率", "100%"]), errors: [{ message: /经费保障率/ }] },
    { name: "经费保障 (qualitative)", grid: added(["效益指标", "可持续影响指标", "经费保障", "有效保障"]), errors: [{}] },
    { name: "资金拨付率 under 时效", grid: added(["产出指标", "时效指标", "资金拨付率", "≥90%"]), errors: [{}] },
    {
      name: "a summary table without levels lists targets only",
      grid: workbook(
        summarySheet([
          {
            seq: 12,
            name: "普法宣传",
            budget: 175,
            rows: [
              ["宣贯政策知晓率", "≥", "%", 85],
              ["预算执行率", "≥", "%", 95],
            ],
          },
        ]),
      ),
      errors: [{ cell: "D5", message: /预算执行率/ }],
    },
  ],
});

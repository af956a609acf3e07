import { ruleTester } from "../support/rule-tester";
import { CLEAN_ROWS, form } from "../support/sheets";

/** CLEAN_ROWS carry 培训人数 ≥200人, 培训合格率 ≥90%, 培训成本控制数 ≤80万元; the goal is in B7. */
const goal = (text: string) => form(CLEAN_ROWS, { goal: text });

ruleTester("goal-not-covered", {
  valid: [
    { name: "a goal with no quantity", grid: form(CLEAN_ROWS) },
    { name: "every quantity carried", grid: goal("全年培训执法人员200人，培训合格率达到90%以上") },
    { name: "万 read as ten thousand: 0.02万人 = 200人", grid: goal("全年培训执法人员0.02万人") },
    { name: "人次 and 人 are both counts", grid: goal("全年培训200人次") },
    { name: "clause numbers are not quantities", grid: goal("1.完成年度培训任务；2.提升执法水平；3.规范执法行为") },
    { name: "years and dates are not quantities", grid: goal("确保2024年12月底前完成全部培训") },
    { name: "money restates the budget, not a target", grid: goal("安排资金80万元用于执法人员培训") },
    { name: "7*24小时 and a hotline number", grid: goal("提供7*24小时12348热线咨询服务") },
    { name: "个百分点 is a change, not a count", grid: goal("知晓率提高2个百分点") },
    { name: "a frequency is carried as a yearly count", grid: goal("每季度开展1次培训效果评估") },
  ],
  invalid: [
    {
      name: "覆盖3个区 carried by no indicator",
      grid: goal("组织执法人员培训，覆盖3个区"),
      errors: [
        {
          cell: "B7",
          message: "项目“测试项目”的绩效目标写明了“覆盖3个区”，但没有指标体现，建议补充相应的数量指标",
          severity: "info",
        },
      ],
    },
    {
      name: "several quantities in one finding",
      grid: goal("全年培训500人次，举办培训班6期，培训合格率达到90%"),
      errors: [{ cell: "B7", message: /写明了“全年培训500人次”、“举办培训班6期”，/ }],
    },
    {
      name: "a percentage the indicators do not carry",
      grid: goal("培训对象满意度达到95%以上"),
      errors: [{ message: /“培训对象满意度达到95%”/ }],
    },
  ],
});

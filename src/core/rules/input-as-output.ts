import { defineRule } from "./types";
import { forEachIndicator, isCost } from "./helpers";
import { nameKey } from "../value/normalize";

/** Measures of the money going in, not of what it buys: 资金到位率, 预算执行率, 经费保障率 … */
const INPUT_NAME =
  /(资金|经费|预算|财政资金|项目资金)(到位率|执行率|拨付率|使用率|支付率|支出率|执行进度|支出进度|拨付进度|到位情况)$|经费保障(率|程度|情况)?$|预算执行$/;

/** The categories that hold targets: 产出, 效益, 满意度 (成本 holds the money side and is left alone). */
const TARGET_LEVEL1 = new Set(["产出指标", "效益指标", "满意度指标"]);
const TARGET_LEVEL2 = new Set([
  "数量指标",
  "质量指标",
  "时效指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
]);

export default defineRule({
  id: "input-as-output",
  title: { zh: "投入当作产出", en: "Input used as a target" },
  defaultSeverity: "warning",
  docs: {
    zh: "资金到位率、预算执行率、资金拨付率、经费保障率等衡量投入的指标被当作产出、效益或满意度指标",
    en: "An input measure (资金到位率, 预算执行率, 资金拨付率, 经费保障率 …) is used as an output, effect or satisfaction target",
    example: { bad: "产出指标 | 质量指标 | 预算执行率 | ≥95%", good: "产出指标 | 质量指标 | 法律援助案件办结率 | ≥95%" },
  },
  messages: {
    default: {
      zh: "“{{name}}”衡量的是资金投入，不是项目的产出或效益，不能作为绩效目标；请改为这笔钱带来的结果（如办结案件数、培训合格率）",
      en: "“{{name}}” measures the money put in, not what the project delivers, so it is no performance target; state what the money achieves (cases closed, training pass rate)",
    },
  },
  fixable: false,
  hasSuggestions: false,
  check(ctx) {
    forEachIndicator(ctx.model, (ind, p) => {
      if (!INPUT_NAME.test(nameKey(ind.name)) || isCost(ind)) return;
      // tables without levels list targets only (a summary's 核心绩效指标); with levels, 成本 and unknown 一级 stay quiet
      const noLevels = !ind.level1 && !ind.level2;
      const asTarget = ind.level1 ? TARGET_LEVEL1.has(ind.level1) : !!ind.level2 && TARGET_LEVEL2.has(ind.level2);
      if (!noLevels && !asTarget) return;
      ctx.report({ project: p, at: ind.cells.name ?? ind.cells.value, indicator: ind.name, data: { name: ind.name } });
    });
  },
});

/** What an indicator measures, told by its 二级 or its name: 时效, reverse (lower is better) and positive rates. */
import type { IndicatorRow } from "../model";
import { nameKey } from "../value/normalize";

/** In tables without levels only the name tells a 时效 indicator: 完成时间, 办结时限, 完成及时性 … */
const TIMELINESS_NAME = /(时效|时效性|及时性|时限|完成时间|完成时限|办结时间|截止时间|完成期限)$/;

/** A 时效 indicator: under 时效指标, or — in tables without levels — named as one. */
export function isTimeliness(ind: IndicatorRow): boolean {
  if (ind.level2 === "时效指标") return true;
  if (ind.level1 || ind.level2) return false;
  return TIMELINESS_NAME.test(nameKey(ind.name));
}

/** Lower is better: 再犯罪率, 投诉率, 事故发生率, 不满意率 …, and waiting or handling times (响应时间, 办理用时). */
const REVERSE_NAME =
  /(犯罪率|差错率|错误率|出错率|投诉率|事故率|撤销率|发生率|违约率|失误率|不满意率|不合格率|失败率|故障率|败诉率|逾期率|延误率|返工率|脱管率|漏管率|误报率|漏报率|违纪率|复发率|流失率)$|(等待|响应|处理|办理|办结|受理|审批|审核|到场|反馈|答复|解决|修复)(时长|时间|用时)$|(用时|耗时)$/;

/** Higher is better: 合格率, 满意度, 完成率, 覆盖率 … (not 不合格率 / 不满意率, which are reverse). */
const POSITIVE_NAME =
  /(合格率|满意度|满意率|完成率|覆盖率|及时率|达标率|知晓率|办结率|结案率|成功率|通过率|准确率|正确率|接通率|配备率|报到率|优良率|到位率)$/;

export function isReverseName(name: string): boolean {
  return REVERSE_NAME.test(nameKey(name));
}

export function isPositiveName(name: string): boolean {
  const k = nameKey(name);
  return !REVERSE_NAME.test(k) && POSITIVE_NAME.test(k);
}

/** What a 指标方向 column says: 正向 / 越大越好 → "positive", 反向 / 越小越好 → "reverse". */
export function directionOf(text: string | null): "positive" | "reverse" | null {
  if (!text) return null;
  if (/反向|越小越好|越低越好|递减/.test(text)) return "reverse";
  if (/正向|越大越好|越高越好|递增/.test(text)) return "positive";
  return null;
}

/** Invented projects (justice bureaus and other departments) for the layout tests; no text from the seeds. */
import type { IndicatorSpec, Level1, Op, ProjectSpec, TableSpec, ValueSpec } from "./spec";

export const q = (op: Op | "", num: number, unit: string): ValueSpec => ({ kind: "quant", op, num, unit });
export const tx = (text: string): ValueSpec => ({ kind: "text", text });
export const serial = (n: number, deadline: string): ValueSpec => ({ kind: "serial", serial: n, deadline });
export const ind = (level1: Level1, level2: string, name: string, value: ValueSpec): IndicatorSpec => ({ level1, level2, name, value });

export const HOTLINE: ProjectSpec = {
  name: "公共法律服务热线运行经费",
  code: "41010224P00031870012Y",
  org: "某市公共法律服务中心",
  budget: 86.5,
  goal: "1.保障热线全天候接听，年度接听咨询不少于5万通；2.提升咨询解答质量，群众满意度稳步提高。",
  indicators: [
    ind("产出指标", "数量指标", "热线接听量", q("≥", 52000, "通")),
    ind("产出指标", "质量指标", "咨询接通率", q("≥", 92, "%")),
    ind("产出指标", "时效指标", "来电回访时限", q("≤", 3, "个工作日")),
    ind("成本指标", "经济成本指标", "热线运行成本", q("≤", 86.5, "万元")),
    ind("效益指标", "社会效益指标", "群众法律意识", tx("有效提升")),
    ind("满意度指标", "服务对象满意度指标", "来电群众满意度", q("≥", 90, "%")),
  ],
};

export const MEDIATION: ProjectSpec = {
  name: "人民调解以案定补经费",
  org: "某区司法局",
  budget: 42,
  goal: "落实以案定补政策，调动调解员积极性，及时化解基层矛盾纠纷。",
  indicators: [
    ind("产出指标", "数量指标", "补贴调解案件数", q("≥", 1400, "件")),
    ind("产出指标", "质量指标", "调解协议履行率", q("≥", 95, "%")),
    ind("成本指标", "经济成本指标", "每件补贴标准", q("≤", 300, "元/件")),
    ind("效益指标", "社会效益指标", "矛盾纠纷就地化解率", q("≥", 90, "%")),
    ind("效益指标", "可持续影响指标", "基层调解组织运行", tx("持续稳定")),
    ind("满意度指标", "服务对象满意度指标", "当事人满意度", q("≥", 88, "%")),
  ],
};

export const CORRECTION: ProjectSpec = {
  name: "社区矫正智慧监管平台运维",
  code: "41010224P00031870027Y",
  org: "某区社区矫正管理局",
  budget: 37.8,
  goal: "保障监管平台稳定运行，矫正对象信息化核查全覆盖，防止脱管漏管。",
  indicators: [
    ind("产出指标", "数量指标", "接入司法所数量", q("=", 14, "个")),
    ind("产出指标", "质量指标", "定位核查覆盖率", q("", 100, "%")),
    ind("产出指标", "时效指标", "故障响应时间", q("≤", 4, "小时")),
    ind("成本指标", "经济成本指标", "平台运维费用", q("≤", 37.8, "万元")),
    ind("效益指标", "社会效益指标", "矫正对象再犯罪率", q("≤", 0.3, "%")),
    ind("满意度指标", "服务对象满意度指标", "基层工作人员满意度", q("≥", 85, "%")),
  ],
};

export const LEGAL_PUBLICITY: ProjectSpec = {
  name: "农村法治宣传阵地建设",
  org: "某县普法办",
  budget: 18.6,
  goal: "建设村级法治文化阵地，开展送法下乡活动，提高农村群众法治素养。",
  indicators: [
    ind("产出指标", "数量指标", "新建法治文化广场", q("≥", 6, "个")),
    ind("产出指标", "数量指标", "送法下乡活动场次", q("≥", 24, "场")),
    ind("产出指标", "质量指标", "阵地验收合格率", q("=", 100, "%")),
    ind("成本指标", "经济成本指标", "单个阵地建设成本", q("≤", 2.8, "万元")),
    ind("效益指标", "社会效益指标", "村民法治知晓率", q("≥", 80, "%")),
    ind("满意度指标", "服务对象满意度指标", "村民满意度", q("≥", 90, "%")),
  ],
};

export const FOOD_SAMPLING: ProjectSpec = {
  name: "食品安全监督抽检经费",
  code: "41010331P00042110005X",
  org: "某市市场监督管理局",
  budget: 215,
  goal: "完成年度食品安全监督抽检任务，及时核查处置不合格食品，守住不发生区域性食品安全事件的底线。",
  indicators: [
    ind("产出指标", "数量指标", "抽检批次", q("≥", 4800, "批次")),
    ind("产出指标", "质量指标", "不合格食品核查处置率", q("=", 100, "%")),
    ind("产出指标", "时效指标", "抽检结果公布时限", q("≤", 20, "个工作日")),
    ind("成本指标", "经济成本指标", "单批次检验费用", q("≤", 420, "元")),
    ind("效益指标", "社会效益指标", "区域性食品安全事件", tx("不发生")),
    ind("满意度指标", "服务对象满意度指标", "公众食品安全满意度", q("≥", 85, "%")),
  ],
};

/** Cell contents seen in the wild: ranges, implied 万元, rates per month, 人/次, line breaks, date serials. */
export const ODD_VALUES: ProjectSpec = {
  name: "值班律师法律帮助补贴",
  org: "某区法律援助中心",
  budget: 64,
  goal: "在看守所、法院设立值班律师工作站，为没有辩护人的当事人提供法律帮助。",
  indicators: [
    ind("产出指标", "数量指标", "法律帮助人次", tx("≥1300\n人次")),
    ind("产出指标", "数量指标", "单次值班律师人数", tx("=3人/次")),
    ind("产出指标", "时效指标", "项目实施周期", tx("2024.02-2024.12")),
    ind("产出指标", "时效指标", "补贴发放月份", tx("1-12月")),
    ind("产出指标", "时效指标", "年度补贴结清时间", serial(45657, "2024-12-31")),
    ind("成本指标", "经济成本指标", "补贴总额", tx("64万")),
    ind("成本指标", "经济成本指标", "月度补贴支出", tx("≤5.4万/月")),
    ind("成本指标", "经济成本指标", "预算执行偏差", tx("±5%以内")),
    ind("效益指标", "社会效益指标", "当事人合法权益", tx("得到\n有效保障")),
    ind("满意度指标", "服务对象满意度指标", "受助当事人满意度", q("≥", 92, "%")),
  ],
};

/** Targets that certain fixes rewrite (prose restating the number, a rate as a decimal, ≥ on a cost, ％, no unit). */
export const FIXABLE: ProjectSpec = {
  name: "法律援助办案补贴",
  org: "某县法律援助中心",
  budget: 30,
  goal: "办理法律援助案件不少于150件。",
  indicators: [
    ind("产出指标", "数量指标", "法律援助案件数", tx("≥150件法律援助案件达到150件")),
    ind("产出指标", "质量指标", "案件结案率", tx("0.95")),
    ind("成本指标", "经济成本指标", "办案补贴成本", tx("≥30万元")),
    ind("产出指标", "数量指标", "培训场次", tx("≥ 12")),
    ind("满意度指标", "服务对象满意度指标", "受援人满意度", tx("≥90％")),
  ],
};

export function table(projects: ProjectSpec[], moneyUnit: "万元" | "元" = "万元", department = "某市司法局"): TableSpec {
  return { department, year: 2024, moneyUnit, projects };
}

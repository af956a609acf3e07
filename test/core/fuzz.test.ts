import { makeSheet, type CellValue, type MergedArea } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import { inspectJson, validateFileJson } from "../../src/core/report/json";

/** Deterministic pseudo-random sheets mixing header words, labels, values, merges and junk. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const WORDS: CellValue[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标名称",
  "指标值",
  "年度目标值",
  "运算符",
  "单位",
  "度量单位",
  "指标性质",
  "指标方向",
  "项目名称",
  "项目编码",
  "预算数",
  "单位：万元",
  "单位：元",
  "资金支出计划（%）",
  "3月底",
  "12月底",
  "绩效目标",
  "序号",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "数量指标",
  "质量指标",
  "服务对象满意度指标",
  "经济成本指标",
  "≥95%",
  "≥95 百分率",
  "≤228.4万元",
  "0.85",
  "≥0.85援助案件完成率达85%以上",
  "完成年度任务",
  "有效提升",
  "大于等于",
  "定性",
  "2024年12月底前",
  "=",
  "%",
  "万元",
  "人次",
  "—",
  "",
  null,
  0,
  1,
  150,
  208.4,
  1e21,
  -3,
  "填报人：",
  "1.测试绩效目标表",
  "😀",
  "\u0000",
];

describe("never throws on arbitrary sheets", () => {
  it("400 random sheets recognise, lint and serialise", () => {
    const rand = rng(42);
    for (let n = 0; n < 400; n++) {
      const rows: CellValue[][] = [];
      const h = 1 + Math.floor(rand() * 40);
      const w = 1 + Math.floor(rand() * 10);
      for (let r = 0; r < h; r++)
        rows.push(Array.from({ length: w }, () => (rand() < 0.35 ? null : WORDS[Math.floor(rand() * WORDS.length)])));
      const merges: MergedArea[] = [];
      for (let k = 0; k < Math.floor(rand() * 6); k++) {
        const top = 1 + Math.floor(rand() * h);
        const left = 1 + Math.floor(rand() * w);
        const area = { top, left, bottom: Math.min(h, top + Math.floor(rand() * 4)), right: Math.min(w, left + Math.floor(rand() * 2)) };
        if (!merges.some((m) => m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right))
          merges.push(area);
      }
      const sheet = makeSheet(`S${n}`, rows, merges);
      const { model, findings } = lint({ sheets: [sheet] });
      expect(() => JSON.stringify(validateFileJson("x", model, findings))).not.toThrow();
      expect(() => JSON.stringify(inspectJson("x", model))).not.toThrow();
      for (const f of findings) {
        expect(f.row).toBeGreaterThan(0);
        expect(f.message.length).toBeGreaterThan(0);
      }
    }
  });
});

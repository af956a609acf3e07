/**
 * Layouts in the wild (docs/domain.md): synthetic tables per phenomenon, read back through the
 * recogniser and compared with what a finance officer reads from them. Failures here are misreadings
 * of real layouts; the recogniser rewrite is measured against them.
 */
import { makeSheet } from "../../src/core/grid";
import { lint } from "../../src/core/lint";
import { recogniseSheet } from "../../src/core/recognise/recognise";
import { type BuiltSheet, buildSheet, layout } from "../support/layouts";
import { expectedView, readView } from "../support/layouts/check";
import { PHENOMENA } from "../support/layouts/phenomena";

const GOOD: BuiltSheet[] = [];

for (const [phenomenon, cases] of Object.entries(PHENOMENA)) {
  describe(phenomenon, () => {
    for (const [title, spec, options] of cases) {
      const built = buildSheet(spec, layout(options), title.slice(0, 31));
      GOOD.push(built);
      it(`${title}: every project, budget and indicator read as a person reads it`, () => {
        const model = recogniseSheet(built.sheet);
        expect(readView(model, built.expected)).toEqual(expectedView(built.expected));
      });
    }
  });
}

describe("a table that reads implausibly says so", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值"];
  const prose = [
    "为深入贯彻落实上级部署要求，进一步提高工作质量",
    "围绕中心服务大局，统筹推进各项重点任务落地见效",
    "坚持问题导向，补齐短板弱项，形成长效工作机制",
    "强化资金管理，提高资金使用效益，确保专款专用",
  ];
  const garbage = [
    makeSheet("散文", [
      ["项目名称", "基层法治建设经费"],
      header,
      ...prose.map((_, i) => prose.map((_p, j) => prose[(i + j) % prose.length])),
    ]),
    makeSheet("同名", [
      ["项目名称", "行政复议应诉经费"],
      header,
      ["产出指标", "数量指标", "工作任务", "完成"],
      [null, "质量指标", "工作任务", "完成"],
      ["效益指标", "社会效益指标", "工作任务", "完成"],
      ["满意度指标", "服务对象满意度指标", "工作任务", "完成"],
    ]),
  ];

  it.each(garbage.map((s) => [s.name, s] as const))("%s: reported as table-unreadable", (_name, sheet) => {
    const { findings } = lint({ sheets: [sheet] });
    expect(findings.map((f) => f.ruleId)).toContain("table-unreadable");
  });

  it("never on the good layouts above", () => {
    const flagged = GOOD.filter((b) => lint({ sheets: [b.sheet] }).findings.some((f) => f.ruleId === "table-unreadable"));
    expect(flagged.map((b) => b.sheet.name)).toEqual([]);
  });
});

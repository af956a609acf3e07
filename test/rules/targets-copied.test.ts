import { DEFAULT_CONFIG, resolveConfig } from "../../src/core/config";
import { lintModel } from "../../src/core/lint";
import { recogniseWorkbook } from "../../src/core/recognise/recognise";
import { RULES } from "../../src/core/rules";
import { ruleTester } from "../support/rule-tester";
import { summarySheet, workbook } from "../support/sheets";

type Ind = [string, string, string, string | number];

/** A training project's targets; `people` and `classes` are what should follow the money. */
const training = (people: number, classes: number): Ind[] => [
  ["培训人数", "≥", "人", people],
  ["培训班次", "≥", "期", classes],
  ["培训合格率", "≥", "%", 90],
  ["培训对象满意度", "≥", "%", 90],
  ["培训完成时间", "", "", "2024年12月底前"],
];

const GENERIC: Ind[] = [
  ["工作完成率", "=", "%", 100],
  ["验收合格率", "≥", "%", 95],
  ["服务对象满意度", "≥", "%", 90],
  ["工作效率", "", "", "有效提升"],
];

const two = (a: { budget: number; rows: Ind[] }, b: { budget: number; rows: Ind[] }) =>
  workbook(
    summarySheet([
      { seq: 1, name: "人民调解员培训", ...a },
      { seq: 2, name: "执法人员培训", ...b },
    ]),
  );

ruleTester("targets-copied", {
  valid: [
    { name: "targets set from each budget", grid: two({ budget: 20, rows: training(200, 4) }, { budget: 100, rows: training(1000, 20) }) },
    {
      name: "same targets, budgets less than 2× apart",
      grid: two({ budget: 60, rows: training(200, 4) }, { budget: 100, rows: training(200, 4) }),
    },
    { name: "only generic rates and words shared", grid: two({ budget: 20, rows: GENERIC }, { budget: 100, rows: GENERIC }) },
    {
      name: "fewer than 4 targets: shared by chance",
      grid: two({ budget: 20, rows: training(200, 4).slice(0, 3) }, { budget: 100, rows: training(200, 4).slice(0, 3) }),
    },
    {
      name: "3 of 5 the same (60%) is below 0.8",
      grid: two({ budget: 20, rows: training(200, 4) }, { budget: 100, rows: [...training(200, 4).slice(0, 3), ...GENERIC.slice(0, 2)] }),
    },
  ],
  invalid: [
    {
      name: "the same targets on a budget 5× larger",
      grid: two({ budget: 20, rows: training(200, 4) }, { budget: 100, rows: training(200, 4) }),
      errors: [
        {
          cell: "B9",
          severity: "warning",
          message:
            "项目“执法人员培训”（预算 100万元）的指标有 100% 与项目“人民调解员培训”（预算 20万元）相同，预算相差 5 倍，指标值应按本项目资金测算",
        },
      ],
    },
    {
      name: "4 of 5 the same (80%), one target changed",
      grid: two(
        { budget: 20, rows: training(200, 4) },
        { budget: 50, rows: [...training(200, 4).slice(0, 4), ["培训完成时间", "", "", "2024年11月底前"]] },
      ),
      errors: [{ cell: "B9", message: /的指标有 80% 与项目“人民调解员培训”/ }],
    },
    {
      name: "options: similarity 0.6 and budgetRatio 1.5",
      grid: two({ budget: 60, rows: training(200, 4) }, { budget: 100, rows: [...training(200, 4).slice(0, 3), ...GENERIC.slice(0, 2)] }),
      options: { similarity: 0.6, budgetRatio: 1.5 },
      errors: [{ message: /60%.*预算相差 1.7 倍/ }],
    },
    {
      name: "across sheets: the other sheet is named",
      grid: workbook(summarySheet([{ seq: 1, name: "人民调解员培训", budget: 20, rows: training(200, 4) }]), {
        ...summarySheet([{ seq: 1, name: "执法人员培训", budget: 100, rows: training(200, 4) }]),
        name: "区县",
      }),
      errors: [{ message: /与工作表“汇总表”的项目“人民调解员培训”/ }],
    },
  ],
});

describe("targets-copied on 2,400 projects", () => {
  const rule = RULES.filter((r) => r.id === "targets-copied");
  const timed = (projects: Array<{ seq: number; name: string; budget: number; rows: Ind[] }>) => {
    const model = recogniseWorkbook(workbook(summarySheet(projects)));
    const start = performance.now();
    const found = lintModel(model, DEFAULT_CONFIG, rule);
    return { found, ms: performance.now() - start };
  };

  it("finds the copies among projects with their own figures and shared boilerplate", () => {
    // shared rates, 7 recurring class counts, own head counts; every 100th project copies its neighbour on 3× the money
    const { found, ms } = timed(
      Array.from({ length: 2400 }, (_, i) => {
        const n = i % 100 === 1 ? i - 1 : i;
        return { seq: i + 1, name: `项目${i + 1}`, budget: n === i ? 100 : 300, rows: [...training(100 + n, 2 + (n % 7)), GENERIC[1]] };
      }),
    );
    expect(found).toHaveLength(24);
    expect(found[0].message).toMatch(/项目“项目2”（预算 300万元）.*与项目“项目1”（预算 100万元）/);
    // measured ≈ 0.1 s on an idle machine; the bound leaves room for a loaded CI runner
    expect(ms).toBeLessThan(2000);
  });

  it("stays fast when every project has the same quantity targets (one bucket) but its own rates", () => {
    // budgets 3× apart every other project, so each pair passes the budget test and fails only on similarity (3 of 5)
    const { found, ms } = timed(
      Array.from({ length: 2400 }, (_, i) => {
        const rows: Ind[] = training(200, 4).map((r): Ind => (r[2] === "%" ? [r[0], r[1], r[2], 50 + i / 100 + (r[0].length % 2) / 2] : r));
        return { seq: i + 1, name: `项目${i + 1}`, budget: i % 2 ? 300 : 100, rows };
      }),
    );
    expect(found).toHaveLength(0);
    expect(ms).toBeLessThan(2000);
  });
});

describe("targets-copied options in kpi-lint.config.json", () => {
  it("accepts similarity and budgetRatio, refuses a similarity above 1 and unknown keys", () => {
    const ok = resolveConfig({ rules: { "targets-copied": ["warning", { similarity: 0.9, budgetRatio: 3 }] } }, RULES);
    expect(ok.ok && ok.config.ruleOptions["targets-copied"]).toEqual({ similarity: 0.9, budgetRatio: 3 });
    const bad = resolveConfig({ rules: { "targets-copied": ["warning", { similarity: 1.5, ratio: 2 }] } }, RULES);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors.join("\n")).toMatch(/rules\.targets-copied\.1\.similarity/);
  });
});

import { DEFAULT_CONFIG } from "../../src/core/config";
import { lint } from "../../src/core/lint";
import { BUILTIN_PACK } from "../../src/core/templates/builtin-pack";
import { mergePacks } from "../../src/core/templates/packs";
import { parsePack, validatePack } from "../../src/core/templates/schema";
import { formSheet, workbook, type Row } from "../support/sheets";

const REQUIRED_TYPES = [
  "it-system",
  "it-ops",
  "training",
  "meeting",
  "exam",
  "legal-aid",
  "mediation",
  "community-correction",
  "publicity",
  "notary-arbitration",
  "procurement",
  "printing",
  "operations",
  "subsidy",
  "bond-interest",
];

describe("the built-in pack", () => {
  it("has every project type the issue names, each with 产出 (数量, 质量, 时效), 成本, 效益 and 满意度", () => {
    const ids = BUILTIN_PACK.types.map((t) => t.id);
    for (const id of REQUIRED_TYPES) expect(ids).toContain(id);
    for (const t of BUILTIN_PACK.types) {
      const has = (l1: string, l2?: string) => t.indicators.some((i) => i.level1 === l1 && (!l2 || i.level2 === l2));
      expect([
        t.id,
        has("产出指标", "数量指标"),
        has("产出指标", "质量指标"),
        has("产出指标", "时效指标"),
        has("成本指标"),
        has("效益指标"),
        has("满意度指标"),
      ]).toEqual([t.id, true, true, true, true, true, true]);
    }
  });

  it.each(BUILTIN_PACK.types.map((t) => [t.id, t] as const))(
    "%s: every indicator passes the engine's rules once its placeholder is filled",
    (_id, t) => {
      const rows: Row[] = t.indicators.map((i) => {
        const v =
          i.target.kind === "qualitative"
            ? i.target.text
            : `${i.target.operator}${i.target.value === "placeholder" ? 10 : i.target.value === "budget" ? 100 : i.target.value}${i.target.unit === "{money}" ? "万元" : i.target.unit}`;
        return [i.level1, i.level2, i.name, v, i.description ?? i.name];
      });
      const { findings } = lint(workbook(formSheet({ rows, budget: 100, unit: "万元" })), { ...DEFAULT_CONFIG, costFramework: "2021" });
      // cost-equals-budget judges the project, not an indicator: the pack writes cost bounds as the budget, and the
      // rule (info) suggests a unit cost beside them once the counts are known
      const ofIndicators = findings.filter((f) => f.ruleId !== "cost-equals-budget");
      expect(ofIndicators.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    },
  );
});

describe("pack validation: a zh-CN list of what is wrong, with paths", () => {
  const minimal = () =>
    JSON.parse(
      JSON.stringify({
        schemaVersion: 1,
        id: "org.example",
        name: "某局模板",
        version: "1.0.0",
        publisher: "某局",
        types: [BUILTIN_PACK.types[0]],
      }),
    );

  it("accepts a minimal organisation pack", () => {
    expect(validatePack(minimal()).ok).toBe(true);
  });

  const cases: Array<[string, (p: ReturnType<typeof minimal>) => void, RegExp]> = [
    ["wrong schemaVersion", (p) => (p.schemaVersion = 2), /schemaVersion：/],
    ["missing name", (p) => delete p.name, /^name：/],
    ["bad id", (p) => (p.id = "Org Pack!"), /^id：应为/],
    ["bad version", (p) => (p.version = "v1"), /^version：应为 主版本/],
    [
      "二级 not under its 一级",
      (p) => (p.types[0].indicators[0].level2 = "社会效益指标"),
      /types\.0\.indicators\.0\.level2：二级指标不属于/,
    ],
    ["unknown 一级", (p) => (p.types[0].indicators[0].level1 = "过程指标"), /types\.0\.indicators\.0\.level1：取值无效/],
    [
      "budget value with a non-money unit",
      (p) => (p.types[0].indicators[0].target = { kind: "quantitative", operator: "≤", unit: "个", value: "budget" }),
      /unit 必须是 \{money\}/,
    ],
    ["unknown field (never executed, never rendered)", (p) => (p.types[0].onInsert = "alert(1)"), /types\.0：不认识的字段：onInsert/],
    ["duplicate type ids", (p) => p.types.push(p.types[0]), /项目类型 id 重复/],
    ["text too long", (p) => (p.types[0].name = "很".repeat(50)), /types\.0\.name：太长/],
  ];
  it.each(cases)("%s", (_n, mutate, message) => {
    const p = minimal();
    mutate(p);
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(message);
  });

  it("not JSON, or too large", () => {
    const bad = parsePack("{ types: ");
    expect(bad.ok || bad.errors[0]).toMatch(/不是有效的 JSON/);
    const huge = parsePack(" ".repeat(1_000_001));
    expect(huge.ok || huge.errors[0]).toMatch(/模板包太大/);
  });

  it("an organisation's type replaces the built-in one with the same id; others stay", () => {
    const org = validatePack({ ...minimal(), types: [{ ...BUILTIN_PACK.types[2], name: "业务培训" }] });
    if (!org.ok) throw new Error(org.errors.join());
    const merged = mergePacks([BUILTIN_PACK, org.pack]);
    expect(merged).toHaveLength(BUILTIN_PACK.types.length);
    expect(merged.find((t) => t.id === "training")).toMatchObject({ name: "业务培训", packId: "org.example" });
  });
});

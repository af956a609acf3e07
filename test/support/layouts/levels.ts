/** The 一级/二级 words a table writes for an indicator, and what a reader should make of them. */
import type { IndicatorSpec, Level1, LevelColumns, LevelSpelling } from "./spec";

export interface WrittenLevels {
  /** As written in the table. */
  level1: string;
  level2: string;
  /** What a finance officer reads (canonical), null when the column is absent. */
  expectedLevel1: Level1 | null;
  expectedLevel2: string | null;
}

const SHORT = (s: string): string => s.replace(/指标$/, "");

const OLDER_OUTPUT = ["项目完成指标", "预期产出"] as const;
const OLDER_BENEFIT = ["效果指标", "项目效益指标"] as const;
const OLDER_SATISFACTION = ["服务对象满意度", "满意度"] as const;

/**
 * `variant` picks among the older synonyms (0 or 1). In the older framework 成本 is a 二级 under
 * 产出 and 满意度 a 二级 under 效益: the 满意度 rows still mean 满意度指标 / 服务对象满意度指标.
 */
export function writeLevels(ind: IndicatorSpec, columns: LevelColumns, spelling: LevelSpelling, variant: number): WrittenLevels {
  const v = variant % 2;
  let level1: string = ind.level1;
  let level2 = ind.level2;
  let expectedLevel1: Level1 = ind.level1;
  let expectedLevel2 = ind.level2;
  if (spelling === "short") {
    level1 = SHORT(level1);
    level2 = SHORT(level2);
  } else if (spelling === "older") {
    if (ind.level1 === "产出指标") level1 = OLDER_OUTPUT[v];
    if (ind.level1 === "效益指标") level1 = OLDER_BENEFIT[v];
    if (ind.level1 === "成本指标" && columns === "both") {
      level1 = OLDER_OUTPUT[v];
      level2 = "成本指标";
      expectedLevel1 = "产出指标";
      expectedLevel2 = "成本指标";
    }
    if (ind.level1 === "满意度指标" && columns === "both") {
      level1 = OLDER_BENEFIT[v];
      level2 = OLDER_SATISFACTION[v];
    }
  }
  return {
    level1,
    level2,
    expectedLevel1: columns === "none" ? null : expectedLevel1,
    expectedLevel2: columns === "both" ? expectedLevel2 : null,
  };
}

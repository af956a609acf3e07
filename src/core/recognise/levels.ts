import { labelKey } from "../value/normalize";

/** The 一级 → 二级 framework. 成本指标 sits under 产出指标 in the older framework, as its own 一级 since 2021. */
export const LEVEL1 = ["产出指标", "成本指标", "效益指标", "满意度指标"] as const;
export type Level1 = (typeof LEVEL1)[number];

export const LEVEL2_OF: Readonly<Record<Level1, readonly string[]>> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};

const LEVEL1_ALIASES: Record<string, Level1> = {
  产出: "产出指标",
  产出指标: "产出指标",
  // older names (2019–2021 tables)
  项目完成指标: "产出指标",
  项目完成: "产出指标",
  预期产出: "产出指标",
  预期产出指标: "产出指标",
  项目产出指标: "产出指标",
  项目效益指标: "效益指标",
  项目效益: "效益指标",
  预期效果: "效益指标",
  预期效益: "效益指标",
  效果目标: "效益指标",
  社会公众或服务对象满意度指标: "满意度指标",
  服务对象满意度指标: "满意度指标",
  成本: "成本指标",
  成本指标: "成本指标",
  效益: "效益指标",
  效果: "效益指标",
  效益指标: "效益指标",
  效果指标: "效益指标",
  满意度: "满意度指标",
  满意度指标: "满意度指标",
  服务对象满意度: "满意度指标",
};

const LEVEL2_ALIASES: Record<string, string> = {
  数量: "数量指标",
  质量: "质量指标",
  时效: "时效指标",
  成本: "成本指标",
  经济成本: "经济成本指标",
  社会成本: "社会成本指标",
  生态环境成本: "生态环境成本指标",
  生态成本指标: "生态环境成本指标",
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  可持续影响: "可持续影响指标",
  可持续发展指标: "可持续影响指标",
  服务对象满意度: "服务对象满意度指标",
  满意度: "服务对象满意度指标",
  群众满意度指标: "服务对象满意度指标",
  社会公众满意度指标: "服务对象满意度指标",
  满意度指标: "服务对象满意度指标",
};

const level1Cache = new Map<string, string>();
const level2Cache = new Map<string, string>();

/** 产出 / 产出指标 / `产出 指标` → 产出指标; unknown text is kept (without spaces). */
export function canonicalLevel1(text: string): string {
  let v = level1Cache.get(text);
  if (v === undefined) {
    // `一、产出指标`, `产出指标（50分）`, `产出指标50分`
    const k = labelKey(text)
      .replace(/^[一二三四五六七八九十\d]+[、.．]/, "")
      .replace(/\d+(\.\d+)?分?$/, "");
    v = LEVEL1_ALIASES[k] ?? k;
    if (level1Cache.size < 10000) level1Cache.set(text, v);
  }
  return v;
}

export function canonicalLevel2(text: string): string {
  let v = level2Cache.get(text);
  if (v === undefined) {
    const k = labelKey(text).replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]/, "");
    v = LEVEL2_ALIASES[k] ?? k;
    if (level2Cache.size < 10000) level2Cache.set(text, v);
  }
  return v;
}

export function isKnownLevel2(text: string | null): boolean {
  return !!text && LEVEL1.some((l1) => LEVEL2_OF[l1].includes(text));
}

export function isKnownLevel1(text: string | null): text is Level1 {
  return !!text && (LEVEL1 as readonly string[]).includes(text);
}

/** Every 一级 under which a 二级 name belongs, by either framework. */
export function parentsOfLevel2(level2: string): Level1[] {
  return LEVEL1.filter((l1) => LEVEL2_OF[l1].includes(level2));
}

/** Cost indicators, wherever the table puts them. */
export function isCostIndicator(level1: string | null, level2: string | null): boolean {
  return level1 === "成本指标" || (!!level2 && /成本指标$/.test(level2));
}

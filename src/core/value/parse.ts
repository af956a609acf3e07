import { normalizeValueText } from "./normalize";
import { canonicalUnit, isStandardUnit, matchUnitAt } from "./units";

export type Operator = "≥" | "≤" | "=" | ">" | "<";
export type ValueKind = "quantitative" | "qualitative" | "empty";

export interface ParsedValue {
  /** The text as written, never altered. */
  raw: string;
  operator: Operator | null;
  /** How the operator was written: a symbol, a word (不低于), a suffix (以上), implied (bare `100%`), or its own column. */
  operatorSource: "symbol" | "word" | "suffix" | "implicit" | "column" | null;
  number: number | null;
  /** The number as written (`1,030,700.00`, `０.８５`). */
  numberText: string | null;
  /** Canonical unit (`%` for 百分率); null when none was written. */
  unit: string | null;
  /** The unit as written, when it differs from the canonical one or to locate it. */
  unitRaw: string | null;
  kind: ValueKind;
  /** Prose left over after operator, number and unit (`援助案件完成率达85%以上`). */
  text: string | null;
  /** 万/亿 written before a non-money unit (`3.5万册`): `number` already includes it. */
  scale: number;
  /** A date target (`2024年12月底前`), as yyyy-mm or yyyy-mm-dd or mm. */
  deadline: string | null;
  /** 万 or 亿 written after the number with no unit (`≤291.2万`): the unit is still to be completed. */
  unitPrefix?: string;
}

const OPERATOR_SYMBOLS: ReadonlyArray<[string, Operator]> = [
  ["≥", "≥"],
  ["≤", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Operator words, longest first so 大于等于 wins over 大于. */
const OPERATOR_WORDS: ReadonlyArray<[string, Operator]> = (
  [
    ["大于或等于", "≥"],
    ["大于等于", "≥"],
    ["小于或等于", "≤"],
    ["小于等于", "≤"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["不小于", "≥"],
    ["不超过", "≤"],
    ["不高于", "≤"],
    ["不大于", "≤"],
    ["不多于", "≤"],
    ["控制在", "≤"],
    ["至少", "≥"],
    ["至多", "≤"],
    ["最多", "≤"],
    ["最少", "≥"],
    ["等于", "="],
    ["超过", ">"],
    ["大于", ">"],
    ["高于", ">"],
    ["多于", ">"],
    ["低于", "<"],
    ["小于", "<"],
    ["少于", "<"],
    ["不足", "<"],
    ["不到", "<"],
    ["达到", "≥"],
    ["达", "≥"],
  ] as Array<[string, Operator]>
).sort((a, b) => b[0].length - a[0].length);

/** Words after the unit that carry the operator: `95%以上`, `2小时以内`. 以上 is inclusive, as in statute usage. */
const SUFFIX_WORDS: ReadonlyArray<[string, Operator]> = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
];

/** Operator from an operator column's text (运算符 / 指标性质 / 指标方向), or null when it holds none. */
export function parseOperatorWord(text: string): Operator | null {
  const t = normalizeValueText(text);
  if (!t) return null;
  for (const [sym, op] of OPERATOR_SYMBOLS) if (t === sym) return op;
  for (const [word, op] of OPERATOR_WORDS) if (t === word) return op;
  for (const [word, op] of SUFFIX_WORDS) if (t === word && word !== "内") return op;
  return null;
}

/** Words in an operator column that mark a qualitative target. */
export function isQualitativeMarker(text: string): boolean {
  return /^(定性|定性指标|文字描述|描述)$/.test(normalizeValueText(text));
}

const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
/** 2024-12-31, 2024/12, 2024.12.31, 2024.12前 — a dotted year-month alone (2024.5) stays a number. */
const NUMERIC_DATE_RE =
  /^(?:(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?|(\d{4})\.(\d{1,2})\.(\d{1,2})|(\d{4})\.(\d{1,2})(?=前|之前|以前))(前|之前|以前)?(?![\d.])/;
const DATE_RE =
  /^(?:(\d{4})年)?(\d{1,2})月(?:份)?(底|末|初|中旬|上旬|下旬|(\d{1,2})日)?(?:前|之前|以前|底前|完成)?|^(\d{4})年(?:底|末|内|度内)(?:前|之前|以前)?/;

function empty(raw: string): ParsedValue {
  return {
    raw,
    operator: null,
    operatorSource: null,
    number: null,
    numberText: null,
    unit: null,
    unitRaw: null,
    kind: "empty",
    text: null,
    scale: 1,
    deadline: null,
  };
}

function qualitative(raw: string, operator: Operator | null, source: ParsedValue["operatorSource"], text: string): ParsedValue {
  return { ...empty(raw), kind: "qualitative", operator, operatorSource: source, text };
}

/**
 * Parses one target value in any spelling the domain guide lists. Never throws; keeps `raw`.
 * Examples: `≥400 件`, `不低于９５％`, `≤291.2万元`, `≤550元/人/天`, `3.5万册`, `95%以上`, `有效提升`.
 */
export function parseTarget(input: string | number | boolean | null | undefined): ParsedValue {
  if (input === null || input === undefined) return empty("");
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return empty(String(input));
    return {
      ...empty(String(input)),
      kind: "quantitative",
      number: input,
      numberText: String(input),
      operator: "=",
      operatorSource: "implicit",
    };
  }
  const raw = String(input);
  try {
    return parseText(raw);
  } catch {
    return qualitative(raw, null, null, raw.trim());
  }
}

function parseText(raw: string): ParsedValue {
  let t = normalizeValueText(raw);
  if (t === "" || /^[-—/\\]+$/.test(t)) return empty(raw);

  let operator: Operator | null = null;
  let source: ParsedValue["operatorSource"] = null;
  for (const [sym, op] of OPERATOR_SYMBOLS) {
    if (t.startsWith(sym)) {
      operator = op;
      source = "symbol";
      t = t.slice(sym.length);
      break;
    }
  }
  if (!operator) {
    for (const [word, op] of OPERATOR_WORDS) {
      // A word is an operator only before a number: 达标率 is a name, 达到95% a target.
      if (t.startsWith(word) && /^[\d百]/.test(t.slice(word.length))) {
        operator = op;
        source = "word";
        t = t.slice(word.length);
        break;
      }
    }
  }

  const numeric = NUMERIC_DATE_RE.exec(t);
  if (numeric) {
    const [, y1, m1, d1, y2, m2, d2, y3, m3, suffix] = numeric;
    const y = y1 ?? y2 ?? y3;
    const mo = m1 ?? m2 ?? m3;
    const d = d1 ?? d2;
    const rest = t.slice(numeric[0].length);
    const deadline = `${y}-${mo.padStart(2, "0")}${d ? `-${d.padStart(2, "0")}` : ""}`;
    const v = qualitative(raw, operator ?? (suffix ? "≤" : null), operator ? source : suffix ? "suffix" : null, rest || numeric[0]);
    return { ...v, deadline, text: rest || null };
  }
  const date = DATE_RE.exec(t);
  if (date && date[0].length > 0 && (date[1] || date[5] || /月/.test(date[0]))) {
    const deadline = date[5]
      ? `${date[5]}-12`
      : `${date[1] ? `${date[1]}-` : ""}${date[2].padStart(2, "0")}${date[4] ? `-${date[4].padStart(2, "0")}` : ""}`;
    const rest = t.slice(date[0].length);
    const v = qualitative(raw, operator ?? (/前|底|末|内/.test(date[0]) ? "≤" : null), operator ? source : "suffix", rest || date[0]);
    return { ...v, deadline, text: rest || null };
  }

  // 百分之95 / 百分之九十五 spelled before the number
  let unitBefore: string | null = null;
  if (t.startsWith("百分之") && /^\d/.test(t.slice(3))) {
    unitBefore = "百分之";
    t = t.slice(3);
  }

  const num = NUMBER_RE.exec(t);
  if (!num) return qualitative(raw, operator, source, t);
  // 7*24小时: a service-hours formula, not a bound
  if (/^\d+[*×xX]\d+/.test(t)) return qualitative(raw, operator, source, t);

  const numberText = num[0];
  let value = Number.parseFloat(numberText.replace(/,/g, ""));
  t = t.slice(numberText.length);

  let scale = 1;
  const mult = /^(万|亿|千)/.exec(t);
  if (mult && /^(万|亿)$/.test(t)) {
    // `≤291.2万`: 万 alone is a unit left half-written (万元? 万人次?), not a multiplier to apply
    return {
      raw,
      operator: operator ?? "=",
      operatorSource: operator ? source : "implicit",
      number: round(value),
      numberText,
      unit: null,
      unitRaw: null,
      kind: "quantitative",
      text: null,
      scale: 1,
      deadline: null,
      unitPrefix: mult[1],
    };
  }
  if (mult && !/^(万|亿|千)元/.test(t) && !/^千(米|克)/.test(t)) {
    scale = mult[1] === "万" ? 1e4 : mult[1] === "亿" ? 1e8 : 1e3;
    value *= scale;
    t = t.slice(1);
  }

  let unitRaw: string | null = unitBefore;
  let unit: string | null = unitBefore ? "%" : null;
  if (!unit) {
    const u = readUnit(t);
    if (u) {
      unitRaw = u.raw;
      unit = u.unit;
      t = t.slice(u.consumed);
    } else {
      // a measure word we do not list (棵, 尾, 羽 …) ends the value, alone or before 以上/以内
      const m = /^([\u4e00-\u9fff]{1,2})(?=(及以上|以上|及以下|以下|以内|之内)?$)/.exec(t);
      if (m && !/^(以上|以下|以内|之内|及以)/.test(t)) {
        unitRaw = m[1];
        unit = m[1];
        t = t.slice(m[1].length);
      }
    }
  }

  if (!operator) {
    for (const [word, op] of SUFFIX_WORDS) {
      if (t.startsWith(word) && (word !== "内" || unit !== null)) {
        operator = op;
        source = "suffix";
        t = t.slice(word.length);
        break;
      }
    }
  } else {
    // `≥95%以上` repeats the operator; drop the redundant suffix.
    for (const [word] of SUFFIX_WORDS) {
      if (word !== "内" && t.startsWith(word)) {
        t = t.slice(word.length);
        break;
      }
    }
  }
  if (!operator) {
    operator = "=";
    source = "implicit";
  }

  t = t.replace(/^\((含|含本数|含本值|包含)\)/, "");
  const text = t.replace(/^[，,。；;、]+|[，,。；;、]+$/g, "");
  return {
    raw,
    operator,
    operatorSource: source,
    number: round(value),
    numberText,
    unit,
    unitRaw,
    kind: "quantitative",
    text: text === "" ? null : text,
    scale,
    deadline: null,
  };
}

function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

interface UnitMatch {
  raw: string;
  unit: string;
  consumed: number;
}

/** Reads a unit at the start of `t`: a known unit, compounds with `/` (元/人/天) and a `(每人每天)` qualifier. */
function readUnit(t: string): UnitMatch | null {
  const first = matchUnitAt(t);
  if (!first) return null;
  let consumed = first.length;
  let raw = first;
  // compound: 元/人/天, 件/年, 个/小时
  for (;;) {
    const m = /^[/／]/.exec(t.slice(consumed));
    if (!m) break;
    const next = matchUnitAt(t.slice(consumed + 1));
    if (!next) break;
    raw += `/${next}`;
    consumed += 1 + next.length;
  }
  let unit = raw
    .split("/")
    .map((p) => canonicalUnit(p))
    .join("/");
  unit = canonicalUnit(unit);
  // qualifier: 元(每人每天) → 元/人/天
  const q = /^\((每[^)]{1,8})\)/.exec(t.slice(consumed));
  if (q) {
    const per = q[1].split("每").filter(Boolean);
    if (per.length > 0 && per.every((p) => matchUnitAt(p) === p)) {
      unit = `${unit}/${per.join("/")}`;
      raw += q[0];
      consumed += q[0].length;
    }
  }
  return { raw, unit, consumed };
}

/** A unit written in its own column (`元（每人每天）`, `人、次`, `百分比`): canonical form, read like an inline unit. */
export function parseUnitText(text: string): string {
  const t = normalizeValueText(text);
  const u = readUnit(t);
  return u && u.consumed === t.length ? u.unit : canonicalUnit(t);
}

/** True when the unit was written in a nonstandard spelling (百分率, ％ counts as standard after NFKC). */
export function hasNonstandardUnit(v: ParsedValue): boolean {
  if (!v.unitRaw) return false;
  const parts = v.unitRaw.replace(/\(.*\)$/, "").split("/");
  return parts.some((p) => !isStandardUnit(p)) || v.unitRaw === "百分之";
}

export function formatPlain(n: number): string {
  return String(Number.parseFloat(n.toPrecision(12)));
}

/**
 * Finds a target restated inside prose: `援助案件完成率达85%以上` → ≥ 85 %. Used to suggest a clean value
 * when prose is glued to the number. Takes the last number that carries a unit.
 */
export function findEmbeddedTarget(text: string): { operator: Operator | null; number: number; unit: string } | null {
  const t = normalizeValueText(text);
  let best: { operator: Operator | null; number: number; unit: string } | null = null;
  const re = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const after = t.slice(m.index + m[0].length);
    let scaleMul = 1;
    let rest = after;
    if (/^万(?!元)/.test(rest)) {
      scaleMul = 1e4;
      rest = rest.slice(1);
    }
    const u = readUnit(rest);
    if (!u) continue;
    let op: Operator | null = null;
    const before = t.slice(0, m.index);
    for (const [word, o] of OPERATOR_WORDS)
      if (before.endsWith(word)) {
        op = o;
        break;
      }
    if (!op)
      for (const [sym, o] of OPERATOR_SYMBOLS)
        if (before.endsWith(sym)) {
          op = o;
          break;
        }
    const tail = rest.slice(u.consumed);
    for (const [word, o] of SUFFIX_WORDS)
      if (word !== "内" && tail.startsWith(word)) {
        op = op ?? o;
        break;
      }
    best = { operator: op, number: round(Number.parseFloat(m[0].replace(/,/g, "")) * scaleMul), unit: u.unit };
  }
  return best;
}

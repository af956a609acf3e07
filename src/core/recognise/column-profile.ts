/**
 * What a column of an indicator table holds, measured over the table's body rows: how many of its
 * cells read as targets, as level words, as operators or units; how long and how distinct its texts are;
 * whether it is one word merged down the block. Column roles are decided from this and the header words.
 */
import { type MergeIndex, type SheetGrid, cellText, valueAt } from "../grid";
import { isQualitativeMarker, parseOperatorWord, parseTarget } from "../value/parse";
import { labelKey, normalizeValueText } from "../value/normalize";
import { KNOWN_UNITS } from "../value/units";
import { memoize } from "../memoize";

const KNOWN = new Set(KNOWN_UNITS);
import { canonicalLevel1, canonicalLevel2, isKnownLevel1, isKnownLevel2 } from "./levels";

export interface ColumnProfile {
  col: number;
  /** Body rows looked at. */
  rows: number;
  /** Distinct cells (merge anchors) holding text in those rows. */
  anchors: number;
  /** Distinct texts among them. */
  distinct: number;
  /** Mean length of their texts. */
  avgLen: number;
  /** Cells that read as targets: operator / number / unit, or a short graded text (有效提升). */
  targets: number;
  level1: number;
  level2: number;
  operators: number;
  units: number;
  /** Long prose (goal or purpose text). */
  prose: number;
  /** Cells merged down over two or more rows. */
  spanned: number;
  /** Numbers stored as numbers. */
  numbers: number;
}

const SHORT_QUALITATIVE = 16;
const PROSE = 25;

/** Texts and numbers apart: `5` and `"5"` may read differently (a stored number is never a text). */
const textReadsAsTarget = memoize<string, boolean>(readsAsTargetOf);
const numberReadsAsTarget = memoize<number, boolean>(readsAsTargetOf);

/** A cell that reads as a target value (memoised: tables repeat the same values thousands of times). */
export function readsAsTarget(raw: string | number | boolean | null): boolean {
  if (raw === null || raw === "") return false;
  if (typeof raw === "boolean") return readsAsTargetOf(raw);
  return typeof raw === "string" ? textReadsAsTarget(raw) : numberReadsAsTarget(raw);
}

function readsAsTargetOf(raw: string | number | boolean): boolean {
  const p = parseTarget(raw);
  if (p.kind === "quantitative" || p.deadline) return true;
  if (p.kind !== "qualitative") return false;
  const t = normalizeValueText(String(raw));
  return t.length <= SHORT_QUALITATIVE && GRADED.test(t);
}

/** Words of graded qualitative targets (有效提升, 按时完成, 达标, 无重大事故 …). */
const GRADED =
  /提升|提高|改善|完成|达到|达标|保障|良好|显著|明显|有效|及时|合格|规范|持续|稳定|增强|加强|满意|优良|优秀|按时|按期|符合|确保|正常|全覆盖|全部|增加|减少|降低|促进|推进|落实|实现|长期|稳步|逐步|无|是|否|高|好|达|到位|通过|健全|完善|充分|准确|安全|顺利|100%/;

function isUnitText(text: string): boolean {
  const t = normalizeValueText(text);
  if (t.length === 0 || t.length > 8) return false;
  return KNOWN.has(t) || KNOWN.has(t.split("/")[0]) || /^(%|‰|百分[比率之]|[元个次件人项天日月年台套本册份条家场期批篇户]$|万元)/.test(t);
}

interface Kinds {
  level1: boolean;
  level2: boolean;
  operator: boolean;
  unit: boolean;
  /** `readsAsTarget` of the cell's value. */
  target: boolean;
}

function kindsOfText(text: string, target: boolean): Kinds {
  return {
    level1: isKnownLevel1(canonicalLevel1(text)),
    level2: isKnownLevel2(canonicalLevel2(text)),
    operator: !!parseOperatorWord(text) || isQualitativeMarker(text),
    unit: isUnitText(text),
    target,
  };
}

/** Per text of a number cell (a number's target reading does not follow from its text: kept apart). */
const numberKinds = new Map<string, Kinds>();
/** Per string cell as stored (its trimmed text read for the kinds): one lookup per cell. */
const stringKinds = new Map<string, Kinds>();

function remember(cache: Map<string, Kinds>, key: string, k: Kinds): Kinds {
  if (cache.size > 50000) cache.clear();
  cache.set(key, k);
  return k;
}

/** What a cell is, as far as column roles care (memoised per text). */
function kindsOf(raw: string | number | boolean, text: string): Kinds {
  if (typeof raw === "string") return stringKinds.get(raw) ?? remember(stringKinds, raw, kindsOfText(text, readsAsTarget(raw)));
  const k = numberKinds.get(text) ?? remember(numberKinds, text, kindsOfText(text, false));
  return { ...k, target: readsAsTarget(raw) };
}

export function profileColumn(sheet: SheetGrid, merges: MergeIndex, col: number, rows: readonly number[]): ColumnProfile {
  const p: ColumnProfile = {
    col,
    rows: rows.length,
    anchors: 0,
    distinct: 0,
    avgLen: 0,
    targets: 0,
    level1: 0,
    level2: 0,
    operators: 0,
    units: 0,
    prose: 0,
    spanned: 0,
    numbers: 0,
  };
  // anchors by their row: a cell merged in from the left is skipped, so every anchor lies in column `col`
  const seen = new Set<number>();
  const texts = new Set<string>();
  let totalLen = 0;
  for (const r of rows) {
    const m = merges.areaAt(r, col);
    if (m && m.left !== col) continue; // a cell merged in from the left belongs to another column
    const anchorRow = m ? m.top : r;
    if (seen.has(anchorRow)) continue;
    seen.add(anchorRow);
    const raw = valueAt(sheet, anchorRow, col);
    const text = cellText(raw);
    if (!text || raw === null) continue;
    p.anchors++;
    texts.add(text);
    totalLen += text.length;
    if (m && m.bottom > m.top) p.spanned++;
    if (typeof raw === "number") p.numbers++;
    const k = kindsOf(raw, text);
    if (k.target) p.targets++;
    if (k.level1) p.level1++;
    if (k.level2) p.level2++;
    if (k.operator) p.operators++;
    if (k.unit) p.units++;
    if (text.length >= PROSE) p.prose++;
  }
  p.distinct = texts.size;
  p.avgLen = p.anchors > 0 ? totalLen / p.anchors : 0;
  return p;
}

/** Share of a profile's cells with a property (0 when the column is empty). */
export function share(p: ColumnProfile, n: number): number {
  return p.anchors > 0 ? n / p.anchors : 0;
}

/** One word merged down the block or repeated on every row: a label, nobody's data. */
export function looksLikeLabel(p: ColumnProfile, text: (col: number) => string): boolean {
  if (p.anchors === 0 || p.distinct > 1) return false;
  if (p.level1 > 0 || p.level2 > 0 || p.targets > 0) return false;
  const word = labelKey(text(p.col));
  return word.length <= 10 && (p.spanned > 0 || p.anchors >= 2 || /指标/.test(word));
}

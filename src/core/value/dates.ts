/** The date stage: deadlines (`2024年12月底前`, `2024.12.31前`), periods (`2023.07-2024.01`, `1-12月`, `全年`), Excel serials. */
import { type ParsedValue, type Scan, qualitativeValue } from "./types";

/** 2024-12-31, 2024/12, 2024.12.31, 2024.12前 — a dotted year-month alone (2024.5) stays a number. */
const NUMERIC_DATE_RE =
  /^(?:(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?|(\d{4})\.(\d{1,2})\.(\d{1,2})|(\d{4})\.(\d{1,2})(?=前|之前|以前))(前|之前|以前)?(?![\d.])/;
const DATE_RE =
  /^(?:(\d{4})年)?(\d{1,2})月(?:份)?(底|末|初|中旬|上旬|下旬|(\d{1,2})日)?(?:前|之前|以前|底前|完成)?|^(\d{4})年(?:底|末|内|度内)(?:前|之前|以前)?/;
/** 年底前, 年度内, 本年内: the end of the (budget) year, no year written. */
const YEAR_END_RE = /^(?:本|当)?年(?:底|末|内|度内|度末)(?:前|之前|以前)?(?:完成)?/;

const SEP = "(?:-|—|–|~|至|到)+";
/** A date point inside a period: 2023年7月(1日), 2023.07(.01), 2023/07. */
const POINT = "(\\d{4})(?:年(\\d{1,2})月(?:(\\d{1,2})日)?|[./](\\d{1,2})(?:[./](\\d{1,2}))?)";
const PERIOD_RE = new RegExp(`^${POINT}${SEP}${POINT}`);
/** Months of one year: 1-12月, 2024年1-12月, 2024年7月至12月. */
const MONTHS_RE = new RegExp(`^(?:(\\d{4})年度?)?(\\d{1,2})月?份?${SEP}(\\d{1,2})月份?`);
/** Years: 2023-2024年. */
const YEARS_RE = new RegExp(`^(\\d{4})年?${SEP}(\\d{4})年度?`);
/** A whole year: 2024年, 2024年度, 2024年全年, 全年, 本年度. */
const WHOLE_YEAR_RE = /^(?:(\d{4})年(?:度|全年度?)?(?![\d月])|(?:全年度?|本年度|当年度))/;
const PERIOD_TAIL_RE = /^(?:前|之前|以前|内|之内|期间|完成)/;

/** Excel serials of 2000-01-01 and 2050-12-31: the numbers a deadline hint reads as dates. */
export const EXCEL_SERIAL_MIN = 36526;
export const EXCEL_SERIAL_MAX = 55153;

const pad = (s: string) => s.padStart(2, "0");
const plausibleYear = (y: string) => Number(y) >= 1990 && Number(y) <= 2100;
const month = (m: string | undefined) => m !== undefined && Number(m) >= 1 && Number(m) <= 12;

/** The date an Excel serial stands for (1900 date system), or null outside 2000–2050. */
export function excelSerialDate(n: number): { y: number; m: number; d: number } | null {
  if (!Number.isFinite(n) || n < EXCEL_SERIAL_MIN || n > EXCEL_SERIAL_MAX + 1) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** A deadline stored as an Excel serial (`44561` in a 时效 cell): read as 2021年12月31日. */
export function serialDeadline(raw: string, n: number): ParsedValue | null {
  const date = excelSerialDate(n);
  if (!date) return null;
  const iso = `${date.y}-${pad(String(date.m))}-${pad(String(date.d))}`;
  return { ...qualitativeValue(raw, null, null, null), deadline: iso, display: `${date.y}年${date.m}月${date.d}日` };
}

function ended(s: Scan, matched: string, deadline: string, suffixSaysBy: boolean, period?: ParsedValue["period"]): ParsedValue {
  const rest = s.t.slice(matched.length);
  const operator = s.operator ?? (suffixSaysBy ? "≤" : null);
  const source = s.operator ? s.source : suffixSaysBy ? "suffix" : null;
  const v = qualitativeValue(s.raw, operator, source, rest || null);
  return period ? { ...v, deadline, period } : { ...v, deadline };
}

/** A period: two dates, months of a year, years, or a whole year. Its end is the deadline. */
function readPeriod(s: Scan): ParsedValue | null {
  const t = s.t;
  const finish = (m: string, from: string, to: string) => {
    const tail = PERIOD_TAIL_RE.exec(t.slice(m.length));
    const matched = tail ? m + tail[0] : m;
    return ended(s, matched, to, !!tail && /前|内/.test(tail[0]), { from, to });
  };
  const p = PERIOD_RE.exec(t);
  if (p) {
    const [, y1, m1a, d1a, m1b, d1b, y2, m2a, d2a, m2b, d2b] = p;
    const m1 = m1a ?? m1b;
    const m2 = m2a ?? m2b;
    if (plausibleYear(y1) && plausibleYear(y2) && month(m1) && month(m2)) {
      const d1 = d1a ?? d1b;
      const d2 = d2a ?? d2b;
      return finish(p[0], `${y1}-${pad(m1)}${d1 ? `-${pad(d1)}` : ""}`, `${y2}-${pad(m2)}${d2 ? `-${pad(d2)}` : ""}`);
    }
  }
  const ms = MONTHS_RE.exec(t);
  if (ms && month(ms[2]) && month(ms[3]) && Number(ms[2]) <= Number(ms[3]) && (!ms[1] || plausibleYear(ms[1]))) {
    const y = ms[1] ? `${ms[1]}-` : "";
    return finish(ms[0], `${y}${pad(ms[2])}`, `${y}${pad(ms[3])}`);
  }
  const ys = YEARS_RE.exec(t);
  if (ys && plausibleYear(ys[1]) && plausibleYear(ys[2]) && ys[1] <= ys[2]) return finish(ys[0], `${ys[1]}-01`, `${ys[2]}-12`);
  return null;
}

function readWholeYear(s: Scan): ParsedValue | null {
  const w = WHOLE_YEAR_RE.exec(s.t);
  if (!w || (w[1] && !plausibleYear(w[1]))) return null;
  const y = w[1] ? `${w[1]}-` : "";
  const tail = PERIOD_TAIL_RE.exec(s.t.slice(w[0].length));
  const matched = tail ? w[0] + tail[0] : w[0];
  return ended(s, matched, `${y}12`, !!tail && /前|内/.test(tail[0]), { from: `${y}01`, to: `${y}12` });
}

/** Stage 2: a date, a deadline or a period at the start of the text; null when the text does not start with one. */
export function readDate(s: Scan): ParsedValue | null {
  const period = readPeriod(s);
  if (period) return period;
  const numeric = NUMERIC_DATE_RE.exec(s.t);
  if (numeric) {
    const [, y1, m1, d1, y2, m2, d2, y3, m3, suffix] = numeric;
    const deadline = `${y1 ?? y2 ?? y3}-${pad(m1 ?? m2 ?? m3)}${(d1 ?? d2) ? `-${pad(d1 ?? d2)}` : ""}`;
    return ended(s, numeric[0], deadline, !!suffix);
  }
  const date = DATE_RE.exec(s.t);
  if (date && date[0].length > 0 && (date[1] || date[5] || /月/.test(date[0]))) {
    const deadline = date[5] ? `${date[5]}-12` : `${date[1] ? `${date[1]}-` : ""}${pad(date[2])}${date[4] ? `-${pad(date[4])}` : ""}`;
    const v = ended(s, date[0], deadline, /前|底|末|内/.test(date[0]));
    // a date with no 前/底 keeps the old reading: the operator came from the date words
    return s.operator ? v : { ...v, operatorSource: "suffix" };
  }
  const yearEnd = YEAR_END_RE.exec(s.t);
  if (yearEnd) return ended(s, yearEnd[0], "12", true);
  return readWholeYear(s);
}

/** Two or more targets written in one cell (`60人，1次`, `合格率≥95%,优秀率≥90%`, `≥2次；≥100人次`). */
import { normalizeValueText } from "./normalize";
import { OPERATOR_PHRASES } from "./operators";
import { parseSingle } from "./stages";
import { type ParsedValue, emptyValue } from "./types";

/** , ; 、 between targets — not a thousands separator (1,030,700); line breaks are split before normalising. */
const SEPARATOR = /(?<!\d),|,(?!\d{3}(?!\d))|;|、/;
const LABEL = /^[\u4e00-\u9fffA-Za-z]{1,15}$/;

/** A part that is a whole target on its own: a number with a unit or a written operator, nothing left over. */
function isWholeTarget(v: ParsedValue): boolean {
  if (v.text !== null) return false;
  if (v.kind === "range") return true;
  return v.kind === "quantitative" && v.number !== null && (v.unit !== null || v.operatorSource !== "implicit");
}

/** One part (`raw` is the part as written, normalised), the name before its target (`合格率≥95%`) set apart as `label`. */
function parsePart(text: string): ParsedValue | null {
  const direct = parseSingle(text, text);
  if (isWholeTarget(direct)) return direct;
  const at = text.search(/[\d≥≤=<>±]/);
  if (at <= 0) return null;
  let label = text.slice(0, at);
  let rest = text.slice(at);
  if (!LABEL.test(label)) return null;
  for (const [word] of OPERATOR_PHRASES) {
    if (label.endsWith(word) && label.length > word.length) {
      label = label.slice(0, -word.length);
      rest = word + rest;
      break;
    }
  }
  const v = parseSingle(rest, rest);
  return isWholeTarget(v) ? { ...v, raw: text, label } : null;
}

/** The targets in `raw` when it holds two or more, each a whole target; otherwise null (one target, or prose). */
export function readMultiple(raw: string): ParsedValue | null {
  const segments = raw
    .split(/[\r\n]+/)
    .map(normalizeValueText)
    .flatMap((line) => line.split(SEPARATOR))
    .filter((x) => x !== "");
  if (segments.length < 2) return null;
  const parts: ParsedValue[] = [];
  for (const seg of segments) {
    const part = parsePart(seg);
    if (!part) return null;
    parts.push(part);
  }
  return { ...emptyValue(raw), kind: "multiple", parts };
}

/**
 * JSON text for the reports: indented like `JSON.stringify(value, null, 2)`, except that each item of the long
 * arrays (a validate report's `findings`, SARIF's `results`) is written on one line. The same JSON to a parser;
 * a large workbook's report is a third smaller and faster to write, and one finding per line reads well in
 * `grep` and diffs.
 */
const ONE_LINE_ITEMS = new Set(["findings", "results"]);

export function reportJson(value: unknown): string {
  return pretty(value, "", false);
}

function pretty(value: unknown, indent: string, itemsOnOneLine: boolean): string {
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.stringify(value) ?? "null";
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((v) => (itemsOnOneLine ? (JSON.stringify(v) ?? "null") : pretty(v, inner, false)));
    return `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
  }
  // as JSON.stringify: properties whose value is undefined, a function or a symbol are left out
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) return "{}";
  const props = entries.map(([k, v]) => `${JSON.stringify(k)}: ${pretty(v, inner, ONE_LINE_ITEMS.has(k))}`);
  return `{\n${inner}${props.join(`,\n${inner}`)}\n${indent}}`;
}

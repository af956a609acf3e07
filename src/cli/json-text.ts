/**
 * JSON text for the reports: indented like `JSON.stringify(value, null, 2)`, except that each item of the long
 * arrays (a validate report's `findings`, SARIF's `results`) is written on one line. The same JSON to a parser;
 * a large workbook's report is a third smaller, and one finding per line reads well in `grep` and diffs. Given out
 * line by line, a report of tens of thousands of findings never exists as one string.
 */
const ONE_LINE_ITEMS = new Set(["findings", "results"]);

/** The report's lines (without their line breaks). */
export function* reportJsonLines(value: unknown): Generator<string> {
  yield* lines(value, "", "", "", false);
}

/** `value`'s lines at `indent`, the first after `prefix` (a property's name), the last followed by `suffix`. */
function* lines(value: unknown, indent: string, prefix: string, suffix: string, itemsOnOneLine: boolean): Generator<string> {
  const inner = `${indent}  `;
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    yield `${indent}${prefix}${JSON.stringify(value) ?? "null"}${suffix}`;
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      yield `${indent}${prefix}[]${suffix}`;
      return;
    }
    yield `${indent}${prefix}[`;
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const comma = i < items.length - 1 ? "," : "";
      if (itemsOnOneLine) yield `${inner}${JSON.stringify(items[i]) ?? "null"}${comma}`;
      else yield* lines(items[i], inner, "", comma, false);
    }
    yield `${indent}]${suffix}`;
  } else {
    // as JSON.stringify: properties whose value is undefined, a function or a symbol are left out
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol",
    );
    if (entries.length === 0) {
      yield `${indent}${prefix}{}${suffix}`;
      return;
    }
    yield `${indent}${prefix}{`;
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i];
      yield* lines(v, inner, `${JSON.stringify(k)}: `, i < entries.length - 1 ? "," : "", ONE_LINE_ITEMS.has(k));
    }
    yield `${indent}}${suffix}`;
  }
}

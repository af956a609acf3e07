import { memoize } from "./memoize";

/**
 * The one interpolation helper: `{{name}}` placeholders filled from `data`. A missing value prints as
 * nothing, or — for rule messages, where it is a rule's bug to be seen — as the placeholder itself.
 */
export function interpolate(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
  missing: "empty" | "keep" = "empty",
): string {
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : missing === "keep" ? `{{${k}}}` : "") + parts[i + 1];
  }
  return out;
}

/** A template split once into text and names (text, name, text, …): a large report fills the same few thousand times. */
const partsOf = memoize((template: string): string[] => template.split(/\{\{(\w+)\}\}/), 5000);

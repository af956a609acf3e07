/**
 * The one interpolation helper: `{{name}}` placeholders filled from `data`. A missing value prints as
 * nothing, or — for rule messages, where it is a rule's bug to be seen — as the placeholder itself.
 */
export function interpolate(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
  missing: "empty" | "keep" = "empty",
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in data ? String(data[k]) : missing === "keep" ? whole : ""));
}

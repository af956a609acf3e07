/** Per-workbook state kept in the document's settings (JSON text), read and written within a batch. */

export function parseSetting<T>(v: unknown): T | null {
  if (typeof v !== "string") return (v as T) ?? null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

export async function loadSetting<T>(context: Excel.RequestContext, key: string): Promise<T | null> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? null : parseSetting<T>(setting.value);
}

export async function saveSetting(context: Excel.RequestContext, key: string, value: unknown): Promise<void> {
  context.workbook.settings.add(key, JSON.stringify(value));
  await context.sync();
}

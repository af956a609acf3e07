/**
 * The colours of a severity wherever findings are shown in a workbook: the add-in's cell marks and 校验报告, and the
 * CLI's reviewer workbook. Excel's own light red / yellow presets and a light blue, each with its dark text.
 */
export const SEVERITY_FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
export const SEVERITY_FONT = { error: "#9C0006", warning: "#9C5700", info: "#1F4E78" } as const;

/** `#RRGGBB` as ExcelJS's opaque ARGB (`FFRRGGBB`). */
export const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

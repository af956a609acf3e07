/**
 * The one severity label table (错误/警告/提示 ↔ error/warning/info): the pane's filters and settings,
 * the ribbon's summary and the 校验报告 sheet all use it. Keys are the engine's Severity values.
 */
export const severityZh = {
  error: "错误",
  warning: "警告",
  info: "提示",
} as const;

export const severityEn: Record<keyof typeof severityZh, string> = {
  error: "Error",
  warning: "Warning",
  info: "Info",
};

/** The pane's views: tabs (问题, 模板, 列映射, 设置, 已忽略) and 修改记录, opened from the overflow menu. */
export type View = "findings" | "templates" | "mapping" | "settings" | "ignored" | "journal";

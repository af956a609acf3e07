/** kpi-lint command-line notices (section of the catalogue). */
export const cliZh = {} as const;

export const cliEn: Record<keyof typeof cliZh, string> = {};

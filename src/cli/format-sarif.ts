import type { Finding, Severity } from "../core/rules/types";
import { RULES } from "../core/rules";
import { PROJECT_HOME, ruleHelpUri } from "./rule-help";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0, for code-scanning dashboards: one run, results located by sheet row/column; messages and rule
 * names (the rules' titles) in `locale`. Each rule and each result links to the rule's doc (`helpUri`; on a
 * result, where SARIF has no such field, in its property bag, beside `ruleIndex`).
 */
export function toSarif(files: Array<{ file: string; findings: Finding[] }>, version: string, locale: "zh-CN" | "en" = "zh-CN"): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kpi-lint",
            version,
            informationUri: PROJECT_HOME,
            rules: RULES.map((r) => ({
              id: r.id,
              name: locale === "en" ? r.title.en : r.title.zh,
              helpUri: ruleHelpUri(r.id),
              shortDescription: { text: locale === "en" ? r.docs.en : r.docs.zh },
              fullDescription: { text: r.docs.en },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        results: files.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.ruleId,
            ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: locale === "en" ? f.messageEn : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file },
                  region: { startLine: f.row, startColumn: f.column },
                },
                logicalLocations: [{ fullyQualifiedName: `${f.sheet}!${f.cell}`, kind: "cell" }],
              },
            ],
            properties: {
              sheet: f.sheet,
              cell: f.cell,
              project: f.project,
              fix: f.fix ? { cell: f.fix.cell, value: f.fix.value } : null,
              helpUri: ruleHelpUri(f.ruleId),
            },
          })),
        ),
      },
    ],
  };
}

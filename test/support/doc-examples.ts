/**
 * The bad → good examples of docs/rules/<id>.md, read as sheets so the rule's tests run them: a doc example
 * that stops matching its rule fails the build. An example is a Markdown table introduced by a comment:
 *
 *   <!-- example: bad fix="≥150人" -->      (fix: the certain fix's value for the first edited cell; fix="" = no fix)
 *   <!-- example: good options={"words":["有效提升"]} -->   (options: the rule's options, JSON)
 *   | 一级指标 | 二级指标 | 三级指标 | 指标值 |
 *   | --- | --- | --- | --- |
 *   | 产出指标 | 数量指标 | 受援人数 | ≥150 |
 *
 * The table is the sheet as the user sees it: its header line is row 1, the `---` line is skipped, each
 * further line is the next row. Cells are trimmed; empty cells are blank; plain numbers are numbers;
 * `\|` is a pipe.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { makeSheet, type CellValue, type WorkbookGrid } from "../../src/core/grid";
import { markdownTableRow } from "../../src/app/rule-doc";

export interface DocExample {
  kind: "bad" | "good";
  /** Line of the comment in the doc, for the test name. */
  line: number;
  grid: WorkbookGrid;
  /** undefined: not asserted; null: the finding has no certain fix. */
  fix?: string | null;
  options?: Record<string, unknown>;
}

export const RULE_DOCS_DIR = join(__dirname, "..", "..", "docs", "rules");

export function ruleDocPath(ruleId: string): string {
  return join(RULE_DOCS_DIR, `${ruleId}.md`);
}

const MARKER = /^<!--\s*example:\s*(bad|good)\b(.*?)-->\s*$/;

function attribute(text: string, name: string): string | undefined {
  const m = new RegExp(`${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|(\\{.*\\}))`).exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2];
}

function cellValue(t: string): CellValue {
  if (t === "") return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

function tableRow(line: string): CellValue[] {
  return markdownTableRow(line).map(cellValue);
}

export function parseDocExamples(markdown: string, sheetName = "Sheet1"): DocExample[] {
  const lines = markdown.split(/\r?\n/);
  const out: DocExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i].trim());
    if (!m) continue;
    const rows: CellValue[][] = [];
    let j = i + 1;
    while (j < lines.length && lines[j].trim().startsWith("|")) {
      if (!/^\|?\s*:?-{3,}/.test(lines[j].trim())) rows.push(tableRow(lines[j]));
      j++;
    }
    if (rows.length === 0) throw new Error(`docs example at line ${i + 1} has no table under it`);
    const fix = attribute(m[2], "fix");
    const options = attribute(m[2], "options");
    out.push({
      kind: m[1] as "bad" | "good",
      line: i + 1,
      grid: { sheets: [makeSheet(sheetName, rows, [])] },
      ...(fix !== undefined ? { fix: fix === "" ? null : fix } : {}),
      ...(options !== undefined ? { options: JSON.parse(options) as Record<string, unknown> } : {}),
    });
    i = j - 1;
  }
  return out;
}

export function readDocExamples(ruleId: string): DocExample[] {
  const path = ruleDocPath(ruleId);
  return existsSync(path) ? parseDocExamples(readFileSync(path, "utf8")) : [];
}

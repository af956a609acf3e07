/**
 * Reads a rule's doc (docs/rules/<id>.md, the format the rule catalogue defines) into what the task pane
 * shows under a finding: what the rule checks, why (its basis), and one bad → good example. Loaded on
 * demand (a separate chunk), so the pane's first bundle does not carry it.
 */
import { RULE_DOC_SECTIONS } from "./messages/constants";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface RuleDoc {
  what: Bilingual;
  why: Bilingual;
  /** The first bad → good example: the cells that differ, labelled by their column header. */
  example: ExampleCell[];
}

export interface ExampleCell {
  label: string;
  bad: string;
  good: string;
}

/** `## heading` → its paragraphs (up to the next heading or `---`). */
function sections(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let head: string | null = null;
  let body: string[] = [];
  const flush = () => head !== null && out.set(head, body.join("\n").trim());
  for (const line of lines) {
    if (line.startsWith("## ")) {
      flush();
      head = line.slice(3).trim();
      body = [];
    } else if (line.trim() === "---" && head !== null) {
      flush();
      head = null;
    } else body.push(line);
  }
  flush();
  return out;
}

/** The English part's bold-led paragraphs: `**Why.** …` → Why → … */
function boldParagraphs(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const para of text.split(/\n\s*\n/)) {
    const m = /^\*\*([^*]+?)\.?\*\*\s*([\s\S]*)$/.exec(para.trim());
    if (m) out.set(m[1].trim(), m[2].trim());
  }
  return out;
}

/** One line of a rule doc's Markdown table as its trimmed cells; `\|` is a pipe inside a cell. */
export function markdownTableRow(line: string): string[] {
  // no lookbehind: the Safari of older Macs' Excel rejects it
  const inner = line
    .trim()
    .replace(/\\\|/g, "\u0000")
    .replace(/^\||\|$/g, "");
  return inner.split("|").map((c) => c.split("\u0000").join("|").trim());
}

function tableAfter(lines: string[], marker: RegExp): string[][] | null {
  const start = lines.findIndex((l) => marker.test(l));
  if (start < 0) return null;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    const l = line.trim();
    if (!l.startsWith("|")) {
      if (rows.length) break;
      continue;
    }
    const cells = markdownTableRow(l);
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    rows.push(cells);
  }
  return rows.length ? rows : null;
}

/** Text without the prose of examples: only plain paragraphs (no tables, comments, or example labels). */
function prose(text: string | undefined): string {
  return (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith("|") && !p.startsWith("<!--"))
    .join("\n\n");
}

export function parseRuleDoc(markdown: string): RuleDoc {
  const lines = markdown.split(/\r?\n/);
  const zh = sections(lines);
  const en = boldParagraphs(zh.get("English") ?? "");
  const bad = tableAfter(lines, /<!--\s*example:\s*bad\b/);
  const good = tableAfter(lines, /<!--\s*example:\s*good\b/);
  return {
    what: { zh: prose(zh.get(RULE_DOC_SECTIONS.what)), en: en.get("What it checks") ?? "" },
    why: { zh: prose(zh.get(RULE_DOC_SECTIONS.why)), en: en.get("Why") ?? "" },
    example: bad && good ? exampleDiff(bad, good) : [],
  };
}

/**
 * The example (tables as rows of cells, header first) as the cells that differ between the bad and the good table's last rows, labelled by
 * their header: [{ label: "指标值", bad: "≥150", good: "≥150人" }]. Tables of different shapes give
 * their last cells.
 */
function exampleDiff(bad: string[][], good: string[][]): ExampleCell[] {
  const b = bad[bad.length - 1];
  const g = good[good.length - 1];
  const header = bad[0];
  if (b.length === g.length && bad.length > 1 && good.length > 1) {
    const diff = b.map((cell, i) => ({ label: header[i] ?? "", bad: cell, good: g[i] })).filter((d) => d.bad !== d.good);
    if (diff.length) return diff.slice(0, 3);
  }
  return [{ label: header[header.length - 1] ?? "", bad: b[b.length - 1] ?? "", good: g[g.length - 1] ?? "" }];
}

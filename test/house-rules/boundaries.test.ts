/**
 * The house rules fail on a deliberate violation: each probe is a small file dropped into the folder it
 * would break, linted with the project's own ESLint config, then removed.
 */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = path.join(__dirname, "../..");

interface Probe {
  name: string;
  file: string;
  code: string;
  rule: string;
}

const PROBES: Probe[] = [
  {
    name: "src/core imports nothing outside src/core",
    file: "src/core/zz-probe-outside.ts",
    code: 'import { translate } from "../app/messages";\nexport const x = translate;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "src/core has no Node",
    file: "src/core/zz-probe-node.ts",
    code: 'import fs from "node:fs";\nexport const x = fs;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "src/core has no Office",
    file: "src/core/zz-probe-office.ts",
    code: "export const x = (): unknown => Office.context;\n",
    rule: "no-restricted-globals",
  },
  {
    name: "src/xlsx runs in the browser too: no Node",
    file: "src/xlsx/zz-probe-node.ts",
    code: 'import fs from "node:fs";\nexport const x = fs;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "src/xlsx imports only src/core, fflate and saxes",
    file: "src/xlsx/zz-probe-outside.ts",
    code: 'import { translate } from "../app/messages";\nexport const x = translate;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "src/xlsx has no Chinese literals",
    file: "src/xlsx/zz-probe-cjk.ts",
    code: 'export const label = "校验";\n',
    rule: "no-restricted-syntax",
  },
  {
    name: "src/core does not import the reader",
    file: "src/core/zz-probe-xlsx.ts",
    code: 'import { readXlsx } from "../xlsx/read-xlsx";\nexport const x = readXlsx;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "only src/excel touches Office.js (task pane)",
    file: "src/taskpane/zz-probe-office.ts",
    code: "export const x = (): unknown => Office.context;\n",
    rule: "no-restricted-globals",
  },
  {
    name: "only src/excel touches Office.js (app)",
    file: "src/app/zz-probe-excel.ts",
    code: "export const x = (): unknown => Excel.run;\n",
    rule: "no-restricted-globals",
  },
  {
    name: "nothing in src imports test/",
    file: "src/cli/zz-probe-test.ts",
    code: 'import { SEEDS } from "../../test/fixtures/build";\nexport const x = SEEDS;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "no Chinese literals outside the catalogues",
    file: "src/taskpane/zz-probe-cjk.ts",
    code: 'export const label = "校验";\n',
    rule: "no-restricted-syntax",
  },
  {
    name: "Office.js: load before read",
    file: "src/excel/zz-probe-load.ts",
    code: [
      "export async function f(context: Excel.RequestContext): Promise<string> {",
      "  const r = context.workbook.getSelectedRange();",
      "  await context.sync();",
      "  return r.address;",
      "}",
      "",
    ].join("\n"),
    rule: "office-addins/load-object-before-read",
  },
];

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null }>;
}

/** ESLint's own command line (its flat config is an ES module, which jest's VM cannot load in-process). */
function eslint(files: string[]): LintResult[] {
  const bin = path.join(ROOT, "node_modules/eslint/bin/eslint.js");
  const r = spawnSync(process.execPath, [bin, "--format", "json", ...files], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(r.stdout) as LintResult[];
}

describe("house rules fail on deliberate violations", () => {
  let results: LintResult[] = [];
  beforeAll(() => {
    const files = PROBES.map((p) => path.join(ROOT, p.file));
    try {
      PROBES.forEach((p, i) => fs.writeFileSync(files[i], p.code));
      results = eslint([...files, path.join(ROOT, "src/core/grid.ts")]);
    } finally {
      for (const f of files) fs.rmSync(f, { force: true });
    }
  }, 180000);

  it.each(PROBES)("$name", (p) => {
    const result = results.find((r) => r.filePath === path.join(ROOT, p.file));
    expect(result?.messages.map((m) => m.ruleId)).toContain(p.rule);
  });

  it("the real tree passes the same config (src/core/grid.ts)", () => {
    const result = results.find((r) => r.filePath.endsWith("src/core/grid.ts"));
    expect(result?.messages).toEqual([]);
  });
});

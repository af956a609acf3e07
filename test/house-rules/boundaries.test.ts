/**
 * The house rules fail on a deliberate violation: each probe is a small file dropped into the folder it
 * would break, linted with the project's own ESLint config, then removed.
 */
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";

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

describe("house rules fail on deliberate violations", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const written: string[] = [];
  beforeAll(() => {
    for (const p of PROBES) {
      const file = path.join(ROOT, p.file);
      fs.writeFileSync(file, p.code);
      written.push(file);
    }
  });
  afterAll(() => {
    for (const f of written) fs.rmSync(f, { force: true });
  });

  it.each(PROBES)(
    "$name",
    async (p) => {
      const [result] = await eslint.lintFiles([path.join(ROOT, p.file)]);
      expect(result.messages.map((m) => m.ruleId)).toContain(p.rule);
    },
    120000,
  );

  it("the real tree passes the same config (src/core sample)", async () => {
    const [result] = await eslint.lintFiles([path.join(ROOT, "src/core/grid.ts")]);
    expect(result.messages).toEqual([]);
  }, 120000);
});

/** The version has one source, package.json: `--version`, the usage text and the SARIF driver all print it. */
import path from "node:path";
import { main } from "../../src/cli/main";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import pkg from "../../package.json";

async function run(...args: string[]): Promise<string> {
  let out = "";
  await main(args, { out: (s) => (out += s), err: () => undefined });
  return out;
}

describe("version", () => {
  it("--version prints package.json's version", async () => {
    expect((await run("--version")).trim()).toBe(pkg.version);
  });

  it("the usage text and the SARIF driver carry it", async () => {
    expect(await run("--help")).toContain(`kpi-lint ${pkg.version}`);
    const sarif = JSON.parse(await run("validate", path.join(FIXTURE_DIR, "ningbo-summary.xlsx"), "--format", "sarif"));
    expect(sarif.runs[0].tool.driver.version).toBe(pkg.version);
  });
});

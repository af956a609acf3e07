/** The CLI's own stdout gathers its lines into few writes (one per line cost ~90 ms on a fix of 16,000 cells). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { run } from "../support/cli-run";

let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-stdout-"))));
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** What the process's stdout and stderr are given, write by write, in order. */
function recordWrites(): Array<[string, string]> {
  const writes: Array<[string, string]> = [];
  for (const [name, stream] of [
    ["out", process.stdout],
    ["err", process.stderr],
  ] as const) {
    jest.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      writes.push([name, String(chunk)]);
      return true;
    });
  }
  return writes;
}

it("fix prints every line in one write, the same text as line by line", async () => {
  const input = path.join(FIXTURE_DIR, "funing-forms.xlsx");
  const out = path.join(tmp, "out.xlsx");
  const expected = await run("fix", input, "--out", out);
  expect(expected.code).toBe(0);
  expect(expected.out.split("\n").length).toBeGreaterThan(3);

  const writes = recordWrites();
  expect(await main(["fix", input, "--out", out])).toBe(0);
  expect(writes).toEqual([["out", expected.out]]);
});

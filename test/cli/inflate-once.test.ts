/** `fix` and `insert` read a workbook and write it back from the same bytes: no part is inflated twice. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { rememberingInflate } from "../../src/cli/native-inflate";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";
import { run } from "../support/cli-run";

let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-inflate-"))));
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Where in its file each inflated piece of data stood, call by call. */
function recordInflates(): string[] {
  const calls: string[] = [];
  const real = zlib.inflateRawSync.bind(zlib);
  jest.spyOn(zlib, "inflateRawSync").mockImplementation((data, options) => {
    const d = data as Uint8Array;
    calls.push(`${d.byteOffset}:${d.length}`);
    return real(data, options);
  });
  return calls;
}

it.each([
  ["fix", ["fix", path.join(FIXTURE_DIR, "funing-forms.xlsx"), "--out", "out.xlsx"]],
  [
    "insert",
    ["insert", path.join(FIXTURE_DIR, "qingdao-forms.xlsx"), "--project", "法治专项业务费", "--type", "rule-of-law", "--out", "out.xlsx"],
  ],
])("%s inflates each part it reads once, though it reads the changed sheets again to write them", async (_, args) => {
  const calls = recordInflates();
  const r = await run(...args.map((a) => (a === "out.xlsx" ? path.join(tmp, a) : a)));
  expect(r.code).toBe(0);
  expect(fs.existsSync(path.join(tmp, "out.xlsx"))).toBe(true);
  expect(calls.length).toBeGreaterThan(3);
  expect(new Set(calls).size).toBe(calls.length);
});

it("inflates data from another file's bytes anew, and gives what zlib gives", () => {
  const inflate = rememberingInflate();
  const xml = Buffer.from("<worksheet>" + "<row/>".repeat(500) + "</worksheet>");
  const a = zlib.deflateRawSync(xml);
  const b = Buffer.from(zlib.deflateRawSync(Buffer.from("<sst/>")));
  const calls = recordInflates();
  expect(Buffer.from(inflate(a, xml.length) ?? []).toString()).toBe(xml.toString());
  expect(inflate(a, xml.length)).toBe(inflate(a, xml.length));
  expect(Buffer.from(inflate(b, 6) ?? []).toString()).toBe("<sst/>");
  expect(inflate(a, 10)).toBeNull(); // more than declared: refused, as nativeInflate refuses it
  expect(calls.length).toBe(3);
});

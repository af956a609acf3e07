/**
 * For reviewers who never clone: `npm pack` makes a tarball of the compiled CLI (built on prepack, its runtime
 * dependencies bundled), which `npm install -g` puts on the PATH without the network. Packed from a copy of the
 * sources, so that the build does not touch this checkout's lib/ while other tests run it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FIXTURE_DIR } from "../fixtures/write-fixtures";

const ROOT = path.join(__dirname, "../..");
const COPY = [
  "bin",
  "src/core",
  "src/cli",
  "src/xlsx",
  "src/app/messages",
  "package.json",
  "tsconfig.json",
  "tsconfig.cli.json",
  "README.md",
];

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-lint-pack-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function npm(args: string[], cwd: string) {
  const r = spawnSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } });
  expect([args[0], r.status, r.status === 0 ? "" : r.stderr]).toEqual([args[0], 0, ""]);
  return r.stdout;
}

it("npm pack → npm install -g --offline → kpi-lint validate", () => {
  const src = path.join(tmp, "src-copy");
  for (const p of COPY) fs.cpSync(path.join(ROOT, p), path.join(src, p), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(src, "node_modules"));

  const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", tmp], src)) as Array<{
    filename: string;
    version: string;
    files: Array<{ path: string }>;
    bundled: string[];
  }>;
  const own = packed.files.map((f) => f.path).filter((p) => !p.startsWith("node_modules/"));
  expect(own.filter((p) => !/^(bin|lib)\//.test(p) && !["package.json", "README.md"].includes(p))).toEqual([]);
  expect(own).toEqual(expect.arrayContaining(["bin/kpi-lint.js", "lib/cli/main.js", "lib/cli/validate-worker.js"]));
  expect(packed.bundled).toEqual(expect.arrayContaining(["exceljs", "fflate", "zod"]));

  const prefix = path.join(tmp, "prefix");
  npm(["install", "-g", "--prefix", prefix, path.join(tmp, packed.filename), "--offline", "--no-audit", "--no-fund"], tmp);
  const bin = path.join(prefix, process.platform === "win32" ? "kpi-lint.cmd" : "bin/kpi-lint");
  const run = (...args: string[]) => spawnSync(bin, args, { cwd: tmp, encoding: "utf8", shell: process.platform === "win32" });

  expect(run("--version").stdout.trim()).toBe(packed.version);
  const folder = path.join(tmp, "forms");
  fs.mkdirSync(folder);
  for (const f of ["qingdao-forms.xlsx", "ningbo-summary.xlsx"]) fs.copyFileSync(path.join(FIXTURE_DIR, f), path.join(folder, f));
  const r = run("validate", folder);
  expect([r.status, r.stderr]).toEqual([1, ""]);
  expect(r.stdout).toContain("可读取 2 个文件，无法读取 0 个。");
  expect(r.stdout).toContain("共 2 个文件");
}, 600_000);

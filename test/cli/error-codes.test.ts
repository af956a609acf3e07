/** The closed list of error codes: complete in both languages, used everywhere, documented. */
import fs from "node:fs";
import path from "node:path";
import { ADDIN_ERROR_CODES, ZH_ONLY_PLACEHOLDERS, placeholders } from "../../src/core/error-codes";
import { READ_ERROR_CODES } from "../../src/core/read-error-codes";
import { ERROR_CODES, type ErrorCode, KpiLintError, isErrorCode } from "../../src/cli/errors";
import { cliEn, cliZh } from "../../src/app/messages/cli";
import { PLACEHOLDER } from "../../src/core/templates/schema";

const ROOT = path.join(__dirname, "../..");
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const codes = Object.keys(ERROR_CODES) as ErrorCode[];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe("ERROR_CODES", () => {
  it.each(codes)("%s has zh-CN and English text with the same placeholders", (code) => {
    const { zh, en } = ERROR_CODES[code];
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(zh).toMatch(CJK);
    expect(en).not.toMatch(CJK);
    const zhOnly = (t: string) => placeholders(t).filter((p) => !ZH_ONLY_PLACEHOLDERS.includes(p));
    // text the caller has in both languages comes as `x` (zh) and `xEn` (English)
    const en2 = (t: string) => zhOnly(t).map((p) => p.replace(/En$/, ""));
    expect(en2(en)).toEqual(zhOnly(zh));
    expect(placeholders(en).filter((p) => ZH_ONLY_PLACEHOLDERS.includes(p))).toEqual([]);
  });

  it("codes are SCREAMING_SNAKE_CASE; CLI codes exit 2", () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      const exit = (ERROR_CODES[code] as { exit?: number }).exit;
      if (exit !== undefined) expect(exit).toBe(2);
    }
  });

  it("KpiLintError fills both languages from the catalogue and keeps the code and data", () => {
    const e = new KpiLintError("FILE_NOT_FOUND", { path: "a/b.xlsx" });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("KpiLintError");
    expect(e.code).toBe("FILE_NOT_FOUND");
    expect(e.data).toEqual({ path: "a/b.xlsx" });
    expect(e.message).toBe("找不到文件：a/b.xlsx");
    expect(e.messageEn).toBe("File not found: a/b.xlsx");
    expect(e.messageIn("en")).toBe(e.messageEn);
    expect(e.exitCode).toBe(2);
    expect(new KpiLintError("STALE_PLAN").message).not.toMatch(/\{\{/);
    expect(isErrorCode("FILE_NOT_FOUND")).toBe(true);
    expect(isErrorCode("not-found")).toBe(false);
  });

  it("every KpiLintError thrown in src uses a listed code", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, "src"))) {
      const text = fs.readFileSync(file, "utf8");
      // the one exception: the preview's page rebuilds the error its reading worker raised, by code and data
      const revived = file.endsWith(path.join("preview", "read-protocol.ts")) ? 1 : 0;
      const calls = (text.match(/new KpiLintError\(/g) ?? []).slice(revived);
      const literal = [...text.matchAll(/new KpiLintError\(\s*"(\w+)"/g)].map((m) => m[1]);
      // a code is always a string literal, so that this test (and a reader) can see it
      expect({ file: path.relative(ROOT, file), calls: calls.length }).toEqual({ file: path.relative(ROOT, file), calls: literal.length });
      for (const code of literal) {
        expect({ file: path.relative(ROOT, file), code, listed: isErrorCode(code) }).toEqual(expect.objectContaining({ listed: true }));
        used.add(code);
      }
    }
    // the list is closed in both directions: no code that nothing raises
    expect(codes.filter((c) => !used.has(c))).toEqual([]);
  });

  it("a module raising a file-reading or CLI code imports KpiLintError from where those texts load", () => {
    const part = (code: string) => (code in ADDIN_ERROR_CODES ? "addin" : code in READ_ERROR_CODES ? "read" : "cli");
    // the CLI's module loads every part, the reader's its own
    const loaders = { cli: ["./errors"], read: ["./errors", "../core/read-error-codes"] };
    for (const file of sourceFiles(path.join(ROOT, "src"))) {
      const text = fs.readFileSync(file, "utf8");
      const parts = new Set([...text.matchAll(/new KpiLintError\(\s*"(\w+)"/g)].map((m) => part(m[1])));
      const needs = parts.has("cli") ? "cli" : parts.has("read") ? "read" : null;
      if (!needs) continue;
      const from = /import \{[^}]*\bKpiLintError\b[^}]*\} from "([^"]+)"/.exec(text)?.[1] ?? null;
      expect({ file: path.relative(ROOT, file), needs, loads: loaders[needs].includes(from ?? "") }).toEqual({
        file: path.relative(ROOT, file),
        needs,
        loads: true,
      });
    }
  });

  it("the add-in's part (in every browser bundle) holds only codes raised outside src/cli", () => {
    const outsideCli = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, "src")).filter((f) => !f.includes(`${path.sep}cli${path.sep}`))) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(/new KpiLintError\(\s*"(\w+)"/g)) outsideCli.add(m[1]);
    }
    expect(Object.keys(ADDIN_ERROR_CODES).filter((c) => !outsideCli.has(c))).toEqual([]);
  });

  it("src/cli throws no bare Error: a failure the user can meet has a code", () => {
    for (const file of sourceFiles(path.join(ROOT, "src/cli"))) {
      expect({ file, bare: /throw new Error\(/.test(fs.readFileSync(file, "utf8")) }).toEqual({ file, bare: false });
    }
  });

  it("the README's Error codes table lists every code with its exit code", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const code of codes) {
      const exit = (ERROR_CODES[code] as { exit?: number }).exit;
      expect(readme).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${exit ?? "—"}\\s*\\|`));
    }
  });
});

describe("the CLI section of the catalogue", () => {
  it("has the same keys and placeholders in both languages, and no Chinese in English", () => {
    expect(Object.keys(cliEn).sort()).toEqual(Object.keys(cliZh).sort());
    for (const key of Object.keys(cliZh) as Array<keyof typeof cliZh>) {
      expect({ key, p: placeholders(cliEn[key]) }).toEqual({ key, p: placeholders(cliZh[key]) });
      // 【待填】 is what the sheet holds, so English names it as it is
      expect({ key, en: cliEn[key].split(PLACEHOLDER).join("") }).toEqual({ key, en: expect.not.stringMatching(CJK) });
    }
  });

  it("src/cli holds no Chinese text: it all comes from the catalogues", () => {
    for (const file of sourceFiles(path.join(ROOT, "src/cli"))) {
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect({ file: path.relative(ROOT, file), cjk: code.match(CJK)?.[0] ?? null }).toEqual({
        file: path.relative(ROOT, file),
        cjk: null,
      });
    }
  });
});

/** Lines gathered into writes of about 64 KB: the same text, in few writes, nothing left behind by a flush. */
import { chunkedLines } from "../../src/cli/chunked-out";

it("writes lines in chunks just over 64 KB, the same text as line by line, and the rest on flush", () => {
  const writes: string[] = [];
  const out = chunkedLines((text) => writes.push(text));
  const lines = Array.from({ length: 5000 }, (_, i) => `第${i}行 ${"x".repeat(i % 80)}`);
  for (const l of lines) out.line(l);
  const before = writes.length;
  out.flush();
  out.flush();
  expect(writes.join("")).toBe(lines.map((l) => `${l}\n`).join(""));
  expect(before).toBeGreaterThan(1);
  expect(writes.length).toBe(before + 1);
  for (const w of writes.slice(0, -1)) expect(w.length).toBeGreaterThan(65536);
  for (const w of writes) expect(w.length).toBeLessThan(65536 + 200);
});

/**
 * One measurement of `npm run bench`, in a process of its own: `node scripts/bench-measure.js <what> <file> <runs>`,
 * what = floor | validate | fix | peak. It runs the compiled CLI (lib/, which bench.ts builds first), as `kpi-lint`
 * runs once installed: plain Node, no TypeScript loader and none of the bench's own modules in the heap. Prints
 * { ms: median CPU ms, findings, peakMb } as JSON.
 */
"use strict";
const fs = require("node:fs");
const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");
const { main } = require("../lib/cli/main.js");
const { chunkedLines } = require("../lib/cli/chunked-out.js");

/** CPU ms (user + system) since `from`: on a shared machine wall-clock time measures the other processes too. */
function cpuMs(from) {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The floor: inflate every part and run it through the SAX parser, doing nothing with what it reports. */
function timeFloor(file) {
  const t = process.cpuUsage();
  const parts = unzipSync(fs.readFileSync(file));
  let events = 0;
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ position: false });
    parser.on("opentag", () => events++);
    parser.on("text", () => events++);
    parser.write(new TextDecoder().decode(bytes)).close();
  }
  return { ms: events > 0 ? cpuMs(t) : NaN, findings: 0 };
}

/**
 * `kpi-lint validate <file> --format json > report.json`: its lines written to a file as the CLI writes its stdout
 * (chunked-out.ts), then read back for the count of findings. Kept in an array instead, 26 MB of lines would cost
 * the collector work that the command, which writes them away as it goes, never has.
 */
async function timeValidate(file) {
  const report = `${file}.report.json`;
  const fd = fs.openSync(report, "w");
  const stdout = chunkedLines((text) => fs.writeSync(fd, text));
  const t = process.cpuUsage();
  await main(["validate", file, "--format", "json"], { out: stdout.line, err: () => undefined, flush: stdout.flush });
  const ms = cpuMs(t);
  fs.closeSync(fd);
  const findings = JSON.parse(fs.readFileSync(report, "utf8")).files[0].findings.length;
  fs.rmSync(report, { force: true });
  return { ms, findings };
}

/** `kpi-lint fix <file> --out …`: read, find the certain fixes, apply them, check again, write. */
async function timeFix(file) {
  const out = `${file}.fixed.xlsx`;
  let lines = 0;
  const t = process.cpuUsage();
  await main(["fix", file, "--out", out], { out: () => lines++, err: () => undefined });
  const ms = cpuMs(t);
  fs.rmSync(out, { force: true });
  return { ms, findings: lines - 1 };
}

async function measure(what, file, runs) {
  const times = [];
  let findings = 0;
  // "peak": one validate, as a user runs it (repeated runs in one process only measure V8's lazy collection)
  for (let i = 0; i < (what === "peak" ? 1 : runs); i++) {
    const r = what === "floor" ? timeFloor(file) : await (what === "fix" ? timeFix(file) : timeValidate(file));
    times.push(r.ms);
    findings = r.findings;
  }
  if (process.env.BENCH_ALL) console.error(what, times.map((t) => t.toFixed(0)).join(" "));
  console.log(JSON.stringify({ ms: median(times), findings, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

const [what, file, runs] = process.argv.slice(2);
measure(what, file, Number(runs) || 3).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

/** After `webpack --mode production`: the gzipped size of each page's JavaScript, against the targets. */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const TARGETS = { taskpane: 250, commands: 60 };
const dist = path.join(__dirname, "..", "dist");
const pages = ["taskpane", "commands", "notify", "preview"];
let failed = false;
console.log("page        raw KB   gzip KB   target");
for (const page of pages) {
  const file = path.join(dist, `${page}.js`);
  if (!fs.existsSync(file)) continue;
  const raw = fs.readFileSync(file);
  const gz = zlib.gzipSync(raw, { level: 9 }).length / 1024;
  const target = TARGETS[page];
  const ok = target === undefined || gz <= target;
  if (!ok) failed = true;
  console.log(
    `${page.padEnd(10)} ${(raw.length / 1024).toFixed(1).padStart(7)}  ${gz.toFixed(1).padStart(8)}   ${target ? `≤ ${target} ${ok ? "ok" : "OVER"}` : page === "preview" ? "(no target; ExcelJS loads on demand)" : "(no target)"}`,
  );
}
if (failed) process.exitCode = 1;

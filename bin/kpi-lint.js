#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ by `npm install` (the prepare script) or `npm run build:cli`.
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (e) {
  process.stderr.write("kpi-lint：尚未编译，请先在项目目录运行 npm install 或 npm run build:cli\n");
  process.exit(2);
}
// `kpi-lint validate … | head` closes the pipe early: stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") process.exit(process.exitCode || 0);
    throw e;
  });
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

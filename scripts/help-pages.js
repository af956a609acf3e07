/**
 * Webpack plugin: the rule docs (docs/rules/<id>.md) as the add-in's help pages, help/<id>.html, and an
 * index, help/index.html. The task pane links a finding to its rule's page; the English part has the
 * anchor #en.
 */
const fs = require("node:fs");
const path = require("node:path");

const DOCS = path.join(__dirname, "..", "docs", "rules");

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function page(title, body) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(title)}</title>
<style>
body { font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; max-width: 760px; margin: 24px auto; padding: 0 16px; line-height: 1.6; color: #242424; }
table { border-collapse: collapse; margin: 8px 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #d1d1d1; padding: 4px 8px; text-align: left; }
code { background: #f3f2f1; padding: 0 3px; border-radius: 3px; }
h2 { margin-top: 28px; border-bottom: 1px solid #e0e0e0; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

class HelpPagesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "HelpPagesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          if (!fs.existsSync(DOCS)) return;
          const { marked } = await import("marked");
          compilation.contextDependencies.add(DOCS);
          const links = [];
          for (const file of fs
            .readdirSync(DOCS)
            .filter((f) => f.endsWith(".md"))
            .sort()) {
            const id = file.slice(0, -3);
            const md = fs.readFileSync(path.join(DOCS, file), "utf8");
            const title = /^# (.+)$/m.exec(md)?.[1] ?? id;
            const html = marked.parse(md, { async: false }).replace("<h2>English</h2>", '<h2 id="en" lang="en">English</h2>');
            compilation.emitAsset(`help/${id}.html`, new sources.RawSource(page(title, html)));
            links.push(`<li><a href="${id}.html">${escape(title)}</a> <code>${id}</code></li>`);
          }
          compilation.emitAsset("help/index.html", new sources.RawSource(page("KPI Lint", `<ul>${links.join("")}</ul>`)));
        },
      );
    });
  }
}

module.exports = { HelpPagesPlugin };

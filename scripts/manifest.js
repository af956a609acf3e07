/**
 * npm run manifest -- --url https://addin.example.gov.cn [--templates https://…/pack.json] [--version 1.0.1.0] --out dist/manifest.xml
 *
 * Writes the deployment manifest admins upload in the Microsoft 365 admin center (Settings → Integrated apps):
 * every https://localhost:3000 becomes --url, and the task pane's SourceLocation carries the organisation's
 * template pack as ?templates=…, so every user gets the pack with the add-in.
 */
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");

const DEV = "https://localhost:3000";
/** English UI languages other than en-US: Office picks an Override by exact locale, so each needs its own. */
const MORE_ENGLISH = ["en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA"];

function fail(message) {
  console.error(`npm run manifest：${message}`);
  process.exit(2);
}

function httpsUrl(name, value) {
  let u;
  try {
    u = new URL(value);
  } catch {
    fail(`${name} 不是有效的网址：${value}`);
  }
  if (u.protocol !== "https:") fail(`${name} 必须是 https 地址：${value}`);
  return u;
}

const xmlAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function build({ url, templates, version, source }) {
  const base = httpsUrl("--url", url).toString().replace(/\/$/, "");
  let xml = source
    .replace(/<!--[\s\S]*?-->\n?/g, "")
    .split(DEV)
    .join(base);
  // an AppDomain is an origin: scheme and host, no path (learn.microsoft.com "AppDomain element")
  xml = xml.replace(/<AppDomain>([^<]*)<\/AppDomain>/g, (_, u) => `<AppDomain>${new URL(u).origin}</AppDomain>`);
  xml = xml.replace(/^([ \t]*)<((?:bt:)?Override) Locale="en-US"([^>]*)\/>$/gm, (line, indent, tag, rest) =>
    [line, ...MORE_ENGLISH.map((l) => `${indent}<${tag} Locale="${l}"${rest}/>`)].join("\n"),
  );
  if (templates) {
    const pack = httpsUrl("--templates", templates);
    const query = `?templates=${encodeURIComponent(pack.toString())}`;
    xml = xml.replace(/(<SourceLocation DefaultValue=")([^"?]*\/taskpane\.html)(")/, (_, a, b, c) => `${a}${b}${xmlAttr(query)}${c}`);
    xml = xml.replace(
      /(<bt:Url id="Taskpane\.Url" DefaultValue=")([^"?]*\/taskpane\.html)(")/,
      (_, a, b, c) => `${a}${b}${xmlAttr(query)}${c}`,
    );
    if (pack.origin !== new URL(base).origin && !xml.includes(`<AppDomain>${pack.origin}</AppDomain>`)) {
      xml = xml.replace("</AppDomains>", `  <AppDomain>${pack.origin}</AppDomain>\n  </AppDomains>`);
    }
  }
  if (version) {
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) fail(`--version 应为四段数字，如 1.0.1.0：${version}`);
    xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  }
  return xml;
}

function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { url: { type: "string" }, templates: { type: "string" }, version: { type: "string" }, out: { type: "string" } },
    }));
  } catch (e) {
    fail(e.message);
  }
  if (!values.url || !values.out)
    fail(
      "用法：npm run manifest -- --url https://加载项网址 [--templates https://…/pack.json] [--version 1.0.1.0] --out dist/manifest.xml",
    );
  const source = fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
  const xml = build({ ...values, source });
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, xml);
  const ver = /<Version>([^<]*)<\/Version>/.exec(xml)[1];
  console.log(`已写入 ${values.out}（版本 ${ver}）。加载项网址 ${values.url}${values.templates ? `，模板包 ${values.templates}` : ""}。`);
}

if (require.main === module) main(process.argv.slice(2));
module.exports = { build };

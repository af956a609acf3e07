/**
 * Where a rule's documentation lives: docs/rules/<id>.md in the package (what `kpi-lint rules --format json`
 * lists), and as an absolute web address for SARIF's `helpUri` (the SARIF schema wants an absolute URI).
 * The address is built on package.json's `repository` (or `homepage`) when it names one, else on the
 * project's home page that the SARIF driver already gives as its `informationUri`.
 */
import fs from "node:fs";
import path from "node:path";

export const PROJECT_HOME = "https://github.com/kpi-lint/kpi-lint";

export interface PackageLinks {
  repository?: string | { url?: string };
  homepage?: string;
}

/** package.json, two folders up from src/cli and lib/cli alike. */
const PACKAGE = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as PackageLinks;

/** The doc's path inside the repository and the package. */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** `git+https://github.com/o/n.git`, `github:o/n`, `o/n` → `https://github.com/o/n`; null when it is no web address. */
function repositoryWeb(repo: string): string | null {
  const short = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(repo);
  if (short) return `https://github.com/${short[1].replace(/\.git$/, "")}`;
  const url = repo.replace(/^git\+/, "").replace(/\.git$/, "");
  return /^https?:\/\//.test(url) ? url : null;
}

/** The web address files of the repository are read under: `<repo>/blob/HEAD/` on GitHub, `<home>/` else. */
export function docsBase(pkg: PackageLinks = PACKAGE): string {
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const web = (repo && repositoryWeb(repo)) || pkg.homepage?.replace(/#.*$/, "") || PROJECT_HOME;
  const base = web.replace(/\/+$/, "");
  return /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(base) ? `${base}/blob/HEAD/` : `${base}/`;
}

/** SARIF `helpUri`: the rule's doc as an absolute address. */
export function ruleHelpUri(ruleId: string, pkg: PackageLinks = PACKAGE): string {
  return `${docsBase(pkg)}${ruleDocPath(ruleId)}`;
}

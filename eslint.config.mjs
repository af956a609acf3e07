// House rules (issue #7): type-checked TypeScript, React hooks, Office.js patterns in the adapter,
// import boundaries per folder, and no Chinese string literals outside the message catalogues.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

/** A CJK character: user-facing text belongs in a message catalogue, not in UI, command or adapter code. */
const CJK = "/[\\u3400-\\u9fff\\uff01-\\uff5e\\u3000-\\u303f]/";
const noCjkLiterals = [
  {
    selector: `Literal[value=${CJK}]`,
    message: "用户可见的文字放进消息目录（src/app/messages）/ User-facing text belongs in the message catalogue.",
  },
  {
    selector: `TemplateElement[value.raw=${CJK}]`,
    message: "用户可见的文字放进消息目录（src/app/messages）/ User-facing text belongs in the message catalogue.",
  },
  {
    selector: `JSXText[value=${CJK}]`,
    message: "用户可见的文字放进消息目录（src/app/messages）/ User-facing text belongs in the message catalogue.",
  },
];

/** `no-restricted-imports` patterns: a folder may not reach into these. */
const outsideCore = ["**/app/**", "**/cli/**", "**/excel/**", "**/taskpane/**", "**/commands/**", "**/preview/**", "**/xlsx/**"];
const testCode = ["**/test/**", "../../test/*", "../test/*"];
const nodeBuiltins = ["fs", "path", "os", "child_process", "node:*", "exceljs", "react", "react-dom", "@fluentui/*"];

/** `no-restricted-globals` entries for a folder that runs anywhere: no DOM, no Node. */
const noDomNoNode = (folder) => [
  ...["window", "document"].map((name) => ({ name, message: `${folder} has no DOM.` })),
  ...["process", "require", "Buffer"].map((name) => ({ name, message: `${folder} has no Node.` })),
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "coverage/",
      "test/e2e/out/",
      "test/fixtures/out/",
      "assets/",
      "bin/",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": ["error", { patterns: [{ group: testCode, message: "src must not import test code." }] }],
    },
  },
  // React: the rules of hooks.
  {
    files: ["src/taskpane/**/*.tsx", "src/preview/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  // The core: pure TypeScript, no Office, no DOM, no Node, nothing outside src/core.
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: outsideCore, message: "src/core imports nothing outside src/core." },
            { group: testCode, message: "src must not import test code." },
            { group: nodeBuiltins, message: "src/core is pure: no Node, no DOM, no UI library." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/excel touches Office.js." },
        { name: "Excel", message: "Only src/excel touches Office.js." },
        ...noDomNoNode("src/core"),
      ],
    },
  },
  // The .xlsx reader: runs in Node and the browser alike; it may use src/core, fflate and saxes, nothing else.
  {
    files: ["src/xlsx/**/*.ts"],
    languageOptions: { globals: { ...globals.es2021, TextDecoder: "readonly" } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/app/**", "**/cli/**", "**/excel/**", "**/taskpane/**", "**/commands/**", "**/preview/**"],
              message: "src/xlsx imports only src/core, fflate and saxes.",
            },
            { group: testCode, message: "src must not import test code." },
            { group: nodeBuiltins, message: "src/xlsx runs in the browser too: no Node, no DOM, no UI library." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...noDomNoNode("src/xlsx")],
      "no-restricted-syntax": ["error", ...noCjkLiterals],
    },
  },
  // Only src/excel touches Office.js (the preview implements an in-memory stand-in of it).
  {
    files: ["src/app/**", "src/taskpane/**", "src/commands/**", "src/cli/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Only src/excel touches Office.js: go through the adapter." },
        { name: "Excel", message: "Only src/excel touches Office.js: go through the adapter." },
      ],
    },
  },
  // Office.js patterns, from Microsoft's add-in plugin.
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // No Chinese literals in UI, command, adapter and CLI code: they live in the catalogues.
  {
    files: ["src/taskpane/**", "src/commands/**", "src/excel/**", "src/app/**", "src/cli/**", "src/preview/**"],
    ignores: ["src/app/messages/**"],
    rules: { "no-restricted-syntax": ["error", ...noCjkLiterals] },
  },
  // Tests and scripts: typed, but test doubles and fixtures may be loose.
  {
    files: ["test/**", "scripts/**", "tools/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-floating-promises": "off",
      "no-restricted-imports": "off",
    },
  },
);

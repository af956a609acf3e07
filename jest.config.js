/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // type checking is `npm run typecheck` (part of npm test); here only transpile, fast
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  reporters: ["default", "<rootDir>/test/support/totals-reporter.js"],
  testTimeout: 30000,
  setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
};

// @ts-check
"use strict";
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-config-prettier");
const globals = require("globals");

/** Imports the pure core must never make: it knows nothing of Excel, files or the DOM. */
const coreForbidden = {
  paths: [
    { name: "exceljs", message: "The core is pure: ExcelJS belongs in src/adapters/xlsx." },
    { name: "fs", message: "The core is pure: file access belongs in an adapter or the CLI." },
    { name: "node:fs", message: "The core is pure: file access belongs in an adapter or the CLI." },
    { name: "fs/promises", message: "The core is pure: file access belongs in an adapter or the CLI." },
    { name: "node:fs/promises", message: "The core is pure: file access belongs in an adapter or the CLI." },
    { name: "path", message: "The core is pure: paths belong in an adapter or the CLI." },
    { name: "node:path", message: "The core is pure: paths belong in an adapter or the CLI." },
    { name: "react", message: "The core is pure: React belongs in src/taskpane." },
    { name: "react-dom", message: "The core is pure: React belongs in src/taskpane." },
    { name: "@microsoft/office-js", message: "The core is pure: Office.js belongs in src/adapters/office." },
  ],
  patterns: [
    {
      group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "@fluentui/*"],
      message: "The core imports only the core.",
    },
  ],
};

module.exports = tseslint.config(
  {
    ignores: ["node_modules/**", "dist/**", "coverage/**", "samples/**", "tests/fixtures/generated/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
      globals: { ...globals.node },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreForbidden],
      // The core runs in the browser too: no Node globals.
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname"],
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // CommonJS entry points and configs: require() is how they load.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  prettier,
);

#!/usr/bin/env node
// The chitieu command. Runs the TypeScript sources directly (tsx's CommonJS loader): no build step.
"use strict";
require("tsx/cjs");
const path = require("node:path");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  today: () => new Date(),
  sampleDir: path.join(__dirname, "..", "samples"),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 70;
  },
);

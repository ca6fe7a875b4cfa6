#!/usr/bin/env node
// Runs a TypeScript script from the repo with no separate build step (tsx's CommonJS loader).
"use strict";
require("tsx/cjs");
const path = require("node:path");
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write("usage: node scripts/run-ts.js <script.ts> [args...]\n");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(script), ...rest];
require(path.resolve(script));

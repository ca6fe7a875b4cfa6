// The part of Node's `process` that ExcelJS's lib build and readable-stream read in the browser (browser mode
// only; webpack.config.js provides it to the modules that name `process`). Nothing else of Node is imitated.
"use strict";
module.exports = {
  browser: true,
  env: {},
  version: "",
  versions: {},
  platform: "browser",
  cwd: () => "/",
  nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
};

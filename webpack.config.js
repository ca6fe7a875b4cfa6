// @ts-check
// Builds the add-in's pages into dist/, ready to host as they are: taskpane.html (src/taskpane/index.tsx, React +
// Fluent UI v9), commands.html (src/commands/commands.ts, the ribbon's function file), message.html (the dialog
// the ribbon command opens on failure), the old-webview notice script, assets/ and manifest.xml. Browser mode's
// .xlsx adapter (ExcelJS, JSZip) is a chunk of its own, loaded only outside Excel. `npm run build`,
// `npm run build:dev`, `npm run dev-server` (needs webpack-dev-server).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_SERVER_PORT = 3000;

/**
 * HTTPS options for the dev server from the certificates that `npx office-addin-dev-certs install`
 * leaves in ~/.office-addin-dev-certs, or null when they are not there. Office only loads add-ins over
 * https, but the certificates cannot be installed on every machine (CI, containers): without them the
 * dev server falls back to http, which is enough to open the pages in a browser ("Chế độ trình duyệt").
 * The files are read directly rather than through office-addin-dev-certs' getHttpsServerOptions(),
 * which would try to create and install certificates when they are missing.
 * @returns {{ key: Buffer, cert: Buffer, ca: Buffer } | null}
 */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((name) => fs.existsSync(path.join(dir, name)))) return null;
  return {
    key: fs.readFileSync(path.join(dir, files.key)),
    cert: fs.readFileSync(path.join(dir, files.cert)),
    ca: fs.readFileSync(path.join(dir, files.ca)),
  };
}

/**
 * @param {Record<string, unknown>} env
 * @param {{ mode?: "development" | "production" | "none" }} argv
 * @returns {import("webpack").Configuration & { devServer?: Record<string, unknown> }}
 */
module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const certificates = serving ? devCertificates() : null;
  if (serving && !certificates) {
    console.warn(
      `[chitieu] No dev certificates in ~/.office-addin-dev-certs: serving http://localhost:${DEV_SERVER_PORT} ` +
        "(browser mode only; Office needs https — run `npx office-addin-dev-certs install` where that is possible).",
    );
  }
  const page = (/** @type {string} */ name, /** @type {string} */ template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [name],
      // Module scripts: Internet Explorer does not load them at all (it gets old-webview-notice.js instead).
      scriptLoading: "module",
    });

  return {
    mode: dev ? "development" : "production",
    // Not "eval" (webpack's development default): the pages' Content-Security-Policy forbids eval.
    devtool: "source-map",
    // Modern webviews only (WebView2 / Chromium, Safari's WKWebView): Fluent UI v9 does not support Internet
    // Explorer; old webviews get a notice instead (docs/adr/0008-modern-webview.md).
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      message: "./src/commands/message.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].chunk.js",
      // Chunks sit beside the pages: a relative public path, so dist/ can be hosted under any folder (and the
      // runtime needs no detection code of its own).
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS's browser build is one bundle of its own; src/adapters/xlsx/readWorkbook.ts reaches into
      // `exceljs/lib/…` to patch one class, so the browser must load the same `lib` copy (exceljs.bare.js: no polyfills, the target browsers need none),
      // or the patch would touch a copy nobody uses. Node's built-ins that lib asks for are the npm shims.
      alias: { exceljs$: require.resolve("exceljs/lib/exceljs.bare.js") },
      fallback: {
        fs: false,
        // Only ExcelJS's CSV part (fast-csv) asks for util, and chitieu never reads or writes CSV.
        util: false,
        crypto: false,
        path: false,
        os: false,
        stream: require.resolve("readable-stream"),
        events: require.resolve("events/"),
        buffer: require.resolve("buffer/"),
        string_decoder: require.resolve("string_decoder/"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`'s job; the build only transpiles.
              transpileOnly: true,
              compilerOptions: { noEmit: false, target: "ES2020", module: "ES2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      // Node globals that ExcelJS's lib build and its stream shims use (browser mode's chunk only).
      new webpack.ProvidePlugin({
        Buffer: ["buffer", "Buffer"],
        process: path.resolve(__dirname, "src/taskpane/hosts/processShim.js"),
      }),
      page("taskpane", "./src/taskpane/taskpane.html"),
      page("commands", "./src/commands/commands.html"),
      page("message", "./src/commands/message.html"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/old-webview-notice.js", to: "old-webview-notice.js" },
        ],
      }),
    ],
    performance: {
      // The xlsx chunk (ExcelJS) is large by nature and only loaded in browser mode; the pane's initial
      // JavaScript is what counts in Excel (goal: ≤ 350 KB gzip, see docs/adr/0008-modern-webview.md).
      hints: false,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
    },
  };
};

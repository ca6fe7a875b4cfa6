// @ts-check
// Builds the add-in's pages into dist/: taskpane.html (src/taskpane/index.ts) and commands.html
// (src/commands/commands.ts), plus assets/ and manifest.xml. `npm run build`, `npm run build:dev`,
// `npm run dev-server` (needs webpack-dev-server).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
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

  return {
    mode: dev ? "development" : "production",
    // Not "eval" (webpack's development default): the pages' Content-Security-Policy forbids eval.
    devtool: "source-map",
    // ES5 output, webpack's runtime included: volume-licensed Excel 2019 shows add-ins in Internet
    // Explorer's webview (docs/adr/0001-xml-manifest.md).
    target: ["web", "es5"],
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
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
              compilerOptions: { noEmit: false, target: "ES5", module: "ES2015", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
    },
  };
};

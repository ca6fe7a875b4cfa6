/**
 * The add-in's production build for the browser tests: built once per change of the sources into
 * node_modules/.cache/chitieu-e2e (never dist/), shared by every jest worker. See scripts/builtAddin.ts.
 */
export { BUILD_CACHE, builtAddin, inputsHash } from "../../../scripts/builtAddin";

/** How long a test file's beforeAll may wait for the build (a cold production build with React, Fluent UI
 * and ExcelJS takes about a minute on two busy cores). */
export const BUILD_TIMEOUT_MS = 10 * 60_000;

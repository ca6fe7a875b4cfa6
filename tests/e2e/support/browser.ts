/**
 * Headless Chromium (the system's /usr/bin/chromium, driven by playwright-core) for the browser tests, and
 * pages whose every request is watched: the local server's are let through, anything else is aborted and
 * recorded, so a test can assert that the add-in itself asks nothing of the network. Console errors and
 * uncaught page errors are collected (Chromium reports Content-Security-Policy violations as console
 * errors).
 *
 * Without Chromium the tests FAIL with the line that installs it; CHITIEU_SKIP_BROWSER=1 skips them
 * (for a local run on a machine without it; CI must not set it).
 */
import fs from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHITIEU_CHROMIUM ?? "/usr/bin/chromium";
export const SKIP_BROWSER = process.env.CHITIEU_SKIP_BROWSER === "1";
/** The size of Excel's task pane on a laptop screen, roughly. */
export const PANE_VIEWPORT = { width: 350, height: 800 };
/** office.js as the pages load it (src/taskpane/taskpane.html, src/commands/commands.html). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * jest's `describe`, or `describe.skip` with a note saying why when CHITIEU_SKIP_BROWSER=1. (A function,
 * so that this module also loads outside jest, e.g. in a script taking the docs' screenshot.)
 * @example describeBrowser("the task pane", () => { ... })
 */
export function describeBrowser(name: string, body: () => void): void {
  if (!SKIP_BROWSER) return describe(name, body);
  console.log(`CHITIEU_SKIP_BROWSER=1: "${name}" is skipped.`);
  describe.skip(name, body);
}

/**
 * Starts headless Chromium.
 * @throws Error saying how to install Chromium when CHROMIUM_PATH does not exist.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `chitieu: the browser tests need Chromium at ${CHROMIUM_PATH}: ` +
        "sudo apt-get install -y --no-install-recommends chromium " +
        "(or set CHITIEU_CHROMIUM to another Chromium, or CHITIEU_SKIP_BROWSER=1 to skip these tests locally).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

export type ConsoleError = { text: string; url: string };

/** A page on the local server, and everything it tried and reported. */
export type WatchedPage = {
  page: Page;
  context: BrowserContext;
  /** Every request (and WebSocket) to anywhere but the local server, in order; all were aborted
   * except office.js when `office` is "no-host". */
  external: string[];
  consoleErrors: ConsoleError[];
  pageErrors: string[];
  /** Console errors other than the ones reporting that a recorded external request failed. */
  unexpectedConsoleErrors: () => ConsoleError[];
  /** Console errors that report a Content-Security-Policy violation. */
  cspViolations: () => ConsoleError[];
  close: () => Promise<void>;
};

/** A stand-in for office.js outside Office: Office.onReady reports no host, as in a plain browser. */
const OFFICE_WITHOUT_HOST = `window.Office = {
  HostType: { Excel: "Excel" },
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) setTimeout(function () { callback(info); }, 0);
    return Promise.resolve(info);
  }
};`;

export type PageOptions = {
  /** "unreachable" (default): office.js is aborted like any external request. "no-host": a stand-in
   * office.js whose Office.onReady reports no host. */
  office?: "unreachable" | "no-host";
  viewport?: { width: number; height: number };
  /** Playwright's bypassCSP: only for a test that must inject a script the page's policy forbids. */
  bypassCSP?: boolean;
  /** The browser's language (navigator.language): the pane speaks English for "en-…". Default "vi-VN". */
  locale?: string;
  /** A fixed clock for the page (Date.now, new Date()), timers still running: a summary dated as the CLI's. */
  fixedTime?: Date;
};

/**
 * Opens `${origin}${pathname}` in a new context with every request watched (see WatchedPage). Waits for
 * the load event, not for the page to settle: wait for what the test needs.
 * @example const pane = await openPage(browser, server.origin, "/taskpane.html"); expect(pane.pageErrors).toEqual([])
 */
export async function openPage(
  browser: Browser,
  origin: string,
  pathname: string,
  options: PageOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: "block",
    locale: options.locale ?? "vi-VN",
  });
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);
  const external: string[] = [];
  const consoleErrors: ConsoleError[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    external.push(url);
    if (options.office === "no-host" && url === OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_WITHOUT_HOST });
    }
    return route.abort("blockedbyclient");
  });
  await context.routeWebSocket(/.*/, (ws) => {
    external.push(ws.url());
    return ws.close();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
  await page.goto(`${origin}${pathname}`, { waitUntil: "load" });
  return {
    page,
    context,
    external,
    consoleErrors,
    pageErrors,
    unexpectedConsoleErrors: () =>
      consoleErrors.filter((e) => !(external.includes(e.url) && /^Failed to load resource/.test(e.text))),
    cspViolations: () => consoleErrors.filter((e) => /Content Security Policy/i.test(e.text)),
    close: () => context.close(),
  };
}

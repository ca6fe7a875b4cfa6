/**
 * The built task pane starts in real headless Chromium outside Office: office.js cannot be reached (as
 * offline, or blocked) or reports no host, and the pane still shows its name and reaches browser mode,
 * with no script error and no Content-Security-Policy violation; the only request it makes off its own
 * origin is office.js. The ribbon's function file (commands.html) loads without error too.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser } from "playwright-core";
import { axeViolations } from "./support/axe";
import { BUILD_TIMEOUT_MS, builtAddin } from "./support/build";
import {
  describeBrowser,
  launchChromium,
  OFFICE_JS_URL,
  openPage,
  PANE_VIEWPORT,
  type WatchedPage,
} from "./support/browser";
import { waitForBrowserMode as waitForPaneInput } from "./support/pane";
import { screenshotPane } from "./support/screenshot";
import { serveDirectory, type StaticServer } from "./support/server";

// A page load, a wait for the pane and a few checks: seconds alone, longer when every jest worker is busy.
jest.setTimeout(60_000);

/** Browser mode: the React pane shows its "Mở sổ tính" file input (support/pane.ts). */
async function waitForBrowserMode(pane: WatchedPage): Promise<void> {
  await waitForPaneInput(pane.page);
}

describeBrowser("the built task pane in Chromium, outside Office", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDirectory(await builtAddin());
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const office of ["unreachable", "no-host"] as const) {
    test(`starts in browser mode with no error when office.js is ${office === "unreachable" ? "unreachable" : "there but reports no host"}`, async () => {
      const pane = await openPage(browser, server.origin, "/taskpane.html", { office });
      try {
        await waitForBrowserMode(pane);
        await pane.page.waitForLoadState("networkidle");
        expect(await pane.page.title()).toContain("chitieu");
        await pane.page.getByText("chitieu", { exact: false }).first().waitFor({ state: "visible" });
        expect(pane.pageErrors).toEqual([]);
        expect(pane.cspViolations()).toEqual([]);
        expect(pane.unexpectedConsoleErrors()).toEqual([]);
        expect(pane.external).toEqual([OFFICE_JS_URL]);
      } finally {
        await pane.close();
      }
    });
  }

  test("the watch records another request off the origin, and the policy's refusals", async () => {
    // Proof that the assertions above can fail: a script run in the page asks for another file from the
    // office.js CDN (the policy allows it, the route records it) and an image from elsewhere (the policy
    // refuses it, and the refusal is reported as a CSP violation).
    const other = "https://appsforoffice.microsoft.com/lib/1/hosted/other.js";
    const pane = await openPage(browser, server.origin, "/taskpane.html");
    try {
      await waitForBrowserMode(pane);
      await pane.page.evaluate((src) => {
        const script = document.createElement("script");
        script.src = src;
        document.head.appendChild(script);
        new Image().src = "https://example.invalid/pixel.png";
      }, other);
      await pane.page.waitForLoadState("networkidle");
      await pane.page.waitForFunction(() => true); // One more turn for the console events.
      expect(pane.external).toEqual([OFFICE_JS_URL, other]);
      expect(
        pane
          .cspViolations()
          .map((e) => e.text)
          .join("\n"),
      ).toContain("example.invalid");
    } finally {
      await pane.close();
    }
  });

  test("commands.html (the ribbon's function file) loads with no error", async () => {
    const page = await openPage(browser, server.origin, "/commands.html");
    try {
      await page.page.waitForLoadState("networkidle");
      expect(page.pageErrors).toEqual([]);
      expect(page.cspViolations()).toEqual([]);
      expect(page.unexpectedConsoleErrors()).toEqual([]);
      expect(page.external).toEqual([OFFICE_JS_URL]);
    } finally {
      await page.close();
    }
  });

  test("axe runs in the pane under its own Content-Security-Policy", async () => {
    // The harness check, not the accessibility verdict: the pane tests assert on the violations.
    const pane = await openPage(browser, server.origin, "/taskpane.html");
    try {
      await waitForBrowserMode(pane);
      const violations = await axeViolations(pane.page, {
        runOnly: { type: "rule", values: ["html-has-lang"] },
      });
      expect(violations).toEqual([]);
      // The same run on a page stripped of its lang attribute must report it, or the helper sees nothing.
      await pane.page.evaluate(() => document.documentElement.removeAttribute("lang"));
      const after = await axeViolations(pane.page, { runOnly: { type: "rule", values: ["html-has-lang"] } });
      expect(after.map((v) => v.id)).toEqual(["html-has-lang"]);

      // Colours are judged at rest: text fading (1 s) from grey-on-grey to black-on-white is not a violation,
      // and text that stays grey on grey is.
      const contrast = { runOnly: { type: "rule" as const, values: ["color-contrast"] } };
      await pane.page.evaluate(() => {
        const p = document.createElement("p");
        p.id = "fading";
        p.textContent = "Chữ đang hiện dần";
        p.style.cssText = "color:#dedede;background:#eeeeee;transition:color 1s linear,background 1s linear";
        document.body.append(p);
        void p.offsetWidth; // the start colours are painted before the change, so the change is a transition
        p.style.color = "#000000";
        p.style.background = "#ffffff";
      });
      expect(await pane.page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
      expect(await axeViolations(pane.page, contrast)).toEqual([]);
      await pane.page.evaluate(() => {
        const p = document.getElementById("fading") as HTMLElement;
        p.style.transition = "none";
        p.style.color = "#dedede";
        p.style.background = "#eeeeee";
      });
      expect((await axeViolations(pane.page, contrast)).map((v) => v.id)).toEqual(["color-contrast"]);
      expect(pane.cspViolations()).toEqual([]);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("the screenshot helper writes a PNG of the pane's size", async () => {
    const pane = await openPage(browser, server.origin, "/taskpane.html");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-shot-")), "taskpane.png");
    try {
      await waitForBrowserMode(pane);
      await screenshotPane(pane.page, file);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      // IHDR: width and height, big-endian, at bytes 16 and 20 (device scale factor 1).
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        PANE_VIEWPORT.width,
        PANE_VIEWPORT.height,
      ]);
    } finally {
      await pane.close();
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});

/**
 * A picture of a page at the task pane's size, for the docs (docs/taskpane.png).
 */
import fs from "node:fs";
import path from "node:path";
import { type Page } from "playwright-core";
import { PANE_VIEWPORT } from "./browser";

const ROOT = path.resolve(__dirname, "../../..");
export const DEFAULT_SCREENSHOT = path.join(ROOT, "docs", "taskpane.png");

/**
 * Writes a PNG of the visible part of `page` at PANE_VIEWPORT (350×800) once its fonts are ready, and
 * returns the file's path.
 * @example await screenshotPane(pane.page) // docs/taskpane.png
 */
export async function screenshotPane(page: Page, file: string = DEFAULT_SCREENSHOT): Promise<string> {
  await page.setViewportSize(PANE_VIEWPORT);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: false, animations: "disabled", caret: "hide" });
  return file;
}

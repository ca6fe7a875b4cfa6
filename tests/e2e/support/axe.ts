/**
 * axe-core run inside a page, for accessibility checks of the task pane.
 *
 * How axe gets in: its source is evaluated with page.evaluate (Chrome DevTools' Runtime.evaluate), which
 * the page's Content-Security-Policy does not govern, so the page keeps its real policy and the same page
 * can be checked for CSP violations too. page.addScriptTag({ content }) would add an inline <script>,
 * which the policy (script-src 'self' …, no 'unsafe-inline') refuses; it would need a bypassCSP context,
 * i.e. a page that is no longer the one users get. axe itself needs no eval, so it runs under the policy.
 */
import fs from "node:fs";
import type { AxeResults, ImpactValue, RunOptions } from "axe-core";
import { type Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export type AxeViolation = {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
};

/**
 * The axe violations in the page as it is now (WCAG 2.1 A and AA rules and axe's best practices unless
 * `options` says otherwise).
 * @example expect(await axeViolations(pane.page)).toEqual([])
 */
export async function axeViolations(page: Page, options?: RunOptions): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const runOptions: RunOptions = options ?? {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
  };
  const results = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    runOptions,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? undefined,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

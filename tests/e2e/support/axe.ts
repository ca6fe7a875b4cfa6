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
  /** Each offending element's opening markup and axe's account of why it fails (colours, ratio…), so a
   * failure says what to fix without a second run. */
  nodes: { html: string; why: string }[];
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
  // axe judges colours as they are painted now: in the 0.1 s after a Fluent button is enabled again its
  // colour and background are still fading from the disabled greys (contrast 1.7 for a moment). Check the
  // page at rest, as a reader sees it, not mid-transition. Endless animations (a spinner) are not waited on.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
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
    nodes: v.nodes.map((n) => ({ html: n.html.slice(0, 200), why: n.failureSummary ?? "" })),
  }));
}

import { measureQuality } from "../scripts/quality/measure";

/**
 * Detection against the labelled corpus (scripts/corpus). The floors are today's measured figures, rounded
 * down: a change that makes detection worse fails here. The goals (precision ≥ 0.95 and recall ≥ 0.90
 * on layouts and wordings it was not tuned on) are checked where they are met; the held-back recall is not
 * met yet and is reported by `npm run quality` (see docs/detection-quality.md).
 */
let q: Awaited<ReturnType<typeof measureQuality>>;

beforeAll(async () => {
  q = await measureQuality();
}, 120_000);

test("on the tuning split: precision ≥ 0.98 and recall ≥ 0.98", () => {
  expect(q.tune.score.precision).toBeGreaterThanOrEqual(0.98);
  expect(q.tune.score.recall).toBeGreaterThanOrEqual(0.98);
});

test("on the held-back split: precision meets the goal (≥ 0.95); recall stays at least at today's 0.64", () => {
  expect(q.heldout.score.precision).toBeGreaterThanOrEqual(0.95);
  expect(q.heldout.score.recall).toBeGreaterThanOrEqual(0.64);
});

test("summaries made with no mapping reach the true mapping's 2025 statuses on ≥ 95% of indicators (tuning split)", () => {
  const { same, total } = q.tune.statusAgreement;
  expect(total).toBeGreaterThan(100);
  expect(same / total).toBeGreaterThanOrEqual(0.95);
});

test("both splits are large enough to mean something", () => {
  expect(q.tune.truth).toBeGreaterThan(1000);
  expect(q.heldout.truth).toBeGreaterThan(1500);
});

import { measureQuality } from "../scripts/quality/measure";

/**
 * Detection against the labelled corpus (scripts/corpus). The floors are today's measured figures, rounded
 * down: a change that makes detection worse fails here. The goals (precision ≥ 0.95 and recall ≥ 0.90
 * on layouts and wordings it was not tuned on) are met on the held-back split; the 2025 statuses on that split
 * are not yet at the 95% goal (wordings that share almost no word with the plan's, see ADR 0007) and are held
 * at today's figure.
 */
let q: Awaited<ReturnType<typeof measureQuality>>;

beforeAll(async () => {
  q = await measureQuality();
}, 120_000);

test("on the tuning split: precision ≥ 0.99 and recall ≥ 0.99", () => {
  expect(q.tune.score.precision).toBeGreaterThanOrEqual(0.99);
  expect(q.tune.score.recall).toBeGreaterThanOrEqual(0.99);
});

test("on the held-back split: precision ≥ 0.99 and recall ≥ 0.95 (the goals: 0.95 and 0.90)", () => {
  expect(q.heldout.score.precision).toBeGreaterThanOrEqual(0.99);
  expect(q.heldout.score.recall).toBeGreaterThanOrEqual(0.95);
});

test("summaries made with no mapping reach the true mapping's 2025 statuses on ≥ 97% of indicators (tuning split)", () => {
  const { same, total } = q.tune.statusAgreement;
  expect(total).toBeGreaterThan(100);
  expect(same / total).toBeGreaterThanOrEqual(0.97);
});

test("…and on ≥ 90% of indicators on the held-back split (goal: 95%)", () => {
  const { same, total } = q.heldout.statusAgreement;
  expect(total).toBeGreaterThan(100);
  expect(same / total).toBeGreaterThanOrEqual(0.9);
});

test("both splits are large enough to mean something", () => {
  expect(q.tune.truth).toBeGreaterThan(1000);
  expect(q.heldout.truth).toBeGreaterThan(1500);
});

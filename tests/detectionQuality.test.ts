import { measureQuality, UNSEEN } from "../scripts/quality/measure";

/**
 * Detection against the labelled corpus (scripts/corpus and the fresh, blind … blind8 splits).
 * The floors are today's measured figures, rounded down: a change that makes detection worse on any split fails
 * here. The goals (precision ≥ 0.95, recall ≥ 0.90, 2025 statuses equal on ≥ 95% on layouts and wordings
 * not in the corpus) are met on tune, held-out, fresh, blind and blind2, all looked at while tuning; blind3 … blind6
 * (read) meet precision and recall but not statuses; on the unseen splits, blind7 (whose family names were known)
 * meets precision and recall but not statuses, and blind8 (written last, measured once) meets none. Their floors
 * only keep them from getting worse; nobody reads their errors.
 */
let q: Awaited<ReturnType<typeof measureQuality>>;

beforeAll(async () => {
  q = await measureQuality();
}, 180_000);

const floors = {
  tune: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  heldout: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  fresh: { precision: 0.99, recall: 0.98, statuses: 0.98 },
  blind: { precision: 0.98, recall: 0.97, statuses: 0.97 },
  blind2: { precision: 0.99, recall: 0.98, statuses: 0.98 },
  // Read since 2026-11-26 (first measured unseen: precision 0.870, recall 0.481, statuses 59.2%).
  blind3: { precision: 0.99, recall: 0.93, statuses: 0.9 },
  // Read since the fourth session of 2026-11-26 (first measured unseen: precision 0.909, recall 0.234, statuses
  // 39.7%).
  blind4: { precision: 0.99, recall: 0.95, statuses: 0.94 },
  // Read since the fifth session of 2026-11-26 (first measured unseen: precision 0.929, recall 0.723, statuses
  // 71.0%).
  blind5: { precision: 0.99, recall: 0.96, statuses: 0.93 },
  // Read since the fifth session of 2026-11-26 (measured once unseen: precision 0.793, recall 0.447, statuses
  // 71.7%).
  blind6: { precision: 0.97, recall: 0.91, statuses: 0.91 },
  // Unseen, written blind in the fifth session of 2026-11-26; its aggregate line was seen twice (midway and at the
  // end) and its author's family names were known while the last rules were written (docs/detection-quality.md):
  // precision 0.950, recall 0.623, statuses 61.3% with the detector of the session's start; 0.984, 0.896, 86.8%
  // midway; 0.987, 0.923, 91.3% at its end.
  blind7: { precision: 0.98, recall: 0.92, statuses: 0.91 },
  // Unseen and the clean measure: written blind at the same session's end, measured once: with the detector of the
  // session's start precision 0.816, recall 0.546, statuses 62.5%; at its end 0.889, 0.690, 75.3%.
  blind8: { precision: 0.88, recall: 0.68, statuses: 0.75 },
} as const;

test.each(Object.entries(floors))(
  "%s: precision, recall and 2025 statuses at or above today's figures",
  (split, floor) => {
    const s = q[split as keyof typeof floors];
    expect(s.score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.score.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(s.statusAgreement.total).toBeGreaterThan(100);
    expect(s.statusAgreement.same / s.statusAgreement.total).toBeGreaterThanOrEqual(floor.statuses);
  },
);

test("every split is large enough to mean something, and the unseen ones are the last two written", () => {
  for (const s of Object.values(q)) expect(s.truth).toBeGreaterThan(1000);
  expect(UNSEEN).toEqual(["blind9", "blind10"]);
});

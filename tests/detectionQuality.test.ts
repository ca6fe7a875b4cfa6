import { measureQuality, UNSEEN } from "../scripts/quality/measure";

/**
 * Detection against the labelled corpus (scripts/corpus and the fresh, blind, blind2, blind3, blind4 and blind5
 * splits).
 * The floors are today's measured figures, rounded down: a change that makes detection worse on any split fails
 * here. The goals (precision ≥ 0.95, recall ≥ 0.90, 2025 statuses equal on ≥ 95% on layouts and wordings
 * not in the corpus) are met on tune, held-out, fresh, blind and blind2, all looked at while tuning; blind3 (read
 * too) and blind4 (read in the fourth session of 2026-11-26) meet precision and recall but not statuses; on the
 * unseen splits, blind5 meets precision and not recall, and blind6 (written last, measured once) meets neither.
 * Their floors only keep them from getting worse; nobody reads their errors.
 */
let q: Awaited<ReturnType<typeof measureQuality>>;

beforeAll(async () => {
  q = await measureQuality();
}, 180_000);

const floors = {
  tune: { precision: 0.99, recall: 0.99, statuses: 0.97 },
  heldout: { precision: 0.99, recall: 0.98, statuses: 0.95 },
  fresh: { precision: 0.99, recall: 0.97, statuses: 0.95 },
  blind: { precision: 0.98, recall: 0.95, statuses: 0.95 },
  blind2: { precision: 0.98, recall: 0.96, statuses: 0.95 },
  // Read since 2026-11-26 (first measured unseen: precision 0.870, recall 0.481, statuses 59.2%).
  blind3: { precision: 0.98, recall: 0.89, statuses: 0.87 },
  // Read since the fourth session of 2026-11-26 (first measured unseen: precision 0.909, recall 0.234, statuses
  // 39.7%).
  blind4: { precision: 0.99, recall: 0.9, statuses: 0.89 },
  // The unseen split (2026-11-26): nobody reads its errors; its floor only keeps it from getting worse. First
  // measured with the detector of the session's start: precision 0.929, recall 0.723, statuses 71.0%.
  blind5: { precision: 0.96, recall: 0.81, statuses: 0.78 },
  // Unseen too, written at the end of the fourth session of 2026-11-26 and measured once: with the detector of the
  // session's start precision 0.779, recall 0.412, statuses 66.3%; at its end 0.793, 0.447, 71.7%.
  blind6: { precision: 0.78, recall: 0.44, statuses: 0.71 },
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
  expect(UNSEEN).toEqual(["blind5", "blind6"]);
});

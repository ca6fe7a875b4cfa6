import { measureQuality, UNSEEN } from "../scripts/quality/measure";

/**
 * Detection against the labelled corpus (scripts/corpus and the fresh, blind … blind7 splits).
 * The floors are today's measured figures, rounded down: a change that makes detection worse on any split fails
 * here. The goals (precision ≥ 0.95, recall ≥ 0.90, 2025 statuses equal on ≥ 95% on layouts and wordings
 * not in the corpus) are met on tune, held-out, fresh, blind and blind2, all looked at while tuning; blind3, blind4
 * (read) meet precision and recall but not statuses; blind5 and blind6 (read since the fifth session) meet
 * precision or neither; the unseen split blind7 (written last, measured once) meets precision, misses recall by a
 * little and statuses by more. Its floor only keeps it from getting worse; nobody reads its errors.
 */
let q: Awaited<ReturnType<typeof measureQuality>>;

beforeAll(async () => {
  q = await measureQuality();
}, 180_000);

const floors = {
  tune: { precision: 0.99, recall: 0.99, statuses: 0.97 },
  heldout: { precision: 0.99, recall: 0.98, statuses: 0.95 },
  fresh: { precision: 0.99, recall: 0.98, statuses: 0.96 },
  blind: { precision: 0.98, recall: 0.97, statuses: 0.96 },
  blind2: { precision: 0.99, recall: 0.97, statuses: 0.96 },
  // Read since 2026-11-26 (first measured unseen: precision 0.870, recall 0.481, statuses 59.2%).
  blind3: { precision: 0.99, recall: 0.9, statuses: 0.88 },
  // Read since the fourth session of 2026-11-26 (first measured unseen: precision 0.909, recall 0.234, statuses
  // 39.7%).
  blind4: { precision: 0.99, recall: 0.92, statuses: 0.91 },
  // Read since the fifth session of 2026-11-26 (first measured unseen: precision 0.929, recall 0.723, statuses
  // 71.0%).
  blind5: { precision: 0.96, recall: 0.84, statuses: 0.83 },
  // Read since the fifth session of 2026-11-26 (measured once unseen: precision 0.793, recall 0.447, statuses
  // 71.7%).
  blind6: { precision: 0.93, recall: 0.79, statuses: 0.81 },
  // The unseen split, written blind in the fifth session of 2026-11-26 and measured once at its end: with the
  // detector of the session's start precision 0.950, recall 0.623, statuses 61.3%; at its end 0.984, 0.896, 86.8%.
  // Nobody reads its errors; its floor only keeps it from getting worse.
  blind7: { precision: 0.98, recall: 0.89, statuses: 0.86 },
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

test("every split is large enough to mean something, and the unseen one is the last written", () => {
  for (const s of Object.values(q)) expect(s.truth).toBeGreaterThan(1000);
  expect(UNSEEN).toEqual(["blind7"]);
});

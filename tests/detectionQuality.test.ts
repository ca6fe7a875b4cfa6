import { measureQuality, SPLITS, UNSEEN } from "../scripts/quality/measure";

/**
 * Detection against the labelled corpus (scripts/corpus and the fresh, blind … blind38 splits).
 * The floors are today's measured figures, rounded down: a change that makes detection worse on any split fails
 * here. The issue's goals (precision ≥ 0.95, recall ≥ 0.90, 2025 statuses equal on ≥ 95% on layouts and wordings
 * not in the corpus) are met on every split that was read but blind31's statuses (93.7%); on the unseen splits, blind37
 * and blind38 (written blind at the start of the fifteenth session, 2026-11-29, measured at its end), blind37 meets
 * precision and recall (precision 0.978, recall 0.942, statuses 93.7%) and blind38 none (0.929, 0.852, 91.7%).
 * Their floors only keep them from getting worse; nobody reads their errors.
 */
let q: Awaited<ReturnType<typeof measureQuality>>;

beforeAll(async () => {
  q = await measureQuality();
}, 240_000);

const floors = {
  tune: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  heldout: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  fresh: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  blind: { precision: 0.99, recall: 0.99, statuses: 0.98 },
  blind2: { precision: 0.99, recall: 0.98, statuses: 0.98 },
  // Read since 2026-11-26 (first measured unseen: precision 0.870, recall 0.481, statuses 59.2%).
  blind3: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  // Read since the fourth session of 2026-11-26 (first measured unseen: precision 0.909, recall 0.234, statuses
  // 39.7%).
  blind4: { precision: 0.99, recall: 0.97, statuses: 0.97 },
  // Read since the fifth session of 2026-11-26 (first measured unseen: precision 0.929, recall 0.723, statuses
  // 71.0%).
  blind5: { precision: 0.99, recall: 0.99, statuses: 0.96 },
  // Read since the fifth session of 2026-11-26 (measured once unseen: precision 0.793, recall 0.447, statuses
  // 71.7%).
  blind6: { precision: 0.98, recall: 0.97, statuses: 0.97 },
  // Read since the sixth session of 2026-11-26 (first measured unseen: precision 0.950, recall 0.623, statuses
  // 61.3%; not a clean measure by then, docs/detection-quality.md).
  blind7: { precision: 0.99, recall: 0.98, statuses: 0.98 },
  // Read since the sixth session of 2026-11-26 (measured unseen: precision 0.816, recall 0.546, statuses 62.5%;
  // 0.889, 0.690, 75.3% at the end of the fifth session).
  blind8: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  // Read since the first session of 2026-11-27 (measured unseen at the end of the sixth session of 2026-11-26:
  // precision 0.988, recall 0.734, statuses 78.5%).
  blind9: { precision: 0.99, recall: 0.98, statuses: 0.96 },
  // Read since the first session of 2026-11-27 (measured unseen: precision 0.987, recall 0.866, statuses 86.5%).
  blind10: { precision: 0.99, recall: 0.99, statuses: 0.98 },
  // Read since the second session of 2026-11-27 (measured unseen at the end of the first: blind11 precision 0.946,
  // recall 0.845, statuses 94.0%; blind12 0.959, 0.864, 88.5%).
  blind11: { precision: 0.98, recall: 0.98, statuses: 0.97 },
  blind12: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  // Read since the third session of 2026-11-27 (measured unseen at the end of the second: blind13 precision 0.967,
  // recall 0.770, statuses 82.7%; blind14 0.985, 0.899, 86.5%).
  blind13: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  blind14: { precision: 0.99, recall: 0.98, statuses: 0.96 },
  // Read since the fourth session of 2026-11-27 (measured unseen at the end of the third: blind15 precision 0.908,
  // recall 0.809, statuses 89.2%; blind16 0.971, 0.736, 91.2%).
  blind15: { precision: 0.99, recall: 0.99, statuses: 0.98 },
  blind16: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  // Read since the fifth session of 2026-11-27 (measured unseen at the end of the fourth: blind17 precision 0.906,
  // recall 0.714, statuses 75.7%; blind18 0.924, 0.846, 89.0%).
  blind17: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  blind18: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  // Read since the sixth session of 2026-11-27 (measured unseen at the end of the fifth: blind19 precision 0.956,
  // recall 0.858, statuses 97.3%; blind20 0.825, 0.746, 90.7%).
  blind19: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  blind20: { precision: 0.98, recall: 0.98, statuses: 0.98 },
  // Read since the seventh session of 2026-11-27 (measured unseen at the end of the sixth: blind21 precision 0.955,
  // recall 0.857, statuses 89.5%; blind22 0.985, 0.912, 94.8%).
  blind21: { precision: 0.99, recall: 0.98, statuses: 0.98 },
  blind22: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  // Read since the eighth session of 2026-11-27 (measured unseen at the end of the seventh: blind23 precision 0.969,
  // recall 0.861, statuses 93.3%; blind24 0.987, 0.956, 95.3%).
  blind23: { precision: 0.99, recall: 0.99, statuses: 0.98 },
  blind24: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  // Read since the tenth session (2026-11-28; measured unseen at the end of the eighth of 2026-11-27: blind25
  // precision 0.977, recall 0.948, statuses 92.5%; blind26 0.914, 0.660, 78.0%).
  blind25: { precision: 0.99, recall: 0.99, statuses: 0.97 },
  blind26: { precision: 0.99, recall: 0.98, statuses: 0.98 },
  // Read since the eleventh session (2026-11-28; measured unseen at the end of the tenth: blind27 precision 0.985,
  // recall 0.854, statuses 93.0%; blind28 0.946, 0.930, 97.0%).
  blind27: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  blind28: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  // Read since the twelfth session (2026-11-29; measured unseen at the end of the eleventh: blind29 precision 0.939,
  // recall 0.759, statuses 81.5%; blind30 0.857, 0.720, 89.8%).
  blind29: { precision: 0.97, recall: 0.96, statuses: 0.96 },
  blind30: { precision: 0.98, recall: 0.98, statuses: 0.99 },
  // Read since the thirteenth session (2026-11-29; measured unseen at the end of the twelfth: blind31 precision
  // 0.957, recall 0.780, statuses 82.5%; blind32 0.987, 0.933, 95.5%).
  blind31: { precision: 0.97, recall: 0.96, statuses: 0.93 },
  blind32: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  // Read since the fourteenth session (2026-11-29; measured unseen at the end of the thirteenth: blind33 precision
  // 0.865, recall 0.879, statuses 93.3%; blind34 0.974, 0.949, 95.7%).
  blind33: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  blind34: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  // Read since the fifteenth session (2026-11-29; measured unseen at the end of the fourteenth: blind35 precision
  // 0.980, recall 0.865, statuses 87.0%; blind36 0.980, 0.927, 92.8%).
  blind35: { precision: 0.99, recall: 0.99, statuses: 0.99 },
  blind36: { precision: 0.99, recall: 0.98, statuses: 0.97 },
  // Unseen: written blind at the start of the fifteenth session (2026-11-29) by two helpers at once, measured at its
  // end: blind37 precision 0.978, recall 0.942, statuses 93.7% (0.973, 0.938, 93.5% with the session's starting
  // detector); blind38 0.929, 0.852, 91.7% (0.929, 0.850, 91.3%).
  blind37: { precision: 0.97, recall: 0.94, statuses: 0.93 },
  blind38: { precision: 0.92, recall: 0.85, statuses: 0.91 },
} as const;

test.each(Object.entries(floors))(
  "%s: precision, recall and 2025 statuses at or above today's figures",
  (split, floor) => {
    const s = q[split as keyof typeof floors];
    if (s === undefined) throw new Error(`${split}: not measured`);
    expect(s.score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.score.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(s.statusAgreement.total).toBeGreaterThan(100);
    expect(s.statusAgreement.same / s.statusAgreement.total).toBeGreaterThanOrEqual(floor.statuses);
  },
);

test("every split is large enough to mean something, and the unseen ones are the last two written", () => {
  expect(Object.keys(q).sort()).toEqual([...SPLITS].sort());
  for (const s of Object.values(q)) expect(s.truth).toBeGreaterThan(1000);
  expect(UNSEEN).toEqual(["blind37", "blind38"]);
});

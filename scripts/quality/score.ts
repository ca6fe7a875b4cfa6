/** Scores detection against labelled truth: the same numbers the quality script prints and the tests check. */
import { type LabelledEntry } from "../../src/core/mapping/schema";

export type Labelled = LabelledEntry;
export type Proposed = Labelled & { confidence: number };

export type Score = {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  errors: Array<{
    kind: "wrong-cell" | "not-in-truth" | "missed";
    slot: string;
    proposed?: string;
    expected?: string;
  }>;
};

const slot = (x: { workbook: string; input: string; unit: string; year?: number }) =>
  `${x.workbook}|${x.input}|${x.unit}|${x.year ?? ""}`;
const where = (x: { sheet: string; cell: string }) => `${x.sheet}!${x.cell.toUpperCase()}`;

/** Precision = right proposals ÷ proposals at or above the threshold; recall = right proposals ÷ truth entries. */
export function score(
  truth: readonly Labelled[],
  proposals: readonly Proposed[],
  minConfidence: number,
): Score {
  const expected = new Map(truth.map((t) => [slot(t), where(t)]));
  const used = proposals.filter((p) => p.confidence >= minConfidence);
  let tp = 0;
  const errors: Score["errors"] = [];
  const hit = new Set<string>();
  for (const p of used) {
    const e = expected.get(slot(p));
    if (e === where(p)) {
      tp++;
      hit.add(slot(p));
    } else if (e === undefined) errors.push({ kind: "not-in-truth", slot: slot(p), proposed: where(p) });
    else errors.push({ kind: "wrong-cell", slot: slot(p), proposed: where(p), expected: e });
  }
  for (const [s, w] of expected) if (!hit.has(s)) errors.push({ kind: "missed", slot: s, expected: w });
  const fp = used.length - tp;
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: expected.size - tp,
    precision: used.length === 0 ? 1 : tp / used.length,
    recall: expected.size === 0 ? 1 : tp / expected.size,
    errors,
  };
}

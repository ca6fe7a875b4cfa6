/**
 * npm run quality: precision and recall of detection on the labelled corpus (scripts/corpus): the split the
 * matcher was tuned on, the held-back split, and the splits written blind to the matcher (scripts/corpus/fresh,
 * blind … blind38). fresh … blind36 have been read in turn to improve the matcher; the UNSEEN ones (blind37 and
 * blind38, see measure.ts) were written without looking at the matcher, its results or the other splits'
 * wordings: never tune on them, never read their details. Also how often a summary made with no mapping reaches
 * the same 2025 status as one made with the true mapping. `--details` lists every error of the splits that have
 * been looked at (never of an UNSEEN one). `--split blind11,blind12` measures only the splits named (an unseen one's figures
 * only, as always).
 */
import { measureQuality, type SplitName, SPLITS, UNSEEN } from "./measure";

async function main(): Promise<void> {
  const wanted = process.argv.includes("--details");
  const at = process.argv.indexOf("--split");
  const named = at < 0 ? undefined : (process.argv[at + 1] ?? "").split(",");
  const unknown = named?.filter((n) => !(SPLITS as readonly string[]).includes(n)) ?? [];
  if (unknown.length > 0 || (named !== undefined && named.length === 0))
    throw new Error(`--split: ${unknown.join(", ") || "(none)"}? Splits: ${SPLITS.join(", ")}.`);
  const q = await measureQuality(named === undefined ? {} : { only: named as SplitName[] });
  for (const split of SPLITS) {
    const s = q[split];
    if (s === undefined) continue;
    // An unseen split's errors are never printed: reading them would make it one more tuning split.
    const details = wanted && !UNSEEN.includes(split);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    process.stdout.write(
      `${split.padEnd(8)} cases ${s.cases}, truth cells ${s.truth}: precision ${s.score.precision.toFixed(3)}, recall ${s.score.recall.toFixed(3)} ` +
        `(TP ${s.score.truePositives}, FP ${s.score.falsePositives}, FN ${s.score.falseNegatives}); ` +
        `2025 statuses equal to the true mapping's: ${s.statusAgreement.same}/${s.statusAgreement.total} = ${pct(s.statusAgreement.same / s.statusAgreement.total)}\n`,
    );
    if (details) for (const d of s.disagreements) process.stdout.write(`   status ${d}\n`);
    if (details)
      for (const f of s.failures)
        for (const e of f.errors)
          process.stdout.write(
            `   ${f.case} ${e.kind} ${e.slot} proposed=${e.proposed ?? "-"} expected=${e.expected ?? "-"}\n`,
          );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

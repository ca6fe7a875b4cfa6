/**
 * npm run quality: precision and recall of detection on the labelled corpus (scripts/corpus), on the split the
 * matcher was tuned on, on the held-back split and on the fresh split (written blind to the matcher, never for
 * tuning: scripts/corpus/fresh), and how often a summary made with no mapping reaches the
 * same 2025 status as one made with the true mapping. `--details` lists every error.
 */
import { measureQuality, SPLITS } from "./measure";

async function main(): Promise<void> {
  const details = process.argv.includes("--details");
  const q = await measureQuality();
  for (const split of SPLITS) {
    const s = q[split];
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

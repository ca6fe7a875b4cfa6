/**
 * One digest of detection's whole output on every case of every split (tune, held-out, fresh, blind … blind38):
 * two commits that print the same digest propose the same cells, with the same confidences and reasons, everywhere.
 * For refactoring and speed work on the detector ("same detection output on N corpus cases").
 *
 *   node scripts/run-ts.js scripts/quality/digest.ts
 *
 * Prints the number of cases and a SHA-256, nothing else: no case, proposal or error of any split is shown, so the
 * unseen splits stay unseen (compare digests, never outputs).
 */
import { createHash } from "node:crypto";
import { detect } from "../../src/core/detect/detect";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { everyCase, modelOf } from "./measure";

async function main(): Promise<void> {
  const plan = builtInPlan("lai-chau-3414");
  const hash = createHash("sha256");
  let cases = 0;
  for await (const { split, case: c } of everyCase()) {
    const d = detect(plan, await modelOf(c));
    hash.update(`${JSON.stringify({ split, id: c.id, d })}\n`);
    cases++;
  }
  process.stdout.write(`detection digest over ${cases} corpus cases: ${hash.digest("hex")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

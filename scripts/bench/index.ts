/**
 * npm run bench: every figure chitieu claims, measured in one run on this machine. Timings are printed with
 * their ratios (to a budget or to each other), which stay meaningful from one machine to the next.
 */
import os from "node:os";
import { benchAddin } from "./addin";
import { benchDetection } from "./detection";
import { benchSummarizeMany } from "./summarizeMany";

type Line = { name: string; value: string };

const sections: Array<[string, () => Line[] | Promise<Line[]>]> = [
  ["Detection", benchDetection],
  ["Summarize over many workbooks", benchSummarizeMany],
  ["Add-in: Excel syncs and task pane size", benchAddin],
];

async function run(): Promise<void> {
  process.stdout.write(
    `chitieu bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
  );
  // Only the sections named on the command line, when some are (`npm run bench -- summarize`).
  const only = process.argv.slice(2).map((a) => a.toLowerCase());
  for (const [title, bench] of sections) {
    if (only.length > 0 && !only.some((o) => title.toLowerCase().includes(o))) continue;
    process.stdout.write(`\n${title}\n`);
    for (const line of await bench()) process.stdout.write(`  ${line.name}: ${line.value}\n`);
  }
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});

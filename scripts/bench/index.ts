/**
 * npm run bench: every figure chitieu claims, measured in one run on this machine. Timings are printed with
 * their ratios (to a budget or to each other), which stay meaningful from one machine to the next.
 */
import os from "node:os";
import { benchDetection } from "./detection";

const sections: Array<[string, () => Array<{ name: string; value: string }>]> = [
  ["Detection", benchDetection],
];

process.stdout.write(
  `chitieu bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`,
);
for (const [title, run] of sections) {
  process.stdout.write(`\n${title}\n`);
  for (const line of run()) process.stdout.write(`  ${line.name}: ${line.value}\n`);
}

/**
 * Writes realistic agency workbooks and their mapping files.
 *
 *   node scripts/run-ts.js scripts/generate-fixtures.ts <outDir> [--dataset sample|gaps] [--layout name]
 *
 * Every layout (or only --layout) goes to <outDir>/<layout>/: the .xlsx files and mapping.json.
 */
import path from "node:path";
import { DATASETS } from "./fixtures/dataset";
import { generateLayout, layouts } from "./fixtures/layouts";

export type GenerateOptions = { dataset?: string; layout?: string };

/** Generates the chosen layouts from the chosen dataset (default: all layouts, "sample"); returns written paths. */
export async function generateFixtures(outDir: string, options: GenerateOptions = {}): Promise<string[]> {
  const datasetName = options.dataset ?? "sample";
  const dataset = DATASETS[datasetName];
  if (!dataset) {
    throw new Error(`unknown dataset "${datasetName}" (known: ${Object.keys(DATASETS).join(", ")})`);
  }
  const names = options.layout === undefined ? Object.keys(layouts) : [options.layout];
  const written: string[] = [];
  for (const name of names) written.push(...(await generateLayout(name, dataset, outDir)));
  return written;
}

const USAGE =
  "usage: node scripts/run-ts.js scripts/generate-fixtures.ts <outDir> [--dataset sample|gaps] [--layout name]";

export function parseArgs(argv: readonly string[]): { outDir: string; options: GenerateOptions } {
  let outDir: string | undefined;
  const options: GenerateOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dataset" || arg === "--layout") {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      if (arg === "--dataset") options.dataset = value;
      else options.layout = value;
    } else if (arg !== undefined && !arg.startsWith("--") && outDir === undefined) {
      outDir = arg;
    } else {
      throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    }
  }
  if (outDir === undefined) throw new Error(USAGE);
  return { outDir, options };
}

async function main(): Promise<void> {
  const { outDir, options } = parseArgs(process.argv.slice(2));
  const written = await generateFixtures(outDir, options);
  for (const file of written) process.stdout.write(`wrote ${file}\n`);
  process.stdout.write(`${written.length} files (dataset ${options.dataset ?? "sample"})\n`);
}

// Run only as a script (scripts/run-ts.js sets argv[1] to this file), not when a test imports it.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

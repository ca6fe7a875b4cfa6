import path from "node:path";
import { main } from "../../src/cli/main";

export type CliRun = { code: number; out: string; err: string };

/** Runs the chitieu command in-process, as bin/chitieu.js does, capturing what it prints. */
export async function runCli(argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    today: () => new Date("2026-11-26T00:00:00Z"),
    sampleDir: path.join(__dirname, "..", "..", "samples"),
  });
  return { code, out, err };
}

export type JsonIndicator = {
  id: string;
  targetYear: number;
  actual: number | null;
  status: string;
  units: Array<{ unit: string; values: Record<string, unknown>; counted: boolean }>;
  missing: Array<{ input: string; unit: string; year: number | null; problem: string; source: unknown }>;
};
export type JsonReport = { plan: string; reportYear: number; indicators: JsonIndicator[] };

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixtures } from "../../../scripts/generate-fixtures";
import { type MappingEntry } from "../../../src/core/mapping/schema";

/** One generated agency workbook: its bytes and the entries of mapping.json that belong to it. */
export type Fixture = { file: string; layout: string; bytes: Uint8Array; entries: MappingEntry[] };

/** Generates every fixture layout (scripts/generate-fixtures.ts) into a temporary folder and reads them back. */
export async function loadFixtures(): Promise<Fixture[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-office-"));
  try {
    await generateFixtures(tmp);
    const fixtures: Fixture[] = [];
    for (const layout of fs.readdirSync(tmp).sort()) {
      const dir = path.join(tmp, layout);
      const mapping = JSON.parse(fs.readFileSync(path.join(dir, "mapping.json"), "utf8")) as {
        mappings: MappingEntry[];
      };
      for (const file of fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort())
        fixtures.push({
          file,
          layout,
          bytes: new Uint8Array(fs.readFileSync(path.join(dir, file))),
          entries: mapping.mappings.filter((e) => e.workbook === undefined || e.workbook === file),
        });
    }
    return fixtures;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * One generated agency workbook (scripts/fixtures, layout "sheet-per-agency": one sheet per agency) with the
 * mapping the generator recorded, read into the core's model by the .xlsx adapter.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixtures } from "../../../scripts/generate-fixtures";
import { readWorkbook } from "../../../src/adapters/xlsx/readWorkbook";
import { type MappingEntry } from "../../../src/core/mapping/schema";
import { type Workbook } from "../../../src/core/workbook/model";

export type AppFixture = { fileName: string; bytes: Uint8Array; mapping: MappingEntry[]; model: Workbook };

export async function sheetPerAgency(): Promise<AppFixture> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-app-"));
  try {
    await generateFixtures(tmp, { layout: "sheet-per-agency" });
    const dir = path.join(tmp, "sheet-per-agency");
    const fileName = fs.readdirSync(dir).find((f) => f.endsWith(".xlsx"));
    if (!fileName) throw new Error("the generator wrote no workbook");
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, fileName)));
    const mapping = (
      JSON.parse(fs.readFileSync(path.join(dir, "mapping.json"), "utf8")) as { mappings: MappingEntry[] }
    ).mappings;
    return { fileName, bytes, mapping, model: await readWorkbook(bytes, fileName) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

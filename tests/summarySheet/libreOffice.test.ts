/**
 * LibreOffice opens the written workbook, recalculates every formula, and its results are the engine's,
 * for every single-workbook fixture layout and dataset; after a source cell is edited in LibreOffice, the
 * summary follows. Needs LibreOffice with Python-UNO (see scripts/render-summary-sheet.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findLibreOffice, type LibreOffice, runLibreOffice } from "../../scripts/render-summary-sheet";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { computeAttainment } from "../../src/core/attainment/compute";
import { type AttainmentReport } from "../../src/core/attainment/types";
import { readObservations } from "../../src/core/mapping/readObservations";
import { wrong } from "./support/engineCheck";
import { type FixtureCase, fixtureCases } from "./support/fixtureCases";
import { loadExcel, SHEET, writeCopy } from "./support/writeCase";

const skip = process.env.CHITIEU_SKIP_LIBREOFFICE === "1";
if (skip)
  console.log(
    "libreOffice.test.ts: CHITIEU_SKIP_LIBREOFFICE=1, so the LibreOffice recalculation tests are skipped.",
  );

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-lo-summary-"));
let cases: FixtureCase[] = [];
let lo: LibreOffice;

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes the case's copy, lets LibreOffice recalculate it (after `edits`), and returns what it computed. */
async function recalculated(
  c: FixtureCase,
  edits: Array<{ sheet: string; cell: string; value: number | string | null }> = [],
) {
  const { bytes, layout } = await writeCopy(c);
  const input = path.join(tmp, `${c.name.replace("/", "-")}-${edits.length}.xlsx`);
  const output = input.replace(/\.xlsx$/, "-lo.xlsx");
  fs.writeFileSync(input, bytes);
  runLibreOffice(lo, { input, edits, xlsx: output });
  const out = new Uint8Array(fs.readFileSync(output));
  const ws = (await loadExcel(out)).getWorksheet(SHEET);
  if (!ws) throw new Error(`no sheet ${SHEET} after LibreOffice`);
  return { ws, layout, workbook: await readWorkbook(out, c.host.name) };
}

(skip ? describe.skip : describe)("LibreOffice recalculates the summary to the engine's results", () => {
  beforeAll(async () => {
    const found = findLibreOffice();
    if ("missing" in found) throw new Error(found.missing);
    lo = found;
    cases = (await fixtureCases(tmp)).filter((c) => c.files.length === 1);
  }, 120_000);

  test("every single-workbook fixture layout and dataset", async () => {
    expect(cases.length).toBe(6);
    for (const c of cases) {
      const { ws, layout } = await recalculated(c);
      expect({ name: c.name, wrong: wrong(ws, layout, c.report) }).toEqual({ name: c.name, wrong: [] });
    }
  }, 300_000);

  test.each<[string, string, string, number | null, number | string | null]>([
    ["sheet-per-agency/sample", "revenue", "dai-ptth-lai-chau", 2025, 2700],
    ["agencies-as-columns/sample", "revenue", "bao-lai-chau", 2025, "11.900"],
    ["sheet-per-agency/sample", "digital_platforms", "tap-chi-van-nghe-lai-chau", null, "Có"],
    ["sheet-per-agency/gaps", "staff_trained", "dai-ptth-lai-chau", null, 118],
    ["sheet-per-agency/sample", "staff_trained", "dai-ptth-lai-chau", null, null],
  ])(
    "%s: after editing %s of %s (%s) to %j, the summary follows",
    async (name, input, unit, year, value) => {
      const c = cases.find((x) => x.name === name);
      const entry = c?.mapping.mappings.find(
        (m) => m.input === input && m.unit === unit && (m.year ?? null) === year,
      );
      if (!c || !entry) throw new Error(`no case or entry for ${name} ${input}`);
      const { ws, layout, workbook } = await recalculated(c, [
        { sheet: entry.sheet, cell: entry.cell, value },
      ]);
      // The engine on the edited file, as LibreOffice saved it: the truth after the edit.
      const report = computeAttainment(c.plan, readObservations(c.plan, [workbook], c.mapping), {
        reportYear: 2025,
      });
      const figures = (r: AttainmentReport) => r.indicators.map((i) => [i.actual, i.status]);
      expect(figures(report)).not.toEqual(figures(c.report));
      expect(wrong(ws, layout, report)).toEqual([]);
    },
    120_000,
  );
});

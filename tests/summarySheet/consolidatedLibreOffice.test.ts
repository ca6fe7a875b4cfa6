/**
 * LibreOffice opens the consolidated workbook (figures from a workbook per agency), recalculates it to the
 * engine's results, and after a source cell is edited in an agency's copy, the summary follows; with tricky
 * sheet names, through a formula re-pointed from one copy to another. Needs LibreOffice with Python-UNO.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findLibreOffice, type LibreOffice, runLibreOffice } from "../../scripts/render-summary-sheet";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { computeAttainment } from "../../src/core/attainment/compute";
import { type AttainmentReport } from "../../src/core/attainment/types";
import { readObservations } from "../../src/core/mapping/readObservations";
import {
  fromFixture,
  type SeveralCase,
  SOURCE_SHEET,
  trickyCase,
  writeSeveral,
} from "./support/consolidatedCase";
import { wrong } from "./support/engineCheck";
import { fixtureCases } from "./support/fixtureCases";
import { loadExcel, SHEET } from "./support/writeCase";

const skip = process.env.CHITIEU_SKIP_LIBREOFFICE === "1";
if (skip)
  console.log(
    "consolidatedLibreOffice.test.ts: CHITIEU_SKIP_LIBREOFFICE=1, so these LibreOffice tests are skipped.",
  );

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-lo-consolidated-"));
let cases: SeveralCase[] = [];
let lo: LibreOffice;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const named = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
};

/** Writes the case's consolidated file, lets LibreOffice recalculate it after `edits`, returns what it computed. */
async function recalculated(
  c: SeveralCase,
  edits: Array<{ sheet: string; cell: string; value: number | string | null }> = [],
) {
  const out = await writeSeveral(c);
  if (!out.live || !out.layout) throw new Error(`${c.name}: not consolidated`);
  const input = path.join(tmp, `${c.name.replace(/[/ ()]/g, "-")}-${edits.length}.xlsx`);
  const output = input.replace(/\.xlsx$/, "-lo.xlsx");
  fs.writeFileSync(input, out.bytes);
  runLibreOffice(lo, { input, edits, xlsx: output });
  const bytes = new Uint8Array(fs.readFileSync(output));
  const ws = (await loadExcel(bytes)).getWorksheet(SHEET);
  if (!ws) throw new Error(`no sheet ${SHEET} after LibreOffice`);
  return { ws, layout: out.layout, saved: await readWorkbook(bytes, "out.xlsx") };
}

(skip ? describe.skip : describe)("LibreOffice recalculates the consolidated summary", () => {
  beforeAll(async () => {
    const found = findLibreOffice();
    if ("missing" in found) throw new Error(found.missing);
    lo = found;
    const plain = await Promise.all(
      (await fixtureCases(tmp)).filter((c) => c.files.length > 1).map(fromFixture),
    );
    cases = [...plain, ...(await Promise.all(plain.map(trickyCase)))];
  }, 120_000);

  test("every case recalculates to the engine's results", async () => {
    expect(cases).toHaveLength(4);
    for (const c of cases) {
      const { ws, layout } = await recalculated(c);
      expect({ name: c.name, wrong: wrong(ws, layout, c.report) }).toEqual({ name: c.name, wrong: [] });
    }
  }, 300_000);

  test.each<[string, string, string, string, number | string | null]>([
    ["workbook-per-agency/sample", "bao-lai-chau.xlsx", "Báo cáo", "I6", 20],
    ["workbook-per-agency/sample", "tap-chi-van-nghe.xlsx", "Báo cáo", "revenue", "1.500"],
    ["workbook-per-agency/gaps", "so-lieu-toan-tinh.xlsx", "Báo cáo", "first", 0],
    ["workbook-per-agency/sample (tricky names)", "bao-lai-chau.xlsx", SOURCE_SHEET, "A1", 20],
  ])(
    "%s: after editing %s › %s %s in its copy to %j, the summary follows",
    async (name, file, sheet, where, value) => {
      const c = named(name);
      // The cell: given, or the one the mapping reads for an input / the first mapped cell of that file.
      const entry =
        where === "first"
          ? c.mapping.mappings.find((m) => m.workbook === file)
          : c.mapping.mappings.find(
              (m) => m.workbook === file && m.input === where && (m.year ?? 2025) === 2025,
            );
      const cell = entry ? entry.cell : where;
      const out = await writeSeveral(c);
      const copy = out.layout?.cells
        .flatMap((x) => (x.content.kind === "text" ? [x.content.text] : []))
        .find((t) => t.startsWith("Các trang số liệu"));
      const copyName = new RegExp(
        `"([^"]+)" = ${file.replace(/\./g, "\\.")} › ${sheet.replace(/'/g, "'")}(?=;|\\.$)`,
      ).exec(copy ?? "")?.[1];
      if (!copyName) throw new Error(`no copy of ${file} › ${sheet} in ${copy ?? ""}`);
      const { ws, layout, saved } = await recalculated(c, [{ sheet: copyName, cell, value }]);
      // The engine on the edited copies, as LibreOffice saved them: the truth after the edit.
      const editedFiles = c.workbooks.map((w) => ({
        ...w,
        sheets: w.sheets.map((s) => {
          const moved =
            layout.cells.length > 0
              ? saved.sheets.find((x) => x.name === nameOf(copy ?? "", w.name, s.name))
              : undefined;
          return moved ? { ...moved, name: s.name } : s;
        }),
      }));
      const report = computeAttainment(c.plan, readObservations(c.plan, editedFiles, c.mapping), {
        reportYear: 2025,
      });
      const figures = (r: AttainmentReport) => r.indicators.map((i) => [i.actual, i.status]);
      expect(figures(report)).not.toEqual(figures(c.report));
      expect(wrong(ws, layout, report)).toEqual([]);
    },
    120_000,
  );
});

/** The copy of `file` › `sheet` named in the summary's title line. */
function nameOf(line: string, file: string, sheet: string): string | undefined {
  for (const m of line.matchAll(/"([^"]+)" = (\S+) › ([^;]+?)(?=; "|\.$)/g))
    if (m[2] === file && m[3] === sheet) return m[1];
  return undefined;
}

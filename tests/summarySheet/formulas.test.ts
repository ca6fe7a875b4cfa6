/**
 * The summary's formulas, evaluated by a spreadsheet engine (HyperFormula) over the agencies' cells, give
 * the engine's numbers for every fixture layout and dataset; and they follow when a source cell changes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { computeAttainment } from "../../src/core/attainment/compute";
import { type AttainmentReport } from "../../src/core/attainment/types";
import { buildSummaryLayout } from "../../src/core/layout/buildSummaryLayout";
import { type SummaryLayout } from "../../src/core/layout/types";
import { readObservations } from "../../src/core/mapping/readObservations";
import { label } from "../../src/core/summary/format";
import { parseA1 } from "../../src/core/workbook/address";
import { findSheet, getCell } from "../../src/core/workbook/model";
import { evaluateLayout, type Evaluated } from "./support/evaluate";
import { type FixtureCase, fixtureCases } from "./support/fixtureCases";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-formulas-"));
let cases: FixtureCase[] = [];
let rebased: FixtureCase[] = [];

beforeAll(async () => {
  cases = await fixtureCases(path.join(tmp, "default"));
  rebased = await fixtureCases(path.join(tmp, "rebased"), { "revenue-growth": 2023 });
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function layoutOf(
  c: FixtureCase,
  lang: "vi" | "en" = "vi",
  baselines: Record<string, number> = {},
): SummaryLayout {
  return buildSummaryLayout(
    c.plan,
    c.report,
    { observations: c.observations, workbooks: [c.host] },
    { language: lang, generatedOn: "2025-11-26", host: c.host.name, baselines },
  );
}

const close = (got: unknown, want: number | null) =>
  want === null ? got === "" || got === null : typeof got === "number" && Math.abs(got - want) < 1e-9;

/** Every indicator's figures in the evaluated sheet against the report: a list of disagreements. */
function disagreements(
  e: Evaluated,
  layout: SummaryLayout,
  report: AttainmentReport,
  lang: "vi" | "en",
): string[] {
  const out: string[] = [];
  for (const ind of layout.indicators) {
    const check = (year: number, what: string, cell: string, want: number | string | null) => {
      const got = e.value(cell);
      const ok = typeof want === "string" ? got === want : close(got, want);
      if (!ok)
        out.push(
          `${ind.id} ${year} ${what} ${cell}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
        );
    };
    const result = (year: number) => report.indicators.find((r) => r.id === ind.id && r.targetYear === year);
    if (ind.primary) {
      const r = result(ind.primary.year);
      check(ind.primary.year, "actual", ind.primary.actual, r?.actual ?? null);
      check(ind.primary.year, "ratio", ind.primary.ratio, r?.ratio ?? null);
      check(ind.primary.year, "status", ind.primary.status, label(`status.${r?.status ?? "no-data"}`, lang));
    }
    if (ind.later) {
      const r = result(ind.later.year);
      check(ind.later.year, "status", ind.later.status, label(`status.${r?.status ?? "no-data"}`, lang));
    }
  }
  return out;
}

describe("formulas evaluated by HyperFormula give the engine's results", () => {
  test("every fixture layout and dataset, in both languages", () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "sheet-per-agency/sample",
        "statistical-form/gaps",
        "workbook-per-agency/gaps",
      ]),
    );
    for (const c of cases)
      for (const lang of ["vi", "en"] as const) {
        const layout = layoutOf(c, lang);
        expect({
          name: c.name,
          lang,
          wrong: disagreements(evaluateLayout(c.host.sheets, layout), layout, c.report, lang),
        }).toEqual({ name: c.name, lang, wrong: [] });
      }
  });

  test("with another baseline year (--baseline revenue-growth=2023)", () => {
    for (const c of rebased) {
      const layout = layoutOf(c, "vi", { "revenue-growth": 2023 });
      expect({
        name: c.name,
        wrong: disagreements(evaluateLayout(c.host.sheets, layout), layout, c.report, "vi"),
      }).toEqual({ name: c.name, wrong: [] });
    }
  });

  test("every reading row equals the value chitieu read, and most are live formulas", () => {
    for (const c of cases) {
      const layout = layoutOf(c);
      const e = evaluateLayout(c.host.sheets, layout);
      for (const r of layout.readings) {
        const obs = c.observations.get(r.input, r.unit, r.year);
        const want = obs && obs.reading.kind !== "problem" ? Number(obs.reading.value) : null;
        const got = e.value(r.cell);
        expect({ key: r.key, got: got === "" ? null : got }).toEqual({ key: r.key, got: want });
      }
      const live = layout.readings.filter((r) => r.live).length;
      expect({ name: c.name, share: live / layout.readings.length > 0.6 }).toEqual({
        name: c.name,
        share: true,
      });
    }
  });
});

/** Changes one mapped source cell in both the workbook model and the evaluated sheet; returns both results. */
function edit(
  c: FixtureCase,
  input: string,
  unit: string,
  year: number | null,
  value: number | string | null,
) {
  const entry = c.mapping.mappings.find(
    (m) => m.input === input && m.unit === unit && (m.year ?? null) === year,
  );
  if (!entry) throw new Error(`no mapping for ${input} ${unit} ${year}`);
  const layout = layoutOf(c);
  const e = evaluateLayout(c.host.sheets, layout);
  e.set(entry.sheet, entry.cell, value);
  const sheet = findSheet(c.host, entry.sheet);
  const at = parseA1(entry.cell);
  if (!sheet || !at) throw new Error("bad entry");
  const edited = structuredClone(c.host);
  const cell = getCell(sheet, at.row, at.col);
  const target = findSheet(edited, entry.sheet);
  if (!target) throw new Error("no sheet");
  const row = target.rows[at.row] ?? [];
  target.rows[at.row] = row;
  row[at.col] = { ...(cell ?? {}), value };
  const report = computeAttainment(c.plan, readObservations(c.plan, [edited], c.mapping), {
    reportYear: 2025,
  });
  return { e, layout, report };
}

describe("the summary follows an edited source cell", () => {
  const sample = (name: string) => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`no case ${name}`);
    return c;
  };

  test.each<[string, string, string, number | null, number | string | null, string]>([
    ["sheet-per-agency/sample", "revenue", "dai-ptth-lai-chau", 2025, 2700, "revenue growth falls below 20%"],
    [
      "sheet-per-agency/sample",
      "revenue",
      "dai-ptth-lai-chau",
      2025,
      null,
      "an emptied cell is missing, not 0",
    ],
    ["agencies-as-columns/sample", "revenue", "bao-lai-chau", 2025, "11.900", "Vietnamese text number"],
    [
      "agencies-as-columns/sample",
      "converged_newsroom",
      "tap-chi-van-nghe-lai-chau",
      null,
      "Đạt",
      "a yes word",
    ],
    [
      "sheet-per-agency/sample",
      "digital_platforms",
      "tap-chi-van-nghe-lai-chau",
      null,
      "Có",
      "2 of 3 becomes 3 of 3",
    ],
    [
      "sheet-per-agency/sample",
      "staff_trained",
      "bao-lai-chau",
      null,
      46,
      "trained above total is out of range",
    ],
    ["sheet-per-agency/gaps", "revenue", "tap-chi-van-nghe-lai-chau", 2022, 300, "a gap filled in"],
    ["sheet-per-agency/sample", "security_level", "dai-ptth-lai-chau", null, 3, "security level reaches 3"],
    ["sheet-per-agency/sample", "political_articles", "bao-lai-chau", 2020, "không rõ", "text is missing"],
  ])("%s: %s of %s (%s) := %j — %s", (name, input, unit, year, value) => {
    const c = sample(name);
    const { e, layout, report } = edit(c, input, unit, year, value);
    expect(disagreements(e, layout, report, "vi")).toEqual([]);
    expect(report).not.toEqual(c.report);
  });
});

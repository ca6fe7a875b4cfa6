/** Every fixture layout and dataset, read and computed as the CLI does, with one host workbook each. */
import fs from "node:fs";
import path from "node:path";
import { generateFixtures } from "../../../scripts/generate-fixtures";
import { readWorkbook } from "../../../src/adapters/xlsx/readWorkbook";
import { computeAttainment } from "../../../src/core/attainment/compute";
import { type AttainmentReport } from "../../../src/core/attainment/types";
import { readObservations } from "../../../src/core/mapping/readObservations";
import { type MappingFile } from "../../../src/core/mapping/schema";
import { type ObservationSet } from "../../../src/core/observations/observation";
import { builtInPlan } from "../../../src/core/plan/catalogue";
import { type Plan } from "../../../src/core/plan/schema";
import { type Workbook } from "../../../src/core/workbook/model";

export type FixtureCase = {
  name: string;
  dir: string;
  files: string[];
  plan: Plan;
  workbooks: Workbook[];
  /** One workbook holding every sheet: the input itself, or the several inputs' sheets renamed "Sheet 1", "Sheet 2"… */
  host: Workbook;
  mapping: MappingFile;
  observations: ObservationSet;
  report: AttainmentReport;
};

/** Several workbooks as one, so their cells can be reached by formulas: sheets get a number after their name. */
export function mergeWorkbooks(
  workbooks: readonly Workbook[],
  mapping: MappingFile,
): [Workbook, MappingFile] {
  if (workbooks.length === 1 && workbooks[0]) return [workbooks[0], mapping];
  const renamed = new Map<string, string>();
  const sheets = workbooks.flatMap((w, i) =>
    w.sheets.map((s) => {
      const name = `${s.name} ${i + 1}`;
      renamed.set(`${w.name}|${s.name}`, name);
      return { ...s, name };
    }),
  );
  return [
    { name: "merged.xlsx", sheets, definedNames: [] },
    {
      ...mapping,
      mappings: mapping.mappings.map((m) => ({
        ...m,
        workbook: "merged.xlsx",
        sheet: renamed.get(`${m.workbook}|${m.sheet}`) ?? m.sheet,
      })),
    },
  ];
}

export async function fixtureCases(
  tmp: string,
  baselines: Record<string, number> = {},
): Promise<FixtureCase[]> {
  const plan = builtInPlan("lai-chau-3414");
  const cases: FixtureCase[] = [];
  for (const dataset of ["sample", "gaps"]) {
    const root = path.join(tmp, dataset);
    await generateFixtures(root, { dataset });
    for (const layout of fs.readdirSync(root).sort()) {
      const dir = path.join(root, layout);
      const given = JSON.parse(fs.readFileSync(path.join(dir, "mapping.json"), "utf8")) as MappingFile;
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort();
      const workbooks: Workbook[] = [];
      for (const f of files)
        workbooks.push(await readWorkbook(new Uint8Array(fs.readFileSync(path.join(dir, f))), f));
      const [host, mapping] = mergeWorkbooks(workbooks, given);
      const observations = readObservations(plan, [host], mapping);
      const report = computeAttainment(plan, observations, { reportYear: 2025, baselines });
      cases.push({
        name: `${layout}/${dataset}`,
        dir,
        files,
        plan,
        workbooks,
        host,
        mapping,
        observations,
        report,
      });
    }
  }
  return cases;
}

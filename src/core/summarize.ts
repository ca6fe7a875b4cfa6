import { computeAttainment } from "./attainment/compute";
import { type AttainmentReport } from "./attainment/types";
import { readObservations } from "./mapping/readObservations";
import { type MappingFile } from "./mapping/schema";
import { type Plan } from "./plan/schema";
import { type Workbook } from "./workbook/model";

export type SummarizeOptions = {
  /** The year the report is about; by default the latest year any mapped yearly value has. */
  reportYear?: number;
  /** Used when nothing in the mapping names a year (only status inputs): normally this calendar year. */
  fallbackYear: number;
  baselines?: Readonly<Record<string, number>>;
};

/**
 * The whole job on workbooks already read: mapped cells → observations → attainment.
 * @throws MappingError when the mapping names what the plan or the workbooks do not have.
 */
export function summarize(
  plan: Plan,
  workbooks: readonly Workbook[],
  mapping: MappingFile,
  options: SummarizeOptions,
): AttainmentReport {
  const observations = readObservations(plan, workbooks, mapping);
  const reportYear = options.reportYear ?? observations.latestYear() ?? options.fallbackYear;
  return computeAttainment(plan, observations, {
    reportYear,
    ...(options.baselines ? { baselines: options.baselines } : {}),
  });
}

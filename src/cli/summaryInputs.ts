import { bothLanguages } from "../core/i18n/messages";
import { type IntakeResult, summaryIntake } from "../core/mapping/intake";
import { type MappingFile } from "../core/mapping/schema";
import { type Plan } from "../core/plan/schema";
import { type Workbook } from "../core/workbook/model";
import { loadWorkbook } from "./files";

type Say = (s: string) => void;

/**
 * Reads the workbooks one at a time (a progress line each when there are several) and keeps of each only
 * what the summary needs (src/core/mapping/intake.ts): memory holds one workbook model at a time, however
 * many there are. What the mapping chosen is, is said after the progress lines.
 * @throws ChitieuError from reading a file, as loadWorkbook does.
 */
export async function readSummaryInputs(
  plan: Plan,
  files: readonly string[],
  mappingFile: MappingFile | undefined,
  say: Say,
  load: (file: string) => Promise<Workbook> = loadWorkbook,
): Promise<IntakeResult> {
  const intake = summaryIntake(plan, mappingFile);
  for (const [i, file] of files.entries()) {
    if (files.length > 1) say(`[${i + 1}/${files.length}] ${file}\n`);
    intake.add(await load(file));
  }
  const result = intake.finish();
  for (const note of result.notes) say(`${bothLanguages(note)}\n`);
  return result;
}

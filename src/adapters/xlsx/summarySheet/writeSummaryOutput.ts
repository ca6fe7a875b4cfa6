/**
 * What `summarize -o` writes (docs/summary-sheet.md): the summary added to a copy of the one workbook that
 * holds every mapped cell, with live formulas; otherwise (several workbooks, or a workbook whose charts,
 * pivots or shapes ExcelJS would lose) a new workbook with the values and links to the source files.
 */
import { type AttainmentReport } from "../../../core/attainment/types";
import { type Language, message, type Message } from "../../../core/i18n/messages";
import { buildSummaryLayout } from "../../../core/layout/buildSummaryLayout";
import { type ObservationSet } from "../../../core/observations/observation";
import { type Plan } from "../../../core/plan/schema";
import { label } from "../../../core/summary/format";
import { type PlainSummary } from "../../../core/summary/plainTables";
import { type Workbook } from "../../../core/workbook/model";
import { addSummaryToCopy, writeSummaryWorkbook } from "./writeSummary";

export type SummaryOutputArgs = {
  plan: Plan;
  report: AttainmentReport;
  observations: ObservationSet;
  workbooks: readonly Workbook[];
  /** Reads the bytes of an input workbook by its name (only the host's are read). */
  bytesOf: (workbook: string) => Promise<Uint8Array>;
  plain: PlainSummary;
  language: Language;
  generatedOn: string;
  baselines: Readonly<Record<string, number>>;
};

export type SummaryOutput = { bytes: Uint8Array; live: boolean; warnings: Message[] };

/** The workbook every mapped cell is in, if there is exactly one (or only one input). */
export function hostWorkbook(workbooks: readonly Workbook[], observations: ObservationSet): string | null {
  if (workbooks.length === 1) return workbooks[0]?.name ?? null;
  const used = new Set(observations.all.flatMap((o) => (o.source ? [o.source.workbook] : [])));
  return used.size === 1 ? ([...used][0] ?? null) : null;
}

export async function writeSummaryOutput(a: SummaryOutputArgs): Promise<SummaryOutput> {
  const layoutFor = (host: string | null, sheetName?: string) =>
    buildSummaryLayout(
      a.plan,
      a.report,
      { observations: a.observations, workbooks: a.workbooks },
      {
        language: a.language,
        generatedOn: a.generatedOn,
        host,
        baselines: a.baselines,
        ...(sheetName !== undefined ? { sheetName } : {}),
      },
    );
  const host = hostWorkbook(a.workbooks, a.observations);
  const warnings: Message[] = [];
  if (host !== null) {
    const copy = await addSummaryToCopy(
      await a.bytesOf(host),
      host,
      label("layout.sheetName", a.language),
      (name) => layoutFor(host, name),
    );
    if (copy.kind === "written") return { bytes: copy.bytes, live: true, warnings: copy.warnings };
    warnings.push({
      vi: message("layout.valuesLost", { workbook: host, parts: copy.lost.map((l) => l.vi).join("; ") }).vi,
      en: message("layout.valuesLost", { workbook: host, parts: copy.lost.map((l) => l.en).join("; ") }).en,
    });
  }
  return { bytes: await writeSummaryWorkbook(layoutFor(null), a.plain), live: false, warnings };
}

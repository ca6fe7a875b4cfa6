/**
 * What `summarize -o` writes (docs/summary-sheet.md): the summary added to a copy of the one workbook that
 * holds every mapped cell, with live formulas; with several workbooks, a consolidated workbook (the live
 * summary and a copy of each agency's sheets it uses, consolidate.ts); otherwise (a workbook whose charts,
 * pivots or shapes ExcelJS would lose, too many or too large inputs) a new workbook with the values and
 * links to the source files, with a warning saying why.
 */
import { type AttainmentReport } from "../../../core/attainment/types";
import { type Language, message, type Message } from "../../../core/i18n/messages";
import { buildSummaryLayout } from "../../../core/layout/buildSummaryLayout";
import { type ObservationSet } from "../../../core/observations/observation";
import { type Plan } from "../../../core/plan/schema";
import { label } from "../../../core/summary/format";
import { type SummaryLayout } from "../../../core/layout/types";
import { type PlainSummary } from "../../../core/summary/plainTables";
import { type Workbook } from "../../../core/workbook/model";
import { consolidatedSources } from "../../../core/layout/consolidatedSources";
import { writeConsolidated } from "./consolidate";
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

export type SummaryOutput = {
  bytes: Uint8Array;
  live: boolean;
  warnings: Message[];
  /** The consolidated workbook's layout (for the tests that evaluate its formulas). */
  layout?: SummaryLayout;
};

/** The workbook every mapped cell is in, if there is exactly one (or only one input). */
export function hostWorkbook(workbooks: readonly Workbook[], observations: ObservationSet): string | null {
  if (workbooks.length === 1) return workbooks[0]?.name ?? null;
  const used = new Set(observations.all.flatMap((o) => (o.source ? [o.source.workbook] : [])));
  return used.size === 1 ? ([...used][0] ?? null) : null;
}

/** The name the consolidated workbook goes by in its layout (never an input's: those end in .xlsx). */
export const CONSOLIDATED_HOST = "chitieu: consolidated";

/** The input workbooks holding mapped cells, in input order, each with the sheets used. */
export function usedSheets(
  workbooks: readonly Workbook[],
  observations: ObservationSet,
): Array<{ workbook: string; sheets: Set<string> }> {
  const by = new Map<string, Set<string>>();
  for (const o of observations.all)
    if (o.source) by.set(o.source.workbook, (by.get(o.source.workbook) ?? new Set()).add(o.source.sheet));
  return workbooks.flatMap((w) => {
    const sheets = by.get(w.name);
    return sheets ? [{ workbook: w.name, sheets }] : [];
  });
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
  } else {
    const used = usedSheets(a.workbooks, a.observations);
    if (used.length > 1) {
      const sheetName = label("layout.sheetName", a.language);
      const written = await writeConsolidated({
        used,
        bytesOf: a.bytesOf,
        sheetName,
        build: (copies) => {
          const moved = consolidatedSources(CONSOLIDATED_HOST, copies, a.observations, a.report, a.workbooks);
          return buildSummaryLayout(
            a.plan,
            moved.report,
            { observations: moved.observations, workbooks: moved.workbooks },
            {
              language: a.language,
              generatedOn: a.generatedOn,
              host: CONSOLIDATED_HOST,
              baselines: a.baselines,
              sheetName,
              copies,
            },
          );
        },
      });
      if (written.kind === "written")
        return { bytes: written.bytes, live: true, warnings, layout: written.layout };
      warnings.push(written.warning);
    }
  }
  return { bytes: await writeSummaryWorkbook(layoutFor(null), a.plain), live: false, warnings };
}

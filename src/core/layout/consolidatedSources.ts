/**
 * A consolidated workbook holds a copy of each agency's sheets the mapping uses, plus the summary: its
 * formulas must point at those copies. This re-points what the layout reads (observations, the report's
 * missing cells, the workbook models) from {workbook, sheet} to the copy in the host, so buildSummaryLayout
 * works on it unchanged in live mode. Pure.
 */
import { type AttainmentReport } from "../attainment/types";
import {
  type ObservationSet,
  ObservationSet as Observations,
  type Source,
} from "../observations/observation";
import { findSheet, type Workbook } from "../workbook/model";

/** One copied sheet: `copy` in the host is `sheet` of `workbook`. */
export type SheetCopy = { workbook: string; sheet: string; copy: string };

export type Consolidated = {
  observations: ObservationSet;
  report: AttainmentReport;
  /** One workbook, the host, whose sheets are the copies (as much of each as the models held). */
  workbooks: Workbook[];
};

/** Source → its place in the host, or the source itself when its sheet was not copied. */
export function repointSource(host: string, copies: readonly SheetCopy[]): (s: Source) => Source {
  const byKey = new Map(copies.map((c) => [`${c.workbook}\u0000${c.sheet}`, c.copy]));
  return (s) => {
    const copy = byKey.get(`${s.workbook}\u0000${s.sheet}`);
    return copy === undefined ? s : { workbook: host, sheet: copy, cell: s.cell };
  };
}

/**
 * @example consolidatedSources("tong-hop.xlsx", [{ workbook: "bao.xlsx", sheet: "Báo cáo", copy: "bao - Báo cáo" }], observations, report, workbooks)
 */
export function consolidatedSources(
  host: string,
  copies: readonly SheetCopy[],
  observations: ObservationSet,
  report: AttainmentReport,
  workbooks: readonly Workbook[],
): Consolidated {
  const move = repointSource(host, copies);
  const sheets = copies.flatMap((c) => {
    const wb = workbooks.find((w) => w.name === c.workbook);
    const sheet = wb ? findSheet(wb, c.sheet) : undefined;
    return sheet ? [{ ...sheet, name: c.copy }] : [];
  });
  return {
    observations: new Observations(
      observations.all.map((o) => (o.source ? { ...o, source: move(o.source) } : o)),
    ),
    report: {
      ...report,
      indicators: report.indicators.map((i) => ({
        ...i,
        missing: i.missing.map((m) => (m.source ? { ...m, source: move(m.source) } : m)),
      })),
    },
    workbooks: [{ name: host, sheets, definedNames: [] }],
  };
}

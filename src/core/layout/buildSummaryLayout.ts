/**
 * The summary sheet of an attainment report, as a SummaryLayout (types.ts): a title block, the main table
 * (one row per indicator, the first assessed target and the later one side by side), the figures of each
 * unit with links to their cells (table II) and what is missing (table III). Pure: adapters write it.
 */
import { type EvalContext } from "../attainment/context";
import { type AttainmentReport } from "../attainment/types";
import { type Language } from "../i18n/messages";
import { type ObservationSet } from "../observations/observation";
import { type Plan } from "../plan/schema";
import { label } from "../summary/format";
import { activeUnits } from "../units/activeUnits";
import { cellText } from "../values/reading";
import { columnLetters, parseA1 } from "../workbook/address";
import { findSheet, getCell, type Workbook } from "../workbook/model";
import { Grid, token } from "./grid";
import { addMainTable, milestoneYears } from "./mainTable";
import { addMissingTable, addReadingsTable } from "./detailTables";
import { ReadingTable } from "./readings";
import { estimateHeights } from "./rowHeights";
import { DATA_BAR_COLOUR, STATUS_COLOURS, styleTable } from "./styles";
import {
  type ChartSpec,
  type ConditionalRule,
  type IndicatorCells,
  type LayoutCell,
  type SummaryLayout,
} from "./types";
import { yesNoLists } from "./yesNoWords";

/** The text of the marker cell; a sheet whose marker cell starts with it is chitieu's to replace. */
export const SUMMARY_MARKER = "chitieu-summary/1";

export type SummarySources = { observations: ObservationSet; workbooks: readonly Workbook[] };

export type SummaryLayoutOptions = {
  language: Language;
  /** The day the table is made, YYYY-MM-DD. */
  generatedOn: string;
  /**
   * The workbook the sheet is added to: its cells become live formulas. null for a new workbook of its
   * own (values and links to the source files).
   */
  host: string | null;
  /** The baselines given to computeAttainment (indicator id → year). */
  baselines?: Readonly<Record<string, number>>;
  sheetName?: string;
  /**
   * The sheets of the host that are copies of other files' sheets (a consolidated workbook): named in the
   * title block, so the reader knows where each came from.
   */
  copies?: ReadonlyArray<{ copy: string; workbook: string; sheet: string }>;
};

export const COLUMN_WIDTHS = [6, 46, 10, 12, 13, 11, 15, 12, 15, 26, 36];
/** Column L: the hidden parse column of table II, and the marker cell. */
export const PARSE_COL = 12;
/** Column M: the actuals the chart draws, a gap where missing. */
const CHART_COL = 13;
const LAST_COL = COLUMN_WIDTHS.length;

/**
 * @example buildSummaryLayout(plan, report, { observations, workbooks }, { language: "vi", generatedOn: "2025-11-26", host: "bao-cao.xlsx" })
 */
export function buildSummaryLayout(
  plan: Plan,
  report: AttainmentReport,
  sources: SummarySources,
  options: SummaryLayoutOptions,
): SummaryLayout {
  const lang = options.language;
  const mode = options.host === null ? "values" : "live";
  const sheetName = options.sheetName ?? label("layout.sheetName", lang);
  const grid = new Grid(mode);
  const ctx: EvalContext = {
    plan,
    inputs: new Map(plan.inputs.map((i) => [i.id, i])),
    units: activeUnits(plan.units, report.reportYear),
    observations: sources.observations,
    reportYear: report.reportYear,
  };
  const seen = sources.observations.all.map((o) => o.source).filter((s) => s !== null);
  const lists = yesNoLists(seenTexts(sources.workbooks, seen));
  const readings = new ReadingTable(ctx, sources.workbooks, options.host, lists);

  // Title block.
  const workbooksUsed = new Set(seen.map((s) => s.workbook));
  const title: Array<[string, number]> = [
    [label("layout.title", lang), 24],
    [
      label("layout.plan", lang, {
        number: plan.document.number,
        date: plan.document.date.split("-").reverse().join("/"),
        issuer: plan.document.issuer[lang],
        title: plan.title[lang],
      }),
      36,
    ],
    [
      label("layout.context", lang, {
        province: plan.province,
        year: report.reportYear,
        date: options.generatedOn,
      }),
      20,
    ],
    [
      label("title.unitList", lang, {
        name: report.unitList.name[lang],
        asOf: report.unitList.asOf,
        units: report.unitList.units.map((u) => u.name[lang]).join(", "),
      }),
      36,
    ],
    ...(Object.keys(report.baselines).length > 0
      ? [
          [
            label("title.baselines", lang, {
              list: Object.entries(report.baselines)
                .map(([k, v]) => `${plan.indicators.find((i) => i.id === k)?.name[lang] ?? k}: ${v}`)
                .join("; "),
            }),
            20,
          ] as [string, number],
        ]
      : []),
    [
      mode === "live"
        ? label("layout.live", lang)
        : label("layout.values", lang, { count: workbooksUsed.size }),
      36,
    ],
    ...(options.copies && options.copies.length > 0
      ? [
          [
            label("layout.copies", lang, {
              list: options.copies.map((c) => `"${c.copy}" = ${c.workbook} › ${c.sheet}`).join("; "),
            }),
            Math.min(20 * Math.ceil(options.copies.length / 2) + 16, 120),
          ] as [string, number],
        ]
      : []),
  ];
  title.forEach(([text, height], i) => {
    grid.text(i + 1, 1, text, i === 0 ? "title" : i === 1 ? "subtitle" : "info");
    grid.merge(i + 1, 1, LAST_COL, i === 0 ? "title" : i === 1 ? "subtitle" : "info");
    grid.height(i + 1, height);
  });

  const years = milestoneYears(plan, report.reportYear);
  const mainSection = title.length + 2;
  const main = addMainTable({
    grid,
    plan,
    report,
    readings,
    lang,
    years,
    firstRow: mainSection,
    baselines: options.baselines ?? {},
    sheetName,
    lastCol: LAST_COL,
    targetCol: PARSE_COL,
  });
  const table2 = addReadingsTable({
    grid,
    plan,
    report,
    readings,
    lists,
    lang,
    firstRow: main.lastRow + 2,
    host: options.host,
    lastCol: LAST_COL,
    parseCol: PARSE_COL,
  });
  const table3 = addMissingTable({
    grid,
    plan,
    report,
    lang,
    firstRow: table2.lastRow + 2,
    host: options.host,
  });
  grid.resolve((key) => {
    const at = table2.cellOf.get(key);
    if (!at) throw new Error(`no reading row for ${key}`);
    return at;
  });
  // Links from the main table to table II point at this sheet.
  for (const c of grid.cells)
    if (c.link && c.link.sheet === token("self")) {
      const key = /^⟦(.*)⟧$/.exec(c.link.cell)?.[1] ?? "";
      c.link = {
        workbook: null,
        sheet: sheetName,
        cell: (table2.cellOf.get(key) ?? "A1").replace(/\$/g, ""),
      };
    }

  const chart = attainmentChart(grid, main, years.primary, lang, table3.lastRow + 2);

  const marker = { row: 1, col: PARSE_COL, text: `${SUMMARY_MARKER} ${plan.id} ${options.generatedOn}` };
  grid.text(marker.row, marker.col, marker.text, "marker");
  const statusWords = (["achieved", "not-achieved", "on-track", "off-track", "no-data"] as const).map((s) =>
    label(`status.${s}`, lang),
  );
  const [achieved = "", notAchieved = "", onTrack = "", offTrack = "", noData = ""] = statusWords;
  const body = (col: string) => `${col}${main.firstBodyRow}:${col}${main.lastRow}`;
  const colour = (range: string, text: string, c: { fill: string; fontColor: string }): ConditionalRule => ({
    kind: "text-equals",
    range,
    text,
    ...c,
  });
  const conditionalFormats: ConditionalRule[] = [body("G"), body("I")].flatMap((range) => [
    colour(range, achieved, STATUS_COLOURS.good),
    colour(range, onTrack, STATUS_COLOURS.good),
    colour(range, notAchieved, STATUS_COLOURS.bad),
    colour(range, offTrack, STATUS_COLOURS.bad),
    colour(range, noData, STATUS_COLOURS.none),
  ]);
  conditionalFormats.push({ kind: "data-bar", range: body("F"), color: DATA_BAR_COLOUR, min: 0, max: 1 });

  const styles = styleTable(label("word.yes", lang), label("word.no", lang));
  const fixed = new Set(grid.rowHeights.map((h) => h.row));
  const rowHeights = [
    ...grid.rowHeights,
    ...estimateHeights(grid.cells, grid.merges, COLUMN_WIDTHS, styles, mainSection).filter(
      (h) => !fixed.has(h.row),
    ),
  ];
  return {
    sheetName,
    language: lang,
    mode,
    marker,
    columns: [
      ...COLUMN_WIDTHS.map((width) => ({ width })),
      { width: 14, hidden: true }, // L: parse column and marker
      { width: 10, hidden: true }, // M: the chart's actuals, #N/A where missing
    ],
    rowHeights,
    cells: grid.cells,
    merges: grid.merges,
    styles,
    conditionalFormats,
    freeze: { rows: main.headerRow, cols: 2 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { from: main.headerRow, to: main.headerRow },
      area: `A1:K${chart ? chartLastRow(chart) : table3.lastRow}`,
      // The chart prints on a page of its own rather than split across two.
      ...(chart ? { breaksAfter: [table3.lastRow + 1] } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    },
    indicators: main.indicators,
    readings: table2.readings,
    ...(chart ? { chart } : {}),
  };
}

const CHART_ROWS = 24;

/** The last row the chart covers (its anchor ends at the top of the row after). */
function chartLastRow(chart: ChartSpec): number {
  return Number(/\d+$/.exec(chart.anchor.to)?.[0] ?? 1) - 1;
}

/**
 * A clustered column chart below table III: one category per indicator row of table I, the live actual
 * (column E) against the first assessed target as a number (hidden column L; blank where the target is not
 * one number). Its caches are what the cells hold now.
 */
function attainmentChart(
  grid: Grid,
  main: { firstBodyRow: number; lastRow: number; indicators: IndicatorCells[] },
  year: number,
  lang: Language,
  firstRow: number,
): ChartSpec | undefined {
  if (main.indicators.length === 0) return undefined;
  const cells: readonly LayoutCell[] = grid.cells;
  const at = (row: number, col: number) => cells.find((c) => c.row === row && c.col === col)?.content;
  const numberAt = (row: number, col: number): number | null => {
    const c = at(row, col);
    if (c?.kind === "number") return c.value;
    if (c?.kind === "formula" && typeof c.result === "number") return c.result;
    return null;
  };
  const textAt = (row: number, col: number): string => {
    const c = at(row, col);
    return c?.kind === "text" ? c.text : c?.kind === "number" ? String(c.value) : "";
  };
  const rows = main.indicators.map((i) => i.row);
  // The chart reads the actuals through column M: "" in column E (missing) would be drawn as a 0 bar.
  const actuals = rows.map((r) => numberAt(r, 5));
  rows.forEach((r, k) => grid.chartNumber(r, CHART_COL, `E${r}`, actuals[k] ?? null));
  const range = (col: string) => `${col}${main.firstBodyRow}:${col}${main.lastRow}`;
  const target = columnLetters(PARSE_COL);
  return {
    kind: "clustered-column",
    title: lang === "vi" ? `Thực hiện so với mục tiêu ${year}` : `Actual against the ${year} target`,
    anchor: { from: `A${firstRow}`, to: `I${firstRow + CHART_ROWS}` },
    categories: { range: range("B"), values: rows.map((r) => textAt(r, 2)) },
    series: [
      { name: label("col.actual", lang), range: range(columnLetters(CHART_COL)), values: actuals },
      {
        name: label("layout.col.target", lang, { year }),
        range: range(target),
        values: rows.map((r) => numberAt(r, PARSE_COL)),
      },
    ],
    numFmt: "0%",
  };
}

/** What the mapped cells say now, when that is what people see (no legacy font): yes/no words to accept. */
function seenTexts(
  workbooks: readonly Workbook[],
  sources: ReadonlyArray<{ workbook: string; sheet: string; cell: string }>,
): string[] {
  const out: string[] = [];
  for (const s of sources) {
    const wb = workbooks.find((w) => w.name === s.workbook);
    const sheet = wb ? findSheet(wb, s.sheet) : undefined;
    const at = parseA1(s.cell);
    const cell = sheet && at ? getCell(sheet, at.row, at.col) : undefined;
    if (cell && typeof cell.value === "string" && cellText(cell) === cell.value.normalize("NFC").trim())
      out.push(cell.value);
  }
  return out;
}

/** Table I: one row per indicator, the first assessed target and the later one side by side. */
import { type AttainmentReport, type IndicatorResult } from "../attainment/types";
import { type Language } from "../i18n/messages";
import { type Indicator, type Measure, type Plan, type Target } from "../plan/schema";
import { formatPercent, label } from "../summary/format";
import { columnLetters, qualifiedAddress } from "../workbook/address";
import { type Grid, token } from "./grid";
import { measureFormula, type MeasureFormula } from "./measureFormula";
import { type ReadingRow, type ReadingTable } from "./readings";
import { pastStatusFormula, progressFormula, ratioFormula, type StatusWords } from "./targetFormulas";
import { type IndicatorCells, type StyleName } from "./types";
import { measureFor } from "../attainment/compute";

/** The target years shown: the latest one that has come (else the first), and the next after it. */
export function milestoneYears(plan: Plan, reportYear: number): { primary: number; later: number | null } {
  const years = [...new Set(plan.indicators.flatMap((i) => i.targets.map((t) => t.year)))].sort(
    (a, b) => a - b,
  );
  const primary = [...years].reverse().find((y) => y <= reportYear) ?? years[0] ?? reportYear;
  return { primary, later: years.find((y) => y > primary) ?? null };
}

type Args = {
  grid: Grid;
  plan: Plan;
  report: AttainmentReport;
  readings: ReadingTable;
  lang: Language;
  years: { primary: number; later: number | null };
  firstRow: number;
  baselines: Readonly<Record<string, number>>;
  sheetName: string;
  lastCol: number;
  /** A hidden column: the first assessed target as a number, for the chart. */
  targetCol: number;
};

const COL = {
  stt: 1,
  name: 2,
  uom: 3,
  target1: 4,
  actual: 5,
  ratio: 6,
  status1: 7,
  target2: 8,
  status2: 9,
  src: 10,
  note: 11,
};

export function addMainTable(a: Args): {
  headerRow: number;
  firstBodyRow: number;
  lastRow: number;
  indicators: IndicatorCells[];
} {
  const { grid, lang, years } = a;
  grid.text(a.firstRow, 1, label("layout.table.main", lang), "section");
  grid.merge(a.firstRow, 1, a.lastCol, "section");
  const headerRow = a.firstRow + 1;
  const later = years.later;
  const headers = [
    label("col.stt", lang),
    label("col.indicator", lang),
    label("layout.col.uom", lang),
    label("layout.col.target", lang, { year: years.primary }),
    label("col.actual", lang),
    label("col.ratio", lang),
    label("layout.col.status", lang, { year: years.primary }),
    later === null ? "" : label("layout.col.target", lang, { year: later }),
    later === null
      ? ""
      : label(later <= a.report.reportYear ? "layout.col.status" : "layout.col.progress", lang, {
          year: later,
        }),
    label("layout.col.sources", lang),
    label("col.note", lang),
  ];
  headers.forEach((h, i) => grid.text(headerRow, i + 1, h, "header"));
  grid.height(headerRow, 40);
  const words: StatusWords = {
    achieved: label("status.achieved", lang),
    notAchieved: label("status.not-achieved", lang),
    onTrack: label("status.on-track", lang),
    offTrack: label("status.off-track", lang),
    noData: label("status.no-data", lang),
  };
  const at = (r: ReadingRow) => token(r.key);
  const need = (input: string, unit: string, year: number) => a.readings.need(input, unit, year);
  const resultOf = (ind: Indicator, year: number): [Target, IndicatorResult] | null => {
    const t = ind.targets.find((x) => x.year === year);
    const r = a.report.indicators.find((x) => x.id === ind.id && x.targetYear === year);
    return t && r ? [t, r] : null;
  };

  const cells: IndicatorCells[] = [];
  const firstBodyRow = headerRow + 1;
  a.plan.indicators.forEach((ind, n) => {
    const row = firstBodyRow + n;
    grid.number(row, COL.stt, n + 1, "textCenter");
    grid.text(row, COL.name, ind.source ? `${ind.name[lang]} (${ind.source})` : ind.name[lang], "text");
    grid.text(row, COL.uom, ind.unitOfMeasure[lang], "textCenter");
    const notes: string[] = [];
    const used: ReadingRow[] = [];
    const formulaFor = (t: Target, r: IndicatorResult): { m: Measure; f: MeasureFormula | null } => {
      const m = measureFor(ind, t, a.baselines);
      const f = measureFormula(m, r, r.dataYear, need, at);
      if (f) used.push(...f.rows);
      return { m, f };
    };
    const statusFormula = (
      t: Target,
      r: IndicatorResult,
      m: Measure,
      f: MeasureFormula,
      x: string,
    ): string =>
      r.targetYear <= a.report.reportYear
        ? pastStatusFormula(x, t, m, words)
        : progressFormula({
            indicator: ind,
            target: t,
            measure: m,
            effectiveMeasure: (tt) => measureFor(ind, tt, a.baselines),
            formula: f,
            unitsCounted: r.units.filter((u) => u.counted).length,
            reportYear: a.report.reportYear,
            words,
          });
    const statusOf = (r: IndicatorResult) => label(`status.${r.status}`, lang);

    const first = resultOf(ind, years.primary);
    let primary: IndicatorCells["primary"] = null;
    let targetValue: string | undefined;
    if (first) {
      const [t, r] = first;
      const { m, f } = formulaFor(t, r);
      grid.text(row, COL.target1, t.display ?? String(t.value), "textCenter");
      const style: StyleName = m.kind === "unit-fact" ? "yesNo" : "percent";
      const x = `$E$${row}`;
      const ratio = f ? ratioFormula(x, ind, t, m) : null;
      if (f) {
        grid.formula(row, COL.actual, `IF(${f.ready},${f.actual},"")`, r.actual, style);
        if (ratio) grid.formula(row, COL.ratio, ratio, r.ratio, "percent");
        else grid.number(row, COL.ratio, r.ratio, "percent");
        grid.formula(row, COL.status1, statusFormula(t, r, m, f, x), statusOf(r), "status");
      } else {
        grid.number(row, COL.actual, r.actual, style);
        grid.number(row, COL.ratio, r.ratio, "percent");
        grid.text(row, COL.status1, statusOf(r), "status");
        notes.push(
          label("layout.notLive.indicator", lang, { reason: r.notes.map((x) => x[lang]).join("; ") }),
        );
      }
      if (r.count) notes.push(label("layout.unitsCounted", lang, r.count));
      for (const note of r.notes) if (f) notes.push(note[lang]);
      primary = { year: t.year, actual: `E${row}`, ratio: `F${row}`, status: `G${row}` };
      if (typeof t.value === "number") {
        grid.number(row, a.targetCol, t.value, "percent");
        targetValue = `${columnLetters(a.targetCol)}${row}`;
      }
    } else {
      for (const c of [COL.target1, COL.actual, COL.ratio, COL.status1]) grid.text(row, c, "—", "textCenter");
    }

    const second = later === null ? null : resultOf(ind, later);
    let laterCells: IndicatorCells["later"] = null;
    if (second) {
      const [t, r] = second;
      const { m, f } = formulaFor(t, r);
      grid.text(row, COL.target2, t.display ?? String(t.value), "textCenter");
      if (f)
        grid.formula(
          row,
          COL.status2,
          statusFormula(t, r, m, f, `IF(${f.ready},${f.actual},"")`),
          statusOf(r),
          "status",
        );
      else grid.text(row, COL.status2, statusOf(r), "status");
      const tr = r.trajectory;
      if (tr)
        notes.push(
          label("layout.progressNote", lang, {
            year: t.year,
            detail: label("note.trajectory", lang, {
              fromValue: formatPercent(tr.from.value, lang, 0),
              fromYear: tr.from.year,
              expected: formatPercent(tr.expected, lang),
              year: r.dataYear,
              needed: formatPercent(tr.neededPerYear, lang),
              seen: tr.seenPerYear === null ? "—" : formatPercent(tr.seenPerYear, lang),
            }),
          }),
        );
      for (const note of r.notes)
        notes.push(label("layout.progressNote", lang, { year: t.year, detail: note[lang] }));
      laterCells = { year: t.year, status: `I${row}` };
    } else {
      grid.text(row, COL.target2, "—", "textCenter");
      grid.text(row, COL.status2, "—", "textCenter");
    }

    const sources = [...new Map(used.filter((u) => u.lookup.source).map((u) => [u.key, u])).values()];
    const sourceText = [
      ...new Set(
        sources.map((u) =>
          u.lookup.source ? qualifiedAddress(u.lookup.source.sheet, u.lookup.source.cell) : "",
        ),
      ),
    ].join(", ");
    const firstUsed = sources[0] ?? used[0];
    grid.text(
      row,
      COL.src,
      sourceText,
      firstUsed ? "link" : "text",
      firstUsed ? { link: { workbook: null, sheet: token("self"), cell: token(firstUsed.key) } } : {},
    );
    grid.text(row, COL.note, [...new Set(notes)].join("; "), "note");
    cells.push({ id: ind.id, row, primary, later: laterCells, ...(targetValue ? { targetValue } : {}) });
  });
  return { headerRow, firstBodyRow, lastRow: firstBodyRow + a.plan.indicators.length - 1, indicators: cells };
}

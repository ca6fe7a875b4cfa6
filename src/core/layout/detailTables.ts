/** Tables II (each value read, live, with a link to its cell) and III (what is missing, as at generation). */
import { type AttainmentReport } from "../attainment/types";
import { type Language } from "../i18n/messages";
import { type Plan } from "../plan/schema";
import { label } from "../summary/format";
import { uniqueMissing } from "../summary/plainTables";
import { columnLetters, qualifiedAddress } from "../workbook/address";
import { type Grid } from "./grid";
import { emulateParse, type YesNoLists } from "./readingFormula";
import { readingFormulas, type ReadingRow, type ReadingTable } from "./readings";
import { type LayoutLink, type ReadingCells, type StyleName } from "./types";

const sourceLink = (
  s: { workbook: string; sheet: string; cell: string },
  host: string | null,
): LayoutLink => ({
  workbook: s.workbook === host ? null : s.workbook,
  sheet: s.sheet,
  cell: s.cell,
});

/** `'Báo cáo'!D5`, or `[bao-lai-chau.xlsx] 'Báo cáo'!D5` when the cell is in another file. */
function sourceText(s: { workbook: string; sheet: string; cell: string }, host: string | null): string {
  const address = qualifiedAddress(s.sheet, s.cell);
  return s.workbook === host ? address : `[${s.workbook}] ${address}`;
}

function header(grid: Grid, row: number, spans: Array<[string, number, number]>): void {
  for (const [text, from, to] of spans) {
    grid.text(row, from, text, "header");
    if (to > from) grid.merge(row, from, to, "header");
  }
  grid.height(row, 36);
}

function styleOf(row: ReadingRow): StyleName {
  switch (row.input.type) {
    case "yes-no":
      return "yesNo";
    case "amount":
      return "amount";
    case "percent":
      return "percent";
    default:
      return "integer";
  }
}

export function addReadingsTable(a: {
  grid: Grid;
  plan: Plan;
  report: AttainmentReport;
  readings: ReadingTable;
  lists: YesNoLists;
  lang: Language;
  firstRow: number;
  host: string | null;
  lastCol: number;
  parseCol: number;
}): { lastRow: number; cellOf: Map<string, string>; readings: ReadingCells[] } {
  const { grid, lang, plan } = a;
  grid.text(a.firstRow, 1, label("layout.table.readings", lang), "section");
  grid.merge(a.firstRow, 1, a.lastCol, "section");
  const headerRow = a.firstRow + 1;
  header(grid, headerRow, [
    [label("col.stt", lang), 1, 1],
    [label("layout.col.unitInput", lang), 2, 2],
    [label("layout.col.uom", lang), 3, 3],
    [label("col.year", lang), 4, 4],
    [label("layout.col.reading", lang), 5, 5],
    [label("col.source", lang), 6, 7],
    [label("col.note", lang), 8, 11],
  ]);
  grid.text(headerRow, a.parseCol, label("layout.col.parsed", lang), "header");

  const unitOrder = plan.units.units.map((u) => u.id);
  const inputOrder = plan.inputs.map((i) => i.id);
  const rows = a.readings
    .all()
    .sort(
      (x, y) =>
        unitOrder.indexOf(x.unit) - unitOrder.indexOf(y.unit) ||
        inputOrder.indexOf(x.input.id) - inputOrder.indexOf(y.input.id) ||
        (x.year ?? 9999) - (y.year ?? 9999),
    );
  const cellOf = new Map<string, string>();
  rows.forEach((r, i) => cellOf.set(r.key, `$E$${headerRow + 1 + i}`));
  const unitName = (id: string) => plan.units.units.find((u) => u.id === id)?.name[lang] ?? id;
  const parseLetter = columnLetters(a.parseCol);

  const out: ReadingCells[] = [];
  rows.forEach((r, i) => {
    const row = headerRow + 1 + i;
    const source = r.lookup.source;
    grid.number(row, 1, i + 1, "textCenter");
    const year = r.year === null ? "" : ` (${r.year})`;
    grid.text(row, 2, `${unitName(r.unit)}: ${r.input.name[lang]}${year}`, "text");
    grid.text(row, 3, r.input.unitOfMeasure[lang], "textCenter");
    grid.number(row, 4, r.year ?? a.report.reportYear, "textCenter");
    const limitCell = r.limit ? (cellOf.get(r.limit.key) ?? null) : null;
    const formulas = readingFormulas(r, `$${parseLetter}$${row}`, limitCell, a.lists);
    const note = noteOf(r, lang);
    if (formulas) {
      const parsed = emulateParse(r.input, r.cell, a.lists);
      grid.formula(row, a.parseCol, formulas.parse, typeof parsed === "number" ? parsed : "", styleOf(r));
      grid.formula(row, 5, formulas.reading, r.value ?? "", styleOf(r));
    } else {
      grid.number(row, 5, r.value, styleOf(r), note && a.host !== null ? { note } : {});
    }
    if (source) grid.text(row, 6, sourceText(source, a.host), "link", { link: sourceLink(source, a.host) });
    else grid.text(row, 6, "", "text");
    grid.merge(row, 6, 7, source ? "link" : "text");
    const problem = r.lookup.reading.kind === "problem" ? r.lookup.reading.text[lang] : "";
    grid.text(row, 8, [note, problem].filter((x) => x !== "").join(" · "), "note");
    grid.merge(row, 8, 11, "note");
    out.push({
      key: r.key,
      input: r.input.id,
      unit: r.unit,
      year: r.year,
      cell: `E${row}`,
      source: source ? sourceLink(source, a.host) : null,
      live: formulas !== null,
    });
  });
  return { lastRow: headerRow + rows.length, cellOf, readings: out };
}

/** Why a reading row is a value and not a formula; "" when it is live. */
function noteOf(r: ReadingRow, lang: Language): string {
  switch (r.reason) {
    case null:
      return "";
    case "legacyFont":
      return label("layout.notLive.legacyFont", lang, { font: r.cell?.font ?? "" });
    case "unusualText":
      return label("layout.notLive.unusualText", lang, {
        raw: r.lookup.reading.kind === "problem" ? r.lookup.reading.raw : cellShown(r),
      });
    case "date":
      return label("layout.notLive.date", lang);
    case "noSource":
      return label("layout.notLive.noSource", lang);
    case "notForYear":
      return label("layout.notLive.notForYear", lang, { year: r.lookup.year ?? "" });
    case "otherWorkbook":
      return label("layout.notLive.otherWorkbook", lang, { workbook: r.lookup.source?.workbook ?? "" });
  }
}

export function addMissingTable(a: {
  grid: Grid;
  plan: Plan;
  report: AttainmentReport;
  lang: Language;
  firstRow: number;
  host: string | null;
}): { lastRow: number } {
  const { grid, lang, plan } = a;
  grid.text(a.firstRow, 1, label("layout.table.missing", lang), "section");
  grid.merge(a.firstRow, 1, 11, "section");
  const headerRow = a.firstRow + 1;
  header(grid, headerRow, [
    [label("col.stt", lang), 1, 1],
    [label("layout.col.unitInput", lang), 2, 2],
    [label("col.year", lang), 3, 3],
    [label("col.problem", lang), 4, 5],
    [label("layout.col.expectedAt", lang), 6, 7],
    [label("col.note", lang), 8, 11],
  ]);
  const missing = uniqueMissing(a.report);
  if (missing.length === 0) {
    grid.text(headerRow + 1, 1, label("layout.noneMissing", lang), "text");
    grid.merge(headerRow + 1, 1, 11, "text");
    return { lastRow: headerRow + 1 };
  }
  const unitName = (id: string) => plan.units.units.find((u) => u.id === id)?.name[lang] ?? id;
  const inputName = (id: string) => plan.inputs.find((i) => i.id === id)?.name[lang] ?? id;
  missing.forEach((m, i) => {
    const row = headerRow + 1 + i;
    grid.number(row, 1, i + 1, "textCenter");
    grid.text(row, 2, `${unitName(m.unit)}: ${inputName(m.input)}`, "text");
    grid.number(row, 3, m.year, "textCenter");
    grid.text(row, 4, label(`problem.${m.problem}`, lang), "text");
    grid.merge(row, 4, 5, "text");
    if (m.source)
      grid.text(row, 6, sourceText(m.source, a.host), "link", { link: sourceLink(m.source, a.host) });
    else grid.text(row, 6, "", "text");
    grid.merge(row, 6, 7, m.source ? "link" : "text");
    grid.text(row, 8, m.text[lang], "note");
    grid.merge(row, 8, 11, "note");
  });
  return { lastRow: headerRow + missing.length };
}

/** What a cell holds, as text for a note. */
function cellShown(r: ReadingRow): string {
  const v = r.cell?.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return v.error;
  return String(v);
}

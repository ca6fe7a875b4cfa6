import { type AttainmentReport, type IndicatorResult, type Missing } from "../attainment/types";
import { type Language } from "../i18n/messages";
import { formatPercent, label } from "./format";

/** A cell of a plain table: a value and how to show it. */
export type PlainCell = { value: string | number | null; format?: "percent" | "integer" | "text" };

export type PlainTable = { name: string; header: string[]; rows: PlainCell[][]; widths: number[] };

export type PlainSummary = { title: string[]; tables: PlainTable[] };

const text = (value: string | null): PlainCell => ({ value, format: "text" });
const pct = (value: number | null): PlainCell => ({ value, format: "percent" });
const int = (value: number | null): PlainCell => ({ value, format: "integer" });

function targetText(r: IndicatorResult): string {
  return r.display;
}

function noteFor(r: IndicatorResult, lang: Language): string {
  const parts: string[] = [];
  if (r.count) parts.push(label("note.count", lang, r.count));
  if (r.missing.length > 0) parts.push(label("note.missingCount", lang, { count: r.missing.length }));
  if (r.trajectory) {
    const t = r.trajectory;
    parts.push(
      label("note.trajectory", lang, {
        fromValue: formatPercent(t.from.value, lang, 0),
        fromYear: t.from.year,
        expected: formatPercent(t.expected, lang),
        year: r.dataYear,
        needed: formatPercent(t.neededPerYear, lang),
        seen: t.seenPerYear === null ? "—" : formatPercent(t.seenPerYear, lang),
      }),
    );
  }
  for (const n of r.notes) parts.push(n[lang]);
  return parts.join("; ");
}

function valuesText(values: Record<string, number | boolean | null>, lang: Language): string {
  return Object.entries(values)
    .map(
      ([k, v]) =>
        `${k} = ${v === null ? "—" : typeof v === "boolean" ? label(v ? "word.yes" : "word.no", lang) : v}`,
    )
    .join("; ");
}

/** The same missing value can hold up several indicators: list it once. */
export function uniqueMissing(report: AttainmentReport): Missing[] {
  const seen = new Map<string, Missing>();
  for (const r of report.indicators)
    for (const m of r.missing) {
      const k = `${m.input}|${m.unit}|${m.year ?? ""}`;
      if (!seen.has(k)) seen.set(k, m);
    }
  return [...seen.values()];
}

/**
 * The summary as three plain tables (main, per unit, missing) with a title block. The formatted, live
 * sheet is built elsewhere; this is the plain, correct table the CLI writes with -o.
 */
export function plainSummary(report: AttainmentReport, lang: Language, generatedOn: string): PlainSummary {
  const unitName = (id: string) => report.unitList.units.find((u) => u.id === id)?.name[lang] ?? id;
  const title = [
    label("title.plan", lang, { number: report.plan.number, title: report.plan.title[lang] }),
    label("title.reportYear", lang, { year: report.reportYear }),
    label("title.unitList", lang, {
      name: report.unitList.name[lang],
      asOf: report.unitList.asOf,
      units: report.unitList.units.map((u) => u.name[lang]).join(", "),
    }),
    ...(Object.keys(report.baselines).length > 0
      ? [
          label("title.baselines", lang, {
            list: Object.entries(report.baselines)
              .map(([k, v]) => `${k} ${v}`)
              .join(", "),
          }),
        ]
      : []),
    label("title.generated", lang, { date: generatedOn }),
  ];

  const main: PlainTable = {
    name: label("table.main", lang),
    header: [
      "col.stt",
      "col.indicator",
      "col.targetYear",
      "col.target",
      "col.actual",
      "col.ratio",
      "col.status",
      "col.dataYear",
      "col.note",
    ].map((k) => label(k as Parameters<typeof label>[0], lang)),
    widths: [6, 60, 10, 24, 12, 12, 16, 10, 70],
    rows: report.indicators.map((r, i) => [
      int(i + 1),
      text(r.name[lang]),
      int(r.targetYear),
      text(targetText(r)),
      r.measure === "unit-fact"
        ? text(r.actual === null ? null : label(r.actual === 1 ? "word.yes" : "word.no", lang))
        : pct(r.actual),
      pct(r.ratio),
      text(label(`status.${r.status}`, lang)),
      int(r.dataYear),
      text(noteFor(r, lang)),
    ]),
  };

  const units: PlainTable = {
    name: label("table.units", lang),
    header: [
      "col.indicator",
      "col.targetYear",
      "col.unit",
      "col.counted",
      "col.values",
      "col.growth",
      "col.meets",
    ].map((k) => label(k as Parameters<typeof label>[0], lang)),
    widths: [50, 10, 36, 12, 60, 12, 12],
    rows: report.indicators.flatMap((r) =>
      r.units.map((u) => [
        text(r.name[lang]),
        int(r.targetYear),
        text(u.name[lang]),
        text(label(u.counted ? "word.yes" : "word.no", lang)),
        text(valuesText(u.values, lang)),
        pct(u.growth ?? null),
        text(u.meets === null ? null : label(u.meets ? "word.yes" : "word.no", lang)),
      ]),
    ),
  };

  const missing: PlainTable = {
    name: label("table.missing", lang),
    header: ["col.unit", "col.input", "col.year", "col.problem", "col.source", "col.raw", "col.note"].map(
      (k) => label(k as Parameters<typeof label>[0], lang),
    ),
    widths: [36, 24, 8, 22, 40, 24, 60],
    rows: uniqueMissing(report).map((m) => [
      text(unitName(m.unit)),
      text(m.input),
      int(m.year),
      text(label(`problem.${m.problem}`, lang)),
      text(m.source ? `[${m.source.workbook}] ${m.source.sheet}!${m.source.cell}` : null),
      text(m.raw === "" ? null : m.raw),
      text(m.text[lang]),
    ]),
  };
  return { title, tables: [main, units, missing] };
}

/**
 * b12-software-extract: what a sector reporting system exports, one row per figure (unit code and name, indicator
 * code, name and short name, period, kind of figure, value, approval state, time stamp). Actual figures sit among
 * plan figures, part-of-year figures and figures of other indicators; yes/no answers may come as 1/0.
 */
import type ExcelJS from "exceljs";
import { put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, slotOf, statusInputsOf, YEARLY, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind12Context } from "./context";
import { hide, newWorkbook, numberOf, sheet, shown } from "./kit";
import { B12_DECOYS, type B12Decoy } from "./wordings";
import { B12_COMMON, B12_EXPORT } from "./texts";

const EXPORT_FONT = { font: "Calibri", size: 11 };
const COL_KEYS = [
  "unitCode",
  "unitName",
  "code",
  "name",
  "short",
  "period",
  "kind",
  "value",
  "state",
  "stamp",
] as const;
type ColKey = (typeof COL_KEYS)[number];

/** The indicator codes the system gives each input. */
const CODES: Readonly<Record<string, string>> = {
  political_articles: "BC.01",
  revenue: "BC.02",
  staff_total: "BC.03",
  staff_trained: "BC.04",
  digital_platforms: "BC.05",
  ai_data_platform: "BC.06",
  converged_newsroom: "BC.07",
  autonomous: "BC.08",
  security_level: "BC.09",
  licensed: "BC.10",
  remote_population_total: "BC.11",
  remote_population_reached: "BC.12",
};

type Line =
  | { kind: "actual"; slot: Slot }
  | { kind: "plan" | "partial"; slot: Slot; value: number }
  | { kind: "decoy"; unit: UnitId; decoy: B12Decoy; code: string; year: number; value: number };

/** The column index (1-based) of each field; the value column always comes after the kind column. */
export function extractColumns(withShort: boolean): Readonly<Record<ColKey, number>> {
  const keys = COL_KEYS.filter((k) => withShort || k !== "short");
  return Object.fromEntries([["stt", 1], ...keys.map((k, i) => [k, i + 2])]) as Record<ColKey, number>;
}

function linesOf(ctx: Blind12Context): Line[] {
  const lines: Line[] = [];
  const units: UnitId[] = [...AGENCIES, ...(ctx.data.province ? [PROVINCE] : [])];
  const decoys: B12Decoy[] = [
    B12_DECOYS.allOutput,
    B12_DECOYS.ordered,
    B12_DECOYS.adverts,
    B12_DECOYS.pressCards,
  ];
  for (const unit of units) {
    const inputs = unit === PROVINCE ? statusInputsOf(PROVINCE) : [...YEARLY, ...statusInputsOf(unit)];
    for (const input of inputs) {
      const years = (YEARLY as readonly string[]).includes(input)
        ? ctx.data.years[input as (typeof YEARLY)[number]]
        : [undefined];
      for (const year of years) {
        const slot = slotOf(input, unit, year);
        const isShown = ctx.data.shown(slot);
        // Not reported: most systems leave the row out, some keep it empty.
        if (isShown || ctx.rng.chance(0.3)) lines.push({ kind: "actual", slot });
        if (year === 2025 && isShown && ctx.rng.chance(0.7))
          // Plans are set for the yearly figures only.
          lines.push({ kind: "plan", slot, value: ctx.near(input, unit, 1.05, 1.3, 2025) });
        if (year === 2025 && input === "political_articles" && ctx.rng.chance(0.6))
          lines.push({ kind: "partial", slot, value: ctx.near(input, unit, 0.6, 0.85, 2025) });
      }
      if (input === "staff_trained" && shown(ctx, input, unit) && ctx.rng.chance(0.5))
        lines.push({
          kind: "plan",
          slot: slotOf(input, unit),
          value: numberOf(ctx, "staff_total", unit) ?? 10,
        });
    }
    if (unit === PROVINCE)
      [B12_DECOYS.households, B12_DECOYS.freeCopies].forEach((decoy, i) =>
        lines.push({
          kind: "decoy",
          unit,
          decoy,
          code: `BC.${30 + i}`,
          year: 2025,
          value: ctx.decoyValue(decoy, unit),
        }),
      );
    else
      ctx.rng
        .shuffle(decoys)
        .slice(0, 2)
        .forEach((decoy, i) =>
          lines.push({
            kind: "decoy",
            unit,
            decoy,
            code: `BC.${20 + i}`,
            year: 2025,
            value: ctx.decoyValue(decoy, unit),
          }),
        );
  }
  return lines;
}

function unitOf(l: Line): UnitId {
  return l.kind === "decoy" ? l.unit : (l.slot.unit as UnitId);
}

function codeOf(l: Line): string {
  return l.kind === "decoy" ? l.code : (CODES[l.slot.input] ?? "BC.99");
}

export function softwareExtract(ctx: Blind12Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.choose("ex-file", B12_EXPORT.files);
  const withShort = ctx.rng.chance(0.75);
  const cols = extractColumns(withShort);
  const widths = [6, 16, 30, 9, 48, ...(withShort ? [20] : []), 11, 16, 12, 12, 17];
  const ws = sheet(wb, ctx.choose("ex-sheet", B12_EXPORT.sheets), widths);
  const text = (at: string, t: string, bold = false) => put(ws, at, t, { ...EXPORT_FONT, bold });
  let row = 1;
  if (ctx.rng.chance(0.6)) {
    text("A1", ctx.choose("ex-banner", B12_EXPORT.banner));
    row = 3;
  }
  const head = row;
  text(ref(1, head), "STT", true);
  for (const k of COL_KEYS) {
    if (k === "short" && !withShort) continue;
    text(
      ref(cols[k], head),
      ctx.choose(`ex-col-${k}`, [...B12_EXPORT.columns[k], ...(B12_COMMON.columns[k] ?? [])]),
      true,
    );
  }
  ws.views = [{ state: "frozen", ySplit: head }];
  ws.autoFilter = { from: { row: head, column: 1 }, to: { row: head, column: cols.stamp } };

  let lines = linesOf(ctx);
  if (ctx.rng.chance(0.4)) lines = [...lines].sort((a, b) => codeOf(a).localeCompare(codeOf(b)));
  const oneZero = ctx.rng.chance(0.5);
  const actualWord = ctx.choose("ex-actual", [...B12_EXPORT.actual, ...B12_COMMON.actual]);
  const unitCode = (u: UnitId) => ctx.choose(`ex-code|${u}`, B12_EXPORT.unitCodes[u]);
  row = head + 1;
  lines.forEach((l, i) => {
    const unit = unitOf(l);
    put(ws, ref(1, row), i + 1, EXPORT_FONT);
    text(ref(cols.unitCode, row), unitCode(unit));
    text(ref(cols.unitName, row), ctx.agency(unit));
    text(ref(cols.code, row), codeOf(l));
    const year = l.kind === "decoy" ? l.year : l.slot.year;
    text(ref(cols.period, row), year === undefined ? "31/12/2025" : `Năm ${year}`);
    text(
      ref(cols.stamp, row),
      `${ctx.rng.int(3, 19)}/11/2025 ${ctx.rng.int(7, 17)}:${String(ctx.rng.int(0, 59)).padStart(2, "0")}`,
    );
    const at = ref(cols.value, row);
    if (l.kind === "decoy") {
      text(ref(cols.name, row), ctx.decoyLabel(l.decoy, `ex|${unit}`));
      text(ref(cols.kind, row), actualWord);
      ctx.number(ws, at, l.value);
    } else {
      text(ref(cols.name, row), ctx.wording(l.slot.input, "ex"));
      if (withShort) text(ref(cols.short, row), ctx.header(l.slot.input, "ex"));
      if (l.kind === "actual") {
        text(ref(cols.kind, row), actualWord);
        writeActual(ctx, ws, fileName, at, l.slot, oneZero);
      } else {
        text(ref(cols.kind, row), l.kind === "plan" ? ctx.planHeader(2025) : ctx.partialHeader(2025));
        ctx.number(ws, at, l.value);
      }
    }
    const done = l.kind !== "actual" || ctx.data.shown(l.slot);
    text(ref(cols.state, row), done ? ctx.rng.pick(B12_EXPORT.states.slice(0, 2)) : B12_EXPORT.states[2]);
    row++;
  });

  const lookup = sheet(wb, ctx.choose("ex-lookup", B12_EXPORT.lookup), [12, 40]);
  hide(lookup);
  Object.entries(CODES).forEach(([input, code], i) => {
    put(lookup, ref(1, i + 1), code, EXPORT_FONT);
    put(lookup, ref(2, i + 1), input, EXPORT_FONT);
  });
  return [{ fileName, workbook: wb }];
}

/** An actual figure as the system writes it: numbers, level numbers, 1/0 or words for yes/no, never in a legacy font. */
function writeActual(
  ctx: Blind12Context,
  ws: ExcelJS.Worksheet,
  file: string,
  at: string,
  slot: Slot,
  oneZero: boolean,
): void {
  if (!ctx.data.shown(slot)) return;
  const value = ctx.data.value(slot);
  const words = ctx.words(slot.input, value);
  if (typeof value === "boolean" && oneZero) put(ws, at, value ? 1 : 0, { ...EXPORT_FONT, align: "right" });
  else if (words !== null) put(ws, at, words, { ...EXPORT_FONT, align: "right" });
  else if (typeof value === "number") ctx.number(ws, at, value, EXPORT_FONT);
  ctx.record(file, ws.name, at, slot);
}

/**
 * b11-portal-data-rows: what the province's online reporting system exports, one row per fact (period, unit,
 * indicator code and name, unit of measure, kind of figure, value, approval state, date). Beside the actual rows
 * the export holds plan rows and part-of-year rows for the same indicator and unit, and the approval state reads
 * like a yes word. A second sheet cross-tabulates this year's figures by SUMIFS formulas (zero where a unit did
 * not report); a hidden code list carries the catalogue with its targets.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { slotOf } from "../model";
import {
  isYearly,
  kindOf,
  PROVINCE,
  roundTarget,
  statusInputsOf,
  type SampleValue,
  type Slot,
  type UnitId,
} from "../model";
import { sheetName, type BuiltFile } from "../sheets";
import type { Blind11Context } from "./context";
import { agencyOrder, frame, HEAD } from "./kit";
import { B11_DECOYS, B11_EXPORT, B11_TRACKER, type B11Decoy } from "./wordings";

const ORDER = [
  "political_articles",
  "revenue",
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "autonomous",
  "security_level",
  "licensed",
  "remote_population_total",
  "remote_population_reached",
];

type Fact = {
  unit: UnitId;
  /** Sort key: the indicator's place in the catalogue (decoys after the inputs). */
  order: number;
  code: string;
  name: string;
  measure: string;
  period: string;
  year: number;
  kind: "actual" | "estimate" | "plan" | "partial";
  /** Writes the value (and records truth) at a cell. */
  put: (ws: ExcelJS.Worksheet, at: string) => void;
};

export function systemExport(ctx: Blind11Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const file = rng.pick(B11_EXPORT.files);
  const prefix = rng.pick(B11_EXPORT.codePrefixes);
  const codeOf = (i: number) => `${prefix}${String(i + 1).padStart(2, "0")}`;
  const period = (y: number) => B11_EXPORT.year.replace("{y}", String(y));
  const decoys = rng.shuffle(B11_DECOYS).slice(0, rng.int(2, 3));
  const facts: Fact[] = [];
  const units = agencyOrder(ctx);
  const withProvince = ctx.data.province || rng.chance(0.4);

  const add = (
    unit: UnitId,
    input: string,
    rest: Omit<Fact, "unit" | "order" | "code" | "name" | "measure">,
  ) =>
    facts.push({
      unit,
      order: ORDER.indexOf(input),
      code: codeOf(ORDER.indexOf(input)),
      name: ctx.label(input, { key: "export" }),
      measure: ctx.measure(input),
      ...rest,
    });
  const truth = (slot: Slot) => (ws: ExcelJS.Worksheet, at: string) => void ctx.value(file, ws, at, slot);
  const other = (input: string, v: SampleValue) => (ws: ExcelJS.Worksheet, at: string) =>
    ctx.other(ws, at, input, v);

  for (const unit of [...units, ...(withProvince ? [PROVINCE] : [])]) {
    for (const input of ORDER) {
      if (isYearly(input)) {
        if (unit === PROVINCE) continue;
        for (const year of ctx.data.years[input]) {
          const slot = slotOf(input, unit, year);
          if (!ctx.data.shown(slot) && rng.chance(0.5)) continue;
          add(unit, input, {
            period: period(year),
            year,
            kind: year === 2025 && rng.chance(0.7) ? "estimate" : "actual",
            put: truth(slot),
          });
        }
        const base = ctx.figure(slotOf(input, unit, 2024));
        if (base !== undefined && rng.chance(0.8))
          add(unit, input, {
            period: period(2025),
            year: 2025,
            kind: "plan",
            put: other(input, roundTarget(base)),
          });
        const whole = ctx.figure(slotOf(input, unit, 2025));
        if (whole !== undefined && rng.chance(0.6)) {
          const period = ctx.partialPeriod(2025);
          const part = Math.round(whole * period.share);
          add(unit, input, { period: period.header, year: 2025, kind: "partial", put: other(input, part) });
        }
        continue;
      }
      if (!statusInputsOf(unit).includes(input)) continue;
      const slot: Slot = { input, unit };
      if (!ctx.data.shown(slot) && rng.chance(0.5)) continue;
      add(unit, input, { period: period(2025), year: 2025, kind: "actual", put: truth(slot) });
      const v = ctx.data.value(slot);
      if (rng.chance(0.3) && v !== "not-applicable") {
        const target: SampleValue =
          typeof v === "boolean" ? true : kindOf(input) === "level" ? 3 : ctx.near(input, unit, 1.02, 1.12);
        add(unit, input, { period: period(2025), year: 2025, kind: "plan", put: other(input, target) });
      }
    }
    for (const decoy of decoys) {
      const provincial = decoy.near.startsWith("remote_");
      if (provincial !== (unit === PROVINCE)) continue;
      decoyFact(ctx, facts, decoy, unit, codeOf(ORDER.length + B11_DECOYS.indexOf(decoy)));
    }
  }

  const byCode = rng.chance(0.4);
  const unitRank = (u: UnitId) => [...units, PROVINCE].indexOf(u);
  const kindRank = { actual: 0, estimate: 0, plan: 1, partial: 2 };
  facts.sort((a, b) =>
    byCode
      ? a.order - b.order ||
        unitRank(a.unit) - unitRank(b.unit) ||
        kindRank[a.kind] - kindRank[b.kind] ||
        a.year - b.year
      : unitRank(a.unit) - unitRank(b.unit) ||
        a.order - b.order ||
        kindRank[a.kind] - kindRank[b.kind] ||
        a.year - b.year,
  );

  const data = dataSheet(ctx, wb, facts);
  pivotSheet(ctx, wb, data, units);
  catalogSheet(ctx, wb, prefix);
  return [{ fileName: file, workbook: wb }];
}

function decoyFact(ctx: Blind11Context, facts: Fact[], decoy: B11Decoy, unit: UnitId, code: string): void {
  const yearly = isYearly(decoy.near);
  const years = yearly ? [2024, 2025] : [2025];
  for (const year of years)
    facts.push({
      unit,
      order: 100 + B11_DECOYS.indexOf(decoy),
      code,
      name: ctx.decoyLabel(decoy, "export"),
      measure: decoy.measure,
      period: B11_EXPORT.year.replace("{y}", String(year)),
      year,
      kind: "actual",
      put: (ws, at) => ctx.number(ws, at, ctx.decoyValue(decoy, unit, year)),
    });
}

type Column = "stt" | "period" | "unit" | "code" | "name" | "measure" | "kind" | "value" | "state" | "stamp";

/** The exported rows; returns the sheet and where its columns are. */
function dataSheet(ctx: Blind11Context, wb: ExcelJS.Workbook, facts: readonly Fact[]) {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_EXPORT.dataSheets)), []);
  const h = B11_EXPORT.headers;
  const kindFirst = rng.chance(0.6);
  const pair: readonly Column[] = kindFirst ? ["kind", "value"] : ["value", "kind"];
  const cols: readonly Column[] = [
    "stt",
    "period",
    "unit",
    "code",
    "name",
    "measure",
    ...pair,
    "state",
    "stamp",
  ];
  const at = (key: Column) => cols.indexOf(key) + 1;
  ws.columns = cols.map((k) => ({ width: k === "name" ? 52 : k === "unit" ? 30 : k === "stt" ? 6 : 14 }));
  let top = 1;
  if (rng.chance(0.6)) {
    ctx.write(ws, "A1", rng.pick(B11_EXPORT.banner), "text", { italic: true });
    top = 3;
  }
  cols.forEach((k, i) => {
    const text = k === "stt" ? h.stt : rng.pick(h[k]);
    ctx.write(ws, ref(i + 1, top), text, "text", HEAD);
  });
  const kinds = B11_EXPORT.kinds;
  let row = top + 1;
  facts.forEach((f, i) => {
    put(ws, ref(at("stt"), row), i + 1, { align: "center" });
    ctx.write(ws, ref(at("period"), row), f.period, "text");
    ctx.write(ws, ref(at("unit"), row), ctx.agency(f.unit, "export"), "text");
    put(ws, ref(at("code"), row), f.code);
    ctx.write(ws, ref(at("name"), row), f.name, "label");
    ctx.write(ws, ref(at("measure"), row), f.measure, "text", { align: "center" });
    const kind = f.kind === "partial" ? "actual" : f.kind;
    ctx.write(ws, ref(at("kind"), row), ctx.choose(`kind|${kind}`, kinds[kind]), "text");
    f.put(ws, ref(at("value"), row));
    const state = f.kind === "plan" ? B11_EXPORT.states[0] : rng.pick(B11_EXPORT.states);
    ctx.write(ws, ref(at("state"), row), state, "text");
    put(ws, ref(at("stamp"), row), `${String(rng.int(10, 20))}/11/2025`);
    row++;
  });
  frame(ws, top, row - 1, cols.length);
  const letter = (key: Column) => ref(at(key), 1).replace(/\d+$/, "");
  return { ws, letter, facts, top };
}

/** This year's figures by unit, by SUMIFS over the export: copies of the truth, or 0 where nothing was sent. */
function pivotSheet(
  ctx: Blind11Context,
  wb: ExcelJS.Workbook,
  data: ReturnType<typeof dataSheet>,
  units: readonly UnitId[],
): void {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_EXPORT.pivotSheets)), [36, ...units.map(() => 22)]);
  ctx.write(ws, "A1", rng.pick(B11_EXPORT.pivotTitle), "upper", { bold: true });
  ctx.write(ws, "A3", "Chỉ tiêu", "text", HEAD);
  units.forEach((u, i) => ctx.write(ws, ref(i + 2, 3), ctx.agency(u, "pivot"), "text", HEAD));
  const src = `'${data.ws.name}'`;
  const col = (k: Parameters<typeof data.letter>[0]) => `${src}!$${data.letter(k)}:$${data.letter(k)}`;
  let row = 4;
  for (const input of ["political_articles", "revenue", "staff_total", "staff_trained"]) {
    ctx.write(ws, `A${row}`, ctx.header(input, "pivot"), "label");
    units.forEach((unit, i) => {
      const slot = slotOf(input, unit, 2025);
      const fact = data.facts.find(
        (f) =>
          f.unit === unit &&
          f.order === ORDER.indexOf(input) &&
          f.year === 2025 &&
          f.kind !== "plan" &&
          f.kind !== "partial",
      );
      const result = ctx.data.shown(slot) ? (ctx.figure(slot) ?? 0) : 0;
      const code = fact?.code ?? "";
      const formula = `SUMIFS(${col("value")},${col("unit")},"${ctx.agency(unit, "export")}",${col("code")},"${code}",${col("period")},"Năm 2025")`;
      put(ws, ref(i + 2, row), { formula, result }, { numFmt: "#,##0" });
    });
    row++;
  }
  frame(ws, 3, row - 1, units.length + 1);
}

/** The indicator catalogue the system exports beside the data, hidden: codes, names, units and targets. */
function catalogSheet(ctx: Blind11Context, wb: ExcelJS.Workbook, prefix: string): void {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, rng.pick(B11_EXPORT.catalogSheets)), [14, 40, 12, 22]);
  ws.state = "hidden";
  B11_EXPORT.catalogHeaders.forEach((h, i) => ctx.write(ws, ref(i + 1, 1), h, "text", HEAD));
  ORDER.forEach((input, i) => {
    const row = i + 2;
    put(ws, `A${row}`, `${prefix}${String(i + 1).padStart(2, "0")}`);
    ctx.write(ws, `B${row}`, ctx.header(input, "catalog"), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input), "text");
    const target = B11_TRACKER.targets[input]?.[0] ?? "";
    if (target !== "") ctx.write(ws, `D${row}`, target, "text");
  });
  if (rng.chance(0.3)) ws.state = "veryHidden";
}

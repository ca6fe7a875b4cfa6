/**
 * Three blind9 layout families: the emulation committee's scoring sheet (one sheet per agency, the figure beside
 * its scores), the quarterly breakdown (a sheet per year with four quarters and the whole year, a status sheet),
 * and the export of an online questionnaire (one row per response, questions as long column headers).
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { formula, headerRow, splitTotal } from "../listRows";
import { PROVINCE, slotOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind9Context } from "./context";
import { book, decoys, hiddenCopy, SERIES, sheet, shownYears, statusOf, unitsOf, type Item } from "./rows";
import { B9_CODES, B9_FORM, B9_QUARTERS, B9_SCORING_HEADERS, B9_SCORING_TEXTS, B9_TITLES } from "./wordings";

const y = (text: string, year = 2025) => text.replace("{y}", String(year));

/** Sections of a scoring sheet: the unit's slots (series for 2025 and 2024 only) and near-miss rows. */
function scoringSections(ctx: Blind9Context, unit: UnitId): Item[][] {
  const slot = (input: string, year?: number): Item => ({ kind: "slot", slot: slotOf(input, unit, year) });
  const near = (inputs: readonly string[]): Item[] =>
    decoys(ctx, 1, inputs).map((decoy) => ({ kind: "decoy", decoy }));
  if (unit === PROVINCE)
    return [
      [
        slot("remote_population_total"),
        slot("remote_population_reached"),
        ...near(["remote_population_total", "remote_population_reached"]),
      ],
    ];
  const status = statusOf(unit);
  return [
    [slot("political_articles", 2025), slot("political_articles", 2024), ...near(["political_articles"])],
    [
      slot("revenue", 2025),
      slot("revenue", 2024),
      ...["staff_total", "staff_trained", "autonomous"].map((i) => slot(i)),
      ...near(["revenue", "staff_total", "staff_trained"]),
    ],
    status.filter((i) => !["staff_total", "staff_trained", "autonomous"].includes(i)).map((i) => slot(i)),
  ];
}

/** The emulation committee's scoring sheet: the agency's figure in D, the scores beside it never the value. */
export function emulationScoring(ctx: Blind9Context): BuiltFile[] {
  const wb = book();
  const file = `Cham diem thi dua khoi bao chi 2025.xlsx`;
  const planned = ctx.rng.chance(0.6);
  const heads = [
    "STT",
    ctx.choose("crit", B9_SCORING_HEADERS.criterion),
    ctx.choose("max", B9_SCORING_HEADERS.max),
    ctx.choose("res", B9_SCORING_HEADERS.result),
    ctx.choose("self", B9_SCORING_HEADERS.self),
    ctx.choose("council", B9_SCORING_HEADERS.council),
    ctx.choose("evid", B9_SCORING_HEADERS.evidence),
    ...(planned ? [ctx.planHeader(2025)] : []),
  ];
  for (const unit of unitsOf(ctx)) {
    const name = unit === PROVINCE ? B9_TITLES.scoringProvince : `Chấm điểm ${B9_CODES[unit]}`;
    const ws = sheet(wb, name, [6, 54, 10, 16, 10, 12, 30, 14]);
    ctx.writeMerged(ws, "A1:G1", `${y(B9_TITLES.scoring)} - ${ctx.agency(unit, "score")}`, "upper", {
      bold: true,
    });
    ctx.writeMerged(ws, "A2:G2", y(B9_TITLES.scoringGuide), "text", { italic: true });
    headerRow(ctx, ws, 4, heads, 1, 36);
    let row = 5;
    let total = 0;
    scoringSections(ctx, unit).forEach((items, s) => {
      if (items.length === 0) return;
      ctx.write(
        ws,
        `B${row++}`,
        unit === PROVINCE ? B9_TITLES.scoringProvince : (B9_SCORING_TEXTS.sections[s] ?? ""),
        "upper",
        {
          bold: true,
        },
      );
      items.forEach((it, i) => {
        put(ws, `A${row}`, `${s + 1}.${i + 1}`, { align: "center" });
        const max = ctx.rng.int(2, 12);
        total += max;
        put(ws, `C${row}`, max, { align: "center" });
        if (it.kind === "decoy") {
          ctx.write(ws, `B${row}`, ctx.decoyLabel(it.decoy, unit), "label", { wrap: true });
          ctx.number(ws, `D${row}`, ctx.decoyValue(it.decoy, unit));
        } else {
          const { input, year } = it.slot;
          ctx.write(ws, `B${row}`, ctx.label(input, { year, unit: ctx.rng.chance(0.3) }), "label", {
            wrap: true,
          });
          const shown = ctx.value(file, ws, `D${row}`, it.slot);
          const self = shown ? max - ctx.rng.pick([0, 0, 0.5, 1]) : 0;
          put(ws, `E${row}`, self, { align: "center" });
          put(ws, `F${row}`, Math.max(0, self - ctx.rng.pick([0, 0.5, 1])), { align: "center" });
          const v = shown ? ctx.data.value(it.slot) : undefined;
          if (planned && typeof v === "number" && !(input === "staff_trained"))
            ctx.number(ws, `H${row}`, ctx.near(input, unit, 1.05, 1.3, year));
        }
        if (ctx.rng.chance(0.3)) ctx.write(ws, `G${row}`, ctx.note(), "text", { italic: true, wrap: true });
        row++;
      });
    });
    ctx.write(ws, `B${row}`, ctx.choose("total", B9_SCORING_TEXTS.total), "text", { bold: true });
    formula(ws, `C${row}`, `SUM(C5:C${row - 1})`, total, true);
    formula(ws, `F${row}`, `SUM(F5:F${row - 1})`, Math.round(total * 0.9 * 10) / 10, true);
    grid(ws, 4, 1, row, heads.length);
  }
  hiddenCopy(ctx, wb, ctx.choose("scale", B9_SCORING_TEXTS.scale), B9_TITLES.lastYear, unitsOf(ctx));
  return [{ fileName: file, workbook: wb }];
}

/** A sheet per year: each series split into four quarters, the whole year the value; status on its own sheet. */
export function quarterlyBreakdown(ctx: Blind9Context): BuiltFile[] {
  const wb = book();
  const file = "Bao cao theo quy - cac co quan bao chi.xlsx";
  const quarters = ctx.rng.pick(B9_QUARTERS.quarters);
  const yearHead = ctx.choose("year", B9_QUARTERS.year);
  const planned = ctx.rng.chance(0.6);
  const partial = ctx.rng.chance(0.5);
  for (const year of shownYears(ctx, 3)) {
    const ws = sheet(wb, `Theo quý ${year}`, [6, 50, 10, 11, 11, 11, 11, 13, 12, 13, 13]);
    ctx.writeMerged(ws, "A1:H1", y(B9_TITLES.quarterly, year), "upper", { bold: true });
    const heads = ["TT", "Chỉ tiêu", "ĐVT", ...quarters, yearHead, ctx.choose("diff", B9_QUARTERS.diff)];
    if (planned) heads.push(ctx.planHeader(year));
    if (partial) heads.push(ctx.partialHeader(year));
    headerRow(ctx, ws, 3, heads);
    let row = 4;
    for (const unit of unitsOf(ctx).filter((u) => u !== PROVINCE)) {
      ctx.write(ws, `B${row++}`, ctx.agency(unit, `q${year}`), "upper", { bold: true });
      const items: Item[] = [
        ...SERIES.map((input): Item => ({ kind: "slot", slot: slotOf(input, unit, year) })),
        ...decoys(ctx, 1, SERIES).map((decoy): Item => ({ kind: "decoy", decoy })),
      ];
      for (const it of items) {
        const input = it.kind === "slot" ? it.slot.input : it.decoy.near;
        ctx.write(
          ws,
          `B${row}`,
          it.kind === "slot" ? ctx.wording(input, "q") : ctx.decoyLabel(it.decoy),
          "label",
        );
        ctx.write(ws, `C${row}`, ctx.measure(input, it.kind === "decoy" ? it.decoy : undefined), "text");
        let whole: number | undefined;
        if (it.kind === "decoy") {
          whole = ctx.decoyValue(it.decoy, unit);
          ctx.number(ws, `H${row}`, whole);
        } else if (ctx.data.years[it.slot.input as "revenue"].includes(year)) {
          const v = ctx.data.value(it.slot);
          if (ctx.value(file, ws, `H${row}`, it.slot) && typeof v === "number") whole = v;
        }
        if (whole !== undefined) {
          const parts = splitTotal(ctx.rng, whole, 4);
          parts.forEach((p, i) => ctx.number(ws, ref(4 + i, row), p));
          if (parts.length === 4) {
            formula(ws, `I${row}`, `SUM(D${row}:G${row})-H${row}`, 0);
            if (partial)
              put(ws, ref(planned ? 11 : 10, row), Math.round((whole - (parts[3] ?? 0)) * 10) / 10, {
                numFmt: "#,##0",
              });
          }
          if (planned && it.kind === "slot")
            ctx.number(ws, `J${row}`, ctx.near(input, unit, 1.05, 1.25, year));
        }
        row++;
      }
    }
    grid(ws, 4, 1, row - 1, heads.length);
  }
  statusSheet(ctx, wb, file);
  const draft = sheet(wb, ctx.choose("draft", B9_QUARTERS.draft), [40, 12]);
  draft.state = "hidden";
  unitsOf(ctx)
    .filter((u) => u !== PROVINCE)
    .forEach((unit, i) => {
      ctx.write(draft, `A${i + 1}`, ctx.agency(unit, "draft"), "text");
      ctx.number(draft, `B${i + 1}`, ctx.near("political_articles", unit, 0.2, 0.3, 2025));
    });
  return [{ fileName: file, workbook: wb }];
}

/** Status inputs as rows, agencies as columns (the province's own column at the end). */
function statusSheet(ctx: Blind9Context, wb: ReturnType<typeof book>, file: string): void {
  const ws = sheet(wb, ctx.choose("general", B9_QUARTERS.general).slice(0, 31), [6, 52, 16, 18, 18, 18, 18]);
  const units = unitsOf(ctx);
  headerRow(ctx, ws, 2, ["TT", "Nội dung", "Ký hiệu", ...units.map((u) => ctx.agency(u, "status"))]);
  let row = 3;
  const inputs = [...new Set(units.flatMap((u) => statusOf(u)))];
  inputs.forEach((input, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "status", unit: ctx.rng.chance(0.3) }), "label", {
      wrap: true,
    });
    ctx.write(ws, `C${row}`, ctx.header(input, "abbr"), "text", { italic: true });
    units.forEach((unit, c) => {
      if (statusOf(unit).includes(input)) ctx.value(file, ws, ref(4 + c, row), slotOf(input, unit));
    });
    row++;
  });
  for (const d of decoys(ctx, 3, [
    "staff_total",
    "staff_trained",
    "remote_population_total",
    "remote_population_reached",
  ])) {
    ctx.write(ws, `B${row}`, ctx.decoyLabel(d), "label");
    units.forEach((unit, c) => {
      if ((unit === PROVINCE) === d.near.startsWith("remote_"))
        ctx.number(ws, ref(4 + c, row), ctx.decoyValue(d, unit));
    });
    row++;
  }
  grid(ws, 3, 1, row - 1, 3 + units.length);
}

/** Timestamps of an online form's responses, in the order they came. */
function stamp(ctx: Blind9Context, order: number): string {
  const day = 10 + order * 2 + ctx.rng.int(0, 1);
  const t = () => String(ctx.rng.int(0, 59)).padStart(2, "0");
  return `${day}/11/2025 ${String(ctx.rng.int(7, 17)).padStart(2, "0")}:${t()}:${t()}`;
}

/** The export of an online questionnaire: one row per response; a superseded response stays above the final one. */
export function surveyExport(ctx: Blind9Context): BuiltFile[] {
  const wb = book();
  const file = "Phieu khao sat CDS bao chi (cau tra loi).xlsx";
  const years = shownYears(ctx, 3);
  const columns: Array<{ input: string; year?: number }> = [
    ...SERIES.flatMap((input) => years.map((year) => ({ input, year }))),
    ...["staff_total", "staff_trained", "digital_platforms", "ai_data_platform", "converged_newsroom"].map(
      (input) => ({
        input,
      }),
    ),
    ...["autonomous", "security_level", "licensed"].map((input) => ({ input })),
  ];
  const ws = sheet(wb, ctx.choose("sheet", B9_FORM.sheet), [20, 26, 30, ...columns.map(() => 22), 30]);
  const heads = [
    ctx.choose("ts", B9_FORM.timestamp),
    ctx.choose("email", B9_FORM.email),
    ctx.choose("unit", B9_FORM.unit),
    ...columns.map((c, i) => `${i + 1}. ${ctx.label(c.input, { year: c.year, key: "form" })}`),
    ctx.choose("note", B9_FORM.note),
  ];
  headerRow(ctx, ws, 1, heads, 1, 60);
  const last = heads.length;
  const agencies = ctx.rng.shuffle(unitsOf(ctx).filter((u) => u !== PROVINCE));
  const twice = ctx.rng.pick(agencies);
  let row = 2;
  let order = 0;
  for (const unit of agencies) {
    const mail = `${B9_CODES[unit].toLowerCase()}@laichau.gov.vn`;
    if (unit === twice) {
      put(ws, `A${row}`, stamp(ctx, order++));
      put(ws, `B${row}`, mail);
      ctx.write(ws, `C${row}`, ctx.agency(unit, "form"), "text");
      columns.forEach((c, i) => {
        if (c.year !== undefined && ctx.data.shown(slotOf(c.input, unit, c.year)))
          ctx.number(ws, ref(4 + i, row), ctx.near(c.input, unit, 0.85, 0.98, c.year));
      });
      ctx.write(ws, ref(last, row), ctx.choose("old", B9_FORM.superseded), "text", { italic: true });
      row++;
    }
    put(ws, `A${row}`, stamp(ctx, order++));
    put(ws, `B${row}`, mail);
    ctx.write(ws, `C${row}`, ctx.agency(unit, "form"), "text");
    columns.forEach((c, i) => {
      if (c.input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") return;
      if (c.year !== undefined && !ctx.data.years[c.input as "revenue"].includes(c.year)) return;
      ctx.value(file, ws, ref(4 + i, row), slotOf(c.input, unit, c.year));
    });
    if (ctx.rng.chance(0.4)) ctx.write(ws, ref(last, row), ctx.note(), "text", { italic: true });
    row++;
  }
  grid(ws, 1, 1, row - 1, last);
  if (ctx.data.province) provinceSheet(ctx, wb, file);
  const settings = sheet(wb, ctx.choose("settings", B9_FORM.settings), [8, 70]);
  settings.state = "hidden";
  columns.forEach((c, i) => {
    put(settings, `A${i + 1}`, `Q${i + 1}`);
    ctx.write(settings, `B${i + 1}`, ctx.wording(c.input, "form"), "label");
  });
  return [{ fileName: file, workbook: wb }];
}

/** The department's own two figures, typed under the export. */
function provinceSheet(ctx: Blind9Context, wb: ReturnType<typeof book>, file: string): void {
  const ws = sheet(wb, `Số liệu ${B9_CODES[PROVINCE]}`, [60, 18, 30]);
  ctx.write(ws, "A1", ctx.agency(PROVINCE, "form"), "upper", { bold: true });
  let row = 3;
  const items: Item[] = [
    ...["remote_population_total", "remote_population_reached"].map((input): Item => ({
      kind: "slot",
      slot: slotOf(input, PROVINCE),
    })),
    ...decoys(ctx, 1, ["remote_population_total", "remote_population_reached"]).map((decoy): Item => ({
      kind: "decoy",
      decoy,
    })),
  ];
  for (const it of ctx.rng.shuffle(items)) {
    if (it.kind === "decoy") {
      ctx.write(ws, `A${row}`, ctx.decoyLabel(it.decoy), "label");
      ctx.number(ws, `B${row}`, ctx.decoyValue(it.decoy, PROVINCE));
    } else {
      ctx.write(ws, `A${row}`, ctx.label(it.slot.input, { unit: true }), "label");
      ctx.write(ws, `C${row}`, ctx.header(it.slot.input, "short"), "text", { italic: true });
      ctx.value(file, ws, `B${row}`, it.slot);
    }
    row++;
  }
  grid(ws, 3, 1, row - 1, 2);
}

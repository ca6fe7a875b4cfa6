/**
 * Three more blind9 layout families: an agency's training register (a list of people with a summary under it and
 * a sheet of general figures), the department's quick-information dashboard (cards: the label above its figure),
 * and the questionnaire each agency fills in (a question, then its answer below).
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { formula, headerRow } from "../listRows";
import { PROVINCE, slotOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind9Context } from "./context";
import { book, decoys, personName, phone, SERIES, sheet, shownYears, statusOf, unitsOf } from "./rows";
import { B9_CODES, B9_DASHBOARD, B9_QUESTIONNAIRE, B9_TITLES, B9_TRAINING } from "./wordings";

const fill = (text: string, year = 2025) => text.replace("{y}", String(year));

/** Key-value rows: label in B, value in C, an optional plan figure in E (its header above, right of the values). */
function keyValues(
  ctx: Blind9Context,
  ws: ReturnType<typeof sheet>,
  file: string,
  unit: UnitId,
  top: number,
): number {
  const planned = ctx.rng.chance(0.5);
  headerRow(ctx, ws, top, [
    "STT",
    "Nội dung",
    "Số liệu",
    "Ghi chú",
    ...(planned ? [ctx.planHeader(2025)] : []),
  ]);
  let row = top + 1;
  let n = 0;
  const slots: Slot[] =
    unit === PROVINCE
      ? statusOf(unit).map((i) => slotOf(i, unit))
      : [
          ...SERIES.flatMap((input) => ctx.data.years[input].map((year) => slotOf(input, unit, year))),
          ...statusOf(unit)
            .filter((i) => i !== "staff_total" && i !== "staff_trained")
            .map((i) => slotOf(i, unit)),
        ];
  for (const slot of slots) {
    put(ws, `A${row}`, ++n, { align: "center" });
    const label =
      unit === PROVINCE
        ? ctx.header(slot.input, "kv")
        : ctx.label(slot.input, { year: slot.year, key: "kv" });
    ctx.write(ws, `B${row}`, label, "label", { wrap: true });
    ctx.value(file, ws, `C${row}`, slot);
    if (ctx.rng.chance(0.2)) ctx.write(ws, `D${row}`, ctx.note(slot.year ?? 2025), "text", { italic: true });
    if (planned && slot.year === 2025) ctx.number(ws, `E${row}`, ctx.near(slot.input, unit, 1.05, 1.3, 2025));
    row++;
  }
  for (const d of decoys(
    ctx,
    2,
    unit === PROVINCE
      ? ["remote_population_total", "remote_population_reached"]
      : ["revenue", "political_articles"],
  )) {
    put(ws, `A${row}`, ++n, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.decoyLabel(d), "label");
    ctx.number(ws, `C${row}`, ctx.decoyValue(d, unit));
    row++;
  }
  grid(ws, top + 1, 1, row - 1, planned ? 5 : 4);
  return row;
}

/** An agency's register of people sent to digital-skills courses, its summary, and its general figures. */
export function trainingRegister(ctx: Blind9Context): BuiltFile[] {
  const out: BuiltFile[] = [];
  for (const unit of unitsOf(ctx).filter((u) => u !== PROVINCE)) {
    const wb = book();
    const file = `DS tap huan CDS - ${B9_CODES[unit]}.xlsx`;
    const ws = sheet(wb, "DS học viên", [6, 26, 10, 18, 34, 10, 16]);
    ctx.writeMerged(ws, "A1:G1", fill(ctx.choose("title", B9_TRAINING.title)), "upper", { bold: true });
    ctx.writeMerged(ws, "A2:G2", ctx.agency(unit, "register"), "text", { italic: true });
    const pick = (k: keyof typeof B9_TRAINING) => ctx.choose(k, B9_TRAINING[k]);
    headerRow(ctx, ws, 4, [
      "STT",
      pick("name"),
      pick("birth"),
      pick("role"),
      pick("course"),
      pick("hours"),
      pick("cert"),
    ]);
    const trained = ctx.data.value({ input: "staff_trained", unit });
    const total = ctx.data.value({ input: "staff_total", unit });
    let people = ctx.rng.int(5, 12);
    while (people === trained || people === total) people++;
    let row = 5;
    for (let i = 0; i < people; i++) {
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, personName(ctx), "text");
      put(ws, `C${row}`, ctx.rng.int(1972, 1999), { align: "center" });
      ctx.write(ws, `D${row}`, ctx.rng.pick(B9_TRAINING.roles), "text");
      ctx.write(ws, `E${row}`, ctx.rng.pick(B9_TRAINING.courses), "text");
      put(ws, `F${row}`, ctx.rng.pick([16, 24, 32, 40]), { align: "center" });
      put(ws, `G${row}`, `${ctx.rng.int(101, 988)}/CN-TTBD`, { align: "center" });
      row++;
    }
    grid(ws, 5, 1, row - 1, 7);
    ctx.write(ws, `B${row}`, "Cộng số học viên trong danh sách", "text", { bold: true });
    formula(ws, `C${row}`, `COUNTA(B5:B${row - 1})`, people, true);
    row += 2;
    ctx.write(ws, `B${row++}`, pick("summary"), "upper", { bold: true });
    const summary = [
      slotOf("staff_total", unit),
      slotOf("staff_trained", unit),
      ...decoys(ctx, 1, ["staff_trained", "staff_total"]),
    ];
    for (const it of ctx.rng.shuffle(summary)) {
      ws.mergeCells(`B${row}:D${row}`);
      if ("texts" in it) {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(it), "label");
        ctx.number(ws, `E${row}`, ctx.decoyValue(it, unit));
      } else {
        ctx.write(ws, `B${row}`, ctx.label(it.input, { unit: ctx.rng.chance(0.4) }), "label", { wrap: true });
        ctx.value(file, ws, `E${row}`, it);
      }
      row++;
    }
    const info = sheet(wb, ctx.choose("info", B9_TRAINING.info), [6, 58, 16, 30, 14]);
    keyValues(ctx, info, file, unit, 2);
    const old = sheet(wb, "DS năm trước", [26, 10]);
    old.state = "hidden";
    for (let i = 1; i <= 4; i++) {
      ctx.write(old, `A${i}`, personName(ctx), "text");
      put(old, `B${i}`, ctx.rng.int(1972, 1999));
    }
    out.push({ fileName: file, workbook: wb });
  }
  if (ctx.data.province) {
    const wb = book();
    const file = `Tong hop VSVX - ${B9_CODES[PROVINCE]}.xlsx`;
    const ws = sheet(wb, B9_CODES[PROVINCE], [6, 58, 16, 30, 14]);
    ctx.write(ws, "B1", ctx.agency(PROVINCE, "register"), "upper", { bold: true });
    keyValues(ctx, ws, file, PROVINCE, 3);
    out.push({ fileName: file, workbook: wb });
  }
  return out;
}

/** Card inputs of an agency: this year's series, then its status. */
function cardSlots(unit: UnitId): Slot[] {
  if (unit === PROVINCE) return statusOf(unit).map((i) => slotOf(i, unit));
  return [...SERIES.map((i) => slotOf(i, unit, 2025)), ...statusOf(unit).map((i) => slotOf(i, unit))];
}

/** The quick-information dashboard: cards (label above figure), a series sheet, a hidden chart source. */
export function dashboardCards(ctx: Blind9Context): BuiltFile[] {
  const wb = book();
  const file = "Bang tin nhanh CDS bao chi.xlsx";
  const ws = sheet(wb, ctx.choose("dash", B9_DASHBOARD.sheet), [20, 8, 20, 8, 20, 8, 4, 24, 12]);
  ctx.writeMerged(ws, "A1:F1", ctx.choose("title", B9_DASHBOARD.title), "upper", { bold: true, size: 14 });
  ctx.writeMerged(ws, "A2:F2", fill(ctx.choose("upd", B9_DASHBOARD.updated)), "text", { italic: true });
  const chart: Array<[string, number]> = [];
  let row = 4;
  for (const unit of unitsOf(ctx)) {
    ctx.writeMerged(ws, `A${row}:F${row}`, ctx.agency(unit, "card"), "upper", { bold: true, align: "left" });
    const cards: Array<Slot | ReturnType<typeof decoys>[number]> = [
      ...cardSlots(unit),
      ...decoys(
        ctx,
        1,
        unit === PROVINCE ? ["remote_population_reached"] : ["political_articles", "staff_total"],
      ),
    ];
    const top = row + 1;
    cards.forEach((card, i) => {
      const r = top + Math.floor(i / 3) * 4;
      const c = 1 + (i % 3) * 2;
      ws.mergeCells(`${ref(c, r)}:${ref(c + 1, r)}`);
      if ("texts" in card) {
        ctx.write(ws, ref(c, r), ctx.decoyLabel(card, unit), "label", { bold: true, wrap: true });
        ctx.number(ws, ref(c, r + 1), ctx.decoyValue(card, unit), { bold: true, size: 16 });
      } else {
        const head =
          unit === PROVINCE || ctx.rng.chance(0.5)
            ? ctx.header(card.input, `card${unit}`)
            : ctx.label(card.input, { year: card.year });
        ctx.write(ws, ref(c, r), head, "label", { bold: true, wrap: true });
        if (ctx.value(file, ws, ref(c, r + 1), card) && card.year !== undefined) {
          const v = ctx.data.value(card);
          if (typeof v === "number") chart.push([`'${ws.name}'!${ref(c, r + 1)}`, v]);
          const p = String(ctx.rng.int(-40, 180) / 10).replace(".", ",");
          ctx.write(ws, ref(c, r + 2), ctx.choose("growth", B9_DASHBOARD.growth).replace("{p}", p), "text", {
            italic: true,
          });
        }
      }
      ws.getRow(r).height = 30;
    });
    const bottom = top + Math.ceil(cards.length / 3) * 4;
    if (unit !== PROVINCE && ctx.rng.chance(0.7)) {
      ctx.write(ws, `H${top}`, ctx.planHeader(2025), "text", { bold: true });
      ctx.number(ws, `I${top}`, ctx.near("political_articles", unit, 1.1, 1.3, 2025));
      ctx.write(ws, `H${top + 1}`, ctx.note(), "text", { italic: true, wrap: true });
    }
    row = bottom + 1;
  }
  const series = sheet(wb, ctx.choose("series", B9_DASHBOARD.series), [56, 12, 12, 12, 12, 12]);
  const years = shownYears(ctx).filter((y) => y < 2025);
  ctx.write(series, "A1", B9_TITLES.series, "upper", { bold: true });
  headerRow(ctx, series, 2, ["", ...years.map((y) => `Năm ${y}`)]);
  let r = 3;
  for (const unit of unitsOf(ctx).filter((u) => u !== PROVINCE))
    for (const input of SERIES) {
      ctx.write(series, `A${r}`, `${ctx.agency(unit, "series")}: ${ctx.header(input, "series")}`, "label");
      years.forEach((year, i) => {
        if (ctx.data.years[input].includes(year))
          ctx.value(file, series, ref(2 + i, r), slotOf(input, unit, year));
      });
      r++;
    }
  grid(series, 3, 1, r - 1, 1 + years.length);
  const src = sheet(wb, ctx.choose("chart", B9_DASHBOARD.chart), [30, 12]);
  src.state = "hidden";
  chart.forEach(([at, v], i) => formula(src, `B${i + 1}`, at, v));
  return [{ fileName: file, workbook: wb }];
}

/** The questionnaire each agency fills in: a question on one row, its answer under it. */
export function questionnaire(ctx: Blind9Context): BuiltFile[] {
  const out: BuiltFile[] = [];
  for (const unit of unitsOf(ctx)) {
    const wb = book();
    const file = `Phieu TT - ${B9_CODES[unit]}.xlsx`;
    const ws = sheet(wb, ctx.choose("sheet", B9_QUESTIONNAIRE.sheet), [4, 24, 14, 14, 14, 14, 14, 14]);
    ctx.writeMerged(ws, "A1:H1", ctx.choose("title", B9_QUESTIONNAIRE.title), "upper", {
      bold: true,
      size: 13,
    });
    ctx.writeMerged(ws, "A2:H2", ctx.agency(unit, "q"), "text", { bold: true });
    const answer = ctx.choose("answer", B9_QUESTIONNAIRE.answer);
    let row = 4;
    let n = 0;
    const ask = (text: string) => {
      ctx.writeMerged(
        ws,
        `B${row}:H${row}`,
        `${ctx.choose("qn", B9_QUESTIONNAIRE.question).replace("{n}", String(++n))} ${text}`,
        "label",
        {
          bold: true,
          align: "left",
        },
      );
      row++;
    };
    if (unit !== PROVINCE)
      for (const input of SERIES) {
        const years = ctx.data.years[input];
        ask(ctx.label(input, { unit: true, key: "q" }));
        years.forEach((y, i) =>
          ctx.write(ws, ref(3 + i, row), `Năm ${y}`, "text", { bold: true, align: "center" }),
        );
        ctx.write(ws, `B${row + 1}`, answer, "text", { italic: true });
        years.forEach((y, i) => ctx.value(file, ws, ref(3 + i, row + 1), slotOf(input, unit, y)));
        grid(ws, row, 3, row + 1, 2 + years.length);
        ctx.write(ws, `B${row + 2}`, ctx.choose("fc", B9_QUESTIONNAIRE.forecast), "text", { italic: true });
        ctx.number(ws, `C${row + 2}`, ctx.near(input, unit, 1.25, 1.6, 2025));
        row += 4;
      }
    const status = statusOf(unit);
    const asked: Array<Slot | ReturnType<typeof decoys>[number]> = [
      ...status.map((i) => slotOf(i, unit)),
      ...decoys(ctx, 1, unit === PROVINCE ? ["remote_population_total"] : ["staff_total", "revenue"]),
    ];
    for (const it of asked) {
      if ("texts" in it) {
        ask(ctx.decoyLabel(it));
        ctx.write(ws, `B${row}`, answer, "text", { italic: true });
        ctx.number(ws, `C${row}`, ctx.decoyValue(it, unit));
      } else {
        ask(
          unit === PROVINCE && ctx.rng.chance(0.5)
            ? ctx.header(it.input, "q")
            : ctx.label(it.input, { key: "q" }),
        );
        ctx.write(ws, `B${row}`, answer, "text", { italic: true });
        ctx.value(file, ws, `C${row}`, it);
        if (it.input === "digital_platforms" && ctx.data.value(it) === true)
          ctx.write(
            ws,
            `D${row}`,
            ctx.choose("pl", B9_QUESTIONNAIRE.platforms).replace("{n}", String(ctx.rng.int(3, 95))),
            "text",
            {
              italic: true,
            },
          );
        else if (ctx.rng.chance(0.15)) ctx.write(ws, `D${row}`, ctx.note(), "text", { italic: true });
      }
      row += 2;
    }
    const contact = ctx
      .choose("contact", B9_QUESTIONNAIRE.contact)
      .replace("{name}", personName(ctx))
      .replace("{phone}", phone(ctx));
    ctx.write(ws, `B${row + 1}`, contact, "text", { italic: true });
    const guide = sheet(wb, "Hướng dẫn", [90]);
    guide.state = "hidden";
    ctx.write(guide, "A1", ctx.choose("guide", B9_QUESTIONNAIRE.guide), "text");
    out.push({ fileName: file, workbook: wb });
  }
  return out;
}

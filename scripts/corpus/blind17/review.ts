/**
 * "b17-five-year-review-annex": the annex of a five-year review (2021–2025): per agency, yearly rows with the
 * baseline year 2020 first, then each year, a cumulative SUM and a yearly average, the period's target last; a
 * second table sets each agency's state at the start of the period beside its state at the end; the province's
 * remote-area figures sit in the yearly table with a 2020 baseline.
 */
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type Slot, type UnitId } from "../model";
import { title } from "../sheets";
import type { BuiltFile } from "../sheets";
import type { Blind17Context } from "./context";
import {
  agencyStatusInputs,
  headers,
  nearFigure,
  newWorkbook,
  planFigure,
  plain,
  sheet,
  slotOf,
} from "./kit";
import { B17_REVIEW as T } from "./texts";
import { B17_DECOYS, type B17Decoy } from "./wordings";

const ROMAN = ["I", "II", "III", "IV", "V"];
/** Columns: D = 2020, E..I = 2021..2025, J cumulative, K average, L target. */
const YEAR_COL = (year: number) => 4 + (year - 2020);

export function fiveYearReview(ctx: Blind17Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.rng.pick(["PL tong ket 2021-2025", "PhuLuc_TongKet_CDS", "Tong ket giai doan"])}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 44, 10, 12, 11, 11, 11, 11, 11, 13, 11, 14, 14]);
  title(ctx, ws, 1, 12, ctx.pickText("title", T.titles));
  const top = 4;
  ctx.write(ws, `A${top}`, "STT", "text", { bold: true, align: "center" });
  ctx.write(ws, `B${top}`, ctx.pickText("item", T.itemHead), "text", { bold: true, align: "center" });
  ctx.write(ws, `C${top}`, "ĐVT", "text", { bold: true, align: "center" });
  ctx.writeMerged(ws, `E${top}:I${top}`, ctx.pickText("results", T.results), "text", { bold: true });
  const withPartial = ctx.rng.chance(0.5);
  const row2 = [
    ctx.pickText("base", T.base),
    ...[2021, 2022, 2023, 2024, 2025].map((y) => ctx.pickText("yearHead", T.yearHead, { y })),
    ctx.pickText("cum", T.cumulative),
    ctx.pickText("avg", T.average),
    ctx.planHeader(2025),
    ...(withPartial ? [ctx.partialHeader(2025)] : []),
  ];
  headers(ctx, ws, top + 1, row2, 4);
  grid(ws, top, 1, top + 1, 12);
  let r = top + 2;

  const yearlyRow = (
    label: string,
    unitText: string,
    values: Map<number, number>,
    slots: Map<number, Slot> | null,
    target: number | null,
  ) => {
    ctx.write(ws, `B${r}`, label, "label");
    ctx.write(ws, `C${r}`, unitText);
    const written: number[] = [];
    for (let y = 2020; y <= 2025; y++) {
      const at = ref(YEAR_COL(y), r);
      const slot = slots?.get(y);
      if (slot !== undefined) {
        if (ctx.value(file, ws, at, slot) && y > 2020) {
          const v = ctx.data.value(slot);
          if (typeof v === "number") written.push(v);
        }
      } else {
        const v = values.get(y);
        if (v !== undefined) {
          ctx.number(ws, at, v);
          if (y > 2020) written.push(v);
        }
      }
    }
    if (written.length > 0) {
      const sum = Math.round(written.reduce((a, b) => a + b, 0) * 10) / 10;
      plain(ws, `J${r}`, sum);
      plain(ws, `K${r}`, Math.round((sum / written.length) * 10) / 10);
    }
    if (target !== null) ctx.number(ws, `L${r}`, target);
    const last = slots?.get(2025);
    const part = withPartial && last !== undefined ? nearFigure(ctx, last, 0.42, 0.78) : null;
    if (part !== null && last !== undefined && ctx.data.shown(last)) ctx.number(ws, `M${r}`, part);
    grid(ws, r, 1, r, 12);
    r++;
  };

  const decoyValues = (d: B17Decoy, unit: UnitId) =>
    new Map([2020, 2021, 2022, 2023, 2024, 2025].map((y) => [y, ctx.decoyValue(d, unit, y)] as const));

  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${r}`, ROMAN[i] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "section"), "upper", { bold: true });
    r++;
    for (const input of ["political_articles", "revenue"] as const) {
      const slots = new Map(ctx.data.years[input].map((y) => [y, slotOf(input, unit, y)] as const));
      const target = planFigure(ctx, slotOf(input, unit, 2025));
      yearlyRow(
        `${i + 1}.${input === "revenue" ? 2 : 1}. ${ctx.label(input)}`,
        ctx.measure(input),
        new Map(),
        slots,
        ctx.rng.chance(0.7) ? target : null,
      );
      const d =
        input === "revenue" ? B17_DECOYS.adIncome : ctx.rng.pick([B17_DECOYS.allArticles, B17_DECOYS.reused]);
      if (ctx.rng.chance(0.75))
        yearlyRow(`- ${ctx.decoyLabel(d, "review")}`, d.measure, decoyValues(d, unit), null, null);
    }
  });

  if (ctx.data.province) {
    ctx.write(ws, `A${r}`, "IV", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r}`, ctx.pickText("prov", T.sectionProvince), "text", { bold: true });
    r++;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      const slot = slotOf(input, PROVINCE);
      const provShort = ctx.choose("provShort", ["y", "n"]) === "y";
      ctx.write(ws, `B${r}`, provShort ? ctx.header(input, "prov") : ctx.label(input), "label");
      ctx.write(ws, `C${r}`, ctx.measure(input));
      const base = nearFigure(ctx, slot, input === "remote_population_total" ? 0.9 : 0.7, 0.97);
      if (base !== null) ctx.number(ws, `D${r}`, base);
      ctx.value(file, ws, `I${r}`, slot);
      grid(ws, r, 1, r, 12);
      r++;
    }
    if (ctx.rng.chance(0.7)) {
      const d = B17_DECOYS.households;
      ctx.write(ws, `B${r}`, `- ${ctx.decoyLabel(d, "review")}`, "label");
      ctx.write(ws, `C${r}`, d.measure);
      ctx.number(ws, `D${r}`, Math.round(ctx.decoyValue(d, PROVINCE) * 0.8));
      ctx.number(ws, `I${r}`, ctx.decoyValue(d, PROVINCE));
      grid(ws, r, 1, r, 12);
      r++;
    }
  }

  const short = ctx.rng.chance(0.4);
  // Second table: state at the start and at the end of the period, two columns per agency (C..H).
  r += 1;
  ctx.write(ws, `A${r}`, ctx.pickText("status", T.sectionStatus), "text", { bold: true });
  r++;
  const head = r;
  ctx.write(ws, `B${head}`, ctx.pickText("item", T.itemHead), "text", { bold: true, align: "center" });
  AGENCIES.forEach((unit, i) => {
    const c = 3 + i * 2;
    ctx.writeMerged(
      ws,
      `${colLetter(c)}${head}:${colLetter(c + 1)}${head}`,
      ctx.agency(unit, "status"),
      "text",
      { bold: true },
    );
    ctx.write(ws, ref(c, head + 1), ctx.pickText("start", T.start), "text", { bold: true, align: "center" });
    ctx.write(ws, ref(c + 1, head + 1), ctx.pickText("end", T.end), "text", { bold: true, align: "center" });
  });
  grid(ws, head, 2, head + 1, 8);
  r = head + 2;
  for (const input of agencyStatusInputs()) {
    ctx.write(
      ws,
      `B${r}`,
      short ? ctx.header(input, "status") : ctx.label(input, { key: "status" }),
      "label",
    );
    AGENCIES.forEach((unit, i) => {
      const c = 3 + i * 2;
      if (!statusInputsOf(unit).includes(input)) return;
      const slot = slotOf(input, unit);
      const v = ctx.data.value(slot);
      if (typeof v === "boolean") {
        const before = v && ctx.rng.chance(0.7) ? false : v;
        ctx.write(ws, ref(c, r), ctx.words(input, before) ?? "", "word", { align: "center" });
      } else if (typeof v === "number") {
        const before = input === "security_level" ? Math.max(1, v - 1) : nearFigure(ctx, slot, 0.6, 0.9);
        if (before !== null && before !== v) put(ws, ref(c, r), before, { align: "center" });
      }
      ctx.value(file, ws, ref(c + 1, r), slot);
    });
    grid(ws, r, 2, r, 8);
    r++;
  }
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${r + 1}`, ctx.note(2025), "text", { italic: true });
  return [{ fileName: file, workbook: wb }];
}

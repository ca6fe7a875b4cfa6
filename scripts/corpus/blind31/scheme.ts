/**
 * b31-development-scheme-outlook: an agency's development scheme for 2026–2030, a workbook per agency. Sheet 1: the
 * indicators as short row heads, the actual years 2020–2025 under one merged head (2020 the base), the scheme's
 * targets 2026–2030 under another (a plan head); the headcount's history beside its current value, the statuses only
 * in 2025 with the targets to their right. Sheet 2: the money the scheme asks for, year by year (never truth).
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, kindOf, type SampleValue } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind31Context } from "./context";
import { newWorkbook, sheet, slotOf, statusOf, turnHeader, writeOther } from "./kit";
import { B31_SCHEME as T } from "./texts";
import { B31_DECOYS as D } from "./wordings";

const PAST = [2020, 2021, 2022, 2023, 2024, 2025];
const AHEAD = [2026, 2027, 2028, 2029, 2030];
/** Column of a year (2020 in D, 2030 in N). */
export const schemeCol = (year: number): number => 4 + (year - 2020);

export function developmentScheme(ctx: Blind31Context): BuiltFile[] {
  const { rng } = ctx;
  return AGENCIES.map((unit, index) => {
    const fileName = ctx.pickText("file", T.files, { n: ctx.slug(unit) });
    const wb = newWorkbook();
    const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [
      6,
      34,
      9,
      ...PAST.map(() => 10),
      ...AHEAD.map(() => 10),
      22,
    ]);
    ctx.writeMerged(ws, "A1:O1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A2:O2", ctx.agency(unit, "scheme"), "text", { bold: true });
    const head = { bold: true };
    ctx.writeMerged(ws, "A4:A5", "STT", "text", head);
    ctx.writeMerged(ws, "B4:B5", "Chỉ tiêu", "text", head);
    ctx.writeMerged(ws, "C4:C5", "ĐVT", "text", head);
    ctx.writeMerged(ws, "D4:I4", ctx.pickText("actual", T.actual), "text", head);
    ctx.writeMerged(ws, "J4:N4", ctx.pickText("ahead", T.ahead), "text", head);
    ctx.writeMerged(ws, "O4:O5", "Ghi chú", "text", head);
    ctx.write(ws, "D5", ctx.pickText("base", T.base), "text", { bold: true, align: "center", wrap: true });
    for (const y of [...PAST.slice(1), ...AHEAD])
      put(ws, ref(schemeCol(y), 5), y, { bold: true, align: "center" });
    grid(ws, 4, 1, 5, 15);
    let row = 6;
    let n = 0;
    const start = (label: string, measure: string, numbered = true) => {
      put(ws, `A${row}`, numbered ? ++n : "", { align: "center" });
      ctx.write(ws, `B${row}`, label, "label", { wrap: true, italic: !numbered });
      ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
    };
    const yearly = (input: "political_articles" | "revenue") => {
      start(turnHeader(ctx, input, index), ctx.measure(input));
      for (const y of ctx.data.years[input])
        ctx.value(fileName, ws, ref(schemeCol(y), row), slotOf(input, unit, y));
      let v = ctx.data.value(slotOf(input, unit, 2025)) as number;
      for (const y of AHEAD) {
        v = Math.round(v * (1.08 + rng.next() * 0.14));
        ctx.figure(ws, ref(schemeCol(y), row), v);
      }
      if (rng.chance(0.2)) ctx.write(ws, `O${row}`, ctx.note(2025), "text", { italic: true, wrap: true });
      row++;
    };
    const decoy = (d: (typeof D)[keyof typeof D], input: "political_articles" | "revenue") => {
      start(`- ${ctx.decoyLabel(d, unit)}`, ctx.measure(input), false);
      for (const y of ctx.data.years[input])
        ctx.figure(ws, ref(schemeCol(y), row), ctx.decoyValue(d, unit, y));
      row++;
    };
    const state = (input: string) => {
      start(turnHeader(ctx, input, index), ctx.measure(input));
      const slot = slotOf(input, unit);
      const v = ctx.data.value(slot);
      if (kindOf(input) === "count") {
        // The headcount's (and the trained staff's) history, 2020–2024: never truth.
        const now = typeof v === "number" ? v : 1;
        PAST.slice(0, -1).forEach((y, i) => {
          let h = Math.max(0, Math.round(now * (0.7 + 0.05 * i + rng.next() * 0.04)));
          if (h === now) h = Math.max(0, now - 1);
          ctx.figure(ws, ref(schemeCol(y), row), h);
        });
      }
      ctx.value(fileName, ws, ref(schemeCol(2025), row), slot);
      AHEAD.forEach((y, i) => {
        const target: SampleValue =
          typeof v === "number"
            ? Math.round(v * (1.02 + 0.03 * i)) + 1
            : typeof v === "boolean"
              ? v || i >= 1
              : v;
        if (kindOf(input) === "level" && typeof v === "number") {
          if (i === AHEAD.length - 1) writeOther(ctx, ws, ref(schemeCol(y), row), input, Math.max(3, v));
          return;
        }
        writeOther(ctx, ws, ref(schemeCol(y), row), input, target);
      });
      row++;
    };
    if (rng.chance(0.5)) decoy(D.allWorks, "political_articles");
    yearly("political_articles");
    if (rng.chance(0.5)) decoy(D.reused, "political_articles");
    yearly("revenue");
    decoy(D.orderedFunds, "revenue");
    for (const input of statusOf(unit)) state(input);
    grid(ws, 6, 1, row - 1, 15);
    money(ctx, wb, unit);
    return { fileName, workbook: wb };
  });
}

function money(
  ctx: Blind31Context,
  wb: ReturnType<typeof newWorkbook>,
  unit: (typeof AGENCIES)[number],
): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("money", T.money), [6, 44, ...AHEAD.map(() => 12), 14]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("moneyTitle", T.moneyTitle), "upper", { bold: true });
  ["STT", "Nội dung", ...AHEAD.map(String), "Cộng"].forEach((t, i) =>
    ctx.write(ws, ref(i + 1, 3), t, "text", { bold: true, align: "center" }),
  );
  const revenue = ctx.data.value(slotOf("revenue", unit, 2025)) as number;
  T.needs.forEach((text, i) => {
    const row = 4 + i;
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, text, "label");
    let sum = 0;
    AHEAD.forEach((_, k) => {
      const v = Math.max(10, Math.round(revenue * (0.05 + rng.next() * 0.3)));
      sum += v;
      ctx.figure(ws, ref(3 + k, row), v);
    });
    ctx.formula(ws, `H${row}`, `SUM(C${row}:G${row})`, sum, true);
  });
  grid(ws, 3, 1, 3 + T.needs.length, 8);
}

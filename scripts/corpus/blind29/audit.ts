/**
 * b29-state-audit-adjustment-annex: an annex of the State Audit's report on the province's budget, listing the
 * revenue of the audited public units for two past years. Each year has three columns: the unit's own figure,
 * the figure the audit settled on (the official one, the truth) and the difference (a formula). The plan's
 * agencies are units among others that are not in the plan, each with the same "total revenue" row, the
 * advertising part and the state budget grant under it. Nothing of 2025 (the audit looks back), no status input.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, nearMiss, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind29Context } from "./context";
import { headers, hiddenSheet, newWorkbook, plainNumber, ROMAN, sheet } from "./kit";
import { B29_AUDIT as T } from "./texts";
import { B29_DECOYS as D, type B29Decoy } from "./wordings";

const YEARS = [2021, 2022, 2023, 2024] as const;
/** The advice column, after three columns a year. */
const LAST = 3 + YEARS.length * 3;

type Member = { plan: UnitId } | { other: string; base: number };

export function auditAnnex(ctx: Blind29Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2024 });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 46, ...YEARS.flatMap(() => [13, 13, 12]), 30]);
  ctx.writeMerged(ws, `A1:${ref(LAST, 1)}`, ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(ws, `A2:${ref(LAST, 2)}`, ctx.pickText("sub", T.sub, { y: 2024 }), "text", {
    italic: true,
  });
  ctx.write(ws, ref(LAST - 1, 3), ctx.pickText("money", T.money), "text", { italic: true });
  // Audited figure first or second within a year.
  const auditedFirst = rng.chance(0.4);
  const h = T.heads;
  const trio = [
    ctx.pickText("h.reported", h.reported),
    ctx.pickText("h.audited", h.audited),
    ctx.pickText("h.diff", h.diff),
  ];
  const order = auditedFirst ? [trio[1], trio[0], trio[2]] : trio;
  ctx.writeMerged(ws, "A4:A5", "STT", "text", { bold: true });
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("h.unit", h.unit), "text", { bold: true });
  YEARS.forEach((y, i) => {
    const c = 3 + i * 3;
    ctx.writeMerged(ws, `${ref(c, 4)}:${ref(c + 2, 4)}`, ctx.pickText("h.year", h.year, { y }), "text", {
      bold: true,
    });
  });
  headers(
    ctx,
    ws,
    5,
    [...order, ...order].map((t) => t ?? ""),
    3,
  );
  ctx.writeMerged(ws, `${ref(LAST, 4)}:${ref(LAST, 5)}`, ctx.pickText("h.advice", h.advice), "text", {
    bold: true,
  });
  grid(ws, 4, 1, 5, LAST);

  const plan = AGENCIES;
  const others = rng
    .shuffle(T.otherUnits)
    .slice(0, rng.int(2, 3))
    .map((other) => ({ other, base: rng.int(600, 4800) }));
  const members: Member[] = rng.shuffle([...plan.map((p) => ({ plan: p })), ...others]);
  let row = 6;
  members.forEach((m, k) => {
    put(ctx, ws, `A${row}`, ROMAN[k] ?? String(k + 1));
    const name = "plan" in m ? ctx.agency(m.plan, "audit") : m.other;
    ctx.write(ws, `B${row}`, name, "upper", { bold: true });
    row++;
    // Total revenue: audited figure the truth for the plan's agencies.
    plainNumber(ws, `A${row}`, 1);
    ctx.write(ws, `B${row}`, ctx.label("revenue", { key: "audit" }), "label", { wrap: true });
    YEARS.forEach((y, i) => {
      const c = 3 + i * 3;
      const [aCol, rCol] = auditedFirst ? [c, c + 1] : [c + 1, c];
      if ("plan" in m) {
        const slot = { input: "revenue", unit: m.plan, year: y };
        const v = ctx.shownNumber(slot);
        if (v === undefined) {
          ctx.value(fileName, ws, ref(aCol, row), slot);
          return;
        }
        const reported = nearMiss(rng, v, 0.95, 1.05);
        ctx.figure(ws, ref(rCol, row), reported);
        ctx.value(fileName, ws, ref(aCol, row), slot);
        diff(ctx, ws, c + 2, row, aCol, rCol, Math.round((v - reported) * 10) / 10);
      } else {
        const audited = Math.round(m.base * (1 + i * 0.08));
        const reported = nearMiss(rng, audited, 0.95, 1.05);
        ctx.figure(ws, ref(aCol, row), audited);
        ctx.figure(ws, ref(rCol, row), reported);
        diff(ctx, ws, c + 2, row, aCol, rCol, audited - reported);
      }
    });
    if (rng.chance(0.4))
      ctx.write(ws, ref(LAST, row), rng.pick(T.advices), "text", { wrap: true, italic: true });
    row++;
    // The advertising part and the state grant, never the revenue.
    [D.advertising, D.stateBudget].forEach((d: B29Decoy, j) => {
      plainNumber(ws, `A${row}`, j + 2);
      ctx.write(ws, `B${row}`, ctx.decoyLabel(d, "audit"), "label", { wrap: true });
      YEARS.forEach((y, i) => {
        const c = 3 + i * 3;
        const audited =
          "plan" in m
            ? ctx.decoyValue(d, m.plan, y)
            : Math.round(m.base * (d === D.advertising ? 0.2 : 0.7) * (1 + i * 0.05));
        const reported = nearMiss(rng, audited, 0.95, 1.05);
        const [aCol, rCol] = auditedFirst ? [c, c + 1] : [c + 1, c];
        ctx.figure(ws, ref(aCol, row), audited);
        ctx.figure(ws, ref(rCol, row), reported);
        diff(ctx, ws, c + 2, row, aCol, rCol, audited - reported);
      });
      row++;
    });
  });
  grid(ws, 6, 1, row - 1, LAST);
  if (rng.chance(0.3)) ctx.write(ws, `B${row + 1}`, ctx.note(2024), "text", { italic: true });

  staffSheet(ctx, wb, fileName, plan, others);
  const notes = sheet(wb, ctx.pickText("notesSheet", T.notesSheet), [90]);
  T.notes.forEach((t, i) => ctx.write(notes, `A${i + 1}`, `${i + 1}. ${t}`, "text", { wrap: true }));
  if (rng.chance(0.4)) {
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("hidden", T.hidden),
      plan.map((u) => [
        ctx.agency(u, "audit"),
        nearMiss(rng, ctx.data.value({ input: "revenue", unit: u, year: 2024 }) as number, 0.9, 1.1),
      ]),
    );
  }
  return [{ fileName, workbook: wb }];
}

function put(ctx: Blind29Context, ws: Parameters<typeof plainNumber>[0], at: string, text: string): void {
  ctx.write(ws, at, text, "text", { bold: true, align: "center" });
}

function diff(
  ctx: Blind29Context,
  ws: Parameters<typeof plainNumber>[0],
  col: number,
  row: number,
  aCol: number,
  rCol: number,
  result: number,
): void {
  ctx.formula(ws, ref(col, row), `${ref(aCol, row)}-${ref(rCol, row)}`, result);
}

/**
 * The second annex: people and autonomy of each audited unit at the time of the audit. The quota given by the
 * province stands left of the people present (the truth); autonomy in the unit's words.
 */
function staffSheet(
  ctx: Blind29Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  plan: readonly UnitId[],
  others: ReadonlyArray<{ other: string; base: number }>,
): void {
  const { rng } = ctx;
  const ws = sheet(wb, ctx.pickText("staffSheet", T.staffSheet), [6, 40, 16, 16, 18, 30]);
  ctx.writeMerged(ws, "A1:F1", ctx.pickText("staffTitle", T.staffTitle), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:F2", ctx.pickText("staffSub", T.staffSub), "text", { italic: true });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("h.unit", T.heads.unit),
    ctx.decoyLabel(D.quota, "audit"),
    ctx.pickText("present", T.present),
    ctx.pickText("autonomy", T.autonomy),
    ctx.pickText("h.advice", T.heads.advice),
  ]);
  let row = 5;
  const members = rng.shuffle([
    ...plan.map((p) => ({ plan: p, other: "" })),
    ...others.map((o) => ({ plan: null, other: o.other })),
  ]);
  members.forEach((m, i) => {
    plainNumber(ws, `A${row}`, i + 1);
    if (m.plan !== null) {
      ctx.write(ws, `B${row}`, ctx.agency(m.plan, "audit"), "text", { bold: true });
      ctx.figure(ws, `C${row}`, ctx.decoyValue(D.quota, m.plan));
      ctx.value(file, ws, `D${row}`, { input: "staff_total", unit: m.plan });
      ctx.value(file, ws, `E${row}`, { input: "autonomous", unit: m.plan });
    } else {
      ctx.write(ws, `B${row}`, m.other, "text", { bold: true });
      const quota = rng.int(12, 60);
      ctx.figure(ws, `C${row}`, quota);
      ctx.figure(ws, `D${row}`, quota - rng.int(0, 6));
      ctx.write(ws, `E${row}`, rng.chance(0.5) ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", {
        align: "center",
      });
    }
    if (rng.chance(0.25)) ctx.write(ws, `F${row}`, rng.pick(T.advices), "text", { wrap: true, italic: true });
    row++;
  });
  grid(ws, 5, 1, row - 1, 6);
}

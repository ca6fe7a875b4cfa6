/**
 * b22-variance-explanation-note: each agency explains, on its own sheet, why its figures moved from last year to
 * this year: last year's and this year's figures side by side, then the difference and the rate (formulas) and a
 * reason sentence with numbers in it. Last year's column holds last year's value for the yearly inputs (truth too)
 * and last year's state for the others (not truth). Near-miss rows (all works, advertising income) stand under
 * the true rows; a first sheet sums the three agencies with formulas.
 */
import type ExcelJS from "exceljs";
import { grid, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, statusInputsOf, type SampleValue, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind22Context } from "./context";
import { nearFigure, newWorkbook, pct, sheet, slotOf } from "./kit";
import { B22_VARIANCE as T } from "./texts";
import { B22_DECOYS as D } from "./wordings";

type Row = { input: string } | { decoy: keyof typeof D };

const fill = (text: string) => text.replace("{y}", "2025").replace("{p}", "2024");

/** Last year's state of a status input: an older staff count, sometimes another answer or level. */
function lastYear(ctx: Blind22Context, input: string, unit: UnitId): SampleValue | null {
  const v = ctx.data.value(slotOf(input, unit));
  if (typeof v === "boolean") return ctx.rng.chance(0.35) ? false : v;
  if (input === "security_level" && typeof v === "number")
    return ctx.rng.chance(0.4) ? Math.max(1, v - 1) : v;
  if (typeof v === "number") return nearFigure(ctx, slotOf(input, unit), 0.8, 0.97);
  return v;
}

/** Reasons that fit the direction of the change (a change under 3 % is "flat"). */
function reasonsFor(change: number, base: number): readonly string[] {
  if (Math.abs(change) < Math.abs(base) * 0.03) return T.reasons.flat;
  return change > 0 ? T.reasons.up : T.reasons.down;
}

function heads(ctx: Blind22Context, ws: ExcelJS.Worksheet, row: number, withReason: boolean): void {
  const year = ctx.pickText("var-year", T.heads.year);
  const texts = [
    T.heads.no,
    T.heads.item,
    T.heads.measure,
    year.replace("{y}", "2024"),
    year.replace("{y}", "2025"),
    ctx.pickText("var-diff", T.heads.diff),
    ctx.pickText("var-rate", T.heads.rate),
    ...(withReason ? [ctx.pickText("var-reason", T.heads.reason)] : []),
  ];
  texts.forEach((t, i) =>
    ctx.write(ws, ref(i + 1, row), t, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.getRow(row).height = 34;
}

export function varianceNote(ctx: Blind22Context): BuiltFile[] {
  const fileName = `${ctx.pickText("var-file", ["Giai trinh bien dong 2025", "GT_tang_giam_so_lieu", "Thuyet minh so lieu 2025"])}.xlsx`;
  const wb = newWorkbook();
  const summary = sheet(wb, ctx.pickText("var-summary", T.summary), [6, 44, 9, 13, 13, 13, 12]);
  const sheets = new Map<UnitId, ExcelJS.Worksheet>();
  const rowsOf = new Map<string, number>();

  for (const unit of AGENCIES) {
    const ws = sheet(wb, ctx.slug(unit), [6, 46, 9, 13, 13, 13, 12, 34]);
    sheets.set(unit, ws);
    ctx.writeMerged(ws, "A1:H1", ctx.agency(unit, "var"), "upper", { bold: true });
    ctx.writeMerged(ws, "A3:H3", fill(ctx.pickText("var-title", T.titles)), "upper", {
      bold: true,
      size: 13,
    });
    ctx.writeMerged(ws, "A4:H4", fill(ctx.pickText("var-sub", T.subtitles)), "text", { italic: true });
    heads(ctx, ws, 6, true);
    const rows: Row[] = [
      { input: "political_articles" },
      { decoy: "allWorks" },
      { input: "revenue" },
      { decoy: "adIncome" },
      ...statusInputsOf(unit).map((input) => ({ input })),
    ];
    let row = 7;
    let n = 0;
    for (const r of rows) {
      if ("decoy" in r) {
        const d = D[r.decoy];
        ctx.write(ws, `B${row}`, ctx.decoyLabel(d, `var-${r.decoy}`), "label", { italic: true });
        ctx.write(ws, `C${row}`, ctx.measure(d.near), "text", { align: "center" });
        const [a, b] = [ctx.decoyValue(d, unit, 2024), ctx.decoyValue(d, unit, 2025)];
        ctx.figure(ws, `D${row}`, a, { italic: true });
        ctx.figure(ws, `E${row}`, b, { italic: true });
        ctx.formula(ws, `F${row}`, `E${row}-D${row}`, b - a);
        row++;
        continue;
      }
      const input = r.input;
      n++;
      rowsOf.set(`${unit}|${input}`, row);
      ctx.write(ws, `A${row}`, String(n), "text", { align: "center" });
      ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3) }), "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      let before: number | undefined;
      let after: number | undefined;
      if (isYearly(input)) {
        ctx.value(fileName, ws, `D${row}`, { input, unit, year: 2024 });
        ctx.value(fileName, ws, `E${row}`, { input, unit, year: 2025 });
        before = ctx.shownNumber({ input, unit, year: 2024 });
        after = ctx.shownNumber({ input, unit, year: 2025 });
      } else {
        const old = ctx.data.shown(slotOf(input, unit)) ? lastYear(ctx, input, unit) : null;
        if (typeof old === "number" && input !== "security_level") {
          ctx.figure(ws, `D${row}`, old);
          before = old;
        } else if (old !== null) {
          const words = ctx.words(input, old);
          if (words !== null) ctx.write(ws, `D${row}`, words, "word", { align: "center" });
          else if (typeof old === "number") ctx.figure(ws, `D${row}`, old);
        }
        ctx.value(fileName, ws, `E${row}`, slotOf(input, unit));
        after = ctx.shownNumber(slotOf(input, unit));
        if (input === "security_level") before = undefined;
      }
      if (before !== undefined && after !== undefined) {
        ctx.formula(ws, `F${row}`, `E${row}-D${row}`, after - before);
        ctx.formula(ws, `G${row}`, `IF(D${row}=0,0,F${row}/D${row}*100)`, pct(after - before, before));
        ctx.write(
          ws,
          `H${row}`,
          ctx.rng
            .pick(reasonsFor(after - before, before))
            .replace("{n}", vnNumberText(Math.abs(after - before))),
          "text",
          { wrap: true, italic: true },
        );
      }
      row++;
    }
    grid(ws, 6, 1, row - 1, 8);
  }

  // The first sheet: the three agencies summed, by formulas into their sheets.
  ctx.writeMerged(summary, "A1:G1", fill(ctx.pickText("var-title", T.titles)), "upper", {
    bold: true,
    size: 13,
  });
  heads(ctx, summary, 3, false);
  let row = 4;
  for (const [i, input] of ["political_articles", "revenue", "staff_total", "staff_trained"].entries()) {
    ctx.write(summary, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(
      summary,
      `B${row}`,
      `${ctx.label(input, { key: "sum" })} - ${ctx.pickText("var-summary", T.summary)}`,
      "label",
      {
        wrap: true,
      },
    );
    ctx.write(summary, `C${row}`, ctx.measure(input), "text", { align: "center" });
    for (const col of ["D", "E"]) {
      let sum = 0;
      const refs: string[] = [];
      for (const unit of AGENCIES) {
        const at = rowsOf.get(`${unit}|${input}`);
        const ws = sheets.get(unit);
        if (at === undefined || !ws) continue;
        refs.push(`'${ws.name}'!${col}${at}`);
        const v = ws.getCell(`${col}${at}`).value;
        if (typeof v === "number") sum += v;
        else if (typeof v === "string" && /^[\d.,]+$/.test(v))
          sum += Number(v.replace(/\./g, "").replace(",", "."));
      }
      if (sum > 0) ctx.formula(summary, `${col}${row}`, refs.join("+"), Math.round(sum * 10) / 10, true);
    }
    row++;
  }
  grid(summary, 3, 1, row - 1, 7);
  return [{ fileName, workbook: wb }];
}

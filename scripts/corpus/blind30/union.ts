/**
 * "b30-trade-union-annual-statistics": the statistics form each agency's grassroots trade union sends once a year,
 * a workbook per agency. Coded rows; last year (2024) and the report year (2025) side by side, a ratio of the two
 * by formula, a target column for some rows. Traps: union members and women near the headcount, the income per
 * head, political works as the SUM of two channel parts right under them, the advertising part under revenue.
 */
import type ExcelJS from "exceljs";
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind30Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, plainNumber, planFigure, sheet, slotOf } from "./kit";
import { B30_UNION as T } from "./texts";
import { B30_DECOYS as D } from "./wordings";

export function unionStatistics(ctx: Blind30Context): BuiltFile[] {
  const scratchAt = ctx.rng.chance(0.6) ? ctx.rng.pick(AGENCIES) : null;
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const file = `${ctx.pickText("file", T.files)} ${ctx.slug(unit)}.xlsx`;
    const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [8, 50, 10, 17, 17, 14, 18, 24]);
    ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
    ctx.writeMerged(ws, "A2:H2", `${T.unionName} ${ctx.agency(unit, "union")}`, "text", { italic: true });
    headers(ctx, ws, 4, [
      T.codeHead,
      T.contentHead,
      T.measureHead,
      T.lastHead,
      T.thisHead,
      T.ratioHead,
      ctx.planHeader(2025),
      T.noteHead,
    ]);
    const w = new Writer(ctx, ws, file, unit);
    w.staff();
    w.emulation();
    if (scratchAt === unit)
      hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
        [ctx.decoyLabel(D.unionMembers, "union"), ctx.decoyValue(D.unionMembers, unit)],
        [T.income, ctx.rng.int(7, 14)],
      ]);
    return { fileName: file, workbook: wb };
  });
}

class Writer {
  private row = 5;
  private code = 1;

  constructor(
    private readonly ctx: Blind30Context,
    private readonly ws: ExcelJS.Worksheet,
    private readonly file: string,
    private readonly unit: UnitId,
  ) {}

  private line(label: string, measure: string, italic = false): number {
    const r = this.row++;
    this.ctx.write(this.ws, `A${r}`, String(this.code++).padStart(2, "0"));
    this.ctx.write(this.ws, `B${r}`, label, "label", { italic });
    this.ctx.write(this.ws, `C${r}`, measure);
    return r;
  }

  private ratio(r: number, last: number | undefined, now: number | undefined): void {
    if (last === undefined || now === undefined || last === 0) return;
    this.ctx.formula(this.ws, `F${r}`, `E${r}/D${r}*100`, Math.round((now / last) * 1000) / 10);
  }

  staff(): void {
    const { ctx, unit } = this;
    const members = ctx.decoyRow(D.unionMembers, unit, `union-${unit}`);
    const m = this.line(members.text, D.unionMembers.measure);
    ctx.figure(this.ws, `D${m}`, Math.max(1, members.value - ctx.rng.int(0, 2)));
    ctx.figure(this.ws, `E${m}`, members.value);
    const total = slotOf("staff_total", unit);
    const t = this.line(ctx.header("staff_total", `union-${unit}`), ctx.measure("staff_total"));
    ctx.value(this.file, this.ws, `E${t}`, total);
    const last = ctx.data.shown(total) ? nearFigure(ctx, total, 0.88, 0.97) : null;
    if (last !== null) ctx.figure(this.ws, `D${t}`, last);
    this.ratio(t, last ?? undefined, ctx.shownNumber(total));
    const women = this.line(T.women, ctx.measure("staff_total"), true);
    ctx.figure(this.ws, `E${women}`, ctx.near("staff_total", unit, 0.35, 0.55));
    const trained = slotOf("staff_trained", unit);
    const tr = this.line(ctx.header("staff_trained", `union-${unit}`), ctx.measure("staff_trained"));
    ctx.value(this.file, this.ws, `E${tr}`, trained);
    const inc = this.line(T.income, "tr.đ");
    ctx.figure(this.ws, `D${inc}`, ctx.rng.int(60, 95) / 10);
    ctx.figure(this.ws, `E${inc}`, ctx.rng.int(70, 120) / 10);
  }

  emulation(): void {
    const { ctx, unit } = this;
    ctx.writeMerged(this.ws, `A${this.row}:H${this.row}`, T.emulation, "text", { bold: true, align: "left" });
    this.row++;
    // Political works: the total a SUM of its two channel parts right under it.
    const r = this.line(ctx.label("political_articles", { key: "union" }), ctx.measure("political_articles"));
    const p1 = this.line(ctx.pickText("print", T.printPart), ctx.measure("political_articles"), true);
    const p2 = this.line(ctx.pickText("digital", T.digitalPart), ctx.measure("political_articles"), true);
    const shown: Array<number | undefined> = [];
    for (const [col, year] of [
      ["D", 2024],
      ["E", 2025],
    ] as const) {
      const slot = slotOf("political_articles", unit, year);
      const n = ctx.shownNumber(slot);
      shown.push(n);
      if (n === undefined) {
        ctx.value(this.file, this.ws, `${col}${r}`, slot);
        continue;
      }
      const a = Math.round(n * (0.55 + ctx.rng.next() * 0.2));
      plainNumber(this.ws, `${col}${p1}`, a);
      plainNumber(this.ws, `${col}${p2}`, n - a);
      ctx.viaFormula(this.file, this.ws, `${col}${r}`, slot, `SUM(${col}${p1}:${col}${p2})`);
    }
    this.ratio(r, shown[0], shown[1]);
    const plan = planFigure(ctx, slotOf("political_articles", unit, 2025));
    if (plan !== null) ctx.figure(this.ws, `G${r}`, plan);
    // Revenue, then its advertising part.
    const rv = this.line(
      ctx.label("revenue", { key: "union", unit: ctx.rng.chance(0.5) }),
      ctx.measure("revenue"),
    );
    const rs: Array<number | undefined> = [];
    for (const [col, year] of [
      ["D", 2024],
      ["E", 2025],
    ] as const) {
      const slot = slotOf("revenue", unit, year);
      ctx.value(this.file, this.ws, `${col}${rv}`, slot);
      rs.push(ctx.shownNumber(slot));
    }
    this.ratio(rv, rs[0], rs[1]);
    const ad = ctx.decoyRow(D.advertising, unit, `union-${unit}`);
    const a = this.line(ad.text, D.advertising.measure, true);
    ctx.figure(this.ws, `D${a}`, ctx.decoyValue(D.advertising, unit, 2024));
    ctx.figure(this.ws, `E${a}`, ad.value);
    ctx.write(this.ws, `H${a}`, ctx.note());
    const au = this.line(ctx.label("autonomous", { key: "union" }), ctx.measure("autonomous"));
    ctx.value(this.file, this.ws, `E${au}`, slotOf("autonomous", unit));
  }
}

/**
 * "b18-estimate-next-year-plan": the year-end report every office sends in November: last year's result, this
 * year's plan, the figure to the end of October, the estimate for the whole year, the estimate against plan and
 * against last year, and next year's plan, one sheet per agency (and one for the remote areas). Last year's result
 * and this year's estimate are the figures; statuses stand in the estimate column. Traps: two plan columns (this
 * year's and next year's) on both sides of the estimate, the part-of-year column, ratios, last year's headcount,
 * "of which" rows, a hidden list sheet.
 */
import type ExcelJS from "exceljs";
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, YEARLY, isYearly, statusInputsOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind18Context } from "./context";
import { nearFigure, newWorkbook, pct, planFigure, sheet } from "./kit";
import { B18_ESTIMATE as T, B18_GENERIC as G } from "./texts";
import { B18_DECOYS, type B18Decoy } from "./wordings";

const C = {
  no: 1,
  item: 2,
  measure: 3,
  last: 4,
  plan: 5,
  partial: 6,
  estimate: 7,
  vsPlan: 8,
  vsLast: 9,
  next: 10,
  note: 11,
};

export function estimateAndNextPlan(ctx: Blind18Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, { y: 2025, n: "2026" });
  for (const unit of AGENCIES) unitSheet(ctx, wb, fileName, unit, ctx.agency(unit, "sheet"));
  if (ctx.data.province) unitSheet(ctx, wb, fileName, PROVINCE, ctx.pickText("remote", T.remoteSheet));
  if (rng.chance(0.7)) {
    const list = sheet(wb, ctx.pickText("list", T.listSheet), [20, 20]);
    list.state = rng.chance(0.5) ? "hidden" : "veryHidden";
    T.nextWords.forEach((w, i) => put(list, `A${i + 1}`, w));
    ctx.style.yesNo.forEach((w, i) => put(list, `B${i + 1}`, w));
  }
  return [{ fileName, workbook: wb }];
}

function unitSheet(
  ctx: Blind18Context,
  wb: ExcelJS.Workbook,
  fileName: string,
  unit: UnitId,
  name: string,
): void {
  const { rng } = ctx;
  const ws = sheet(wb, name, [6, 46, 10, 12, 12, 12, 13, 10, 10, 12, 20]);
  const last = C.note;
  ctx.writeMerged(
    ws,
    `A1:${ref(last, 1)}`,
    ctx.pickText("title", T.titles, { y: 2025, n: "2026" }),
    "upper",
    {
      bold: true,
      size: 13,
    },
  );
  ctx.writeMerged(ws, `A2:${ref(last, 2)}`, `(${ctx.agency(unit, "sheet-title")})`, "text", { italic: true });
  const top = 4;
  const bottom = 5;
  const head = { bold: true, align: "center" as const, wrap: true };
  const h = T.heads;
  const tall = (col: number, text: string) =>
    ctx.writeMerged(ws, `${ref(col, top)}:${ref(col, bottom)}`, text, "text", head);
  tall(C.no, ctx.pickText("h-no", G.no));
  tall(C.item, ctx.pickText("h-item", h.item));
  tall(C.measure, ctx.pickText("h-measure", G.measure));
  tall(C.last, ctx.pickText("h-last", h.last, { y: 2024 }));
  ctx.writeMerged(
    ws,
    `${ref(C.plan, top)}:${ref(C.vsLast, top)}`,
    ctx.pickText("h-band", h.band, { y: 2025 }),
    "text",
    head,
  );
  ctx.write(ws, ref(C.plan, bottom), ctx.planHeader(2025), "text", head);
  ctx.write(ws, ref(C.partial, bottom), ctx.partialHeader(2025), "text", head);
  ctx.write(ws, ref(C.estimate, bottom), ctx.pickText("h-estimate", h.estimate, { y: 2025 }), "text", head);
  ctx.write(ws, ref(C.vsPlan, bottom), ctx.pickText("h-vsplan", h.vsPlan), "text", head);
  ctx.write(ws, ref(C.vsLast, bottom), ctx.pickText("h-vslast", h.vsLast), "text", head);
  tall(C.next, ctx.pickText("h-next", h.next, { y: 2026 }));
  tall(C.note, ctx.pickText("h-note", h.note));
  ws.getRow(top).height = 28;
  ws.getRow(bottom).height = 42;
  let row = bottom + 1;
  ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"].forEach((n, i) =>
    put(ws, ref(i + 1, row), i < 3 ? ("ABC"[i] ?? "") : Number(n) - 3, { italic: true, align: "center" }),
  );
  row++;
  const inputs =
    unit === PROVINCE
      ? ["remote_population_total", "remote_population_reached"]
      : [...YEARLY, ...statusInputsOf(unit)];
  let no = 0;
  for (const input of inputs) {
    put(ws, ref(C.no, row), ++no, { align: "center" });
    ctx.write(ws, ref(C.item, row), ctx.label(input, { key: "estimate" }), "label", { wrap: true });
    ctx.write(ws, ref(C.measure, row), ctx.measure(input), "text", { align: "center" });
    const now: Slot = isYearly(input) ? { input, unit, year: 2025 } : { input, unit };
    if (isYearly(input)) ctx.value(fileName, ws, ref(C.last, row), { input, unit, year: 2024 });
    else if (typeof ctx.data.value(now) === "number" && input !== "security_level") {
      const before = nearFigure(ctx, now, 0.86, 0.99);
      if (before !== null) ctx.figure(ws, ref(C.last, row), before);
    }
    const shown = ctx.value(fileName, ws, ref(C.estimate, row), now);
    const actual = ctx.shownNumber(now);
    const target = input === "security_level" ? null : planFigure(ctx, now);
    if (target !== null) ctx.figure(ws, ref(C.plan, row), target);
    else if (typeof ctx.data.value(now) === "boolean" || input === "security_level")
      ctx.write(
        ws,
        ref(C.plan, row),
        input === "security_level" ? "Cấp độ 3" : rng.pick(["Triển khai", "Có"]),
        "word",
        { align: "center" },
      );
    if (actual !== undefined && input !== "security_level") {
      if (isYearly(input)) {
        const part = nearFigure(ctx, now, 0.7, 0.84);
        if (part !== null) ctx.figure(ws, ref(C.partial, row), part);
      }
      if (target !== null)
        put(
          ws,
          ref(C.vsPlan, row),
          {
            formula: `ROUND(${ref(C.estimate, row)}/${ref(C.plan, row)}*100,1)`,
            result: pct(actual, target),
          },
          { numFmt: "0.0" },
        );
      const before = ctx.shownNumber({ input, unit, year: 2024 });
      if (isYearly(input) && before !== undefined)
        put(
          ws,
          ref(C.vsLast, row),
          {
            formula: `ROUND(${ref(C.estimate, row)}/${ref(C.last, row)}*100,1)`,
            result: pct(actual, before),
          },
          { numFmt: "0.0" },
        );
    }
    const next = planFigure(ctx, now);
    if (next !== null && input !== "security_level") ctx.figure(ws, ref(C.next, row), Math.round(next * 1.1));
    else ctx.write(ws, ref(C.next, row), rng.pick(T.nextWords), "text", { align: "center" });
    if (!shown && rng.chance(0.5))
      ctx.write(
        ws,
        ref(C.note, row),
        ctx.pickText("gap-note", ["Chưa tổng hợp được", "Đơn vị chưa báo cáo"]),
        "text",
        { italic: true },
      );
    else if (rng.chance(0.25))
      ctx.write(ws, ref(C.note, row), ctx.note(), "text", { italic: true, wrap: true });
    row++;
    const near = Object.values(B18_DECOYS).filter((d) => d.near === input);
    if (near.length > 0 && rng.chance(0.5)) row = decoyRow(ctx, ws, row, rng.pick(near), unit, input);
  }
  grid(ws, top, 1, row - 1, last);
}

function decoyRow(
  ctx: Blind18Context,
  ws: ExcelJS.Worksheet,
  row: number,
  d: B18Decoy,
  unit: UnitId,
  input: string,
): number {
  put(ws, ref(C.no, row), "-", { align: "center" });
  ctx.write(ws, ref(C.item, row), ctx.decoyLabel(d, "estimate"), "label", { italic: true, wrap: true });
  ctx.write(ws, ref(C.measure, row), ctx.decoyMeasure(d), "text", { align: "center" });
  if (isYearly(input)) ctx.figure(ws, ref(C.last, row), ctx.decoyValue(d, unit, 2024), { italic: true });
  ctx.figure(ws, ref(C.estimate, row), ctx.decoyValue(d, unit, 2025), { italic: true });
  return row + 1;
}

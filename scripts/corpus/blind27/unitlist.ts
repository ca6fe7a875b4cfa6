/**
 * "b27-public-unit-autonomy-classification": the Department of Home Affairs' list of the province's public service
 * units (hospitals, schools, libraries, the press among them) with their staffing quota beside the people actually
 * working, service revenue of 2022–2025, next year's revenue target and the autonomy group of the previous
 * period beside the current one. Only the press agencies' rows hold plan slots.
 */
import { ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind27Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, sheet, slotOf } from "./kit";
import { B27_UNITS as T } from "./texts";
import { B27_DECOYS as D } from "./wordings";

const ROMAN = ["I", "II", "III", "IV"];

export function unitAutonomyList(ctx: Blind27Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = "phan-loai-don-vi-su-nghiep-tu-chu.xlsx";
  const ws = sheet(wb, "DS don vi SNCL", [6, 40, 22, 16, 16, 12, 12, 12, 12, 14, 20, 22]);
  ctx.write(ws, "A1", ctx.pickText("prov", T.province), "upper", { bold: true });
  ctx.writeMerged(ws, "A3:L3", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A4:L4", ctx.pickText("sub", T.subtitle), "text", { italic: true });
  const h = T.heads;
  for (const [col, text] of [
    ["A", h.no],
    ["B", h.name],
    ["C", h.parent],
    ["D", ctx.decoyLabel(D.staffQuota)],
    ["E", ctx.header("staff_total", "units")],
    ["J", ctx.planHeader(2026)],
    ["K", h.before],
    ["L", `${ctx.header("autonomous", "units")} ${h.now}`],
  ] as const)
    ctx.writeMerged(ws, `${col}6:${col}7`, text, "text", { bold: true });
  ctx.writeMerged(ws, "F6:I6", `${h.revenue} – ${ctx.header("revenue", "units")}`, "text", { bold: true });
  headers(ctx, ws, 7, ["2022", "2023", "2024", "2025"], 6);
  let row = 8;
  let n = 1;
  const otherRow = (name: string, parent: string) => {
    ctx.write(ws, `A${row}`, String(n++));
    ctx.write(ws, `B${row}`, name, "label");
    ctx.write(ws, `C${row}`, parent);
    const quota = ctx.rng.int(25, 640);
    ctx.figure(ws, `D${row}`, quota);
    ctx.figure(ws, `E${row}`, quota - ctx.rng.int(0, 20));
    const income = ctx.rng.int(800, 90000);
    ["F", "G", "H", "I"].forEach((c, i) => ctx.figure(ws, `${c}${row}`, Math.round(income * (1 + i * 0.06))));
    ctx.figure(ws, `J${row}`, Math.round((income * 1.3) / 10) * 10);
    ctx.write(ws, `K${row}`, ctx.words("autonomous", ctx.rng.chance(0.5)) ?? "", "word");
    ctx.write(ws, `L${row}`, ctx.words("autonomous", ctx.rng.chance(0.5)) ?? "", "word");
    row++;
  };
  const section = (i: number) => {
    ctx.write(ws, `A${row}`, ROMAN[i] ?? "", "text", { bold: true });
    ctx.write(ws, `B${row}`, T.sections[i] ?? "", "text", { bold: true });
    row++;
  };
  // Other sectors' units by section (T.others: health 0–1, school 2, culture 3–4, economy 5–6); the culture units
  // share the press section, before or after the agencies.
  const groups = [[0, 1], [2], [3, 4], [5, 6]].map((g) =>
    ctx.rng.shuffle(g.map((i) => T.others[i] ?? ["", ""])),
  );
  const cultureFirst = ctx.rng.chance(0.5);
  for (let s = 0; s < 4; s++) {
    section(s);
    n = 1;
    const group = groups[s] ?? [];
    if (s === 2 && !cultureFirst) for (const unit of ctx.rng.shuffle(AGENCIES)) pressRow(unit);
    for (const o of group) otherRow(...(o as [string, string]));
    if (s === 2 && cultureFirst) for (const unit of ctx.rng.shuffle(AGENCIES)) pressRow(unit);
  }
  function pressRow(unit: UnitId) {
    ctx.write(ws, `A${row}`, String(n++));
    ctx.write(ws, `B${row}`, ctx.agency(unit, "units"), "label");
    const parent =
      unit === MAGAZINE ? T.parents.magazine : unit === "bao-lai-chau" ? T.parents.press : T.parents.station;
    ctx.write(ws, `C${row}`, parent);
    ctx.figure(ws, `D${row}`, ctx.decoyValue(D.staffQuota, unit));
    ctx.value(file, ws, `E${row}`, slotOf("staff_total", unit));
    [2022, 2023, 2024, 2025].forEach((y, i) =>
      ctx.value(file, ws, `${"FGHI"[i]}${row}`, slotOf("revenue", unit, y)),
    );
    const target = planFigure(ctx, slotOf("revenue", unit, 2025));
    if (target !== null) ctx.figure(ws, `J${row}`, target);
    const now = ctx.data.value(slotOf("autonomous", unit)) === true;
    const before = ctx.rng.chance(0.4) ? !now : now;
    ctx.write(ws, `K${row}`, ctx.words("autonomous", before) ?? "", "word", { align: "center" });
    ctx.value(file, ws, `L${row}`, slotOf("autonomous", unit));
    row++;
  }
  for (let r = 6; r < row; r++)
    for (let c = 1; c <= 12; c++)
      ws.getCell(ref(c, r)).border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
  ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });
  if (ctx.rng.chance(0.6))
    hiddenSheet(ctx, wb, T.scratch, [
      [ctx.decoyLabel(D.budgetGrant), ctx.decoyValue(D.budgetGrant, "bao-lai-chau")],
      [ctx.decoyLabel(D.staffQuota), ctx.decoyValue(D.staffQuota, "dai-ptth-lai-chau")],
    ]);
  return [{ fileName: file, workbook: wb }];
}

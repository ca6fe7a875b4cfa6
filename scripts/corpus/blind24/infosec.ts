/**
 * Family "b24-infosec-report-appendices": the appendices of the province's yearly information-security report.
 * Appendix 1 lists the information systems of many owners (the press agencies' among the departments') with the
 * level their owner proposed on the left and the level approved on the right (the truth for the press agencies);
 * appendix 2 counts incidents by agency and year (near-miss figures only); appendix 3 gives each press agency's
 * people: the headcount, the IT and security staff, those trained in security (a near-miss) and those trained in
 * digital transformation. Nothing else of the plan is in it (absent).
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import { masthead, signature, type BuiltFile } from "../sheets";
import type { Blind24Context } from "./context";
import { headers, newWorkbook, sheet, slotOf } from "./kit";
import { B24_INFOSEC as T } from "./texts";
import { B24_DECOYS as D } from "./wordings";

/** The level an owner proposed: mostly the approved one, sometimes one higher. */
function proposed(ctx: Blind24Context, unit: UnitId): number | string {
  const v = ctx.data.value(slotOf("security_level", unit));
  if (typeof v !== "number") return "-";
  return ctx.rng.chance(0.45) ? Math.min(5, v + 1) : v;
}

function decision(ctx: Blind24Context): string {
  return `${ctx.rng.int(120, 2480)}/QĐ-UBND ngày ${ctx.rng.int(10, 28)}/${ctx.rng.int(1, 12)}/${ctx.rng.pick([2022, 2023, 2024])}`;
}

export function infosecAppendices(ctx: Blind24Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();

  // Appendix 1: the register.
  const reg = sheet(wb, ctx.pickText("reg", T.registerSheet), [6, 44, 34, 16, 18, 26]);
  masthead(ctx, reg, null, 6);
  ctx.writeMerged(reg, "A4:F4", ctx.pickText("regTitle", T.registerTitle), "upper", { bold: true });
  headers(ctx, reg, 6, [
    "STT",
    ctx.pickText("system", T.system),
    ctx.pickText("owner", T.owner),
    ctx.pickText("proposed", T.proposed),
    ctx.pickText("approved", T.approved),
    ctx.pickText("decision", T.decision),
  ]);
  const entries: Array<{ unit?: UnitId; system: string; owner: string }> = [
    ...T.otherSystems.map(([system, owner]) => ({ system, owner })),
    ...AGENCIES.filter((u) => u !== MAGAZINE || ctx.rng.chance(0.6)).map((unit) => ({
      unit,
      system: ctx.pickText(`sys|${unit}`, T.systems[unit as keyof typeof T.systems]),
      owner: ctx.agency(unit),
    })),
  ];
  let row = 7;
  ctx.rng.shuffle(entries).forEach((e, i) => {
    ctx.write(reg, `A${row}`, String(i + 1), "text", { align: "center" });
    ctx.write(reg, `B${row}`, e.system, "label");
    ctx.write(reg, `C${row}`, e.owner, "label");
    if (e.unit === undefined) {
      const level = ctx.rng.int(2, 4);
      ctx.figure(reg, `D${row}`, level);
      ctx.figure(reg, `E${row}`, level);
      ctx.write(reg, `F${row}`, decision(ctx), "text");
    } else {
      const p = proposed(ctx, e.unit);
      if (typeof p === "number") ctx.figure(reg, `D${row}`, p);
      else ctx.write(reg, `D${row}`, p, "text", { align: "center" });
      const shown = ctx.value(fileName, reg, `E${row}`, slotOf("security_level", e.unit));
      if (shown && typeof p === "number") ctx.write(reg, `F${row}`, decision(ctx), "text");
    }
    row++;
  });
  grid(reg, 6, 1, row - 1, 6);
  signature(ctx, reg, row + 1, 6);

  // Appendix 2: incidents, near-miss figures only.
  const inc = sheet(wb, ctx.pickText("inc", T.incidentSheet), [6, 40, 18, 18]);
  ctx.writeMerged(inc, "A1:D1", ctx.pickText("incTitle", T.incidentTitle), "upper", { bold: true });
  headers(ctx, inc, 3, [
    "STT",
    ctx.pickText("owner", T.owner),
    ...[2024, 2025].map((y) => ctx.pickText("incHead", T.incidentHead, { y })),
  ]);
  AGENCIES.forEach((unit, k) => {
    ctx.write(inc, `A${4 + k}`, String(k + 1), "text", { align: "center" });
    ctx.write(inc, `B${4 + k}`, ctx.agency(unit), "label");
    ctx.figure(inc, `C${4 + k}`, ctx.rng.int(0, 40));
    ctx.figure(inc, `D${4 + k}`, ctx.rng.int(0, 40));
  });
  grid(inc, 3, 1, 6, 4);

  // Appendix 3: people.
  const ppl = sheet(wb, ctx.pickText("ppl", T.peopleSheet), [6, 40, 18, 20, 20, 20]);
  ctx.writeMerged(ppl, "A1:F1", ctx.pickText("pplTitle", T.peopleTitle), "upper", { bold: true });
  headers(ctx, ppl, 3, [
    "STT",
    ctx.pickText("owner", T.owner),
    ctx.header("staff_total"),
    ctx.pickText("itStaff", T.itStaff),
    ctx.decoyLabel(D.securityTrained),
    ctx.header("staff_trained"),
  ]);
  AGENCIES.forEach((unit, k) => {
    const r = 4 + k;
    ctx.write(ppl, `A${r}`, String(k + 1), "text", { align: "center" });
    ctx.write(ppl, `B${r}`, ctx.agency(unit), "label");
    ctx.value(fileName, ppl, `C${r}`, slotOf("staff_total", unit));
    ctx.figure(ppl, `D${r}`, ctx.rng.int(1, 4));
    ctx.figure(ppl, `E${r}`, ctx.decoyValue(D.securityTrained, unit));
    ctx.value(fileName, ppl, ref(6, r), slotOf("staff_trained", unit));
  });
  grid(ppl, 3, 1, 6, 6);
  if (ctx.rng.chance(0.5)) ctx.write(ppl, "B8", ctx.note(2025), "text", { italic: true });
  return [{ fileName, workbook: wb }];
}

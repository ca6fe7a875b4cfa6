/**
 * "b30-it-application-annual-form": the yearly return on IT use and digital transformation each public unit sends
 * the provincial department, one workbook per agency. Coded rows in Roman-numbered sections (infrastructure,
 * systems and security, people, content and revenue, operating mechanism); 2024 beside 2025, a target column to
 * the right. Traps: computers and IT staff near the headcount, all works near the political ones, the digital part
 * of revenue, the level proposed for the next period right under the approved one, a hidden list sheet.
 */
import { AGENCIES, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind30Context } from "./context";
import {
  headers,
  hiddenSheet,
  isMagazine,
  nearFigure,
  newWorkbook,
  otherLevel,
  planFigure,
  sheet,
  slotOf,
} from "./kit";
import { B30_ITFORM as T } from "./texts";
import { B30_DECOYS as D, type B30Decoy } from "./wordings";

type Item =
  | { kind: "slot"; input: string }
  | { kind: "decoy"; decoy: B30Decoy; yearly: boolean }
  | { kind: "bandwidth" }
  | { kind: "proposed" };

function sections(unit: UnitId): Item[][] {
  const status = (input: string): Item => ({ kind: "slot", input });
  return [
    [{ kind: "decoy", decoy: D.computers, yearly: false }, { kind: "bandwidth" }],
    [
      status("security_level"),
      ...(isMagazine(unit) ? [] : [{ kind: "proposed" } as const]),
      status("digital_platforms"),
      status("ai_data_platform"),
      status("converged_newsroom"),
    ],
    [
      status("staff_total"),
      { kind: "decoy", decoy: D.itStaff, yearly: false },
      status("staff_trained"),
      { kind: "decoy", decoy: D.otherTraining, yearly: false },
    ],
    [
      { kind: "decoy", decoy: D.allWorks, yearly: true },
      status("political_articles"),
      status("revenue"),
      { kind: "decoy", decoy: D.digitalRevenue, yearly: true },
    ],
    [status("autonomous"), ...(isMagazine(unit) ? [status("licensed")] : [])],
  ];
}

export function itApplicationForm(ctx: Blind30Context): BuiltFile[] {
  const withList = ctx.rng.chance(0.5);
  return AGENCIES.map((unit) => {
    const wb = newWorkbook();
    const file = `${ctx.pickText("file", T.files)} - ${ctx.slug(unit)}.xlsx`;
    const ws = sheet(wb, ctx.rng.pick(["Phu luc", "PL01", "Bieu CNTT"]), [8, 46, 11, 15, 15, 16, 26]);
    ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
    ctx.write(ws, "A2", `${T.reporter} ${ctx.agency(unit, "form")}`, "text", { italic: true });
    headers(ctx, ws, 4, [
      T.codeHead,
      T.contentHead,
      T.measureHead,
      T.lastHead,
      T.thisHead,
      ctx.planHeader(2025),
      T.noteHead,
    ]);
    let row = 5;
    sections(unit).forEach((items, s) => {
      ctx.writeMerged(ws, `A${row}:G${row}`, T.sections[s] ?? "", "text", { bold: true, align: "left" });
      row++;
      items.forEach((item, i) => {
        ctx.write(ws, `A${row}`, `${s + 1}.${i + 1}`);
        if (item.kind === "slot") slotRow(ctx, file, ws, row, item.input, unit);
        else if (item.kind === "decoy") {
          const last = ctx.decoyRow(item.decoy, unit, `form-${unit}`, 2024);
          const now = ctx.decoyRow(item.decoy, unit, `form-${unit}`, 2025);
          ctx.write(ws, `B${row}`, now.text, "label");
          ctx.write(ws, `C${row}`, item.decoy.measure);
          ctx.figure(ws, `D${row}`, item.yearly ? last.value : Math.max(1, now.value - ctx.rng.int(1, 3)));
          ctx.figure(ws, `E${row}`, now.value);
        } else if (item.kind === "bandwidth") {
          ctx.write(ws, `B${row}`, T.bandwidth, "label");
          ctx.write(ws, `C${row}`, "Mbps");
          ctx.figure(ws, `D${row}`, ctx.rng.pick([100, 150, 200]));
          ctx.figure(ws, `E${row}`, ctx.rng.pick([300, 500, 1000]));
        } else {
          const level = ctx.data.value(slotOf("security_level", unit));
          ctx.write(ws, `B${row}`, T.proposed, "label", { italic: true });
          if (typeof level === "number") ctx.write(ws, `E${row}`, `Cấp ${otherLevel(level)}`, "word");
        }
        row++;
      });
    });
    if (withList)
      hiddenSheet(ctx, wb, ctx.pickText("list", T.listSheet), [
        [ctx.style.yesNo[0], 1],
        [ctx.style.yesNo[1], 0],
        ["Cấp 1", 1],
        ["Cấp 3", 3],
      ]);
    return { fileName: file, workbook: wb };
  });
}

function slotRow(
  ctx: Blind30Context,
  file: string,
  ws: import("exceljs").Worksheet,
  row: number,
  input: string,
  unit: UnitId,
): void {
  ctx.write(ws, `B${row}`, ctx.label(input, { key: "form" }), "label");
  ctx.write(ws, `C${row}`, ctx.measure(input));
  if (input === "political_articles" || input === "revenue") {
    for (const [col, year] of [
      ["D", 2024],
      ["E", 2025],
    ] as const) {
      const slot = slotOf(input, unit, year);
      ctx.value(file, ws, `${col}${row}`, slot);
    }
    const plan = planFigure(ctx, slotOf(input, unit, 2025));
    if (plan !== null) ctx.figure(ws, `F${row}`, plan);
    if (ctx.rng.chance(0.4)) ctx.write(ws, `G${row}`, ctx.note());
    return;
  }
  const slot = slotOf(input, unit);
  ctx.value(file, ws, `E${row}`, slot);
  const v = ctx.data.value(slot);
  if (!ctx.data.shown(slot)) return;
  if (typeof v === "number" && input !== "security_level") {
    const last = nearFigure(ctx, slot, 0.88, 0.98);
    if (last !== null) ctx.figure(ws, `D${row}`, last);
  } else if (typeof v === "boolean") {
    ctx.write(ws, `D${row}`, v && ctx.rng.chance(0.5) ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word");
  }
}

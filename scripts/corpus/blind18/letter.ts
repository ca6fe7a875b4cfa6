/**
 * "b18-reply-letter-table": each agency answers the department's request with an official letter typed in a sheet
 * (a workbook per agency): letterhead, number, subject, addressee, an opening paragraph, a small table of the
 * yearly figures (2023–2025), its answers on staff and digital transformation listed as lettered lines with the
 * answer at the end of the line, then next year's targets under their own heading (the same wordings again), a
 * proposal with amounts in the text, recipients and the signer. Traps: next year's targets repeating the inputs'
 * wordings with figures, "of which" rows in the table, amounts inside paragraphs, a hidden draft sheet.
 */
import { grid, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, YEARLY, statusInputsOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import { scratchSheet } from "../traps";
import type { Blind18Context } from "./context";
import { newWorkbook, planFigure, sheet } from "./kit";
import { B18_LETTER as T, B18_GENERIC as G } from "./texts";
import { B18_DECOYS } from "./wordings";

const YEARS_SHOWN = [2023, 2024, 2025] as const;
const LAST = 7;

export function replyLetter(ctx: Blind18Context): BuiltFile[] {
  return AGENCIES.map((unit, i) => letterOf(ctx, unit, i));
}

function letterOf(ctx: Blind18Context, unit: UnitId, index: number): BuiltFile {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.files, { v: ctx.slug(unit) });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 46, 10, 12, 12, 12, 18]);
  const a = ctx.agency(unit, "letter");
  const line = (
    r: number,
    text: string,
    style: { bold?: boolean; italic?: boolean; align?: "left" | "center" } = {},
  ) => {
    ctx.writeMerged(ws, `A${r}:${ref(LAST, r)}`, text, "text", { align: "left", ...style });
  };
  ctx.writeMerged(ws, "A1:B1", a, "upper", { bold: true });
  ctx.writeMerged(ws, "C1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "upper", { bold: true });
  ctx.writeMerged(
    ws,
    "A2:B2",
    ctx.pickText(`no-${unit}`, [T.numbers[index] ?? ""], { n: String(rng.int(112, 398)) }),
    "text",
  );
  ctx.writeMerged(ws, "C2:G2", "Độc lập - Tự do - Hạnh phúc", "text", { bold: true });
  ctx.writeMerged(ws, "A3:B3", ctx.pickText("about", T.about), "text", { italic: true, wrap: true });
  ctx.writeMerged(ws, "C3:G3", ctx.pickText("date", T.dateLine), "text", { italic: true });
  ws.getRow(3).height = 32;
  line(5, ctx.pickText("to", T.to), { align: "center" });
  line(6, ctx.pickText("opening", T.opening).replace("{a}", a), {});
  ws.getRow(6).height = 36;
  line(8, ctx.pickText("part1", T.part1), { bold: true });

  const th = T.tableHeads;
  const head = 9;
  const heads = [
    ctx.pickText("th-no", G.no),
    ctx.pickText("th-item", th.item),
    ctx.pickText("th-measure", G.measure),
    ...YEARS_SHOWN.map((y) => ctx.pickText("th-year", th.year, { y })),
    ctx.pickText("th-note", th.note),
  ];
  heads.forEach((t, i) =>
    ctx.write(ws, ref(i + 1, head), t, "text", { bold: true, align: "center", wrap: true }),
  );
  let row = head + 1;
  let no = 0;
  for (const input of YEARLY) {
    put(ws, ref(1, row), ++no, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.wording(input, "letter"), "label", { wrap: true });
    ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
    YEARS_SHOWN.forEach((year, i) => {
      if (ctx.data.years[input].includes(year))
        ctx.value(fileName, ws, ref(4 + i, row), { input, unit, year });
    });
    if (rng.chance(0.3)) ctx.write(ws, ref(LAST, row), ctx.note(), "text", { italic: true, wrap: true });
    row++;
    const near = Object.values(B18_DECOYS).filter((d) => d.near === input);
    if (rng.chance(0.6)) {
      const d = rng.pick(near);
      put(ws, ref(1, row), "-", { align: "center" });
      ctx.write(ws, ref(2, row), ctx.decoyLabel(d, "letter"), "label", { italic: true, wrap: true });
      ctx.write(ws, ref(3, row), ctx.measure(input), "text", { align: "center" });
      YEARS_SHOWN.forEach((year, i) => {
        if (ctx.data.years[input].includes(year))
          ctx.figure(ws, ref(4 + i, row), ctx.decoyValue(d, unit, year), { italic: true });
      });
      row++;
    }
  }
  grid(ws, head, 1, row - 1, LAST);
  row++;
  line(row++, ctx.pickText("part2", T.part2), { bold: true });
  const answerHead = row;
  ctx.write(ws, ref(6, row), ctx.pickText("th-answer", th.answer), "text", { bold: true, align: "center" });
  row++;
  statusInputsOf(unit).forEach((input, i) => {
    const slot: Slot = { input, unit };
    ctx.writeMerged(ws, `A${row}:E${row}`, `${T.sub[i] ?? "-"} ${ctx.wording(input, "letter")}`, "label", {
      align: "left",
      wrap: true,
    });
    ctx.value(fileName, ws, ref(6, row), slot);
    if (input === "staff_total" && rng.chance(0.5)) {
      row++;
      const d = B18_DECOYS.collaborators;
      if (d) {
        ctx.writeMerged(ws, `A${row}:E${row}`, `  ${ctx.decoyLabel(d, "letter")}`, "label", {
          align: "left",
          italic: true,
        });
        ctx.figure(ws, ref(6, row), ctx.decoyValue(d, unit));
      }
    }
    row++;
  });
  grid(ws, answerHead, 6, row - 1, 6);
  row++;
  // Next year's targets: the inputs' wordings again, with the figures the agency aims at.
  line(row++, ctx.pickText("part3", T.part3), { bold: true });
  for (const input of rng.shuffle([...YEARLY, "staff_trained"]).slice(0, rng.int(2, 3))) {
    const slot: Slot = input === "staff_trained" ? { input, unit } : { input, unit, year: 2025 };
    const target = planFigure(ctx, slot);
    if (target === null) continue;
    ctx.writeMerged(ws, `A${row}:E${row}`, `- ${ctx.wording(input, "letter")}`, "label", {
      align: "left",
      wrap: true,
    });
    ctx.figure(ws, ref(6, row), input === "staff_trained" ? target : Math.round(target * 1.12));
    row++;
  }
  row++;
  line(row++, ctx.pickText("part4", T.part4), { bold: true });
  line(row++, ctx.pickText("proposal", T.proposal).replace("{n}", vnNumberText(rng.int(3, 40) * 50)), {});
  line(row++, ctx.pickText("closing", T.closing), { italic: true });
  row++;
  T.recipients.forEach((r, i) => put(ws, `A${row + i}`, r, { italic: i > 0, bold: i === 0 }));
  ctx.writeMerged(ws, `D${row}:G${row}`, T.signers[index] ?? "", "upper", { bold: true });
  if (rng.chance(0.45)) scratchSheet(ctx, wb, [unit]);
  return { fileName, workbook: wb };
}

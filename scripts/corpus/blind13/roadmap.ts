/**
 * A roadmap tracker: one block per agency, each item on two rows (plan figures above, what was done below, the
 * item's name merged over both), years across up to 2025 then the 2030 goal; status items show last year's state
 * in the 2024 column of the done row.
 */
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, kindOf, PROVINCE, statusInputsOf, YEARLY, type UnitId } from "../model";
import { masthead, sheetName, title, unionYears, type BuiltFile } from "../sheets";
import type { Blind13Context } from "./context";
import { head, planFigure, remark, writePlanFigure } from "./kit";
import { B13_ROADMAP as T } from "./texts";

export function roadmapPlanActual(ctx: Blind13Context): BuiltFile[] {
  const { rng, data } = ctx;
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("file", T.files)}.xlsx`;
  const years = unionYears(data).filter((y) => y >= 2020);
  const yearCol = new Map<number, number>();
  let c = 4;
  for (const y of years) yearCol.set(y, c++);
  const goalCol = c++;
  const noteCol = c;
  const last = noteCol;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("sheet", T.sheets)), [
    6,
    46,
    11,
    ...Array<number>(last - 3).fill(11),
  ]);
  let top = 1;
  if (rng.chance(0.5)) {
    masthead(ctx, ws, null, last);
    top = 4;
  }
  title(ctx, ws, top, last, ctx.pickText("title", T.titles));
  const h = top + 3;
  head(ctx, ws, `A${h}`, "TT");
  head(ctx, ws, `B${h}`, ctx.pickText("content", T.content));
  head(ctx, ws, `C${h}`, ctx.pickText("kind", T.kind));
  for (const [y, col] of yearCol) head(ctx, ws, ref(col, h), String(y));
  head(ctx, ws, ref(goalCol, h), ctx.pickText("goal", T.goal));
  head(ctx, ws, ref(noteCol, h), ctx.pickText("remark", T.remark));
  let row = h + 1;
  const col25 = yearCol.get(2025) ?? goalCol - 1;
  const col24 = yearCol.get(2024);
  const planMark = ctx.pickText("plan", T.planMarks);
  const doneMark = ctx.pickText("done", T.actualMarks);
  const units: UnitId[] = data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];

  units.forEach((unit, u) => {
    ctx.writeMerged(
      ws,
      `A${row}:${ref(last, row)}`,
      `${"ABCD"[u] ?? ""}. ${ctx.agency(unit, "rm")}`,
      "text",
      {
        bold: true,
        align: "left",
      },
    );
    row++;
    const inputs =
      unit === PROVINCE
        ? ["remote_population_total", "remote_population_reached"]
        : [...YEARLY, ...statusInputsOf(unit)];
    inputs.forEach((input, i) => {
      const [plan, done] = [row, row + 1];
      put(ws, `A${plan}`, i + 1, { align: "center" });
      ctx.writeMerged(ws, `B${plan}:B${done}`, ctx.label(input, { unit: rng.chance(0.3) }), "label", {
        align: "left",
      });
      ctx.write(ws, `C${plan}`, planMark, "text", { align: "center", italic: true });
      ctx.write(ws, `C${done}`, doneMark, "text", { align: "center" });
      if (input === "political_articles" || input === "revenue") {
        for (const [year, col] of yearCol) {
          if (!data.years[input].includes(year)) continue;
          if (year >= 2021) ctx.number(ws, ref(col, plan), ctx.near(input, unit, 1.04, 1.2, year));
          ctx.value(fileName, ws, ref(col, done), { input, unit, year });
        }
        ctx.write(ws, ref(goalCol, plan), input === "revenue" ? "Tăng ≥ 20%" : "+20%/năm", "text", {
          align: "center",
        });
      } else {
        const slot = { input, unit };
        writePlanFigure(ctx, ws, ref(col25, plan), slot);
        const v = data.value(slot);
        if (col24 !== undefined && data.shown(slot)) {
          if (typeof v === "boolean") {
            const then = v && rng.chance(0.5) ? false : v;
            const word = ctx.words(input, then);
            if (word !== null) ctx.write(ws, ref(col24, done), word, "word", { align: "center" });
          } else if (typeof v === "number") {
            const then =
              kindOf(input) === "level" ? Math.max(1, v - rng.int(0, 1)) : ctx.near(input, unit, 0.85, 0.98);
            const word = ctx.words(input, then);
            if (word !== null) ctx.write(ws, ref(col24, done), word, "word", { align: "center" });
            else ctx.number(ws, ref(col24, done), then);
          }
        }
        ctx.value(fileName, ws, ref(col25, done), slot);
        const goal = planFigure(ctx, slot);
        if (typeof goal === "string") ctx.write(ws, ref(goalCol, plan), goal, "word", { align: "center" });
      }
      remark(ctx, ws, ref(noteCol, done), 0.2);
      row += 2;
    });
  });
  grid(ws, h, 1, row - 1, last);
  return [{ fileName, workbook: wb }];
}

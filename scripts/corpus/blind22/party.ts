/**
 * b22-party-resolution-midterm-review: each agency's party cell reviews the targets of its congress resolution,
 * one workbook per agency. Years run as columns under a merged "results" head; the resolution's own target
 * stands left of them (worded as the party words it, not as a plan), a self-assessment word (Đạt / Vượt / Chưa
 * đạt) right of them. Near-miss rows (all works, advertising income, press cards) sit under the true rows; a
 * hidden scratch sheet holds rough figures.
 */
import { colLetter, grid, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import { unionYears } from "../sheets";
import type { Blind22Context } from "./context";
import { newWorkbook, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B22_PARTY as T } from "./texts";
import { B22_DECOYS as D } from "./wordings";

type Row = { kind: "input"; input: string } | { kind: "decoy"; decoy: keyof typeof D; yearly: boolean };

function sections(unit: UnitId): Row[][] {
  const status = statusInputsOf(unit);
  const tech = status.filter((i) => !["staff_total", "staff_trained", "autonomous"].includes(i));
  return [
    [
      { kind: "input", input: "political_articles" },
      { kind: "decoy", decoy: "allWorks", yearly: true },
    ],
    [
      { kind: "input", input: "revenue" },
      { kind: "decoy", decoy: "adIncome", yearly: true },
      { kind: "input", input: "autonomous" },
    ],
    [
      { kind: "input", input: "staff_total" },
      { kind: "decoy", decoy: "pressCards", yearly: false },
      { kind: "input", input: "staff_trained" },
      { kind: "decoy", decoy: "otherCourses", yearly: false },
    ],
    tech.map((input) => ({ kind: "input", input })),
  ];
}

export function partyReview(ctx: Blind22Context): BuiltFile[] {
  const years = unionYears(ctx.data);
  return AGENCIES.map((unit) => {
    const fileName = `${ctx.slug(unit)}_${ctx.pickText("party-file", ["So ket NQ", "PL nghi quyet"])}.xlsx`;
    const wb = newWorkbook();
    const ws = sheet(wb, ctx.pickText("party-sheet", T.sheets), [
      6,
      44,
      9,
      14,
      ...years.map(() => 11),
      11,
      22,
    ]);
    const yearCol = (y: number) => 5 + years.indexOf(y);
    const verdictCol = 5 + years.length;
    const noteCol = verdictCol + 1;
    const last = noteCol;
    const half = colLetter(Math.max(2, Math.floor(last / 2)));
    const after = colLetter(Math.max(3, Math.floor(last / 2) + 1));
    ctx.writeMerged(ws, `A1:${half}1`, ctx.pickText("party-parent", T.parents), "upper");
    ctx.writeMerged(
      ws,
      `A2:${half}2`,
      ctx.pickText("party-cell", T.cell, { n: ctx.agency(unit, "cell") }),
      "upper",
      { bold: true },
    );
    ctx.writeMerged(ws, `${after}1:${colLetter(last)}1`, T.party, "upper", { bold: true });
    ctx.writeMerged(ws, `A4:${colLetter(last)}4`, ctx.pickText("party-title", T.titles), "upper", {
      bold: true,
      size: 13,
    });
    ctx.writeMerged(
      ws,
      `A5:${colLetter(last)}5`,
      ctx.pickText("party-sub", T.subtitles, { y: 2025, n: String(ctx.rng.int(12, 95)) }),
      "text",
      { italic: true },
    );
    const head = { bold: true, align: "center" as const, wrap: true };
    const tall = (col: number, text: string) =>
      ctx.writeMerged(ws, `${ref(col, 7)}:${ref(col, 8)}`, text, "text", head);
    tall(1, T.heads.no);
    tall(2, ctx.pickText("party-item", T.heads.item));
    tall(3, T.heads.measure);
    tall(4, ctx.pickText("party-resolution", T.heads.resolution));
    ctx.writeMerged(
      ws,
      `${ref(5, 7)}:${ref(verdictCol - 1, 7)}`,
      ctx.pickText("party-results", T.heads.results),
      "text",
      head,
    );
    const yearHead = ctx.pickText("party-year", T.heads.year);
    for (const y of years)
      ctx.write(ws, ref(yearCol(y), 8), yearHead.replace("{y}", String(y)), "text", head);
    tall(verdictCol, ctx.pickText("party-verdict", T.heads.verdict));
    tall(noteCol, T.heads.note);

    let row = 9;
    sections(unit).forEach((rows, s) => {
      ctx.write(ws, `A${row}`, ROMAN[s] ?? "", "text", { bold: true, align: "center" });
      ctx.write(ws, `B${row}`, T.sections[s] ?? "", "upper", { bold: true });
      row++;
      let n = 0;
      for (const r of rows) {
        if (r.kind === "decoy") {
          const d = D[r.decoy];
          ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(d, `party-${r.decoy}`)}`, "label", { italic: true });
          ctx.write(ws, `C${row}`, ctx.measure(d.near), "text", { align: "center" });
          const near = d.near === "revenue" ? "revenue" : "political_articles";
          const ys = r.yearly ? years.filter((y) => ctx.data.years[near].includes(y)) : [2025];
          for (const y of ys)
            ctx.figure(ws, ref(yearCol(y), row), ctx.decoyValue(d, unit, y), { italic: true });
          row++;
          continue;
        }
        const input = r.input;
        n++;
        ctx.write(ws, `A${row}`, String(n), "text", { align: "center" });
        ctx.write(ws, `B${row}`, ctx.label(input, { unit: ctx.rng.chance(0.3) }), "label", { wrap: true });
        ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
        // The resolution's own figure: a target, worded the party's way.
        const target = planFigure(ctx, slotOf(input, unit, 2025));
        if (target !== null && input !== "political_articles" && ctx.rng.chance(0.6))
          ctx.figure(ws, `D${row}`, target);
        else
          ctx.write(
            ws,
            `D${row}`,
            ctx.pickText(`party-target-${input}`, T.targetTexts, { n: vnNumberText(target ?? 1) }),
            "text",
            { align: "center", wrap: true },
          );
        if (isYearly(input)) {
          for (const y of years)
            if (ctx.data.years[input].includes(y) || ctx.rng.chance(0.5))
              ctx.value(fileName, ws, ref(yearCol(y), row), { input, unit, year: y });
        } else {
          ctx.value(fileName, ws, ref(yearCol(2025), row), { input, unit });
        }
        ctx.write(ws, ref(verdictCol, row), ctx.rng.pick(T.verdicts), "word", { align: "center" });
        if (ctx.rng.chance(0.35))
          ctx.write(ws, ref(noteCol, row), ctx.note(2025), "text", { italic: true, wrap: true });
        row++;
      }
    });
    grid(ws, 7, 1, row - 1, last);
    ctx.write(ws, `B${row + 1}`, T.footer, "text", { italic: true });

    if (ctx.rng.chance(0.6)) {
      const scratch = sheet(wb, ctx.pickText("party-scratch", T.scratch), [30, 12, 12]);
      scratch.state = "hidden";
      let r = 1;
      for (const y of years.slice(-3)) {
        ctx.write(scratch, `A${r}`, `${ctx.decoyLabel(D.allWorks, "party-allWorks")} ${y}`, "text");
        ctx.figure(scratch, `B${r}`, ctx.decoyValue(D.allWorks, unit, y));
        r++;
      }
    }
    return { fileName, workbook: wb };
  });
}

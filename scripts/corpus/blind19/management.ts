/**
 * b19-state-management-wide-report: the data appendix of the department's yearly report on the state management of
 * the press: the province's agencies as rows, and a wide, two-row header of column groups: print issues, broadcast
 * hours, all articles, new articles for political tasks by year, revenue by year with the year's target, staff and
 * training. A row of column numbers under the header and a total row (SUM formulas) close the table. Traps: the
 * other groups' counts, all articles beside the political ones, the target at the end of the revenue group, press
 * cards beside the staff, and the total row.
 */
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import type ExcelJS from "exceljs";
import { AGENCIES, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind19Context } from "./context";
import { newWorkbook, planFigure, sheet, slotOf, yearsShown } from "./kit";
import { B19_MANAGEMENT as T } from "./texts";
import { B19_DECOYS as D } from "./wordings";

type Col =
  | { kind: "slot"; input: string; year?: number }
  | { kind: "plan" }
  | { kind: "other"; of: (u: UnitId) => number | string | null };

type Group = { title: string | null; cols: Array<{ head: string; col: Col }> };

const PRINT: Readonly<Record<UnitId, boolean>> = {
  "bao-lai-chau": true,
  "dai-ptth-lai-chau": false,
  "tap-chi-van-nghe-lai-chau": true,
  "tinh-lai-chau": false,
};

function groups(ctx: Blind19Context): Group[] {
  const year = (y: number) => ctx.pickText("year", T.year, { y });
  const down = ctx.choose("order", ["up", "down"]) === "down";
  const lastYears = (input: string) => {
    const from = 2025 - ctx.rng.int(2, 4);
    const ys = yearsShown(ctx, input).filter((y) => y >= from);
    return down ? ys.reverse() : ys;
  };
  const print: Group = {
    title: ctx.pickText("print", T.print),
    cols: T.printCols.map((head, i) => ({
      head,
      col: {
        kind: "other",
        of: (u) =>
          PRINT[u]
            ? i === 0
              ? u === "bao-lai-chau"
                ? ctx.rng.int(140, 160)
                : 12
              : ctx.rng.int(8, 40) * 100
            : "-",
      },
    })),
  };
  const broadcast: Group = {
    title: ctx.pickText("broadcast", T.broadcast),
    cols: T.broadcastCols.map((head) => ({
      head,
      col: { kind: "other", of: (u) => (u === "dai-ptth-lai-chau" ? ctx.rng.int(12, 20) : "-") },
    })),
  };
  const all: Group = {
    title: null,
    cols: [
      {
        head: ctx.decoyLabel(D.allArticles, "qlnn"),
        col: { kind: "other", of: (u) => ctx.decoyValue(D.allArticles, u, 2025) },
      },
    ],
  };
  const articles: Group = {
    title: ctx.rng.chance(0.5)
      ? ctx.pickText("articles", T.articles)
      : ctx.header("political_articles", "qlnn"),
    cols: lastYears("political_articles").map((y) => ({
      head: year(y),
      col: { kind: "slot", input: "political_articles", year: y },
    })),
  };
  const money: Group = {
    title: ctx.rng.chance(0.5) ? ctx.pickText("money", T.money) : ctx.header("revenue", "qlnn"),
    cols: [
      ...lastYears("revenue").map((y) => ({
        head: year(y),
        col: { kind: "slot" as const, input: "revenue", year: y },
      })),
      { head: ctx.planHeader(2025), col: { kind: "plan" } },
    ],
  };
  const people: Group = {
    title: ctx.pickText("people", T.people),
    cols: ctx.rng.shuffle<{ head: string; col: Col }>([
      { head: ctx.header("staff_total", "qlnn"), col: { kind: "slot", input: "staff_total" } },
      { head: ctx.header("staff_trained", "qlnn"), col: { kind: "slot", input: "staff_trained" } },
      {
        head: ctx.decoyLabel(D.pressCards, "qlnn"),
        col: { kind: "other", of: (u: UnitId) => ctx.decoyValue(D.pressCards, u) },
      },
    ]),
  };
  return ctx.rng.chance(0.5)
    ? [print, broadcast, all, articles, money, people]
    : [articles, money, people, all, print, broadcast];
}

export function managementReport(ctx: Blind19Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.fileNames, { y: 2025 });
  const wb = newWorkbook();
  const gs = groups(ctx).filter((g) => g.cols.length > 0);
  const width = 2 + gs.reduce((n, g) => n + g.cols.length, 0);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 34, ...Array<number>(width - 2).fill(11)]);
  const end = colLetter(width);
  ctx.writeMerged(ws, `A1:${end}1`, ctx.pickText("title", T.titles, { y: 2025 }), "upper", { bold: true });
  ctx.writeMerged(ws, `A2:${end}2`, ctx.pickText("sub", T.subtitles, { y: 2025 }), "text", { italic: true });
  const head = (range: string, text: string) => ctx.writeMerged(ws, range, text, "text", { bold: true });
  head("A4:A5", "STT");
  head("B4:B5", ctx.pickText("agency", T.agency));
  let col = 3;
  const placed: Array<{ col: number; c: Col }> = [];
  for (const g of gs) {
    const from = col;
    if (g.title === null) {
      for (const c of g.cols) head(`${colLetter(col)}4:${colLetter(col)}5`, c.head);
    } else {
      if (g.cols.length > 1) head(`${colLetter(from)}4:${colLetter(from + g.cols.length - 1)}4`, g.title);
      else ctx.write(ws, ref(from, 4), g.title, "text", { bold: true, align: "center", wrap: true });
      g.cols.forEach((c, i) =>
        ctx.write(ws, ref(from + i, 5), c.head, "text", { bold: true, align: "center", wrap: true }),
      );
    }
    for (const c of g.cols) placed.push({ col: col++, c: c.col });
  }
  ws.getRow(4).height = 30;
  ws.getRow(5).height = 44;
  for (let c = 1; c <= width; c++)
    put(ws, ref(c, 6), c <= 2 ? String.fromCharCode(64 + c) : `(${c - 2})`, {
      italic: true,
      align: "center",
    });
  const first = 7;
  AGENCIES.forEach((unit, i) => {
    const r = first + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "qlnn"), "label");
    for (const { col: c, c: what } of placed) {
      const at = ref(c, r);
      if (what.kind === "slot") ctx.value(fileName, ws, at, slotOf(what.input, unit, what.year));
      else if (what.kind === "plan") {
        const p = planFigure(ctx, slotOf("revenue", unit, 2025));
        if (p !== null) ctx.figure(ws, at, p);
      } else {
        const v = what.of(unit);
        if (typeof v === "number") ctx.figure(ws, at, v);
        else if (v !== null) put(ws, at, v, { align: "center" });
      }
    }
  });
  const total = first + AGENCIES.length;
  ctx.write(ws, `B${total}`, ctx.pickText("total", T.total), "label", { bold: true });
  for (const { col: c, c: what } of placed) {
    if (what.kind !== "slot") continue;
    const shown = AGENCIES.map((u) => ctx.shownNumber(slotOf(what.input, u, what.year))).filter(
      (n): n is number => n !== undefined,
    );
    if (shown.length < 2) continue;
    const L = colLetter(c);
    put(
      ws,
      ref(c, total),
      { formula: `SUM(${L}${first}:${L}${total - 1})`, result: shown.reduce((a, b) => a + b, 0) },
      { numFmt: "#,##0", bold: true },
    );
  }
  grid(ws, 4, 1, total, width);
  if (ctx.rng.chance(0.4)) ctx.write(ws, `B${total + 2}`, ctx.note(2025), "text", { italic: true });
  if (ctx.data.province)
    reachTable(ctx, sheet(wb, ctx.pickText("reach-sheet", T.reachSheet), [6, 30, 16, 16, 12]), fileName);
  return [{ fileName, workbook: wb }];
}

/** A small table on a sheet of its own: the province's remote-area figures under short headers. */
function reachTable(ctx: Blind19Context, ws: ExcelJS.Worksheet, file: string): void {
  const row = 1;
  ctx.write(ws, `B${row}`, ctx.pickText("reach", T.reach), "label", { bold: true });
  const total = { input: "remote_population_total", unit: PROVINCE };
  const reached = { input: "remote_population_reached", unit: PROVINCE };
  const heads = [ctx.header(total.input, "qlnn"), ctx.header(reached.input, "qlnn"), T.rate];
  heads.forEach((h, i) =>
    ctx.write(ws, ref(3 + i, row + 1), h, "text", { bold: true, align: "center", wrap: true }),
  );
  ctx.write(ws, `B${row + 2}`, ctx.agency(PROVINCE, "qlnn"), "label");
  ctx.value(file, ws, `C${row + 2}`, total);
  ctx.value(file, ws, `D${row + 2}`, reached);
  const t = ctx.shownNumber(total);
  const r = ctx.shownNumber(reached);
  if (t !== undefined && r !== undefined)
    put(
      ws,
      `E${row + 2}`,
      { formula: `D${row + 2}/C${row + 2}*100`, result: Math.round((r / t) * 1000) / 10 },
      { numFmt: "0.0" },
    );
  grid(ws, row + 1, 2, row + 2, 5);
}

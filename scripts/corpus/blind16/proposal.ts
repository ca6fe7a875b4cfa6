/**
 * "b16-project-proposal-baseline": each agency's explanatory form proposing a digital-transformation task for the
 * next year, one workbook per agency. Unit details (a phone number, the size of the task team), the last three
 * years' results (articles and revenue beside all articles and the ordered funds), the current state of every
 * status item with the state promised after the investment beside it, and the cost items with their sum. A hidden
 * sheet holds the drop-down lists.
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { masthead, signature, type BuiltFile } from "../sheets";
import type { Blind16Context } from "./context";
import { headers, nearFigure, newWorkbook, sheet } from "./kit";
import { B16_PROPOSAL as T } from "./texts";
import { B16_DECOYS } from "./wordings";

const LAST = 7;

export function proposalBaseline(ctx: Blind16Context): BuiltFile[] {
  return AGENCIES.map((unit) => proposalOf(ctx, unit));
}

function proposalOf(ctx: Blind16Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { v: ctx.slug(unit) });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 50, 12, 16, 16, 16, 24]);
  masthead(ctx, ws, unit, LAST);
  ctx.writeMerged(ws, `A4:G4`, ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  let row = 6;
  const section = (text: string) => {
    ctx.write(ws, `A${row}`, text, "upper", { bold: true });
    row++;
  };
  section(ctx.pickText("info", T.info));
  ctx.write(ws, `B${row++}`, ctx.pickText("name", T.name, { v: ctx.agency(unit, "form") }), "text");
  ctx.write(ws, `B${row++}`, ctx.pickText("phone", T.phone, { n: String(rng.int(100, 999)) }), "text");
  ctx.write(ws, `B${row++}`, ctx.pickText("people", T.people, { n: String(rng.int(3, 9)) }), "text");
  // The station's proposal (coverage of remote areas) cites the province's remote-area figures.
  if (unit === "dai-ptth-lai-chau" && ctx.data.province) {
    ctx.write(ws, `B${row}`, ctx.pickText("cite", T.cite), "text", { italic: true });
    row++;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      ctx.write(ws, `B${row}`, `- ${ctx.header(input, "info")}`, "label");
      ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `D${row}`, { input, unit: PROVINCE });
      row++;
    }
    if (rng.chance(0.7)) {
      const d = B16_DECOYS.receivers;
      ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(d, unit)}`, "label", { italic: true });
      ctx.number(ws, `D${row}`, ctx.decoyValue(d, PROVINCE));
      row++;
    }
  }
  row++;

  // Results of the last three years (figures in D, E, F), above the state table so no target header tops them.
  section(ctx.pickText("past", T.past));
  const years = [2023, 2024, 2025];
  headers(
    ctx,
    ws,
    row,
    [
      "STT",
      ctx.pickText("content", T.content),
      "ĐVT",
      ...years.map((y) => ctx.pickText("year", T.year, { y })),
    ],
    1,
  );
  const partial = rng.chance(0.4);
  if (partial) headers(ctx, ws, row, [ctx.partialHeader(2025)], LAST);
  row++;
  let top = row;
  let stt = 0;
  const yearly = (input: string) => {
    put(ws, `A${row}`, ++stt, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "form" }), "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    years.forEach((year, i) => ctx.value(fileName, ws, ref(4 + i, row), { input, unit, year }));
    if (partial) {
      const p = nearFigure(ctx, { input, unit, year: 2025 }, 0.7, 0.85);
      if (p !== null) ctx.number(ws, ref(LAST, row), p);
    }
    row++;
  };
  const decoy = (d: (typeof B16_DECOYS)[keyof typeof B16_DECOYS]) => {
    ctx.write(ws, `B${row}`, ctx.decoyLabel(d, unit), "label", { italic: true });
    ctx.write(ws, `C${row}`, ctx.measure(d.near), "text", { align: "center" });
    years.forEach((year, i) => ctx.number(ws, ref(4 + i, row), ctx.decoyValue(d, unit, year)));
    row++;
  };
  yearly("political_articles");
  if (rng.chance(0.6)) decoy(rng.pick([B16_DECOYS.allArticles, B16_DECOYS.reposts]));
  yearly("revenue");
  if (rng.chance(0.7)) decoy(rng.pick([B16_DECOYS.orderFunds, B16_DECOYS.adRevenue]));
  grid(ws, top, 1, row - 1, partial ? LAST : 6);
  row++;

  // The current state (D) and the promised one (E, under a target header).
  section(ctx.pickText("now", T.now));
  headers(ctx, ws, row, [
    "STT",
    ctx.pickText("content", T.content),
    "ĐVT",
    ctx.pickText("state", T.state),
    ctx.pickText("after", T.after),
  ]);
  row++;
  top = row;
  stt = 0;
  for (const input of statusInputsOf(unit)) {
    put(ws, `A${row}`, ++stt, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.label(input, { key: "form", unit: rng.chance(0.3) }), "label", {
      wrap: true,
    });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    ctx.value(fileName, ws, `D${row}`, { input, unit });
    const v = ctx.data.value({ input, unit });
    if (input === "staff_trained") {
      const t = ctx.data.value({ input: "staff_total", unit });
      if (typeof t === "number" && t !== v) put(ws, `E${row}`, t, { numFmt: "#,##0" });
    } else if (input === "staff_total") {
      if (typeof v === "number") put(ws, `E${row}`, v + rng.int(1, 4), { numFmt: "#,##0" });
    } else if (input === "security_level") {
      if (typeof v === "number") put(ws, `E${row}`, Math.max(3, v + 1), { align: "center" });
    } else if (v === false) ctx.write(ws, `E${row}`, ctx.style.yesNo[0], "word", { align: "center" });
    row++;
    if (input === "staff_total" && rng.chance(0.6)) {
      const d = rng.pick([B16_DECOYS.collaborators, B16_DECOYS.pressCards, B16_DECOYS.politicalCourse]);
      ctx.write(ws, `B${row}`, ctx.decoyLabel(d, unit), "label", { italic: true });
      ctx.write(ws, `C${row}`, ctx.measure("staff_total"), "text", { align: "center" });
      ctx.number(ws, `D${row}`, ctx.decoyValue(d, unit));
      row++;
    }
  }
  grid(ws, top, 1, row - 1, 5);
  row++;

  section(ctx.pickText("cost", T.cost));
  const items = rng.shuffle(T.items).slice(0, rng.int(2, 4));
  top = row;
  let sum = 0;
  items.forEach((item, i) => {
    const amount = rng.int(12, 95) * 10;
    sum += amount;
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, item, "label");
    put(ws, `D${row}`, amount, { numFmt: "#,##0" });
    row++;
  });
  ctx.write(ws, `B${row}`, ctx.pickText("costTotal", T.costTotal), "label", { bold: true });
  put(ws, `D${row}`, { formula: `SUM(D${top}:D${row - 1})`, result: sum }, { numFmt: "#,##0", bold: true });
  grid(ws, top, 1, row, 4);
  row++;
  signature(ctx, ws, row, LAST);

  const lists = sheet(wb, ctx.pickText("lists", T.lists), [16]);
  [...ctx.style.yesNo, "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4"].forEach((t, i) =>
    ctx.write(lists, `A${i + 1}`, t, "word"),
  );
  lists.state = rng.chance(0.5) ? "hidden" : "veryHidden";
  return { fileName, workbook: wb };
}

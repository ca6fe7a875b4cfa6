/**
 * b29-dx-gap-proposal-matrix: the department's one-sheet synthesis of where each press agency stands and what it
 * proposes for 2026–2030. Items down the rows (platforms, security, staff, mechanism), three columns per agency
 * under a merged agency head: the present state (the truth), the proposal (words, or a number of people to hire
 * or train) and the expected cost; a target column at the far right. Under it, a small table of the province's
 * remote-area figures with a legend naming its columns. Traps: the proposal and cost columns beside every answer,
 * items that are not the plan's (an app, a CMS, drills), a hidden sheet with last year's state.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, MAGAZINE, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind29Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, plainNumber, ROMAN, sheet } from "./kit";
import { B29_GAP as T } from "./texts";
import { B29_DECOYS as D } from "./wordings";

type Row =
  | { kind: "input"; input: string; year?: number }
  | { kind: "item"; text: string }
  | { kind: "count"; text: string }
  | { kind: "need" };

export function gapMatrix(ctx: Blind29Context): BuiltFile[] {
  const { rng, data } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file);
  const units = rng.shuffle(AGENCIES);
  const last = 3 + units.length * 3 + 1;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 44, ...units.flatMap(() => [13, 16, 12]), 14, 22]);
  ctx.writeMerged(ws, `A1:${ref(last, 1)}`, ctx.pickText("title", T.title), "upper", { bold: true });
  ctx.writeMerged(ws, `A2:${ref(last, 2)}`, ctx.pickText("sub", T.sub, { y: 2025 }), "text", {
    italic: true,
  });
  const head = { bold: true };
  ctx.writeMerged(ws, "A4:A5", "STT", "text", head);
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("content", T.content), "text", head);
  units.forEach((u, k) => {
    const c = 3 + k * 3;
    ctx.writeMerged(ws, `${ref(c, 4)}:${ref(c + 2, 4)}`, ctx.agency(u, "gap"), "text", head);
    ctx.write(ws, ref(c, 5), ctx.pickText("now", T.now), "text", { ...head, align: "center", wrap: true });
    ctx.write(ws, ref(c + 1, 5), ctx.pickText("proposal", T.proposal), "text", {
      ...head,
      align: "center",
      wrap: true,
    });
    ctx.write(ws, ref(c + 2, 5), ctx.pickText("cost", T.cost), "text", {
      ...head,
      align: "center",
      wrap: true,
    });
  });
  const planCol = last - 1;
  ctx.writeMerged(ws, `${ref(planCol, 4)}:${ref(planCol, 5)}`, ctx.planHeader(2030), "text", head);
  ctx.writeMerged(ws, `${ref(last, 4)}:${ref(last, 5)}`, "Ghi chú", "text", head);
  ws.getRow(5).height = 32;

  const sections: ReadonlyArray<readonly Row[]> = [
    [
      { kind: "input", input: "digital_platforms" },
      { kind: "input", input: "ai_data_platform" },
      { kind: "item", text: rng.pick(T.otherItems) },
      { kind: "input", input: "converged_newsroom" },
    ],
    [
      { kind: "input", input: "security_level" },
      { kind: "count", text: ctx.pickText("incidents", T.incidents) },
    ],
    [{ kind: "input", input: "staff_total" }, { kind: "input", input: "staff_trained" }, { kind: "need" }],
    [
      { kind: "input", input: "autonomous" },
      { kind: "input", input: "licensed" },
    ],
    [
      { kind: "input", input: "political_articles", year: 2024 },
      { kind: "input", input: "political_articles", year: 2025 },
      { kind: "input", input: "revenue", year: 2024 },
      { kind: "input", input: "revenue", year: 2025 },
      { kind: "item", text: ctx.decoyLabel(D.advertising, "gap") },
    ],
  ];
  let row = 6;
  sections.forEach((rows, s) => {
    ctx.write(ws, `A${row}`, ROMAN[s] ?? "", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, ctx.pickText(`sec${s}`, T.sections[s] ?? []), "upper", { bold: true });
    row++;
    rows.forEach((it, i) => {
      plainNumber(ws, `A${row}`, i + 1);
      const text =
        it.kind === "input"
          ? `${ctx.wordingAt(it.input, s)}${it.year === undefined ? "" : ` năm ${it.year}`}`
          : it.kind === "need"
            ? ctx.decoyLabel(D.trainingNeed, "gap")
            : it.text;
      ctx.write(ws, `B${row}`, text, "label", { wrap: true });
      units.forEach((u, k) => cells(ctx, ws, fileName, row, 3 + k * 3, u, it));
      if (it.kind === "input") target(ctx, ws, ref(planCol, row), it.input);
      if (rng.chance(0.15)) ctx.write(ws, ref(last, row), ctx.note(), "text", { italic: true, wrap: true });
      row++;
    });
  });
  grid(ws, 4, 1, row - 1, last);

  // The province's remote-area figures, in a table of their own.
  row += 1;
  const top = row;
  ctx.write(ws, `B${top}`, ctx.pickText("province", T.province), "text", { bold: true });
  ctx.write(ws, `C${top}`, ctx.headerAt("remote_population_total"), "text", { bold: true, wrap: true });
  ctx.write(ws, `D${top}`, ctx.headerAt("remote_population_reached"), "text", { bold: true, wrap: true });
  ctx.write(ws, `E${top}`, ctx.pickText("rate", T.rate), "text", { bold: true, wrap: true });
  const totalSlot = { input: "remote_population_total", unit: PROVINCE };
  const reachedSlot = { input: "remote_population_reached", unit: PROVINCE };
  ctx.write(ws, `B${top + 1}`, ctx.agency(PROVINCE, "gap"), "label");
  ctx.value(fileName, ws, `C${top + 1}`, totalSlot);
  ctx.value(fileName, ws, `D${top + 1}`, reachedSlot);
  const total = ctx.shownNumber(totalSlot);
  const reached = ctx.shownNumber(reachedSlot);
  if (total !== undefined && reached !== undefined)
    ctx.formula(
      ws,
      `E${top + 1}`,
      `ROUND(D${top + 1}/C${top + 1}*100,1)`,
      Math.round((reached / total) * 1000) / 10,
    );
  grid(ws, top, 2, top + 1, 5);
  const legend = `${ctx.pickText("legend", T.legend, { n: ctx.wordingAt("remote_population_total") })}; ${ctx.pickText(
    "legend2",
    T.legend2,
    { n: ctx.wordingAt("remote_population_reached", 1) },
  )}`;
  ctx.write(ws, `B${top + 2}`, legend, "text", { italic: true });
  if (!data.province) {
    // Without the province's figures the small table says so instead.
    ctx.write(ws, `F${top + 1}`, ctx.pickText("noProvince", T.noProvince), "text", { italic: true });
  }

  if (rng.chance(0.4)) {
    hiddenSheet(
      ctx,
      wb,
      ctx.pickText("hidden", T.hidden),
      AGENCIES.map((u) => [
        ctx.agency(u, "hidden"),
        nearFigure(ctx, { input: "staff_total", unit: u }, 0.85, 0.97),
      ]),
    );
  }
  return [{ fileName, workbook: wb }];
}

function cells(
  ctx: Blind29Context,
  ws: Parameters<typeof plainNumber>[0],
  file: string,
  row: number,
  c: number,
  unit: UnitId,
  it: Row,
): void {
  const { rng } = ctx;
  const now = ref(c, row);
  const proposal = ref(c + 1, row);
  const cost = ref(c + 2, row);
  if (it.kind === "item" && it.text === ctx.decoyLabel(D.advertising, "gap")) {
    ctx.figure(ws, now, ctx.decoyValue(D.advertising, unit));
    ctx.write(ws, proposal, ctx.pickText("grow", T.grow), "text", { wrap: true });
    return;
  }
  if (it.kind === "item") {
    ctx.write(ws, now, rng.chance(0.5) ? ctx.style.yesNo[0] : ctx.style.yesNo[1], "word", {
      align: "center",
    });
    ctx.write(ws, proposal, rng.pick(T.fresh), "text", { wrap: true });
    if (rng.chance(0.6)) plainNumber(ws, cost, rng.int(15, 90) * 10);
    return;
  }
  if (it.kind === "count") {
    plainNumber(ws, now, rng.int(0, 4));
    return;
  }
  if (it.kind === "need") {
    ctx.figure(ws, proposal, ctx.decoyValue(D.trainingNeed, unit));
    if (rng.chance(0.5)) plainNumber(ws, cost, rng.int(3, 30) * 10);
    return;
  }
  const input = it.input;
  if (input === "licensed" && unit !== MAGAZINE) return;
  const slot = isYearly(input) ? { input, unit, year: it.year ?? 2025 } : { input, unit };
  ctx.value(file, ws, now, slot);
  if (isYearly(input)) {
    if (it.year !== 2025) return;
    ctx.write(ws, proposal, ctx.pickText("grow", T.grow), "text", { wrap: true });
    return;
  }
  const v = ctx.data.value(slot);
  if (input === "staff_total") {
    ctx.write(ws, proposal, `${ctx.pickText("hire", T.hire)} ${rng.int(1, 6)}`, "text");
  } else if (input === "staff_trained") {
    ctx.write(ws, proposal, "-", "text", { align: "center" });
  } else if (input === "security_level") {
    if (v !== "not-applicable") ctx.write(ws, proposal, rng.pick(T.level), "text", { wrap: true });
    if (v !== "not-applicable" && rng.chance(0.6)) plainNumber(ws, cost, rng.int(20, 120) * 10);
  } else if (typeof v === "boolean") {
    ctx.write(ws, proposal, rng.pick(v ? T.upgrade : T.fresh), "text", { wrap: true });
    if (rng.chance(0.6)) plainNumber(ws, cost, rng.int(30, 400) * 10);
  }
}

function target(ctx: Blind29Context, ws: Parameters<typeof plainNumber>[0], at: string, input: string): void {
  const text =
    input === "security_level"
      ? "≥ cấp độ 3"
      : input === "staff_total" || isYearly(input)
        ? ""
        : input === "staff_trained"
          ? "100%"
          : ctx.rng.pick(["Có", "100% cơ quan", "67%"]);
  if (text !== "") ctx.write(ws, at, text, "text", { align: "center" });
}

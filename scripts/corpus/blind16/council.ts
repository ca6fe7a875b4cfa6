/**
 * "b16-council-query-appendix": the data appendix the department attaches to its answers to the People's Council
 * deputies' questions. Each question is a merged text line (its number, its words, the deputy's group), an answer
 * line, then a small table: articles by year with the change on last year, revenue by year with advertising and
 * autonomy, staff and training with the share and the target, the technology answers, the magazine's licence, the
 * province's remote-area population. Near-miss rows and a total row sit in the tables; a mid-year copy is hidden.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind16Context } from "./context";
import { headers, nearFigure, newWorkbook, pct, planFigure, sheet, yearsShown } from "./kit";
import { B16_COUNCIL as T } from "./texts";
import { B16_DECOYS } from "./wordings";

type Topic = keyof typeof T.ask;
const LAST = 8;

export function councilAppendix(ctx: Blind16Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 44, 15, 15, 15, 15, 15, 18]);
  ctx.writeMerged(ws, `A1:${colLetter(LAST)}1`, ctx.pickText("title", T.title, { y: 2025 }), "upper", {
    bold: true,
  });
  ctx.writeMerged(
    ws,
    `A2:${colLetter(LAST)}2`,
    ctx.pickText("sub", T.sub, { y: 2025, n: String(rng.int(180, 460)) }),
    "text",
    { italic: true },
  );
  let row = 4;
  let n = 0;
  const question = (topic: Topic) => {
    n++;
    const text = `${ctx.pickText("question", T.question, { n: String(n), v: ctx.pickText(`ask|${topic}`, T.ask[topic]) })} ${ctx.pickText(`deputy|${topic}`, T.deputy)}`;
    ctx.writeMerged(ws, `A${row}:${colLetter(LAST)}${row}`, text, "text", { bold: true, align: "left" });
    ws.getRow(row).height = 32;
    row++;
    ctx.write(ws, `B${row}`, ctx.pickText("answer", T.answer), "text", { italic: true });
    row++;
  };
  // A target column always stands in the last column (H), where no table of the sheet has a figure.
  const table = (heads: readonly string[], body: () => void, plan = false) => {
    headers(ctx, ws, row, heads);
    if (plan) headers(ctx, ws, row, [ctx.planHeader(2025)], LAST);
    row++;
    const top = row;
    body();
    grid(ws, top, 1, row - 1, plan ? LAST : heads.length);
    row += 2;
  };
  const agencyRows = (each: (unit: (typeof AGENCIES)[number]) => void) =>
    AGENCIES.forEach((unit, i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit), "label");
      each(unit);
      row++;
    });

  const topics = rng.shuffle<Topic>(["political_articles", "revenue", "staff", "tech", "licensed", "remote"]);
  for (const topic of topics) {
    if (topic === "political_articles") {
      const years = yearsShown(ctx, topic).slice(-3);
      if (years.length === 0) continue;
      question(topic);
      const plan = rng.chance(0.5);
      const heads = ["STT", ctx.pickText("agency", T.agency), ...years.map((y) => `Năm ${y}`)];
      heads.push(ctx.pickText("change", T.change));
      table(
        heads,
        () => {
          agencyRows((unit) => {
            years.forEach((year, i) =>
              ctx.value(fileName, ws, ref(3 + i, row), { input: topic, unit, year }),
            );
            const a = ctx.shownNumber({ input: topic, unit, year: years[years.length - 1] ?? 2025 });
            const b = ctx.shownNumber({ input: topic, unit, year: years[years.length - 2] ?? 2024 });
            if (a !== undefined && b !== undefined && years.length > 1)
              ctx.write(ws, ref(3 + years.length, row), `${a - b >= 0 ? "+" : ""}${a - b}`, "text", {
                align: "right",
              });
            const p = planFigure(ctx, { input: topic, unit, year: 2025 });
            if (plan && p !== null) put(ws, ref(LAST, row), p, { numFmt: "#,##0" });
          });
          if (rng.chance(0.7)) {
            const d = B16_DECOYS.allArticles;
            ctx.write(ws, `B${row}`, ctx.decoyLabel(d), "label", { italic: true });
            years.forEach((year, i) => {
              const sum = AGENCIES.reduce((s, u) => s + ctx.decoyValue(d, u, year), 0);
              ctx.number(ws, ref(3 + i, row), sum);
            });
            row++;
          }
        },
        plan,
      );
    } else if (topic === "revenue") {
      const years = yearsShown(ctx, topic).filter((y) => y >= 2024);
      question(topic);
      const h = ctx.header("revenue", "council");
      const ad = rng.chance(0.6) ? B16_DECOYS.adRevenue : undefined;
      const heads = ["STT", ctx.pickText("agency", T.agency)];
      heads.push(...years.map((y) => ctx.pickText("yearOf", T.yearOf, { v: h, y })));
      if (ad) heads.push(`${ctx.decoyLabel(ad)} 2025`);
      heads.push(ctx.header("autonomous", "council"));
      table(heads, () =>
        agencyRows((unit) => {
          years.forEach((year, i) => ctx.value(fileName, ws, ref(3 + i, row), { input: topic, unit, year }));
          let c = 3 + years.length;
          if (ad) ctx.number(ws, ref(c++, row), ctx.decoyValue(ad, unit, 2025));
          ctx.value(fileName, ws, ref(c, row), { input: "autonomous", unit });
        }),
      );
    } else if (topic === "staff") {
      question(topic);
      const heads = [
        "STT",
        ctx.pickText("agency", T.agency),
        ctx.header("staff_total", "council"),
        ctx.header("staff_trained", "council"),
        ctx.pickText("ratio", T.ratio),
      ];
      table(
        heads,
        () =>
          agencyRows((unit) => {
            const a = ctx.value(fileName, ws, `C${row}`, { input: "staff_total", unit });
            const b = ctx.value(fileName, ws, `D${row}`, { input: "staff_trained", unit });
            const t = ctx.shownNumber({ input: "staff_total", unit });
            const d = ctx.shownNumber({ input: "staff_trained", unit });
            if (a && b && t && d !== undefined)
              put(
                ws,
                `E${row}`,
                { formula: `ROUND(D${row}/C${row}*100,1)`, result: pct(d, t) },
                { numFmt: "0.0" },
              );
            put(ws, `H${row}`, "100%", { align: "center" });
          }),
        true,
      );
    } else if (topic === "tech") {
      question(topic);
      const inputs = ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"];
      const heads = ["STT", ctx.pickText("agency", T.agency), ...inputs.map((i) => ctx.header(i, "council"))];
      table(heads, () =>
        agencyRows((unit) =>
          inputs.forEach((input, i) => ctx.value(fileName, ws, ref(3 + i, row), { input, unit })),
        ),
      );
    } else if (topic === "licensed") {
      if (!ctx.data.shown({ input: "licensed", unit: MAGAZINE })) continue;
      question(topic);
      table(["STT", ctx.pickText("agency", T.agency), ctx.header("licensed", "council"), "Ghi chú"], () => {
        put(ws, `A${row}`, 1, { align: "center" });
        ctx.write(ws, `B${row}`, ctx.agency(MAGAZINE), "label");
        ctx.value(fileName, ws, `C${row}`, { input: "licensed", unit: MAGAZINE });
        if (rng.chance(0.6)) ctx.write(ws, `D${row}`, ctx.note(), "text", { italic: true, wrap: true });
        row++;
      });
    } else if (topic === "remote" && ctx.data.province) {
      question(topic);
      table(["STT", ctx.pickText("item", T.item), ctx.pickText("people", T.people)], () => {
        const total = { input: "remote_population_total", unit: PROVINCE };
        const reached = { input: "remote_population_reached", unit: PROVINCE };
        const line = (stt: string, text: string, write: (at: string) => void) => {
          ctx.write(ws, `A${row}`, stt, "text", { align: "center" });
          ctx.write(ws, `B${row}`, text, "label");
          write(`C${row}`);
          row++;
        };
        const totalRow = row;
        const short = rng.chance(0.6);
        const name = (input: string) =>
          short ? ctx.header(input, "council") : ctx.wording(input, "council");
        line("1", name("remote_population_total"), (at) => ctx.value(fileName, ws, at, total));
        const reachedRow = row;
        line("2", name("remote_population_reached"), (at) => ctx.value(fileName, ws, at, reached));
        const t = ctx.shownNumber(total);
        const r = ctx.shownNumber(reached);
        if (t !== undefined && r !== undefined)
          line("3", ctx.pickText("remoteRatio", T.remoteRatio), (at) =>
            put(
              ws,
              at,
              {
                formula: `ROUND(C${reachedRow}/C${totalRow}*100,2)`,
                result: Math.round((r / t) * 10000) / 100,
              },
              { numFmt: "0.00" },
            ),
          );
        const d = rng.pick([B16_DECOYS.receivers, B16_DECOYS.wholeProvince]);
        if (rng.chance(0.8))
          line("-", ctx.decoyLabel(d), (at) => ctx.number(ws, at, ctx.decoyValue(d, PROVINCE)));
      });
    }
  }
  if (rng.chance(0.5)) ctx.write(ws, `B${row}`, ctx.note(), "text", { italic: true });
  if (rng.chance(0.5)) hiddenMidYear(ctx, wb);
  return [{ fileName, workbook: wb }];
}

/** The mid-year session's figures, kept on a hidden sheet: part-of-year, never truth. */
function hiddenMidYear(ctx: Blind16Context, wb: ReturnType<typeof newWorkbook>): void {
  const ws: ExcelJS.Worksheet = sheet(wb, ctx.pickText("hidden", T.hidden, { y: 2025 }), [40, 14]);
  headers(ctx, ws, 1, [ctx.pickText("agency", T.agency), ctx.partialHeader(2025)]);
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${i + 2}`, ctx.agency(unit), "label");
    const v = nearFigure(ctx, { input: "political_articles", unit, year: 2025 }, 0.45, 0.6);
    if (v !== null) put(ws, `B${i + 2}`, v, { numFmt: "#,##0" });
  });
  ws.state = "hidden";
}

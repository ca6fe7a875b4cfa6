/**
 * "b36-audience-survey-tabulation": the department's tabulation of a sociological survey on how people of remote
 * areas reach the press. Table 1 has the districts in rows with their remote-area population, the questionnaires
 * returned, the people reached, those reached by loudspeakers alone and a percentage; the province's figures are the
 * SUM row under the districts (when the province's figures are kept; else only the sample and shares are shown).
 * Table 2 (the supply side) has the years in rows and the agencies in columns twice: their political-task pieces,
 * then every piece they published; a part-of-year row under the last year, rows saying whether each publishes on
 * digital platforms, keeps an AI data platform and runs a converged newsroom, and next year's target row at the
 * bottom. A hidden sheet holds the coding of the forms.
 */
import { grid, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE } from "../model";
import { title, type BuiltFile } from "../sheets";
import type { Blind36Context } from "./context";
import { headers, hiddenSheet, newWorkbook, planFigure, sheet, slotOf, splitInto } from "./kit";
import { B36_SURVEY as T } from "./texts";
import { B36_DECOYS as D } from "./wordings";

export const SURVEY_HEAD = 4;
/** Table 1's columns when the province's figures are kept. */
export const SURVEY_COLS = { total: "C", sample: "D", reached: "E", speakers: "F", share: "G" } as const;
/** Table 2: the first year row, the political-task columns and the all-pieces columns. */
export const SUPPLY_FIRST = 6;
export const SUPPLY_OWN = ["B", "C", "D"] as const;
export const SUPPLY_ALL = ["E", "F", "G"] as const;

function parts(ctx: Blind36Context, total: number, n: number): number[] {
  return splitInto(ctx, total, n);
}

export function surveyTabulation(ctx: Blind36Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", ["KQ dieu tra XHH tiep can bao chi", "KhaoSat_TiepCanBaoChi", "Điều tra XHH"])} ${2025}.xlsx`;
  const ws = sheet(wb, ctx.pickText("sheet1", T.sheet1), [6, 30, 16, 14, 16, 16, 14]);
  title(ctx, ws, 1, 7, ctx.pickText("title", T.titles), ctx.pickText("sub", T.subs, 2025));
  const withPeople = ctx.data.province;
  const districts = T.districts;
  const n = districts.length;
  const totalSlot = slotOf("remote_population_total", PROVINCE);
  const reachedSlot = slotOf("remote_population_reached", PROVINCE);
  const total = ctx.data.value(totalSlot) as number;
  const reached = ctx.data.value(reachedSlot) as number;
  const totalParts = parts(ctx, total, n);
  const deficit = total - reached;
  const lost = deficit >= n ? parts(ctx, deficit, n) : [deficit, ...Array<number>(n - 1).fill(0)];
  const reachedParts = totalParts.map((t, i) => t - (lost[i] ?? 0));
  const cols = withPeople
    ? { total: 3, sample: 4, reached: 5, speakers: 6, share: 7 }
    : { total: 0, sample: 3, reached: 0, speakers: 4, share: 5 };
  const last = withPeople ? 7 : 5;
  const heads = ["STT", ctx.pickText("district", T.district)];
  if (withPeople)
    heads.push(
      ctx.header("remote_population_total"),
      ctx.decoyLabel(D.sample),
      ctx.header("remote_population_reached"),
      ctx.decoyLabel(D.loudspeakerOnly),
      ctx.pickText("share", T.share),
    );
  else
    heads.push(ctx.decoyLabel(D.sample), ctx.decoyLabel(D.loudspeakerOnly), ctx.pickText("share", T.share));
  headers(ctx, ws, SURVEY_HEAD, heads);
  const first = SURVEY_HEAD + 1;
  let samples = 0;
  let speakers = 0;
  districts.forEach((d, i) => {
    const row = first + i;
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, d, "label");
    const t = totalParts[i] ?? 0;
    const r = reachedParts[i] ?? 0;
    const sample = Math.max(30, Math.round(t * (0.008 + ctx.rng.next() * 0.012)));
    const speaker = Math.round(r * (0.3 + ctx.rng.next() * 0.25));
    samples += sample;
    speakers += speaker;
    if (withPeople) {
      ctx.figure(ws, ref(cols.total, row), t);
      if (ctx.data.shown(reachedSlot)) ctx.figure(ws, ref(cols.reached, row), r);
    }
    ctx.figure(ws, ref(cols.sample, row), sample);
    ctx.figure(ws, ref(cols.speakers, row), speaker);
    put(ws, ref(cols.share, row), `${vnNumberText(Math.round((r / Math.max(1, t)) * 1000) / 10)}%`, {
      align: "right",
    });
  });
  const sumRow = first + n;
  const sum = (c: number) => `SUM(${ref(c, first)}:${ref(c, sumRow - 1)})`;
  ctx.write(ws, `B${sumRow}`, ctx.pickText("whole", T.whole), "upper", { bold: true });
  if (withPeople) {
    ctx.viaFormula(file, ws, ref(cols.total, sumRow), totalSlot, sum(cols.total));
    ctx.viaFormula(file, ws, ref(cols.reached, sumRow), reachedSlot, sum(cols.reached));
  }
  ctx.formula(ws, ref(cols.sample, sumRow), sum(cols.sample), samples, true);
  ctx.formula(ws, ref(cols.speakers, sumRow), sum(cols.speakers), speakers, true);
  put(ws, ref(cols.share, sumRow), `${vnNumberText(Math.round((reached / total) * 1000) / 10)}%`, {
    align: "right",
    bold: true,
  });
  grid(ws, first, 1, sumRow, last);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `B${sumRow + 2}`, ctx.note(), "text", { italic: true });

  // Table 2: the supply side, years in rows, the agencies in columns twice.
  const ws2 = sheet(wb, ctx.pickText("sheet2", T.sheet2), [16, 14, 14, 14, 14, 14, 14]);
  title(ctx, ws2, 1, 7, ctx.pickText("title2", T.titles));
  ctx.writeMerged(ws2, `A${SUPPLY_FIRST - 2}:A${SUPPLY_FIRST - 1}`, ctx.pickText("year", T.year), "text", {
    bold: true,
  });
  ctx.writeMerged(
    ws2,
    `B${SUPPLY_FIRST - 2}:D${SUPPLY_FIRST - 2}`,
    ctx.header("political_articles"),
    "text",
    {
      bold: true,
    },
  );
  ctx.writeMerged(ws2, `E${SUPPLY_FIRST - 2}:G${SUPPLY_FIRST - 2}`, ctx.decoyLabel(D.allPieces), "text", {
    bold: true,
  });
  AGENCIES.forEach((unit, g) => {
    ctx.write(ws2, `${SUPPLY_OWN[g]}${SUPPLY_FIRST - 1}`, ctx.agency(unit, "supply"), "text", {
      bold: true,
      align: "center",
      wrap: true,
    });
    ctx.write(ws2, `${SUPPLY_ALL[g]}${SUPPLY_FIRST - 1}`, ctx.agency(unit, "supply"), "text", {
      bold: true,
      align: "center",
      wrap: true,
    });
  });
  grid(ws2, SUPPLY_FIRST - 2, 1, SUPPLY_FIRST - 1, 7);
  const years = ctx.data.years.political_articles;
  let row = SUPPLY_FIRST;
  for (const y of years) {
    put(ws2, `A${row}`, y, { align: "center" });
    AGENCIES.forEach((unit, g) => {
      ctx.value(file, ws2, `${SUPPLY_OWN[g]}${row}`, slotOf("political_articles", unit, y));
      ctx.figure(ws2, `${SUPPLY_ALL[g]}${row}`, ctx.decoyValue(D.allPieces, unit, y));
    });
    row++;
  }
  ctx.write(ws2, `A${row}`, ctx.partialHeader(2025), "text", { italic: true, wrap: true });
  AGENCIES.forEach((unit, g) => {
    const v = ctx.data.value(slotOf("political_articles", unit, 2025)) as number;
    ctx.figure(ws2, `${SUPPLY_OWN[g]}${row}`, Math.round(v * (0.7 + ctx.rng.next() * 0.12)));
    ctx.figure(ws2, `${SUPPLY_ALL[g]}${row}`, Math.round(ctx.decoyValue(D.allPieces, unit, 2025) * 0.78));
  });
  row++;
  ctx.write(ws2, `A${row}`, ctx.header("digital_platforms", "supply"), "text", { wrap: true });
  AGENCIES.forEach((unit, g) =>
    ctx.value(file, ws2, `${SUPPLY_OWN[g]}${row}`, slotOf("digital_platforms", unit)),
  );
  row++;
  ctx.write(ws2, `A${row}`, ctx.header("ai_data_platform", "supply"), "text", { wrap: true });
  AGENCIES.forEach((unit, g) =>
    ctx.value(file, ws2, `${SUPPLY_OWN[g]}${row}`, slotOf("ai_data_platform", unit)),
  );
  row++;
  ctx.write(ws2, `A${row}`, ctx.header("converged_newsroom", "supply"), "text", { wrap: true });
  AGENCIES.forEach((unit, g) =>
    ctx.value(file, ws2, `${SUPPLY_OWN[g]}${row}`, slotOf("converged_newsroom", unit)),
  );
  row++;
  ctx.write(ws2, `A${row}`, ctx.planHeader(2026), "text", { bold: true, wrap: true });
  AGENCIES.forEach((unit, g) => {
    const target = planFigure(ctx, slotOf("political_articles", unit, 2025));
    if (target !== null) ctx.figure(ws2, `${SUPPLY_OWN[g]}${row}`, target);
  });
  grid(ws2, SUPPLY_FIRST, 1, row, 7);

  hiddenSheet(ctx, wb, ctx.pickText("hidden", ["Ma hoa", "Trong so"]), [
    [T.scratch[0], ctx.rng.int(400, 1600)],
    [T.scratch[1], `${vnNumberText(ctx.rng.int(8, 14) / 10)}`],
  ]);
  return [{ fileName: file, workbook: wb }];
}

/**
 * b28-division-return-files: what the department's divisions send the office compiling the yearly report, one
 * workbook per division. Press management: each agency's political works by year ("- " sub-rows under the agency,
 * all works beside them, a part-of-year column at the right) and the magazine's licence; planning-finance: revenue
 * by year with the advertising part under it and a plan column, then the autonomy classes; personnel: the quota
 * beside the staff present and trained beside other training; the IT centre: agencies as columns; grassroots
 * information: the remote-area figures, last year's to the right.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind28Context } from "./context";
import { headers, hiddenSheet, nearFigure, newWorkbook, planFigure, ROMAN, sheet, slotOf } from "./kit";
import { B28_RETURNS as T } from "./texts";
import { B28_DECOYS as D } from "./wordings";

type Ws = ReturnType<typeof sheet>;

function top(ctx: Blind28Context, ws: Ws, which: number, last: number): void {
  ctx.write(ws, "A1", T.from[which] ?? "", "text", { bold: true });
  ctx.writeMerged(ws, `A2:${ref(last, 2)}`, ctx.pickText("caption", T.caption, { y: 2025 }), "text", {
    italic: true,
  });
}

function articles(ctx: Blind28Context): BuiltFile {
  const wb = newWorkbook();
  const fileName = ctx.pickText("fa", T.articlesFile, { y: 2025 });
  const years = ctx.data.years.political_articles;
  const last = 2 + years.length + 1;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 50, ...years.map(() => 10), 14]);
  top(ctx, ws, 0, last);
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("agencyCol", T.agencyCol),
    ...years.map(String),
    ctx.partialHeader(2025),
  ]);
  let row = 5;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, ROMAN[i] ?? "", "text", { bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "ret"), "label", { bold: true });
    row++;
    ctx.write(ws, `B${row}`, `- ${ctx.wording("political_articles")}`, "label");
    years.forEach((y, j) => ctx.value(fileName, ws, ref(3 + j, row), slotOf("political_articles", unit, y)));
    const nine = nearFigure(ctx, slotOf("political_articles", unit, 2025), 0.68, 0.8);
    if (nine !== null) ctx.figure(ws, ref(last, row), nine);
    row++;
    const decoy = ctx.rng.chance(0.6) ? D.allProducts : D.reposted;
    ctx.write(ws, `B${row}`, `- ${ctx.decoyLabel(decoy, `ret${i}`)}`, "label", { italic: true });
    years.forEach((y, j) => ctx.figure(ws, ref(3 + j, row), ctx.decoyValue(decoy, unit, y)));
    row++;
  });
  grid(ws, 4, 1, row - 1, last);
  row++;
  ctx.write(ws, `A${row}`, ctx.pickText("lic", T.licenceLine), "text", { bold: true });
  row++;
  ctx.write(ws, `B${row}`, ctx.wording("licensed"), "label");
  ctx.value(fileName, ws, `C${row}`, slotOf("licensed", MAGAZINE));
  return { fileName, workbook: wb };
}

function money(ctx: Blind28Context): BuiltFile {
  const wb = newWorkbook();
  const fileName = ctx.pickText("fm", T.moneyFile);
  const years = ctx.data.years.revenue;
  const last = 2 + years.length + 1;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 46, ...years.map(() => 12), 13]);
  top(ctx, ws, 1, last);
  const label = `${ctx.wording("revenue")} ${ctx.labelUnit("revenue")}`;
  ctx.writeMerged(ws, `A3:${ref(last, 3)}`, label, "label", { bold: true });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("agencyCol", T.agencyCol),
    ...years.map(String),
    ctx.planHeader(2025),
  ]);
  let row = 5;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, String(i + 1), "text", { bold: true });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "ret"), "label", { bold: true });
    years.forEach((y, j) => ctx.value(fileName, ws, ref(3 + j, row), slotOf("revenue", unit, y)));
    const plan = planFigure(ctx, slotOf("revenue", unit, 2025));
    if (plan !== null) ctx.figure(ws, ref(last, row), plan);
    row++;
    ctx.write(ws, `B${row}`, ctx.decoyLabel(D.advertising, `ret${i}`), "label", { italic: true });
    years.forEach((y, j) => ctx.figure(ws, ref(3 + j, row), ctx.decoyValue(D.advertising, unit, y)));
    row++;
  });
  grid(ws, 4, 1, row - 1, last);
  row += 2;
  ctx.write(ws, `A${row}`, ctx.pickText("autoCap", T.autonomyCaption), "text", { bold: true });
  row++;
  ctx.write(ws, `B${row}`, ctx.wording("autonomous"), "label", { italic: true });
  row++;
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${row}`, String(i + 1));
    ctx.write(ws, `B${row}`, ctx.agency(unit, "ret"), "label");
    ctx.value(fileName, ws, `C${row}`, slotOf("autonomous", unit));
    row++;
  });
  return { fileName, workbook: wb };
}

function staff(ctx: Blind28Context): BuiltFile {
  const wb = newWorkbook();
  const fileName = ctx.pickText("fs", T.staffFile);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 40, 18, 16, 16, 18]);
  top(ctx, ws, 2, 6);
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("agencyCol", T.agencyCol),
    ctx.decoyLabel(D.quota, "ret"),
    ctx.header("staff_total", "ret"),
    ctx.header("staff_trained", "ret"),
    ctx.decoyLabel(D.otherTraining, "ret"),
  ]);
  AGENCIES.forEach((unit, i) => {
    const row = 5 + i;
    ctx.write(ws, `A${row}`, String(i + 1));
    ctx.write(ws, `B${row}`, ctx.agency(unit, "ret"), "label");
    ctx.figure(ws, `C${row}`, ctx.decoyValue(D.quota, unit));
    ctx.value(fileName, ws, `D${row}`, slotOf("staff_total", unit));
    ctx.value(fileName, ws, `E${row}`, slotOf("staff_trained", unit));
    ctx.figure(ws, `F${row}`, ctx.decoyValue(D.otherTraining, unit));
  });
  grid(ws, 4, 1, 7, 6);
  if (ctx.rng.chance(0.6)) ctx.write(ws, "B9", ctx.note(2025), "text", { italic: true });
  return { fileName, workbook: wb };
}

function tech(ctx: Blind28Context): BuiltFile {
  const wb = newWorkbook();
  const fileName = ctx.pickText("ft", T.techFile);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 50, 18, 18, 18]);
  top(ctx, ws, 3, 5);
  headers(ctx, ws, 4, ["STT", ctx.pickText("item", T.itemCol), ...AGENCIES.map((u) => ctx.agency(u, "ret"))]);
  const inputs = ["digital_platforms", "ai_data_platform", "converged_newsroom", "security_level"];
  inputs.forEach((input, i) => {
    const row = 5 + i;
    ctx.write(ws, `A${row}`, String(i + 1));
    ctx.write(ws, `B${row}`, ctx.wording(input), "label");
    AGENCIES.forEach((unit, j) => ctx.value(fileName, ws, ref(3 + j, row), slotOf(input, unit)));
  });
  grid(ws, 4, 1, 4 + inputs.length, 5);
  hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), [
    [ctx.wording("security_level"), "3?"],
    [ctx.decoyLabel(D.reposted, "scratch"), ctx.decoyValue(D.reposted, "bao-lai-chau")],
  ]);
  return { fileName, workbook: wb };
}

function remote(ctx: Blind28Context): BuiltFile {
  const wb = newWorkbook();
  const fileName = ctx.pickText("fr", T.remoteFile);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 56, 10, 14, 14, 26]);
  top(ctx, ws, 4, 6);
  ctx.write(ws, "A3", ctx.agency(PROVINCE, "ret"), "label", { bold: true });
  headers(ctx, ws, 4, ["STT", "Nội dung", "ĐVT", "2025", "2024", ctx.pickText("abbr", T.abbreviation)]);
  const rows = [
    ["remote_population_total", 0.975, 0.995],
    ["remote_population_reached", 0.9, 0.98],
  ] as const;
  rows.forEach(([input, lo, hi], i) => {
    const row = 5 + i;
    ctx.write(ws, `A${row}`, String(i + 1));
    ctx.write(ws, `B${row}`, ctx.wording(input, "ret"), "label");
    ctx.write(ws, `C${row}`, ctx.measure(input));
    ctx.value(fileName, ws, `D${row}`, slotOf(input, PROVINCE));
    const before = nearFigure(ctx, slotOf(input, PROVINCE), lo, hi);
    if (before !== null) ctx.figure(ws, `E${row}`, before);
    ctx.write(ws, `F${row}`, ctx.header(input, "ret"), "text", { italic: true });
  });
  const hh = ctx.decoyRow(D.remoteHouseholds, PROVINCE, "ret");
  ctx.write(ws, "A7", "3");
  ctx.write(ws, "B7", hh.text, "label", { italic: true });
  ctx.write(ws, "C7", "hộ");
  ctx.figure(ws, "D7", hh.value);
  ctx.figure(ws, "E7", Math.round(hh.value * 0.98));
  grid(ws, 4, 1, 7, 6);
  return { fileName, workbook: wb };
}

export function divisionReturns(ctx: Blind28Context): BuiltFile[] {
  const files = [articles(ctx), money(ctx), staff(ctx), tech(ctx)];
  if (ctx.data.province) files.push(remote(ctx));
  return files;
}

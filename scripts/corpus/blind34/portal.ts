/**
 * b34-e-portal-operation-report: the yearly report on an agency's electronic edition or website, a sheet per
 * agency in one workbook. Indicators as rows in four sections (content, receipts, infrastructure and security,
 * staff); 2020–2024 in D–H, a part-of-year column I, the whole-year estimate for 2025 in J (also the statuses and
 * headcounts), next year's target in K. All posts above the works for political tasks and visits under them;
 * online advertising under the revenue; last year's security level in H beside this year's; the site's operators
 * under the headcounts.
 */
import { grid, mergePut, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind34Context } from "./context";
import { hiddenSheet, nearFigure, newWorkbook, planFigure, sheet } from "./kit";
import { B34_PORTAL as T } from "./texts";
import { B34_DECOYS as D } from "./wordings";

export const PORTAL_YEAR_COLS: Readonly<Record<number, string>> = {
  2020: "D",
  2021: "E",
  2022: "F",
  2023: "G",
  2024: "H",
  2025: "J",
};
export const PORTAL_PARTIAL = "I";
export const PORTAL_PLAN = "K";
export const PORTAL_HEAD = 6;
const COLS = "ABCDEFGHIJKL";

function agencySheet(
  ctx: Blind34Context,
  wb: ReturnType<typeof newWorkbook>,
  file: string,
  unit: UnitId,
): void {
  const ws = sheet(wb, ctx.slug(unit), [5, 50, 11, 11, 11, 11, 11, 11, 13, 14, 13, 26]);
  mergePut(ws, "A1:L1", "");
  ctx.write(ws, "A1", ctx.pickText("title", T.titles, 2025), "upper", {
    bold: true,
    align: "center",
    wrap: true,
  });
  ws.getRow(1).height = 34;
  ctx.write(ws, "B3", ctx.agency(unit, "sheet"), "text", { bold: true });
  ctx.write(ws, "B4", T.domainLine.replace("{d}", T.domains[unit as keyof typeof T.domains] ?? ""), "text", {
    italic: true,
  });
  const yearHead = (y: number) => ctx.pickText("yearHead", T.yearHead, y);
  [
    T.heads.no,
    T.heads.item,
    T.heads.measure,
    ...[2020, 2021, 2022, 2023, 2024].map(yearHead),
    ctx.partialHeader(2025),
    ctx.pickText("estimate", T.estimate, 2025),
    ctx.planHeader(2026),
    T.heads.note,
  ].forEach((t, i) =>
    ctx.write(ws, `${COLS[i]}${PORTAL_HEAD}`, t, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.getRow(PORTAL_HEAD).height = 46;
  let row = PORTAL_HEAD + 1;
  const section = (i: number) => {
    ctx.write(ws, `A${row}`, T.sections[i] ?? "", "text", { bold: true });
    row++;
  };
  let no = 1;
  const label = (text: string, measure: string) => {
    put(ws, `A${row}`, no++, { align: "center" });
    ctx.write(ws, `B${row}`, text, "label", { wrap: true });
    ctx.write(ws, `C${row}`, measure, "text", { align: "center" });
  };
  /** A yearly input's row: truth in the year columns, a part-of-year figure in I, a target in K. */
  const yearly = (input: "political_articles" | "revenue") => {
    label(ctx.label(input, { unit: ctx.rng.chance(0.3) }), ctx.measure(input));
    for (const [y, col] of Object.entries(PORTAL_YEAR_COLS))
      ctx.value(file, ws, `${col}${row}`, { input, unit, year: Number(y) });
    const slot = { input, unit, year: 2025 };
    if (ctx.data.shown(slot)) {
      const part = nearFigure(ctx, slot, 0.7, 0.86);
      if (part !== null) ctx.figure(ws, `${PORTAL_PARTIAL}${row}`, part);
    }
    const plan = planFigure(ctx, slot);
    if (plan !== null) ctx.figure(ws, `${PORTAL_PLAN}${row}`, plan);
    row++;
  };
  /** A near-miss row imitating a yearly input, figures in the years shown and the part of the year. */
  const decoy = (d: (typeof D)[keyof typeof D]) => {
    label(ctx.decoyLabel(d), d.measure);
    let year = 0;
    for (const [y, col] of Object.entries(PORTAL_YEAR_COLS))
      if (ctx.data.years[d.near as "revenue" | "political_articles"].includes(Number(y))) {
        year = ctx.decoyValue(d, unit, Number(y));
        ctx.figure(ws, `${col}${row}`, year);
      }
    ctx.figure(ws, `${PORTAL_PARTIAL}${row}`, Math.round(year * (0.7 + ctx.rng.next() * 0.15)));
    row++;
  };
  /** A status or headcount: truth in the 2025 column only. */
  const status = (input: string, short = false) => {
    label(short ? ctx.header(input, unit) : ctx.wording(input), ctx.measure(input));
    ctx.value(file, ws, `J${row}`, { input, unit });
    row++;
  };
  section(0);
  decoy(D.allPosts);
  yearly("political_articles");
  decoy(D.visits);
  section(1);
  yearly("revenue");
  decoy(D.onlineAds);
  section(2);
  for (const input of ["security_level", "digital_platforms", "ai_data_platform", "converged_newsroom"]) {
    const v = ctx.data.value({ input, unit });
    if (input === "security_level" && typeof v === "number" && ctx.data.shown({ input, unit })) {
      // Last year's level, lower when it could be.
      const last = v > 1 && ctx.rng.chance(0.6) ? v - 1 : v;
      const said = ctx.words(input, last);
      if (said === null) put(ws, `H${row}`, last, { align: "center" });
      else ctx.write(ws, `H${row}`, said, "word", { align: "center" });
    }
    status(input, ctx.rng.chance(0.5));
  }
  if (unit === MAGAZINE) status("licensed", true);
  section(3);
  status("staff_total");
  const op = ctx.decoyRow(D.operators, unit);
  label(op.text, D.operators.measure);
  ctx.figure(ws, `J${row}`, op.value);
  ctx.figure(ws, `H${row}`, Math.max(1, op.value - ctx.rng.int(0, 2)));
  row++;
  status("staff_trained");
  grid(ws, PORTAL_HEAD, 1, row - 1, 12);
  if (ctx.rng.chance(0.5))
    ctx.write(ws, `L${PORTAL_HEAD + 3}`, ctx.note(2025), "text", { italic: true, wrap: true });
}

export function portalReport(ctx: Blind34Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  for (const unit of AGENCIES) agencySheet(ctx, wb, file, unit);
  if (ctx.rng.chance(0.5)) {
    const rows = AGENCIES.filter((u) => u !== MAGAZINE).map(
      (u) => [ctx.agency(u, "ga"), ctx.decoyValue(D.visits, u)] as const,
    );
    hiddenSheet(ctx, wb, T.scratch, rows);
  }
  return [{ fileName: file, workbook: wb }];
}

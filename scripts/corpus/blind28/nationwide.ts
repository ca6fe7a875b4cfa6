/**
 * b28-ministry-multi-province-sheet: the press department's collection sheet every northwest province fills in,
 * a group of rows per province (the province's own row carrying its remote-area figures) and a row per local press
 * agency under it. Lai Châu's three agencies sit among their namesakes of the neighbouring provinces (another
 * "Tạp chí Văn nghệ", another "Đài PT-TH"); articles and revenue for 2024 and 2025 side by side with a plan
 * column, then every status input in its own column.
 */
import { grid, ref } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind28Context } from "./context";
import { newWorkbook, planFigure, sheet, slotOf, someAnswer } from "./kit";
import { B28_NATIONWIDE as T } from "./texts";

const STATUS = [
  "staff_total",
  "staff_trained",
  "digital_platforms",
  "ai_data_platform",
  "converged_newsroom",
  "autonomous",
  "security_level",
  "licensed",
] as const;
/** Column of each status input (I …), then the two remote-area columns. */
const STATUS_COL = 9;
const REMOTE_COL = STATUS_COL + STATUS.length;
const LAST = REMOTE_COL + 2;

export function ministrySheet(ctx: Blind28Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file, { y: 2025 });
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [
    5,
    20,
    30,
    10,
    10,
    10,
    11,
    11,
    ...Array<number>(10).fill(11),
    24,
  ]);
  ctx.writeMerged(ws, `A1:${ref(LAST, 1)}`, ctx.pickText("title", T.title, { y: 2025 }), "upper", {
    bold: true,
  });
  ctx.writeMerged(ws, `A2:${ref(LAST, 2)}`, ctx.pickText("sub", T.sub, { y: 2025 }), "text", {
    italic: true,
  });
  const bold = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, "A4:A5", "TT", "text", bold);
  ctx.writeMerged(ws, "B4:B5", ctx.pickText("prov", T.province), "text", bold);
  ctx.writeMerged(ws, "C4:C5", ctx.pickText("outlet", T.outlet), "text", bold);
  ctx.writeMerged(ws, "D4:F4", ctx.header("political_articles", "nw"), "text", bold);
  ctx.writeMerged(ws, "G4:H4", ctx.header("revenue", "nw"), "text", bold);
  for (const [col, y] of [
    ["D", 2024],
    ["E", 2025],
    ["G", 2024],
    ["H", 2025],
  ] as const)
    ctx.write(ws, `${col}5`, ctx.pickText("year", T.year, { y }), "text", bold);
  ctx.write(ws, "F5", ctx.planHeader(2025), "text", bold);
  STATUS.forEach((input, i) =>
    ctx.writeMerged(
      ws,
      `${ref(STATUS_COL + i, 4)}:${ref(STATUS_COL + i, 5)}`,
      ctx.header(input, "nw"),
      "text",
      bold,
    ),
  );
  ctx.writeMerged(
    ws,
    `${ref(REMOTE_COL, 4)}:${ref(REMOTE_COL, 5)}`,
    ctx.header("remote_population_total", "nw"),
    "text",
    bold,
  );
  ctx.writeMerged(
    ws,
    `${ref(REMOTE_COL + 1, 4)}:${ref(REMOTE_COL + 1, 5)}`,
    ctx.header("remote_population_reached", "nw"),
    "text",
    bold,
  );
  ctx.writeMerged(ws, `${ref(LAST, 4)}:${ref(LAST, 5)}`, "Ghi chú", "text", bold);
  ws.getRow(4).height = 36;

  const others = ctx.rng.shuffle(T.others).slice(0, ctx.rng.int(2, 4));
  const groups: Array<"lc" | (typeof T.others)[number]> = ctx.rng.shuffle([...others, "lc" as const]);
  const roman = ["I", "II", "III", "IV", "V", "VI"];
  let row = 6;
  groups.forEach((g, gi) => {
    ctx.write(ws, `A${row}`, roman[gi] ?? "", "text", { bold: true });
    if (g === "lc") {
      ctx.write(ws, `B${row}`, ctx.agency(PROVINCE, "nw"), "label", { bold: true });
      ctx.value(fileName, ws, ref(REMOTE_COL, row), slotOf("remote_population_total", PROVINCE));
      ctx.value(fileName, ws, ref(REMOTE_COL + 1, row), slotOf("remote_population_reached", PROVINCE));
      row++;
      AGENCIES.forEach((unit, i) => {
        ctx.write(ws, `A${row}`, String(i + 1));
        ctx.write(ws, `C${row}`, ctx.agency(unit, "nw"), "label");
        lcRow(ctx, fileName, ws, row, unit);
        row++;
      });
      return;
    }
    const [province, ...outlets] = g;
    ctx.write(ws, `B${row}`, province, "label", { bold: true });
    const pop = ctx.rng.int(60, 320) * 1000 + ctx.rng.int(0, 999);
    ctx.figure(ws, ref(REMOTE_COL, row), pop);
    ctx.figure(ws, ref(REMOTE_COL + 1, row), pop - ctx.rng.int(0, 9000));
    row++;
    outlets.forEach((name, i) => {
      ctx.write(ws, `A${row}`, String(i + 1));
      ctx.write(ws, `C${row}`, name, "label");
      otherRow(ctx, ws, row, i);
      row++;
    });
  });
  grid(ws, 4, 1, row - 1, LAST);
  ctx.write(ws, `B${row + 1}`, ctx.note(2025), "text", { italic: true });
  return [{ fileName, workbook: wb }];
}

function lcRow(
  ctx: Blind28Context,
  file: string,
  ws: ReturnType<typeof sheet>,
  row: number,
  unit: UnitId,
): void {
  ctx.value(file, ws, `D${row}`, slotOf("political_articles", unit, 2024));
  ctx.value(file, ws, `E${row}`, slotOf("political_articles", unit, 2025));
  const plan = planFigure(ctx, slotOf("political_articles", unit, 2025));
  if (plan !== null) ctx.figure(ws, `F${row}`, plan);
  ctx.value(file, ws, `G${row}`, slotOf("revenue", unit, 2024));
  ctx.value(file, ws, `H${row}`, slotOf("revenue", unit, 2025));
  STATUS.forEach((input, i) => {
    if (input === "licensed" && unit !== MAGAZINE) return;
    ctx.value(file, ws, ref(STATUS_COL + i, row), slotOf(input, unit));
  });
}

/** Another province's agency: its own figures (kind i: 0 newspaper, 1 station, 2 magazine). */
function otherRow(ctx: Blind28Context, ws: ReturnType<typeof sheet>, row: number, kind: number): void {
  const ranges: ReadonlyArray<
    readonly [readonly [number, number], readonly [number, number], readonly [number, number]]
  > = [
    [
      [700, 1900],
      [5000, 16000],
      [30, 70],
    ],
    [
      [1300, 3000],
      [1500, 5000],
      [80, 160],
    ],
    [
      [60, 220],
      [150, 500],
      [6, 16],
    ],
  ];
  const [[a0, a1], [r0, r1], [s0, s1]] = ranges[kind] ?? ranges[0]!;
  const articles = ctx.rng.int(a0, a1);
  ctx.figure(ws, `D${row}`, Math.round(articles / (1.02 + ctx.rng.next() * 0.1)));
  ctx.figure(ws, `E${row}`, articles);
  ctx.figure(ws, `F${row}`, Math.round((articles * 1.1) / 10) * 10);
  const revenue = ctx.rng.int(r0, r1);
  ctx.figure(ws, `G${row}`, Math.round(revenue / (0.95 + ctx.rng.next() * 0.2)));
  ctx.figure(ws, `H${row}`, revenue);
  const staff = ctx.rng.int(s0, s1);
  ctx.figure(ws, ref(STATUS_COL, row), staff);
  ctx.figure(ws, ref(STATUS_COL + 1, row), staff - ctx.rng.int(0, 4));
  for (let i = 2; i < 6; i++)
    ctx.write(ws, ref(STATUS_COL + i, row), someAnswer(ctx, ctx.rng.chance(kind === 2 ? 0.3 : 0.7)), "word", {
      align: "center",
    });
  if (kind === 2) {
    ctx.write(ws, ref(STATUS_COL + 6, row), ctx.style.notApplicable, "word", { align: "center" });
    ctx.write(
      ws,
      ref(STATUS_COL + 7, row),
      ctx.rng.chance(0.5) ? ctx.style.license[0] : ctx.style.license[1],
      "word",
      {
        align: "center",
      },
    );
  } else ctx.figure(ws, ref(STATUS_COL + 6, row), ctx.rng.int(1, 3));
}

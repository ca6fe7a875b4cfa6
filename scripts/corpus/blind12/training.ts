/**
 * b12-training-classes: the year's training courses, one row per course, with how many people each agency sent
 * (attendances, the same person counted once per course), and a summary per agency that counts each person once:
 * headcount, people trained, share, next year's needs.
 */
import { slotOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind12Context } from "./context";
import {
  agencyOrder,
  frame,
  headRow,
  hide,
  newWorkbook,
  numberOf,
  office,
  parts,
  put,
  ref,
  sheet,
  shown,
  signers,
  span,
  title,
} from "./kit";
import { B12_DECOYS } from "./wordings";
import { B12_TRAINING } from "./texts";

export const TRAINING_SHEET = ["Lop boi duong 2025", "Cac lop CDS"] as const;

/** Attendances per course for one agency: at least the people trained, spread over the courses. */
function attendances(ctx: Blind12Context, unit: UnitId, courses: number): number[] {
  const trained = numberOf(ctx, "staff_trained", unit) ?? 0;
  const extra = Math.round(trained * (0.2 + ctx.rng.next() * 0.6)) + 1;
  return parts(ctx.rng, trained + extra, courses).map((n) => Math.round(n));
}

export function trainingClasses(ctx: Blind12Context): BuiltFile[] {
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("tr-file", ["Tong hop boi duong CDS bao chi 2025", "KQ tap huan CDS 2025"])}.xlsx`;
  const units = agencyOrder(ctx.rng);
  // Course table columns: STT, course, organiser, dates, mode, one per agency, total.
  const first = 6;
  const totalCol = first + units.length;
  const ws = sheet(wb, ctx.choose("tr-sheet", TRAINING_SHEET), [
    6,
    44,
    22,
    14,
    12,
    ...units.map(() => 14),
    11,
  ]);
  office(ctx, ws, null, totalCol);
  title(ctx, ws, 4, totalCol, ctx.pickText("tr-title", B12_TRAINING.titles));
  const top = 6;
  headRow(ctx, ws, top, 2, [
    [1, "STT"],
    [2, ctx.pickText("tr-course", B12_TRAINING.course)],
    [3, ctx.pickText("tr-org", B12_TRAINING.organiser)],
    [4, ctx.pickText("tr-when", B12_TRAINING.when)],
    [5, ctx.pickText("tr-mode", B12_TRAINING.mode)],
  ]);
  ctx.writeMerged(
    ws,
    `${ref(first, top)}:${ref(totalCol, top)}`,
    ctx.pickText("tr-att", B12_TRAINING.attendance),
    "text",
    { bold: true },
  );
  units.forEach((u, i) =>
    ctx.write(ws, ref(first + i, top + 1), ctx.agency(u), "text", {
      bold: true,
      align: "center",
      wrap: true,
    }),
  );
  ctx.write(ws, ref(totalCol, top + 1), "Cộng", "text", { bold: true, align: "center" });
  ws.getRow(top + 1).height = 36;
  const courses = ctx.rng.shuffle(B12_TRAINING.courses).slice(0, ctx.rng.int(5, 7));
  const att = new Map(units.map((u) => [u, attendances(ctx, u, courses.length)]));
  let row = top + 2;
  courses.forEach((course, i) => {
    put(ws, ref(1, row), i + 1, { align: "center" });
    ctx.write(ws, ref(2, row), course, "label", { wrap: true });
    ctx.write(ws, ref(3, row), ctx.rng.pick(B12_TRAINING.organisers), "text", { wrap: true });
    const month = ctx.rng.int(3, 11);
    const day = ctx.rng.int(3, 24);
    ctx.write(ws, ref(4, row), `${day}-${day + ctx.rng.int(1, 3)}/${month}/2025`, "text", {
      align: "center",
    });
    ctx.write(ws, ref(5, row), ctx.rng.pick(B12_TRAINING.modes), "text", { align: "center" });
    let sum = 0;
    units.forEach((u, j) => {
      const n = att.get(u)?.[i] ?? 0;
      sum += n;
      if (n > 0) put(ws, ref(first + j, row), n, { align: "center" });
    });
    put(
      ws,
      ref(totalCol, row),
      { formula: `SUM(${ref(first, row)}:${ref(totalCol - 1, row)})`, result: sum },
      { align: "center" },
    );
    row++;
  });
  // The attendances row: people counted once per course they attended.
  const sumRow = row;
  ctx.write(ws, ref(2, sumRow), ctx.decoyLabel(B12_DECOYS.attendances, "tr"), "label", {
    bold: true,
    wrap: true,
  });
  for (let c = first; c <= totalCol; c++) {
    const total = c < totalCol ? (att.get(units[c - first] as UnitId) ?? []).reduce((a, b) => a + b, 0) : 0;
    const all = [...att.values()].flat().reduce((a, b) => a + b, 0);
    put(
      ws,
      ref(c, sumRow),
      { formula: `SUM(${ref(c, top + 2)}:${ref(c, sumRow - 1)})`, result: c < totalCol ? total : all },
      {
        bold: true,
        align: "center",
      },
    );
  }
  frame(ws, top, sumRow, totalCol);

  // The summary: each person once. Below the courses, or on its own sheet.
  const apart = ctx.rng.chance(0.35);
  const target = apart
    ? sheet(wb, ctx.pickText("tr-sum-sheet", B12_TRAINING.summarySheet), [6, 34, 16, 16, 14, 18, 22])
    : ws;
  let r = apart ? 1 : sumRow + 3;
  span(ctx, target, r, 1, 7, ctx.pickText("tr-summary", B12_TRAINING.summary), "upper", { bold: true });
  r += 1;
  const head = r;
  headRow(ctx, target, head, 1, [
    [1, "STT"],
    [2, "Cơ quan"],
    [3, ctx.header("staff_total", "tr")],
    [4, ctx.header("staff_trained", "tr")],
    [5, ctx.pickText("tr-share", B12_TRAINING.share)],
    [6, ctx.pickText("tr-next", B12_TRAINING.next)],
    [7, "Ghi chú"],
  ]);
  target.getRow(head).height = 32;
  r++;
  units.forEach((u, i) => {
    put(target, ref(1, r), i + 1, { align: "center" });
    ctx.write(target, ref(2, r), ctx.agency(u), "text", { wrap: true });
    const hasTotal = ctx.value(fileName, target, ref(3, r), slotOf("staff_total", u));
    const hasTrained = ctx.value(fileName, target, ref(4, r), slotOf("staff_trained", u));
    const total = numberOf(ctx, "staff_total", u) ?? 0;
    const trained = numberOf(ctx, "staff_trained", u) ?? 0;
    if (hasTotal && hasTrained && total > 0)
      put(target, ref(5, r), Math.round((trained / total) * 1000) / 1000, { numFmt: "0.0%" });
    put(target, ref(6, r), Math.max(1, total - trained + ctx.rng.int(1, 6)), { align: "center" });
    if (!shown(ctx, "staff_trained", u))
      ctx.write(target, ref(7, r), "Đơn vị chưa báo cáo", "text", { italic: true });
    else if (ctx.rng.chance(0.3))
      ctx.write(target, ref(7, r), ctx.note(), "text", { italic: true, wrap: true });
    r++;
  });
  frame(target, head, r - 1, 7);
  signers(ctx, target, r + 1, 7, ["NGƯỜI TỔNG HỢP", "KT. GIÁM ĐỐC"]);

  if (ctx.rng.chance(0.6)) {
    const roster = sheet(wb, ctx.pickText("tr-roster", B12_TRAINING.roster), [6, 26, 28, 40]);
    hide(roster);
    ["STT", "Họ và tên", "Đơn vị", "Lớp"].forEach((h, i) => put(roster, ref(i + 1, 1), h, { bold: true }));
    B12_TRAINING.names.forEach((name, i) => {
      put(roster, ref(1, i + 2), i + 1);
      put(roster, ref(2, i + 2), name);
      put(roster, ref(3, i + 2), ctx.agency(ctx.rng.pick(units)));
      put(roster, ref(4, i + 2), ctx.rng.pick(courses));
    });
  }
  return [{ fileName, workbook: wb }];
}

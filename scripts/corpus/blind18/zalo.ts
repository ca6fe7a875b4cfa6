/**
 * "b18-zalo-group-extract": the department's officer copies the agencies' messages from the Zalo group into a
 * sheet, one row per figure: the message as sent, who sent it and when, what the figure is about, its year, the
 * figure itself in its own column and what was done with it. Traps: a figure sent early and corrected later (the
 * early row struck through), figures to the end of October sent before the year's, the department reminding the
 * agencies of their targets, extra figures sent "for reference", remarks with numbers.
 */
import type ExcelJS from "exceljs";
import { FONT, FONT_SIZE, grid, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, isYearly, statusInputsOf, YEARLY, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind18Context } from "./context";
import { newWorkbook, planFigure, nearFigure, sheet, yearsShown } from "./kit";
import { B18_ZALO as T, B18_GENERIC as G } from "./texts";
import { B18_DECOYS } from "./wordings";

type Row =
  | { kind: "slot"; slot: Slot; message: string | null; status: string }
  | { kind: "wrong"; slot: Slot; value: number; message: string | null; status: string }
  | { kind: "partial"; slot: Slot; value: number; message: string; status: string }
  | { kind: "trap"; item: string; year: string; value: number; message: string; status: string };

type Msg = { unit: UnitId; admin: boolean; rows: Row[] };

const COLS = { no: 1, when: 2, sender: 3, message: 4, item: 5, year: 6, value: 7, status: 8 } as const;

const fill = (template: string, parts: Record<string, string>) =>
  Object.entries(parts).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), template);

export function zaloExtract(ctx: Blind18Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 17, 28, 56, 30, 12, 14, 26]);
  const fileName = ctx.pickText("file", T.files, { y: 2025 });
  const people = new Map<UnitId, string>(
    rng
      .shuffle(T.people)
      .slice(0, 4)
      .map((p, i) => [[...AGENCIES, PROVINCE][i] as UnitId, p]),
  );
  const sender = (unit: UnitId) => `${people.get(unit) ?? ""} (${ctx.agency(unit, "short")})`;
  const adminName = ctx.pickText("admin", T.admin);
  const shownText = (slot: Slot): string => {
    const v = ctx.data.value(slot);
    const w = ctx.words(slot.input, v);
    return w ?? (typeof v === "number" ? vnNumberText(v) : String(v));
  };

  // Figures first sent wrong and corrected at the end of the log.
  const yearlyShown = AGENCIES.flatMap((unit) =>
    YEARLY.flatMap((input) =>
      yearsShown(ctx, input)
        .map((year): Slot => ({ input, unit, year }))
        .filter((s) => ctx.shownNumber(s) !== undefined),
    ),
  );
  const wrong = new Map<string, { slot: Slot; value: number }>();
  for (const slot of rng.shuffle(yearlyShown).slice(0, rng.int(2, 3)))
    wrong.set(JSON.stringify(slot), { slot, value: nearFigure(ctx, slot, 0.88, 1.12) ?? 1 });
  const sentText = (slot: Slot) => {
    const w = wrong.get(JSON.stringify(slot));
    return w ? vnNumberText(w.value) : shownText(slot);
  };

  const messages: Msg[] = [];
  for (const unit of AGENCIES) {
    const a = ctx.agency(unit, "msg");
    for (const input of YEARLY) {
      const years = yearsShown(ctx, input);
      const list = years
        .filter((y) => ctx.data.shown({ input, unit, year: y }))
        .map((y) => `năm ${y}: ${sentText({ input, unit, year: y })}`)
        .join("; ");
      const item = ctx.wording(input, "msg").toLowerCase();
      // A part-of-year figure sent in October, before the year's.
      const last: Slot = { input, unit, year: 2025 };
      if (ctx.data.shown(last) && rng.chance(0.35)) {
        const value = nearFigure(ctx, last, 0.72, 0.86) ?? 1;
        messages.push({
          unit,
          admin: false,
          rows: [
            {
              kind: "partial",
              slot: last,
              value,
              message: fill(rng.pick(T.partialMessage), { a, i: item, v: vnNumberText(value) }),
              status: ctx.pickText("tentative", T.tentative),
            },
          ],
        });
      }
      const rows = years.map((year, i): Row => {
        const slot: Slot = { input, unit, year };
        const message =
          i === 0 ? fill(rng.pick(T.yearlyMessage), { a, i: item, v: list || "chưa có số" }) : null;
        const w = wrong.get(JSON.stringify(slot));
        if (w)
          return { kind: "wrong", slot, value: w.value, message, status: ctx.pickText("struck", T.struck) };
        return {
          kind: "slot",
          slot,
          message,
          status: ctx.data.shown(slot) ? ctx.pickText("used", T.used) : "",
        };
      });
      messages.push({ unit, admin: false, rows });
    }
    for (const input of statusInputsOf(unit)) {
      const slot: Slot = { input, unit };
      const item = ctx.wording(input, "msg").toLowerCase();
      const v = ctx.data.shown(slot) ? shownText(slot) : "chưa có thông tin";
      messages.push({
        unit,
        admin: false,
        rows: [
          {
            kind: "slot",
            slot,
            message: fill(rng.pick(T.statusMessage), { a, i: item, v }),
            status: ctx.data.shown(slot) ? ctx.pickText("used", T.used) : "",
          },
        ],
      });
    }
    // Extra figures sent for reference.
    const extra = rng.shuffle(Object.values(B18_DECOYS).filter((d) => !d.near.startsWith("remote_")));
    for (const d of extra.slice(0, 2)) {
      const { text, value } = ctx.decoyRow(d, unit, `msg-${unit}`);
      messages.push({
        unit,
        admin: false,
        rows: [
          {
            kind: "trap",
            item: text,
            year: isYearly(d.near) ? "2025" : "",
            value,
            message: fill(rng.pick(T.decoyMessage), { a, i: text.toLowerCase(), v: vnNumberText(value) }),
            status: ctx.pickText("reference", T.reference),
          },
        ],
      });
    }
  }
  if (ctx.data.province) {
    const a = ctx.agency(PROVINCE, "msg");
    const inputs = ["remote_population_total", "remote_population_reached"] as const;
    const list = inputs
      .filter((input) => ctx.data.shown({ input, unit: PROVINCE }))
      .map((input) => `${ctx.wording(input, "msg").toLowerCase()}: ${shownText({ input, unit: PROVINCE })}`)
      .join("; ");
    messages.push({
      unit: PROVINCE,
      admin: false,
      rows: inputs.map((input, i): Row => ({
        kind: "slot",
        slot: { input, unit: PROVINCE },
        message:
          i === 0
            ? fill(rng.pick(T.yearlyMessage), { a, i: "vùng sâu, vùng xa", v: list || "chưa có" })
            : null,
        status: ctx.data.shown({ input, unit: PROVINCE }) ? ctx.pickText("used", T.used) : "",
      })),
    });
  }
  // The department's reminders of the targets.
  const reminders: Msg[] = AGENCIES.filter(() => rng.chance(0.75)).map((unit) => {
    const input = rng.pick(YEARLY);
    const value = planFigure(ctx, { input, unit, year: 2025 }) ?? 1;
    return {
      unit,
      admin: true,
      rows: [
        {
          kind: "trap",
          item: ctx.planHeader(2025),
          year: "2025",
          value,
          message: fill(rng.pick(T.planMessage), {
            a: ctx.agency(unit, "msg"),
            i: ctx.wording(input, "msg").toLowerCase(),
            v: vnNumberText(value),
          }),
          status: ctx.pickText("planNote", T.planNote),
        },
      ],
    };
  });

  const last = COLS.status;
  ctx.writeMerged(ws, `A1:${ref(last, 1)}`, ctx.pickText("title", T.titles, { y: 2025 }), "upper", {
    bold: true,
    size: 13,
  });
  ctx.writeMerged(ws, `A2:${ref(last, 2)}`, ctx.pickText("subtitle", T.subtitles), "text", { italic: true });
  const head = 4;
  const h = T.heads;
  [G.no, h.when, h.sender, h.message, h.item, h.year, h.value, h.status].forEach((list, i) =>
    ctx.write(ws, ref(i + 1, head), ctx.pickText(`h${i}`, list), "text", {
      bold: true,
      align: "center",
      wrap: true,
    }),
  );
  ws.getRow(head).height = 32;

  let row = head + 1;
  let no = 0;
  let minute = rng.int(0, 50);
  let day = rng.int(3, 12);
  const stamp = () => {
    minute += rng.int(3, 90);
    if (minute >= 600) {
      day += 1;
      minute = rng.int(0, 40);
    }
    const hh = String(7 + Math.floor(minute / 60)).padStart(2, "0");
    return `${hh}:${String(minute % 60).padStart(2, "0")} ${String(day).padStart(2, "0")}/11/2025`;
  };
  for (const m of [...reminders, ...rng.shuffle(messages)]) {
    const when = stamp();
    m.rows.forEach((r, i) => {
      put(ws, ref(COLS.no, row), ++no, { align: "center" });
      if (i === 0) {
        put(ws, ref(COLS.when, row), when);
        ctx.write(ws, ref(COLS.sender, row), m.admin ? adminName : sender(m.unit), "text");
      }
      if (r.message !== null) ctx.write(ws, ref(COLS.message, row), r.message, "text", { wrap: true });
      if (r.kind === "slot") writeSlot(ctx, ws, fileName, row, r);
      else writeTrap(ctx, ws, row, r);
      row++;
    });
  }
  // Corrections come last, as they did in the group.
  for (const { slot } of wrong.values()) {
    const unit = slot.unit as UnitId;
    put(ws, ref(COLS.no, row), ++no, { align: "center" });
    put(ws, ref(COLS.when, row), stamp());
    ctx.write(ws, ref(COLS.sender, row), sender(unit), "text");
    const message = fill(rng.pick(T.correctionMessage), {
      a: ctx.agency(unit, "msg"),
      i: ctx.wording(slot.input, "msg").toLowerCase(),
      y: String(slot.year ?? 2025),
      v: shownText(slot),
    });
    ctx.write(ws, ref(COLS.message, row), message, "text", { wrap: true });
    writeSlot(ctx, ws, fileName, row, {
      kind: "slot",
      slot,
      message,
      status: ctx.pickText("replaced", T.replaced),
    });
    row++;
  }
  grid(ws, head, 1, row - 1, last);
  if (rng.chance(0.5)) {
    const notes = sheet(wb, "Ghi chep rieng", [50, 14]);
    notes.state = "hidden";
    ctx.write(notes, "A1", ctx.note(), "text", { italic: true });
    ctx.write(notes, "A2", ctx.note(2024), "text", { italic: true });
  }
  return [{ fileName, workbook: wb }];
}

function writeSlot(
  ctx: Blind18Context,
  ws: ExcelJS.Worksheet,
  fileName: string,
  row: number,
  r: Extract<Row, { kind: "slot" }>,
): void {
  ctx.write(ws, ref(COLS.item, row), ctx.header(r.slot.input, "zalo"), "label");
  if (r.slot.year !== undefined) put(ws, ref(COLS.year, row), r.slot.year, { align: "center" });
  ctx.value(fileName, ws, ref(COLS.value, row), r.slot);
  if (r.status !== "") ctx.write(ws, ref(COLS.status, row), r.status, "text");
  else if (ctx.rng.chance(0.3)) ctx.write(ws, ref(COLS.status, row), ctx.note(), "text", { italic: true });
}

function writeTrap(
  ctx: Blind18Context,
  ws: ExcelJS.Worksheet,
  row: number,
  r: Exclude<Row, { kind: "slot" }>,
): void {
  ctx.write(ws, ref(COLS.item, row), r.kind === "trap" ? r.item : ctx.header(r.slot.input, "zalo"), "label");
  if (r.kind === "partial")
    ctx.write(ws, ref(COLS.year, row), ctx.partialHeader(2025), "text", { wrap: true });
  else if (r.kind === "wrong") put(ws, ref(COLS.year, row), r.slot.year ?? 2025, { align: "center" });
  else if (r.year !== "") put(ws, ref(COLS.year, row), Number(r.year), { align: "center" });
  ctx.figure(ws, ref(COLS.value, row), r.value);
  if (r.kind === "wrong") {
    ws.getCell(ref(COLS.value, row)).font = { name: FONT, size: FONT_SIZE, strike: true };
  }
  ctx.write(ws, ref(COLS.status, row), r.status, "text");
}

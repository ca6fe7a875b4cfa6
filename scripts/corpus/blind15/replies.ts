/**
 * "b15-received-replies-log": the department's log of figures as the agencies sent them in (Zalo, e-mail, phone,
 * paper), one row per figure in the order received, agencies interleaved, years in the labels. Some figures were
 * sent again later to correct them: the earlier row holds the old figure and a note pointing to the later one,
 * which is the truth. Near-miss rows and "sent later" promises (absent slots) are mixed in.
 */
import {
  PROVINCE,
  AGENCIES,
  isYearly,
  statusInputsOf,
  YEARLY,
  kindOf,
  slotKey,
  type Slot,
  type UnitId,
} from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind15Context } from "./context";
import { grid, headRow, nearFigure, newWorkbook, put, sheet } from "./kit";
import { B15_REPLIES as T } from "./texts";
import { B15_DECOYS, type B15Decoy } from "./wordings";

type Entry =
  | { kind: "slot"; slot: Slot }
  | { kind: "old"; slot: Slot }
  | { kind: "pending"; slot: Slot }
  | { kind: "decoy"; decoy: B15Decoy; unit: UnitId; year?: number };

const pad = (n: number) => String(n).padStart(2, "0");

function stamp(minutes: number): { text: string; day: string } {
  // From 10/11/2025 07:30, working hours only.
  const perDay = 9 * 60;
  const day = 10 + Math.floor(minutes / perDay);
  const inDay = 7 * 60 + 30 + (minutes % perDay);
  const date = `${pad(day)}/11/2025`;
  return { text: `${date} ${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`, day: date };
}

export function repliesLog(ctx: Blind15Context): BuiltFile[] {
  const { rng } = ctx;
  const wb = newWorkbook();
  const fileName = ctx.pickText("file", T.file);
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [6, 18, 28, 18, 56, 16, 34]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  const head = 3;
  headRow(ctx, ws, head, [
    "STT",
    ctx.pickText("time", T.time),
    ctx.pickText("from", T.from),
    ctx.pickText("via", T.via),
    ctx.pickText("what", T.what),
    ctx.pickText("value", T.value),
    ctx.pickText("note", T.note),
  ]);
  const entries: Entry[] = [];
  const pending: Entry[] = [];
  for (const unit of AGENCIES) {
    for (const input of YEARLY)
      for (const year of ctx.data.years[input].filter((y) => y >= 2020)) {
        const slot = { input, unit, year };
        if (ctx.data.shown(slot)) entries.push({ kind: "slot", slot });
        else if (rng.chance(0.5)) pending.push({ kind: "pending", slot });
      }
    for (const input of statusInputsOf(unit)) {
      const slot = { input, unit };
      if (ctx.data.shown(slot)) entries.push({ kind: "slot", slot });
      else if (rng.chance(0.5)) pending.push({ kind: "pending", slot });
    }
  }
  // Three or four near-miss rows, the family's cases taking the list in turn.
  const all = Object.values(B15_DECOYS) as B15Decoy[];
  const decoys = [0, 1, 2, 3].slice(0, rng.int(3, 4)).map((k) => ctx.inTurn(all, (ctx.caseNo - 1) * 3 + k));
  for (const decoy of decoys) {
    const unit = decoy.near.startsWith("remote_") ? PROVINCE : rng.pick(AGENCIES);
    entries.push({ kind: "decoy", decoy, unit, ...(isYearly(decoy.near) ? { year: 2025 } : {}) });
  }
  for (const input of statusInputsOf(PROVINCE)) {
    const slot = { input, unit: PROVINCE };
    if (ctx.data.shown(slot)) entries.push({ kind: "slot", slot });
  }
  let order = rng.shuffle([...entries, ...pending]);
  // Corrections: the old figure early on, the truth sent again at the end.
  const fixable = order.filter(
    (e) => e.kind === "slot" && ctx.data.value(e.slot) !== "not-applicable",
  ) as Array<{ kind: "slot"; slot: Slot }>;
  const fixed = rng.shuffle(fixable).slice(0, rng.int(2, 3));
  const fixedKeys = new Set(fixed.map((e) => slotKey(e.slot)));
  order = order.filter((e) => !(e.kind === "slot" && fixedKeys.has(slotKey(e.slot))));
  for (const e of fixed)
    order.splice(rng.int(0, Math.floor(order.length / 2)), 0, { kind: "old", slot: e.slot });
  order.push(...fixed);
  let minutes = 0;
  const times = order.map(() => stamp((minutes += rng.int(6, 95))));
  const resentOn = new Map<string, string>();
  order.forEach((e, i) => {
    if (e.kind === "slot" && fixedKeys.has(slotKey(e.slot)))
      resentOn.set(slotKey(e.slot), times[i]?.day ?? "");
  });
  // Half the clerks write the short key of each figure, the other half its full name.
  const short = rng.chance(0.5);
  let row = head + 1;
  order.forEach((e, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    put(ws, `B${row}`, times[i]?.text ?? "", { align: "center" });
    const unit = e.kind === "decoy" ? e.unit : (e.slot.unit as UnitId);
    const sender = unit === PROVINCE ? ctx.pickText("province", T.province) : ctx.agency(unit, "log");
    ctx.write(ws, `C${row}`, sender, "label");
    ctx.write(ws, `D${row}`, rng.pick(T.channels), "text");
    if (e.kind === "decoy") {
      const text = ctx.decoyLabel(e.decoy);
      ctx.write(ws, `E${row}`, e.year === undefined ? text : `${text} năm ${e.year}`, "label", {
        wrap: true,
      });
      ctx.number(ws, `F${row}`, ctx.decoyValue(e.decoy, unit, e.year ?? 2025));
      row++;
      return;
    }
    const slot = e.slot;
    ctx.write(
      ws,
      `E${row}`,
      short
        ? `${ctx.header(slot.input, slot.unit)}${slot.year === undefined ? "" : ` năm ${slot.year}`}`
        : ctx.label(slot.input, slot.year === undefined ? {} : { year: slot.year }),
      "label",
      { wrap: true },
    );
    if (e.kind === "slot") {
      ctx.value(fileName, ws, `F${row}`, slot);
      if (fixedKeys.has(slotKey(slot)))
        ctx.write(ws, `G${row}`, ctx.pickText("replacing", T.replacing, { v: times[i]?.day ?? "" }), "text", {
          italic: true,
        });
      else if (rng.chance(0.15)) ctx.write(ws, `G${row}`, ctx.note(2025), "text", { italic: true });
    } else if (e.kind === "old") {
      const v = ctx.data.value(slot);
      if (typeof v === "boolean")
        ctx.write(ws, `F${row}`, ctx.words(slot.input, !v) ?? "", "word", { align: "center" });
      else if (typeof v === "number" && kindOf(slot.input) === "level")
        ctx.write(
          ws,
          `F${row}`,
          ctx.words(slot.input, v === 3 ? 2 : v + 1) ?? String(v === 3 ? 2 : v + 1),
          "word",
          { align: "center" },
        );
      else ctx.number(ws, `F${row}`, nearFigure(ctx, slot, 0.86, 0.98) ?? 0);
      ctx.write(
        ws,
        `G${row}`,
        ctx.pickText("replaced", T.replaced, { v: resentOn.get(slotKey(slot)) ?? "" }),
        "text",
        { italic: true },
      );
    } else {
      ctx.write(ws, `G${row}`, ctx.pickText("pending", T.pending), "text", { italic: true });
    }
    row++;
  });
  grid(ws, head, 1, row - 1, 7);
  return [{ fileName, workbook: wb }];
}

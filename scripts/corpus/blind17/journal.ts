/**
 * "b17-approval-workflow-journal": the department's intake log, one row per figure an agency sent (agency, item,
 * year, value) with a review status. Some figures were first sent wrong and returned or cancelled ("see row n"),
 * their corrected row coming later in the log; only rows marked approved hold the figures. Near-miss items and a
 * target column stand beside; the status list lives on a hidden sheet.
 */
import { put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, type Slot, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind17Context } from "./context";
import { headers, nearFigure, newWorkbook, planFigure, sheet, slotOf, yearsShown } from "./kit";
import { B17_JOURNAL as T } from "./texts";
import { B17_DECOYS } from "./wordings";

type Entry =
  | { kind: "slot"; slot: Slot; time: number; status: "approved" | "waiting" }
  | {
      kind: "wrong";
      slot: Slot;
      time: number;
      value: number | string;
      fixedBy: Slot;
      how: "rejected" | "superseded";
    }
  | { kind: "decoy"; slot: Slot; text: string; value: number; time: number }
  | { kind: "partial"; slot: Slot; value: number; time: number };

export function approvalJournal(ctx: Blind17Context): BuiltFile[] {
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 16, 24, 46, 9, 14, 22, 24, 16]);
  const file = `NhatKy_SoLieu_CDS_${ctx.rng.pick(["2025", "nam2025", "T11-2025"])}.xlsx`;
  const entries: Entry[] = [];
  let clock = 0;
  const tick = () => (clock += ctx.rng.int(1, 40));
  const withPlan = ctx.rng.chance(0.7);
  const short = ctx.rng.chance(0.5);
  const partials = ctx.rng.chance(0.7);
  for (const unit of ctx.rng.shuffle(AGENCIES)) {
    const inputs = ["political_articles", "revenue", ...statusInputsOf(unit)];
    for (const input of inputs) {
      const years = isYearly(input) ? yearsShown(ctx, input) : [0];
      for (const year of years) {
        const slot = year === 0 ? slotOf(input, unit) : slotOf(input, unit, year);
        const shown = ctx.data.shown(slot);
        if (!shown && ctx.rng.chance(0.5)) continue;
        const t = tick();
        const v = ctx.data.value(slot);
        if (partials && year === 2025 && shown && typeof v === "number" && ctx.rng.chance(0.6)) {
          const part = nearFigure(ctx, slot, 0.42, 0.78) ?? 1;
          entries.push({ kind: "partial", slot, value: part, time: Math.max(0, t - 200) });
        }
        if (shown && typeof v === "number" && ctx.rng.chance(0.22)) {
          const wrong = nearFigure(ctx, slot, 0.55, 0.92) ?? v + 1;
          entries.push({
            kind: "wrong",
            slot,
            time: t,
            value: wrong,
            fixedBy: slot,
            how: ctx.rng.pick(["rejected", "superseded"] as const),
          });
          entries.push({ kind: "slot", slot, time: t + 500 + ctx.rng.int(1, 300), status: "approved" });
        } else entries.push({ kind: "slot", slot, time: t, status: shown ? "approved" : "waiting" });
      }
      if (input === "political_articles" && ctx.rng.chance(0.6)) {
        const d = ctx.rng.pick([B17_DECOYS.allArticles, B17_DECOYS.reused]);
        const row = ctx.decoyRow(d, unit, "journal");
        entries.push({
          kind: "decoy",
          slot: slotOf(input, unit),
          text: row.text,
          value: row.value,
          time: tick(),
        });
      }
      if (input === "revenue" && ctx.rng.chance(0.5)) {
        const row = ctx.decoyRow(B17_DECOYS.adIncome, unit, "journal");
        entries.push({
          kind: "decoy",
          slot: slotOf(input, unit),
          text: row.text,
          value: row.value,
          time: tick(),
        });
      }
    }
  }
  if (ctx.data.province)
    for (const input of ["remote_population_total", "remote_population_reached"])
      entries.push({ kind: "slot", slot: slotOf(input, PROVINCE), time: tick(), status: "approved" });
  entries.sort((a, b) => a.time - b.time);

  ctx.write(ws, "A1", ctx.pickText("title", T.titles, { y: 2025 }), "upper", { bold: true, size: 13 });
  ctx.write(ws, "A2", ctx.pickText("caption", T.caption), "text", { italic: true });
  const heads = [
    "STT",
    ctx.pickText("h.time", T.heads.time),
    ctx.pickText("h.unit", T.heads.unit),
    ctx.pickText("h.item", T.heads.item),
    ctx.pickText("h.year", T.heads.year),
    ctx.pickText("h.value", T.heads.value),
    ctx.pickText("h.status", T.heads.status),
    ctx.pickText("h.reviewer", T.heads.reviewer),
  ];
  if (withPlan) heads.push(ctx.planHeader(2025));
  const top = 4;
  headers(ctx, ws, top, heads);
  ws.views = [{ state: "frozen", ySplit: top }];

  // Where each slot's approved row lands, for "see row n".
  const rowOf = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.kind === "slot") rowOf.set(JSON.stringify(e.slot), i + 1);
  });
  const approved = ctx.pickText("approved", T.approved);
  entries.forEach((e, i) => {
    const r = top + 1 + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    const day = 1 + Math.floor(e.time / 120);
    const hour = 7 + Math.floor((e.time % 120) / 12);
    ctx.write(
      ws,
      `B${r}`,
      `${String(Math.min(day, 28)).padStart(2, "0")}/11/2025 ${hour}:${String((e.time % 12) * 5).padStart(2, "0")}`,
    );
    const unitText = ctx.agency(e.slot.unit as UnitId, "log");
    ctx.write(ws, `C${r}`, unitText);
    if (e.kind === "partial") {
      ctx.write(ws, `D${r}`, ctx.label(e.slot.input), "label");
      ctx.write(ws, `E${r}`, ctx.partialHeader(2025), "text", { align: "center" });
      ctx.number(ws, `F${r}`, e.value);
      ctx.write(ws, `G${r}`, approved);
      return;
    }
    if (e.kind === "decoy") {
      ctx.write(ws, `D${r}`, e.text, "label");
      put(ws, `E${r}`, 2025, { align: "center" });
      ctx.number(ws, `F${r}`, e.value);
      ctx.write(ws, `G${r}`, approved);
      return;
    }
    const item = short
      ? ctx.header(e.slot.input, `${e.slot.unit}|${e.slot.year ?? ""}`)
      : ctx.label(e.slot.input, { unit: ctx.rng.chance(0.4) });
    ctx.write(ws, `D${r}`, item, "label");
    if (e.slot.year !== undefined) put(ws, `E${r}`, e.slot.year, { align: "center" });
    else ctx.write(ws, `E${r}`, "-", "text", { align: "center" });
    if (e.kind === "wrong") {
      if (typeof e.value === "number") ctx.number(ws, `F${r}`, e.value);
      const status =
        e.how === "rejected"
          ? ctx.pickText("rejected", T.rejected)
          : ctx.pickText("superseded", T.superseded, {
              n: String(rowOf.get(JSON.stringify(e.fixedBy)) ?? 0),
            });
      ctx.write(ws, `G${r}`, status);
      ctx.write(ws, `H${r}`, ctx.rng.pick(T.reasons));
      return;
    }
    const written = ctx.value(file, ws, `F${r}`, e.slot);
    ctx.write(ws, `G${r}`, written ? approved : ctx.pickText("waiting", T.waiting));
    if (written) ctx.write(ws, `H${r}`, ctx.rng.pick(T.reviewers));
    if (withPlan && e.slot.year === 2025) {
      const target = planFigure(ctx, e.slot);
      if (target !== null) ctx.number(ws, `I${r}`, target);
    }
    if (written && ctx.rng.chance(0.08)) ctx.write(ws, ref(10, r), ctx.note(2025), "text", { italic: true });
  });

  const list = sheet(wb, ctx.pickText("listSheet", T.listSheet), [30]);
  [...T.approved, ...T.rejected, ...T.waiting].forEach((s, i) => ctx.write(list, `A${i + 1}`, s));
  list.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
  return [{ fileName: file, workbook: wb }];
}

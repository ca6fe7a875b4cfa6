/**
 * "b17-superseded-draft-tabs": the department's summary workbook as it is kept, with the earlier drafts left in:
 * the same table on every sheet (agencies as column pairs, last year and this year), but only one sheet says it is
 * the signed, final version; the drafts carry a banner saying not to use them and figures that were corrected
 * since. Some drafts are hidden, most are not; the final sheet is not always first.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, statusInputsOf, type Slot } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind17Context } from "./context";
import { agencyStatusInputs, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B17_DRAFTS as T } from "./texts";
import { B17_DECOYS } from "./wordings";

/** The province's targets, as the plan states them (text, one per row). */
const TARGETS: Readonly<Record<string, string>> = {
  political_articles: "+20%/năm",
  revenue: "+≥ 20%",
  staff_trained: "100%",
  digital_platforms: "67%",
  ai_data_platform: "67%",
  converged_newsroom: "67%",
  autonomous: "67%",
  security_level: "100% ≥ cấp 3",
};

type Mode = { final: true } | { final: false; banner: string };

export function draftTabs(ctx: Blind17Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = `${ctx.pickText("file", T.file, { y: 2025 })}.xlsx`;
  const finalName = ctx.pickText("final", T.finalSheets);
  const drafts = ctx.rng.shuffle(T.draftSheets).slice(0, ctx.rng.int(1, 3));
  const at = ctx.rng.int(0, drafts.length);
  const order: Array<string | null> = [...drafts.slice(0, at), null, ...drafts.slice(at)];
  const inputs = ["political_articles", "revenue", ...agencyStatusInputs()];
  const decoy = ctx.rng.pick([B17_DECOYS.allArticles, B17_DECOYS.adIncome, B17_DECOYS.contributors]);
  for (const name of order) {
    const ws = sheet(wb, name ?? finalName, [6, 44, 9, 11, 11, 11, 11, 11, 11, 14]);
    const mode: Mode =
      name === null
        ? { final: true }
        : { final: false, banner: ctx.rng.pick(T.draftBanners).replace("{v}", `'${finalName}'`) };
    table(ctx, ws, file, mode, inputs, decoy);
    if (name !== null && ctx.rng.chance(0.3)) ws.state = "hidden";
  }
  return [{ fileName: file, workbook: wb }];
}

function table(
  ctx: Blind17Context,
  ws: ExcelJS.Worksheet,
  file: string,
  mode: Mode,
  inputs: readonly string[],
  decoy: (typeof B17_DECOYS)[keyof typeof B17_DECOYS],
): void {
  const short = ctx.choose("short", ["yes", "no", "no"]) === "yes";
  const banner = mode.final ? ctx.pickText("finalBanner", T.finalBanners, { y: 2025 }) : mode.banner;
  ctx.writeMerged(ws, "A1:J1", banner, "upper", { bold: true });
  ws.getCell("A1").font = { ...ws.getCell("A1").font, color: { argb: mode.final ? "FF1F4E79" : "FFC00000" } };
  const top = 3;
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, "STT", "text", { bold: true });
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, ctx.pickText("item", T.itemHead), "text", { bold: true });
  ctx.writeMerged(ws, `C${top}:C${top + 1}`, "ĐVT", "text", { bold: true });
  AGENCIES.forEach((unit, i) => {
    const c = 4 + i * 2;
    ctx.writeMerged(ws, `${colLetter(c)}${top}:${colLetter(c + 1)}${top}`, ctx.agency(unit, "col"), "text", {
      bold: true,
    });
    ctx.write(ws, ref(c, top + 1), ctx.pickText("yh", T.yearHead, { y: 2024 }), "text", {
      bold: true,
      align: "center",
    });
    ctx.write(ws, ref(c + 1, top + 1), ctx.pickText("yh", T.yearHead, { y: 2025 }), "text", {
      bold: true,
      align: "center",
    });
  });
  ctx.writeMerged(ws, `J${top}:J${top + 1}`, ctx.planHeader(2025), "text", { bold: true });
  grid(ws, top, 1, top + 1, 10);
  let r = top + 2;
  const cell = (at: string, slot: Slot) => {
    if (mode.final) return void ctx.value(file, ws, at, slot);
    if (!ctx.data.shown(slot)) return;
    const v = ctx.data.value(slot);
    if (typeof v === "number") {
      // A draft figure differs from the final one (most of the time) and never by luck equals it.
      const n =
        slot.input === "security_level"
          ? Math.max(1, v - ctx.rng.int(0, 1))
          : ctx.rng.chance(0.8)
            ? (nearFigure(ctx, slot, 0.82, 1.12) ?? v)
            : v;
      put(ws, at, n, { numFmt: "#,##0" });
    } else {
      const flipped = typeof v === "boolean" && ctx.rng.chance(0.3) ? !v : v;
      const words = ctx.words(slot.input, flipped);
      if (words !== null) ctx.write(ws, at, words, "word", { align: "center" });
    }
  };
  inputs.forEach((input, k) => {
    put(ws, `A${r}`, k + 1, { align: "center" });
    ctx.write(ws, `B${r}`, short ? ctx.header(input, "drafts") : ctx.label(input), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input));
    AGENCIES.forEach((unit, i) => {
      const c = 4 + i * 2;
      if (isYearly(input)) {
        cell(ref(c, r), slotOf(input, unit, 2024));
        cell(ref(c + 1, r), slotOf(input, unit, 2025));
      } else if (statusInputsOf(unit).includes(input)) cell(ref(c + 1, r), slotOf(input, unit));
    });
    const target = TARGETS[input];
    if (target !== undefined) ctx.write(ws, `J${r}`, target, "text", { align: "center" });
    grid(ws, r, 1, r, 10);
    r++;
    if (input === decoy.near) {
      ctx.write(ws, `B${r}`, `- ${ctx.decoyLabel(decoy, "drafts")}`, "label");
      ctx.write(ws, `C${r}`, decoy.measure);
      AGENCIES.forEach((unit, i) => {
        const c = 4 + i * 2;
        put(ws, ref(c + 1, r), ctx.decoyValue(decoy, unit, 2025), { numFmt: "#,##0" });
      });
      grid(ws, r, 1, r, 10);
      r++;
    }
  });
  if (ctx.data.province) {
    ctx.write(ws, `B${r}`, ctx.pickText("prov", T.provinceRow), "text", { bold: true });
    r++;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      ctx.write(ws, `B${r}`, short ? ctx.header(input, "prov") : ctx.label(input), "label");
      ctx.write(ws, `C${r}`, ctx.measure(input));
      ws.mergeCells(`D${r}:I${r}`);
      cell(`D${r}`, slotOf(input, PROVINCE));
      grid(ws, r, 1, r, 10);
      r++;
    }
    const d = B17_DECOYS.households;
    ctx.write(ws, `B${r}`, `- ${ctx.decoyLabel(d, "drafts")}`, "label");
    ctx.write(ws, `C${r}`, d.measure);
    ws.mergeCells(`D${r}:I${r}`);
    put(ws, `D${r}`, ctx.decoyValue(d, PROVINCE), { numFmt: "#,##0" });
    grid(ws, r, 1, r, 10);
    r++;
  }
  if (mode.final && ctx.rng.chance(0.6)) ctx.write(ws, `B${r + 1}`, ctx.note(2025), "text", { italic: true });
}

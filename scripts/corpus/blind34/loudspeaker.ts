/**
 * b34-grassroots-loudspeaker-conversion-return: the department's return on turning commune loudspeaker stations
 * into IT-based ones. Sheet one: the districts as rows with their remote communes, their whole population (a
 * near-miss), the remote-area population (E) and those reached by the province's press (F), the IP loudspeaker
 * clusters, a rate and a target; the province's figures are the SUM row at the bottom. When the return holds no
 * remote-area figures it is the short form without E and F. Sheet two: the agencies as rows with the works for
 * political tasks of 2024 and 2025 side by side and the works relayed on loudspeakers beside them.
 */
import { grid, mergePut, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind34Context } from "./context";
import { headers, hiddenSheet, newWorkbook, sheet, splitInto } from "./kit";
import { B34_LOUDSPEAKER as T } from "./texts";
import { B34_DECOYS as D } from "./wordings";

export const SPEAKER_FIRST = 6;
export const SPEAKER_COLS = { people: "D", total: "E", reached: "F", clusters: "G" } as const;
/** Sheet two: 2020–2025 in C–H, relayed works of 2025 in I, the platforms answer in J. */
export const SOURCE_COLS: Readonly<Record<number, string>> = {
  2020: "C",
  2021: "D",
  2022: "E",
  2023: "F",
  2024: "G",
  2025: "H",
};

function districtSheet(ctx: Blind34Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const ws = sheet(wb, ctx.pickText("sheet1", T.sheet1), [5, 22, 11, 14, 15, 15, 12, 11, 12, 24]);
  mergePut(ws, "A1:J1", "");
  ctx.write(ws, "A1", ctx.pickText("title", T.titles), "upper", { bold: true, align: "center", wrap: true });
  ws.getRow(1).height = 36;
  mergePut(ws, "A2:J2", "");
  ctx.write(ws, "A2", T.basis, "text", { italic: true, align: "center" });
  ctx.write(ws, "B3", `${T.scope} ${ctx.agency(PROVINCE, "scope")}`, "text", { italic: true });
  const full = ctx.data.province;
  const totalSlot = { input: "remote_population_total", unit: PROVINCE };
  const reachedSlot = { input: "remote_population_reached", unit: PROVINCE };
  const total = ctx.data.value(totalSlot) as number;
  const reached = ctx.data.value(reachedSlot) as number;
  const n = T.districts.length;
  const parts = splitInto(ctx, total, n);
  // The people not reached, spread over a few districts.
  let missing = total - reached;
  const reachedParts = parts.map((p) => {
    const cut = Math.min(
      missing,
      Math.floor(p * 0.5),
      ctx.rng.chance(0.5) ? missing : Math.floor(missing / 2),
    );
    missing -= cut;
    return p - cut;
  });
  if (missing > 0) {
    const i = reachedParts.findIndex((r) => r > missing);
    reachedParts[i] = (reachedParts[i] ?? 0) - missing;
  }
  const heads = [
    "STT",
    T.districtHead,
    T.communesHead,
    ctx.decoyLabel(D.districtPeople),
    ctx.header("remote_population_total"),
    ctx.header("remote_population_reached"),
    ctx.decoyLabel(D.clusters),
    T.rateHead,
    ctx.planHeader(2025),
    T.noteHead,
  ];
  headers(ctx, ws, 5, heads);
  ws.getRow(5).height = 60;
  const last = SPEAKER_FIRST + n - 1;
  let people = 0;
  let clusters = 0;
  T.districts.forEach((d, i) => {
    const r = SPEAKER_FIRST + i;
    const part = parts[i] ?? 0;
    const p = Math.round(part * (3 + ctx.rng.next() * 2.5));
    const c = Math.max(2, Math.round(part / (120 + ctx.rng.int(0, 200))));
    people += p;
    clusters += c;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, d, "text");
    put(ws, `C${r}`, ctx.rng.int(2, 14), { align: "center" });
    ctx.figure(ws, `D${r}`, p);
    if (full) {
      ctx.figure(ws, `E${r}`, part);
      if (ctx.data.shown(reachedSlot)) {
        ctx.figure(ws, `F${r}`, reachedParts[i] ?? 0);
        put(
          ws,
          `H${r}`,
          { formula: `IF(E${r}=0,"",F${r}/E${r})`, result: (reachedParts[i] ?? 0) / part },
          { numFmt: "0.0%" },
        );
      }
    }
    ctx.figure(ws, `G${r}`, c);
    put(ws, `I${r}`, 1, { numFmt: "0%" });
  });
  const t = last + 1;
  ctx.write(ws, `B${t}`, ctx.agency(PROVINCE, "total"), "label", { bold: true });
  ctx.formula(ws, `D${t}`, `SUM(D${SPEAKER_FIRST}:D${last})`, people, true);
  if (full) {
    ctx.viaFormula(file, ws, `E${t}`, totalSlot, `SUM(E${SPEAKER_FIRST}:E${last})`);
    if (ctx.data.shown(reachedSlot)) {
      ctx.viaFormula(file, ws, `F${t}`, reachedSlot, `SUM(F${SPEAKER_FIRST}:F${last})`);
      put(ws, `H${t}`, { formula: `F${t}/E${t}`, result: reached / total }, { numFmt: "0.0%", bold: true });
    } else ctx.write(ws, `F${t}`, ctx.pickText("pending", ["Đang tổng hợp", "Chưa tổng hợp"]), "text");
  } else {
    mergePut(ws, `E${SPEAKER_FIRST}:F${last}`, "");
    ctx.write(ws, `E${SPEAKER_FIRST}`, T.shortForm, "text", { italic: true, align: "center", wrap: true });
  }
  ctx.formula(ws, `G${t}`, `SUM(G${SPEAKER_FIRST}:G${last})`, clusters, true);
  grid(ws, 5, 1, t, 10);
  if (ctx.rng.chance(0.5)) ctx.write(ws, `J${t}`, ctx.note(2025), "text", { italic: true, wrap: true });
}

function sourceSheet(ctx: Blind34Context, wb: ReturnType<typeof newWorkbook>, file: string): void {
  const ws = sheet(wb, ctx.pickText("sheet2", T.sheet2), [5, 36, 10, 10, 10, 10, 10, 10, 16, 14, 22]);
  mergePut(ws, "A1:K1", "");
  ctx.write(ws, "A1", ctx.pickText("title2", T.titles2), "upper", {
    bold: true,
    align: "center",
    wrap: true,
  });
  ws.getRow(1).height = 34;
  const head = 4;
  const two = (col: string, text: string) => {
    ws.mergeCells(`${col}${head}:${col}${head + 1}`);
    ctx.write(ws, `${col}${head}`, text, "text", { bold: true, align: "center", wrap: true });
  };
  two("A", "STT");
  two("B", T.agencyHead);
  ws.mergeCells(`C${head}:H${head}`);
  ctx.write(ws, `C${head}`, ctx.header("political_articles"), "text", {
    bold: true,
    align: "center",
    wrap: true,
  });
  for (const [y, col] of Object.entries(SOURCE_COLS))
    ctx.write(ws, `${col}${head + 1}`, y, "text", { bold: true, align: "center" });
  two("I", ctx.decoyLabel(D.relayed));
  two("J", ctx.header("digital_platforms"));
  two("K", T.noteHead);
  ws.getRow(head).height = 48;
  AGENCIES.forEach((unit, i) => {
    const r = head + 2 + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "source"), "label");
    for (const [y, col] of Object.entries(SOURCE_COLS))
      ctx.value(file, ws, `${col}${r}`, { input: "political_articles", unit, year: Number(y) });
    if (ctx.data.shown({ input: "political_articles", unit, year: 2025 }))
      ctx.figure(ws, `I${r}`, ctx.decoyValue(D.relayed, unit, 2025));
    ctx.value(file, ws, `J${r}`, { input: "digital_platforms", unit });
  });
  grid(ws, head, 1, head + 1 + AGENCIES.length, 11);
}

export function loudspeakerReturn(ctx: Blind34Context): BuiltFile[] {
  const wb = newWorkbook();
  const file = ctx.pickText("file", T.files, 2025);
  districtSheet(ctx, wb, file);
  sourceSheet(ctx, wb, file);
  if (ctx.rng.chance(0.5))
    hiddenSheet(ctx, wb, T.scratch, [[ctx.decoyLabel(D.clusters, "scratch"), ctx.rng.int(40, 90)]]);
  return [{ fileName: file, workbook: wb }];
}

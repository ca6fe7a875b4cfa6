/**
 * A survey's data-entry sheet: one row per responding agency (and one for the province), one column per question
 * code, codes in the first header row and short question texts in the second; yes/no typed as 1/0 in most cases;
 * a code book sheet with the full questions, a hidden list sheet, a part-of-year and a plan column.
 */
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, YEARLY, type UnitId } from "../model";
import { sheetName, unionYears, type BuiltFile } from "../sheets";
import type { Blind13Context } from "./context";
import { head, STATUS_INPUTS, writePlanFigure } from "./kit";
import { B13_MATRIX as T } from "./texts";
import { B13_DECOYS, type B13Decoy } from "./wordings";

type Column =
  | { kind: "slot"; input: string; year?: number; code: string }
  | { kind: "partial"; input: string; code: string }
  | { kind: "plan"; input: string; code: string }
  | { kind: "decoy"; decoy: B13Decoy; code: string };

export function codedEntryMatrix(ctx: Blind13Context): BuiltFile[] {
  const { rng, data } = ctx;
  const wb = newWorkbook();
  const fileName = `${ctx.pickText("file", T.files)}.xlsx`;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("sheet", T.sheets)), [8, 30]);
  const ones = rng.chance(0.7);
  const cols: Column[] = [];
  let q = 0;
  const code = () => `C${String(++q).padStart(2, "0")}`;
  const years = unionYears(data).filter((y) => y >= 2020);
  for (const input of YEARLY) {
    const base = code();
    for (const year of years)
      if (data.years[input].includes(year)) cols.push({ kind: "slot", input, year, code: `${base}_${year}` });
    if (rng.chance(0.5)) cols.push({ kind: "partial", input, code: `${base}_6T` });
    if (input === "political_articles" && rng.chance(0.5))
      cols.push({ kind: "plan", input, code: `${base}_KH` });
  }
  for (const input of STATUS_INPUTS) cols.push({ kind: "slot", input, code: code() });
  if (data.province)
    for (const input of ["remote_population_total", "remote_population_reached"])
      cols.push({ kind: "slot", input, code: code() });
  const decoys = rng.shuffle(Object.values(B13_DECOYS)).slice(0, rng.int(1, 2));
  for (const decoy of decoys) cols.push({ kind: "decoy", decoy, code: code() });
  const first = 3;
  ws.columns = [{ width: 8 }, { width: 30 }, ...cols.map(() => ({ width: 14 })), { width: 24 }];
  head(ctx, ws, "A1", ctx.pickText("code", T.code));
  head(ctx, ws, "B1", ctx.pickText("name", T.name));
  cols.forEach((col, i) => {
    const at = first + i;
    put(ws, ref(at, 1), col.code, { bold: true, align: "center" });
    const text =
      col.kind === "slot"
        ? col.year === undefined
          ? ctx.header(col.input, "mx")
          : `${ctx.header(col.input, "mx")} ${col.year}`
        : col.kind === "partial"
          ? ctx.partialHeader(2025)
          : col.kind === "plan"
            ? ctx.planHeader(2025)
            : ctx.decoyLabel(col.decoy, "mx");
    head(ctx, ws, ref(at, 2), text);
  });
  const noteCol = first + cols.length;
  head(ctx, ws, ref(noteCol, 2), ctx.pickText("remark", T.remark));
  ws.getRow(2).height = 45;
  let row = 3;
  const units: UnitId[] = data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  for (const [n, unit] of units.entries()) {
    put(ws, `A${row}`, `DV${String(n + 1).padStart(2, "0")}`, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit, "mx"), "label");
    cols.forEach((col, i) => {
      const at = ref(first + i, row);
      if (col.kind === "slot") {
        const applies =
          unit === PROVINCE
            ? col.input.startsWith("remote_")
            : col.year !== undefined || statusInputsOf(unit).includes(col.input);
        if (!applies) return;
        const slot =
          col.year === undefined ? { input: col.input, unit } : { input: col.input, unit, year: col.year };
        if (ones) ctx.flag(fileName, ws, at, slot);
        else ctx.value(fileName, ws, at, slot);
      } else if (unit === PROVINCE) {
        if (col.kind === "decoy" && col.decoy.near.startsWith("remote_"))
          ctx.number(ws, at, ctx.decoyValue(col.decoy, unit));
      } else if (col.kind === "partial") {
        if (data.shown({ input: col.input, unit, year: 2025 }))
          ctx.number(ws, at, ctx.near(col.input, unit, 0.4, 0.6, 2025));
      } else if (col.kind === "plan") writePlanFigure(ctx, ws, at, { input: col.input, unit, year: 2025 });
      else if (!col.decoy.near.startsWith("remote_")) ctx.number(ws, at, ctx.decoyValue(col.decoy, unit));
    });
    if (rng.chance(0.3)) ctx.write(ws, ref(noteCol, row), ctx.note(), "text", { italic: true });
    row++;
  }
  grid(ws, 1, 1, row - 1, noteCol);
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: 2 }];

  const book = addSheet(wb, sheetName(wb, ctx.pickText("codebook", T.codebook)), [12, 70, 24]);
  head(ctx, book, "A1", ctx.pickText("codeCol", T.codeCol));
  head(ctx, book, "B1", ctx.pickText("question", T.question));
  head(ctx, book, "C1", ctx.pickText("answers", T.answers));
  let r = 2;
  const seen = new Set<string>();
  for (const col of cols) {
    const key = col.code.replace(/_.*/, "");
    if (col.kind !== "slot" || seen.has(key)) continue;
    seen.add(key);
    put(book, `A${r}`, key, { align: "center" });
    ctx.write(book, `B${r}`, `${ctx.wording(col.input)} [${ctx.header(col.input, "book")}]`, "label", {
      wrap: true,
    });
    const yesNo = ["digital_platforms", "ai_data_platform", "converged_newsroom", "autonomous", "licensed"];
    ctx.write(
      book,
      `C${r}`,
      yesNo.includes(col.input)
        ? ones
          ? ctx.pickText("oneZero", T.oneZero)
          : ctx.pickText("words", T.words)
        : `${ctx.pickText("number", T.number)} (${ctx.measure(col.input)})`,
      "text",
    );
    r++;
  }
  grid(book, 1, 1, r - 1, 3);
  const lists = addSheet(wb, ctx.pickText("lists", T.lists), [12, 12]);
  lists.state = "veryHidden";
  ctx.style.yesNo.forEach((w, i) => ctx.write(lists, `A${i + 1}`, w, "word"));
  put(lists, "B1", 1);
  put(lists, "B2", 0);
  return [{ fileName, workbook: wb }];
}

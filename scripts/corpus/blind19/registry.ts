/**
 * b19-press-registry-in-province: the department's register of the press bodies working in the province: the
 * province's own agencies, the resident offices of central newspapers, radio and the news agency, and the
 * bulletins and general news sites, one row each with their licence, staff and digital status. Only the province's
 * own agencies are the plan's units. Traps: the resident offices' rows (names with "Báo … Lai Châu" in them) and the
 * bulletins with figures and yes/no answers of their own, press cards beside the staff figures, and a hidden copy of
 * last year's register with older figures.
 */
import type ExcelJS from "exceljs";
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, kindOf, statusInputsOf, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind19Context } from "./context";
import { agencyStatusInputs, headers, nearFigure, newWorkbook, sheet, slotOf } from "./kit";
import { B19_REGISTRY as T } from "./texts";
import { B19_DECOYS as D } from "./wordings";

type Col = { kind: "input"; input: string } | { kind: "cards" } | { kind: "channels" };

function columns(ctx: Blind19Context): Col[] {
  const status = agencyStatusInputs().filter((i) => i !== "licensed");
  const cols: Col[] = status.map((input) => ({ kind: "input", input }));
  cols.splice(1, 0, { kind: "cards" });
  if (ctx.rng.chance(0.6)) cols.splice(cols.length - 2, 0, { kind: "channels" });
  if (ctx.rng.chance(0.5)) cols.push({ kind: "input", input: "licensed" });
  else cols.splice(0, 0, { kind: "input", input: "licensed" });
  return cols;
}

function otherCell(ctx: Blind19Context, ws: ExcelJS.Worksheet, at: string, col: Col, small: boolean): void {
  if (col.kind === "cards") return ctx.figure(ws, at, ctx.rng.int(1, small ? 4 : 9));
  if (col.kind === "channels") return ctx.figure(ws, at, ctx.rng.int(1, small ? 3 : 6));
  const kind = kindOf(col.input);
  if (col.input === "licensed") return;
  if (kind === "count") return ctx.figure(ws, at, ctx.rng.int(small ? 1 : 4, small ? 6 : 18));
  if (kind === "level")
    return ctx.write(ws, at, small ? "-" : String(ctx.rng.int(1, 2)), "word", { align: "center" });
  const words = ctx.style.yesNo;
  ctx.write(ws, at, ctx.rng.chance(0.5) ? words[0] : words[1], "word", { align: "center" });
}

export function pressRegistry(ctx: Blind19Context): BuiltFile[] {
  const fileName = ctx.pickText("file", T.fileNames, { y: 2025 });
  const wb = newWorkbook();
  const cols = columns(ctx);
  const first = 5;
  const last = first + cols.length;
  const ws = sheet(wb, ctx.pickText("sheet", T.sheets), [6, 44, 24, 20, ...cols.map(() => 12), 24]);
  const end = colLetter(last);
  ctx.writeMerged(ws, `A1:${end}1`, ctx.pickText("title", T.titles), "upper", { bold: true });
  ctx.writeMerged(ws, `A2:${end}2`, ctx.pickText("updated", T.updated, { y: 2025 }), "text", {
    italic: true,
  });
  headers(ctx, ws, 4, [
    "STT",
    ctx.pickText("name", T.name),
    ctx.pickText("owner", T.owner),
    ctx.pickText("licence", T.licence),
    ...cols.map((c) =>
      c.kind === "cards"
        ? ctx.decoyLabel(D.pressCards, "registry")
        : c.kind === "channels"
          ? ctx.decoyLabel(D.channels, "registry")
          : ctx.header(c.input, "registry"),
    ),
    "Ghi chú",
  ]);
  let row = 5;
  let shown = 0;
  const section = (i: number) => {
    put(ws, `A${row}`, ["I", "II", "III"][shown++] ?? "", { bold: true, align: "center" });
    ctx.write(ws, `B${row}`, T.sections[i] ?? "", "label", { bold: true });
    row++;
  };
  const ownFirst = ctx.rng.chance(0.7);
  const own = () => {
    section(0);
    AGENCIES.forEach((unit, i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, ctx.agency(unit, "registry"), "label");
      ctx.write(ws, `C${row}`, T.owners[unit as keyof typeof T.owners], "text");
      put(ws, `D${row}`, `${ctx.rng.int(11, 480)}/GP-${ctx.rng.pick(["BTTTT", "BVHTTDL"])}`);
      const mine = statusInputsOf(unit);
      cols.forEach((c, j) => {
        const at = ref(first + j, row);
        if (c.kind === "cards") ctx.figure(ws, at, ctx.decoyValue(D.pressCards, unit));
        else if (c.kind === "channels") ctx.figure(ws, at, ctx.decoyValue(D.channels, unit));
        else if (mine.includes(c.input)) ctx.value(fileName, ws, at, slotOf(c.input, unit));
      });
      if (ctx.rng.chance(0.3)) ctx.write(ws, ref(last, row), ctx.note(2025), "text", { italic: true });
      row++;
    });
  };
  const others = () => {
    section(1);
    ctx.rng
      .shuffle(T.resident)
      .slice(0, ctx.rng.int(3, 5))
      .forEach(([name, owner], i) => {
        put(ws, `A${row}`, i + 1, { align: "center" });
        ctx.write(ws, `B${row}`, name, "label");
        ctx.write(ws, `C${row}`, owner, "text");
        cols.forEach((c, j) => otherCell(ctx, ws, ref(first + j, row), c, true));
        row++;
      });
    section(2);
    T.bulletins.slice(0, ctx.rng.int(2, 3)).forEach(([name, owner], i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      ctx.write(ws, `B${row}`, name, "label");
      ctx.write(ws, `C${row}`, owner, "text");
      cols.forEach((c, j) => otherCell(ctx, ws, ref(first + j, row), c, false));
      row++;
    });
  };
  if (ownFirst) {
    own();
    others();
  } else {
    others();
    own();
  }
  grid(ws, 4, 1, row - 1, last);

  const old = sheet(wb, ctx.pickText("history", T.history), [40, 12, 12, 12]);
  old.state = ctx.rng.chance(0.6) ? "hidden" : "veryHidden";
  AGENCIES.forEach((unit: UnitId, i) => {
    ctx.write(old, `A${i + 1}`, ctx.agency(unit, "registry"), "label");
    const a = nearFigure(ctx, slotOf("staff_total", unit), 0.85, 0.97);
    const b = nearFigure(ctx, slotOf("staff_trained", unit), 0.5, 0.9);
    if (a !== null) put(old, `B${i + 1}`, a);
    if (b !== null) put(old, `C${i + 1}`, b);
  });
  return [{ fileName, workbook: wb }];
}

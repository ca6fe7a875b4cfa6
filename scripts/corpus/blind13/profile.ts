/**
 * An agency's profile card, one file per agency: "name: answer" pairs two to a row (name in A:B merged, answer in
 * C; name in E, answer in F), general details that are not inputs, and the yearly results as pairs per year with
 * a part-of-year row; the province's figures in a file of their own.
 */
import type ExcelJS from "exceljs";
import { addSheet, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { sheetName, type BuiltFile } from "../sheets";
import type { Blind13Context } from "./context";
import { hiddenDraft, remark } from "./kit";
import { B13_PROFILE as T } from "./texts";
import { b13DecoysNear } from "./wordings";

const ADDRESS: Readonly<Record<string, string>> = {
  "bao-lai-chau": "Đường 19/8, phường Tân Phong, TP Lai Châu",
  "dai-ptth-lai-chau": "Đường Trần Phú, phường Đông Phong, TP Lai Châu",
  "tap-chi-van-nghe-lai-chau": "Số 8, đường Hoàng Diệu, TP Lai Châu",
};
const PARENT: Readonly<Record<string, string>> = {
  "bao-lai-chau": "Tỉnh ủy Lai Châu",
  "dai-ptth-lai-chau": "UBND tỉnh Lai Châu",
  "tap-chi-van-nghe-lai-chau": "Hội Văn học - Nghệ thuật tỉnh",
};

type Pair = { label: string; write: (at: string) => void };

function pairs(ctx: Blind13Context, ws: ExcelJS.Worksheet, row: number, list: readonly Pair[]): number {
  for (let i = 0; i < list.length; i += 2) {
    const left = list[i];
    const right = list[i + 1];
    if (left) {
      ctx.writeMerged(ws, `A${row}:B${row}`, left.label, "label", { align: "left" });
      left.write(`C${row}`);
    }
    if (right) {
      ctx.write(ws, `E${row}`, right.label, "label", { wrap: true });
      right.write(`F${row}`);
    }
    row++;
  }
  return row;
}

function agencyFile(ctx: Blind13Context, unit: UnitId): BuiltFile {
  const { rng, data } = ctx;
  const wb = newWorkbook();
  const fileName = `${ctx.slug(unit)}.xlsx`;
  const ws = addSheet(wb, sheetName(wb, ctx.pickText("sheet", T.sheets)), [30, 18, 16, 3, 40, 16, 24]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("title", T.titles), "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:G2", ctx.agency(unit, "pf"), "text", { bold: true });
  let row = 4;
  const section = (text: string) => {
    ctx.write(ws, `A${row}`, text, "upper", { bold: true });
    row++;
  };
  const text = (t: string) => (at: string) => ctx.write(ws, at, t, "text");
  const value = (input: string, year?: number) => (at: string) =>
    void (year === undefined
      ? ctx.value(fileName, ws, at, { input, unit })
      : ctx.value(fileName, ws, at, { input, unit, year }));
  section(ctx.pickText("general", T.general));
  row = pairs(ctx, ws, row, [
    { label: T.fields.parent, write: text(PARENT[unit] ?? "") },
    { label: T.fields.founded, write: (at) => put(ws, at, rng.int(1962, 2009)) },
    { label: T.fields.address, write: text(ADDRESS[unit] ?? "") },
    { label: T.fields.licence, write: text(`${rng.int(100, 699)}/GP-BTTTT`) },
    { label: T.fields.phone, write: text(`0213.38${rng.int(10000, 99999)}`) },
  ]);
  row++;
  section(ctx.pickText("staff", T.staff));
  const staff: Pair[] = [
    { label: ctx.label("staff_total", { unit: true }), write: value("staff_total") },
    { label: ctx.label("staff_trained", { unit: true }), write: value("staff_trained") },
  ];
  for (const d of [...b13DecoysNear("staff_total"), ...b13DecoysNear("staff_trained")])
    if (rng.chance(0.5))
      staff.push({
        label: ctx.decoyLabel(d, "pf"),
        write: (at) => ctx.number(ws, at, ctx.decoyValue(d, unit)),
      });
  row = pairs(ctx, ws, row, staff);
  row++;
  section(ctx.pickText("digital", T.digital));
  const status = statusInputsOf(unit).filter((i) => i !== "staff_total" && i !== "staff_trained");
  row = pairs(
    ctx,
    ws,
    row,
    status.map((input) => ({ label: ctx.label(input), write: value(input) })),
  );
  row++;
  section(ctx.pickText("results", T.results));
  const word = ctx.pickText("yearWord", T.yearWord);
  const years = [...new Set([...data.years.political_articles, ...data.years.revenue])].sort((a, b) => b - a);
  const yearly: Pair[] = [];
  for (const year of years) {
    if (year === 2024 && rng.chance(0.6)) {
      yearly.push(
        {
          label: ctx.partialHeader(2025),
          write: (at) => partialValue(ctx, ws, at, "political_articles", unit),
        },
        { label: ctx.partialHeader(2025), write: (at) => partialValue(ctx, ws, at, "revenue", unit) },
      );
    }
    for (const input of ["political_articles", "revenue"] as const) {
      const shown = data.years[input].includes(year);
      yearly.push({
        label: shown ? `${ctx.header(input, "pf")} ${word} ${year}` : "",
        write: shown ? value(input, year) : () => undefined,
      });
    }
  }
  const end = pairs(ctx, ws, row, yearly);
  remark(ctx, ws, `G${row}`, 0.5);
  ctx.write(ws, `A${end + 1}`, "Người khai: ......................", "text", { italic: true });
  if (rng.chance(0.4)) hiddenDraft(ctx, wb, "Nhap");
  return { fileName, workbook: wb };
}

function partialValue(
  ctx: Blind13Context,
  ws: ExcelJS.Worksheet,
  at: string,
  input: "political_articles" | "revenue",
  unit: UnitId,
): void {
  if (ctx.data.shown({ input, unit, year: 2025 })) ctx.number(ws, at, ctx.near(input, unit, 0.4, 0.6, 2025));
}

function provinceFile(ctx: Blind13Context): BuiltFile {
  const wb = newWorkbook();
  const fileName = `${ctx.slug(PROVINCE)}.xlsx`;
  const ws = addSheet(wb, "VSVX", [30, 18, 16, 3, 40, 16, 24]);
  ctx.writeMerged(ws, "A1:G1", ctx.pickText("province", T.province), "upper", { bold: true });
  ctx.writeMerged(ws, "A2:G2", ctx.agency(PROVINCE, "pf"), "text", { italic: true });
  const list: Pair[] = ["remote_population_total", "remote_population_reached"].map((input) => ({
    label: ctx.label(input),
    write: (at: string) => void ctx.value(fileName, ws, at, { input, unit: PROVINCE }),
  }));
  const d = b13DecoysNear("remote_population_total")[0];
  if (d && ctx.rng.chance(0.6))
    list.push({
      label: ctx.decoyLabel(d, "pf"),
      write: (at) => ctx.number(ws, at, ctx.decoyValue(d, PROVINCE)),
    });
  pairs(ctx, ws, 4, list);
  return { fileName, workbook: wb };
}

export function agencyProfileCard(ctx: Blind13Context): BuiltFile[] {
  const files = AGENCIES.map((unit) => agencyFile(ctx, unit));
  if (ctx.data.province) files.push(provinceFile(ctx));
  return files;
}

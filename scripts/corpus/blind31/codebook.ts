/**
 * b31-statistical-indicator-disaggregation: the province's statistical indicators on the press, each broken down by
 * agency (or, for the remote figures, by district), one workbook. Columns: code | indicator or breakdown | ĐVT | 2023
 * | 2024 | 2025 | source | short name. An agency input's own row is a total over the agencies (a SUM, never truth);
 * the agencies' rows under it (codes "xxxx.n") are truth, followed by a breakdown by type of press. The remote figures
 * are the other way round: the indicator's row is the province's figure (truth), the districts under it its parts.
 * Whole works and the advertising come as indicators of their own, broken down the same way.
 */
import { colLetter, grid, put, ref } from "../../fixtures/sheetKit";
import { splitTotal } from "../listRows";
import { AGENCIES, isYearly, kindOf, MAGAZINE, PROVINCE, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind31Context } from "./context";
import {
  caseNumber,
  headers,
  hiddenSheet,
  newWorkbook,
  olderState,
  sheet,
  slotOf,
  turnAgency,
  turnHeader,
  turnWording,
  writeOther,
} from "./kit";
import { B31_CODEBOOK as T } from "./texts";
import { B31_DECOYS as D } from "./wordings";

const YEARS3 = [2023, 2024, 2025] as const;
/** Column of a year (2023 in D). */
export const bookCol = (year: number): number => 4 + (year - 2023);

type Row = { input: string } | { decoy: (typeof D)[keyof typeof D] };

export function indicatorBook(ctx: Blind31Context): BuiltFile[] {
  const { rng } = ctx;
  const fileName = ctx.pickText("file", T.files);
  const wb = newWorkbook();
  const ws = sheet(wb, ctx.pickText("sheet", T.sheet), [10, 50, 10, 12, 12, 12, 24, 22]);
  ctx.writeMerged(ws, "A1:H1", ctx.pickText("title", T.title), "upper", { bold: true, size: 13 });
  headers(ctx, ws, 3, [
    ctx.pickText("code", T.code),
    ctx.pickText("name", T.name),
    "ĐVT",
    ...YEARS3.map((y) => `Năm ${y}`),
    ctx.pickText("source", T.source),
    ctx.pickText("short", T.short),
  ]);
  let row = 4;
  let code = rng.int(6, 9) * 100 + rng.int(1, 20);
  const scratch: Array<readonly [string, number | string]> = [];
  const plan: Row[] = [
    ...(rng.chance(0.7) ? [{ decoy: D.allWorks }] : []),
    { input: "political_articles" },
    { input: "revenue" },
    ...(rng.chance(0.6) ? [{ decoy: D.advertising }] : []),
    { input: "staff_total" },
    { input: "staff_trained" },
    { input: "digital_platforms" },
    { input: "ai_data_platform" },
    { input: "converged_newsroom" },
    { input: "autonomous" },
    { input: "security_level" },
    { input: "licensed" },
    { input: "remote_population_total" },
    ...(rng.chance(0.5) ? [{ decoy: D.households }] : []),
    { input: "remote_population_reached" },
  ];
  const codeText = (sub?: number) => `${String(code).padStart(4, "0")}${sub === undefined ? "" : `.${sub}`}`;
  for (const item of plan) {
    const input = "input" in item ? item.input : item.decoy.near;
    if (input === "remote_population_total" && "input" in item) {
      ctx.writeMerged(ws, `B${row}:H${row}`, turnAgency(ctx, PROVINCE), "text", {
        bold: true,
        align: "left",
      });
      row++;
    }
    const top = row;
    const label =
      "input" in item
        ? turnWording(ctx, input)
        : (item.decoy.texts[caseNumber(ctx) % item.decoy.texts.length] ?? ctx.decoyLabel(item.decoy));
    put(ws, `A${row}`, codeText(), { bold: true });
    ctx.write(ws, `B${row}`, label, "label", { bold: true, wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(input), "text", { align: "center" });
    ctx.write(ws, `G${row}`, ctx.pickText(`src|${input}`, T.sources), "text", { wrap: true });
    if ("input" in item) ctx.write(ws, `H${row}`, turnHeader(ctx, input), "text", { italic: true });
    row++;
    if (input.startsWith("remote_")) {
      // The province's figure on the indicator's row (truth), the districts under it.
      const slot = slotOf(input, PROVINCE);
      if ("input" in item) {
        ctx.value(fileName, ws, `F${top}`, slot);
        if (ctx.data.province) {
          const v = ctx.data.value(slot) as number;
          put(ws, `E${top}`, Math.round(v * (0.95 + rng.next() * 0.04)), { numFmt: "#,##0" });
        }
        const v = ctx.shownNumber(slot);
        const parts = v === undefined ? [] : splitTotal(rng, v, T.districts.length);
        if (parts.length > 0) {
          ctx.write(ws, `B${row}`, ctx.pickText("byDistrict", T.byDistrict), "text", { italic: true });
          row++;
          parts.forEach((p, i) => {
            put(ws, `A${row}`, codeText(i + 1));
            ctx.write(ws, `B${row}`, `+ ${T.districts[i] ?? ""}`, "text");
            put(ws, `F${row}`, p, { numFmt: "#,##0" });
            row++;
          });
        }
      } else if (ctx.data.province) ctx.figure(ws, `F${top}`, ctx.decoyValue(item.decoy, PROVINCE));
      code++;
      continue;
    }
    ctx.write(ws, `B${row}`, ctx.pickText("byAgency", T.byAgency), "text", { italic: true });
    row++;
    const first = row;
    const units: UnitId[] = input === "licensed" ? [MAGAZINE] : [...AGENCIES];
    const totals = new Map<number, number>();
    units.forEach((unit, i) => {
      put(ws, `A${row}`, codeText(i + 1));
      ctx.write(ws, `B${row}`, `- ${ctx.agency(unit, "book")}`, "text");
      if (!("input" in item)) {
        for (const y of ctx.data.years[input as "political_articles" | "revenue"].filter((x) => x >= 2023)) {
          const v = ctx.decoyValue(item.decoy, unit, y);
          ctx.figure(ws, ref(bookCol(y), row), v);
          totals.set(y, (totals.get(y) ?? 0) + v);
        }
      } else if (isYearly(input)) {
        for (const y of ctx.data.years[input].filter((x) => x >= 2023)) {
          const slot = slotOf(input, unit, y);
          if (ctx.value(fileName, ws, ref(bookCol(y), row), slot))
            totals.set(y, (totals.get(y) ?? 0) + (ctx.shownNumber(slot) ?? 0));
        }
      } else {
        const slot = slotOf(input, unit);
        if (rng.chance(0.7))
          writeOther(ctx, ws, ref(bookCol(2023), row), input, olderState(ctx, input, unit));
        if (rng.chance(0.85))
          writeOther(ctx, ws, ref(bookCol(2024), row), input, olderState(ctx, input, unit));
        if (ctx.value(fileName, ws, ref(bookCol(2025), row), slot)) {
          const v = ctx.shownNumber(slot);
          if (v !== undefined && kindOf(input) === "count") totals.set(2025, (totals.get(2025) ?? 0) + v);
          else scratch.push([ctx.wording(input), ctx.words(input, ctx.data.value(slot)) ?? ""]);
        }
      }
      row++;
    });
    // The indicator's own row: a total over the agencies, never truth.
    for (const [y, total] of totals)
      if (units.length > 1 && total > 0) {
        const col = colLetter(bookCol(y));
        ctx.formula(
          ws,
          `${col}${top}`,
          `SUM(${col}${first}:${col}${row - 1})`,
          Math.round(total * 10) / 10,
          true,
        );
      }
    if (isYearly(input) && (totals.get(2025) ?? 0) > 0 && rng.chance(0.7)) {
      const parts = splitTotal(rng, totals.get(2025) ?? 0, 3);
      if (parts.length === 3) {
        ctx.write(ws, `B${row}`, ctx.pickText("byType", T.byType), "text", { italic: true });
        row++;
        parts.forEach((p, i) => {
          ctx.write(ws, `B${row}`, `+ ${T.types[i] ?? ""}`, "text", { italic: true });
          put(ws, ref(bookCol(2025), row), p, {
            numFmt: Number.isInteger(p) ? "#,##0" : "#,##0.0",
            italic: true,
          });
          row++;
        });
      }
    }
    if (rng.chance(0.15)) ctx.write(ws, `G${row - 1}`, ctx.note(2025), "text", { italic: true, wrap: true });
    code++;
  }
  grid(ws, 3, 1, row - 1, 8);
  if (rng.chance(0.4))
    hiddenSheet(ctx, wb, ctx.pickText("scratch", T.scratch), scratch.length > 0 ? scratch : [["-", 0]]);
  return [{ fileName, workbook: wb }];
}

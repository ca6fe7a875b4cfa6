/**
 * Two report-shaped families of the blind split: a workbook per year ("năm trước / năm nay / so sánh %", each
 * agency a Roman-numeral section with its indicator rows repeated) and a narrative annual report (paragraphs,
 * "label: value" lines, small year tables, next year's targets).
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, PROVINCE, roundTarget, type UnitId } from "../model";
import { masthead, sheetName, signature, unionYears, type BuiltFile } from "../sheets";
import type { BlindContext } from "./context";
import { blindRows, planHeader, scratchSheet, writeDecoyValue, writeTarget } from "./rows";
import { BLIND_FILE_STEMS, BLIND_NARRATIVE } from "./wordings";

const ROMAN = ["I", "II", "III", "IV", "V"];
const HEAD = { bold: true, align: "center" as const, wrap: true };

/* ---------- a workbook per year: STT | Nội dung | ĐVT | năm trước | năm nay | so sánh % | (target) | note */

function yearFile(ctx: BlindContext, year: number, shownYears: readonly number[]): BuiltFile {
  const fileName = ctx.rng
    .pick(["BC CDS bao chi nam {y}.xlsx", "BaoCao_{y}.xlsx", "So lieu nam {y} (gui So).xlsx"])
    .replace("{y}", String(year));
  const wb = newWorkbook();
  const status = year === 2025;
  const withPlan = status && ctx.rng.chance(0.7);
  const last = withPlan ? 8 : 7;
  const planCol = withPlan ? 7 : undefined;
  const noteCol = last;
  const ws = addSheet(
    wb,
    sheetName(wb, ctx.rng.pick(["Tổng hợp", `Năm ${year}`, "BC"])),
    [6, 54, 10, 14, 14, 12, 14, 24],
  );
  ctx.writeMerged(
    ws,
    `A1:${ref(last, 1)}`,
    `Tổng hợp số liệu chuyển đổi số các cơ quan báo chí năm ${year}`,
    "upper",
    {
      bold: true,
      size: 13,
    },
  );
  ctx.writeMerged(
    ws,
    `A2:${ref(last, 2)}`,
    "(Kèm theo báo cáo của Sở Văn hóa, Thể thao và Du lịch)",
    "text",
    {
      italic: true,
    },
  );
  const head = 4;
  put(ws, `A${head}`, "STT", HEAD);
  ctx.write(ws, `B${head}`, ctx.rng.pick(["Nội dung", "Chỉ tiêu, nhiệm vụ"]), "text", HEAD);
  ctx.write(ws, `C${head}`, "ĐVT", "text", HEAD);
  const prior = year - 1;
  ctx.write(
    ws,
    `D${head}`,
    ctx.rng.pick(["Cùng kỳ năm {p}", "Năm trước ({p})", "TH năm {p}"]).replace("{p}", String(prior)),
    "text",
    HEAD,
  );
  ctx.write(
    ws,
    `E${head}`,
    ctx.rng.pick(["Năm nay ({y})", "Thực hiện năm {y}", "Năm {y}"]).replace("{y}", String(year)),
    "text",
    HEAD,
  );
  ctx.write(
    ws,
    `F${head}`,
    ctx.rng.pick(["So sánh (%)", "Tăng/giảm (%)", "Năm nay/năm trước (%)"]),
    "text",
    HEAD,
  );
  if (planCol !== undefined) ctx.write(ws, ref(planCol, head), planHeader(ctx), "text", HEAD);
  ctx.write(ws, ref(noteCol, head), "Ghi chú", "text", HEAD);
  let row = head + 1;
  const units: UnitId[] = [...AGENCIES, ...(status && ctx.data.province ? [PROVINCE] : [])];
  units.forEach((unit, u) => {
    put(ws, `A${row}`, ROMAN[u] ?? "", { bold: true, align: "center" });
    const name = unit === PROVINCE ? ctx.agency(PROVINCE, "section") : ctx.agency(unit, "section");
    ctx.write(ws, `B${row}`, name, "upper", { bold: true });
    row++;
    let item = 0;
    const rows = blindRows(ctx, unit, { yearly: unit !== PROVINCE, status, decoyChance: 0.35 });
    for (const r of rows) {
      if (r.kind === "section") continue;
      const input = r.kind === "input" ? r.input : r.decoy.near;
      if (isYearly(input) && !ctx.data.years[input].includes(year)) continue;
      put(ws, `A${row}`, r.kind === "input" ? ++item : "-", { align: "center" });
      ctx.write(ws, `B${row}`, r.kind === "input" ? ctx.wording(input, `y${year}`) : r.text, "label", {
        wrap: true,
      });
      ctx.write(ws, `C${row}`, ctx.measure(input, r.kind === "decoy" ? r.decoy : undefined), "text", {
        align: "center",
      });
      if (r.kind === "decoy") {
        writeDecoyValue(ctx, ws, `E${row}`, r.decoy, unit, year);
        row++;
        continue;
      }
      if (isYearly(input)) {
        const before = { input, unit, year: prior };
        const now = { input, unit, year };
        const seen =
          shownYears.includes(prior) && ctx.data.years[input].includes(prior) && ctx.data.shown(before);
        const b = seen ? ctx.data.value(before) : null;
        const a = ctx.data.value(now);
        if (seen && typeof b === "number") ctx.number(ws, `D${row}`, b);
        else if (ctx.rng.chance(0.5)) put(ws, `D${row}`, "-", { align: "center" });
        if (ctx.value(fileName, ws, `E${row}`, now) && seen && typeof a === "number" && typeof b === "number")
          put(ws, `F${row}`, Math.round((a / b) * 1000) / 10, { numFmt: "0.0" });
      } else ctx.value(fileName, ws, `E${row}`, { input, unit });
      if (planCol !== undefined && ctx.rng.chance(0.8)) writeTarget(ctx, ws, ref(planCol, row), input, unit);
      if (ctx.rng.chance(0.15))
        ctx.write(ws, ref(noteCol, row), ctx.note(year), "text", { italic: true, wrap: true });
      row++;
    }
  });
  grid(ws, head, 1, row - 1, last);
  signature(ctx, ws, row + 1, last);
  if (status && ctx.rng.chance(0.35)) scratchSheet(ctx, wb, ctx.rng.pick(AGENCIES));
  return { fileName, workbook: wb };
}

export function yearFiles(ctx: BlindContext): BuiltFile[] {
  const years = unionYears(ctx.data);
  const all = years.includes(2025) ? years : [...years, 2025];
  return all.map((y) => yearFile(ctx, y, all));
}

/* ---------- narrative annual report: paragraphs, "label: value" lines, small year tables, next year's targets */

function paragraph(ctx: BlindContext, ws: ExcelJS.Worksheet, row: number, unit: UnitId): void {
  const text = ctx.rng
    .pick(BLIND_NARRATIVE)
    .replace("{y}", String(2025))
    .replace("{a}", ctx.agency(unit, "narrative"))
    .replace("{n}", vnNumberText(ctx.rng.int(120, 4800)))
    .replace("{p}", vnNumberText(ctx.rng.int(150, 950) / 10));
  ctx.writeMerged(ws, `A${row}:H${row}`, text, "text", { align: "left", wrap: true });
  ws.getRow(row).height = 45;
}

function narrativeFile(ctx: BlindContext, unit: UnitId): BuiltFile {
  const stemText = ctx.rng.pick(BLIND_FILE_STEMS[unit]);
  const fileName = `Bao cao ket qua CDS 2025 - ${stemText}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(
    wb,
    sheetName(wb, ctx.rng.pick(["Báo cáo", "BC năm 2025", "Thuyet minh"])),
    [58, 11, 11, 11, 11, 11, 11, 20],
  );
  masthead(ctx, ws, unit, 8);
  ctx.writeMerged(
    ws,
    "A4:H4",
    "Báo cáo kết quả triển khai chiến lược chuyển đổi số báo chí năm 2025",
    "upper",
    {
      bold: true,
      size: 13,
    },
  );
  ctx.writeMerged(ws, "A5:H5", "(Số liệu tính đến ngày 15/11/2025)", "text", { italic: true });
  let row = 7;
  ctx.write(ws, `A${row++}`, "I. KẾT QUẢ THỰC HIỆN", "upper", { bold: true });
  let section = 0;
  const rows = blindRows(ctx, unit, { yearly: unit !== PROVINCE, decoyChance: 0.5 });
  const colon = ctx.rng.pick([":", "", " :"]);
  for (const r of rows) {
    if (r.kind === "section") {
      ctx.write(ws, `A${row++}`, `${++section}. ${r.text}`, "label", { bold: true });
      if (ctx.rng.chance(0.6)) paragraph(ctx, ws, row++, unit);
      continue;
    }
    const input = r.kind === "input" ? r.input : r.decoy.near;
    if (isYearly(input)) {
      const years = ctx.data.years[input];
      ctx.write(ws, `A${row}`, ctx.rng.pick(["Năm", "Chỉ tiêu / năm"]), "text", { italic: true });
      years.forEach((y, i) => put(ws, ref(2 + i, row), y, { bold: true, align: "center" }));
      grid(ws, row, 1, row + 1, 1 + years.length);
      row++;
      if (r.kind === "input") {
        ctx.write(ws, `A${row}`, ctx.label(input, { unit: ctx.rng.chance(0.4) }), "label", { wrap: true });
        years.forEach((year, i) => ctx.value(fileName, ws, ref(2 + i, row), { input, unit, year }));
      } else {
        ctx.write(ws, `A${row}`, r.text, "label", { wrap: true });
        years.forEach((year, i) => writeDecoyValue(ctx, ws, ref(2 + i, row), r.decoy, unit, year));
      }
      row++;
      continue;
    }
    const text = r.kind === "input" ? ctx.wording(input) : r.text;
    ctx.writeMerged(ws, `A${row}:E${row}`, `- ${text}${colon}`, "label", { align: "left", wrap: true });
    if (r.kind === "input") ctx.value(fileName, ws, `F${row}`, { input, unit });
    else writeDecoyValue(ctx, ws, `F${row}`, r.decoy, unit);
    ctx.write(ws, `G${row}`, ctx.measure(input, r.kind === "decoy" ? r.decoy : undefined), "text", {
      italic: true,
    });
    row++;
  }
  row++;
  ctx.write(ws, `A${row++}`, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "upper", { bold: true });
  if (unit !== PROVINCE) {
    for (const input of ["political_articles", "revenue"]) {
      const v = ctx.data.value({ input, unit, year: 2025 });
      if (typeof v !== "number") continue;
      ctx.writeMerged(ws, `A${row}:E${row}`, `- Phấn đấu năm 2026, ${ctx.wording(input)}${colon}`, "label", {
        align: "left",
        wrap: true,
      });
      ctx.number(ws, `F${row}`, roundTarget(v));
      row++;
    }
  } else {
    ctx.writeMerged(ws, `A${row}:E${row}`, `- ${planHeader(ctx, 2026)}${colon}`, "label", { align: "left" });
    writeTarget(ctx, ws, `F${row}`, "remote_population_total", PROVINCE);
    row++;
  }
  if (ctx.rng.chance(0.5)) paragraph(ctx, ws, row++, unit);
  signature(ctx, ws, row + 1, 8);
  if (ctx.rng.chance(0.3)) scratchSheet(ctx, wb, unit === PROVINCE ? "dai-ptth-lai-chau" : unit);
  return { fileName, workbook: wb };
}

export function narrativeReport(ctx: BlindContext): BuiltFile[] {
  const files = AGENCIES.map((unit) => narrativeFile(ctx, unit));
  if (ctx.data.province) files.push(narrativeFile(ctx, PROVINCE));
  return files;
}

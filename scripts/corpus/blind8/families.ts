/**
 * Three blind8 layouts: the department's inspection minutes (the agency's own figure beside the inspectors'
 * verified one, which is the value), a bilingual report for a donor project (baseline, two actual years and the
 * project's target, with money converted to dollars), and a correction sheet (first figures, corrected figures
 * where a correction was needed; an uncorrected row keeps its first figure).
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, MAGAZINE, PROVINCE, roundTarget, statusInputsOf, type UnitId } from "../model";
import { FILE_SLUGS, masthead, signature, title, type BuiltFile } from "../sheets";
import type { Blind8Context } from "./context";
import { formula, headerRow, pickDecoys, shownNumber, slotOf, wrongValue, writeAs } from "./rows";
import {
  B8_BILINGUAL_HEADERS,
  B8_CORRECTION_HEADERS,
  B8_CORRECTION_REASONS,
  B8_CORRECTION_RULE,
  B8_ENGLISH_AGENCIES,
  B8_ENGLISH_INPUTS,
  B8_INSPECTION_HEADERS,
  B8_INSPECTION_REMARKS,
  B8_USD_ROWS,
} from "./wordings";

const YEARLY_INPUTS = ["political_articles", "revenue"] as const;
const ROMAN = ["I", "II", "III", "IV"];

/** Yearly inputs for 2024 and 2025, then the unit's status inputs. */
function rowsOf(unit: UnitId): Array<{ input: string; year?: number }> {
  return [
    ...YEARLY_INPUTS.flatMap((input) => [2024, 2025].map((year) => ({ input, year }))),
    ...statusInputsOf(unit).map((input) => ({ input })),
  ];
}

/** Inspection minutes: self-reported and verified figures side by side; the verified column is the value. */
export function inspectionMinutes(ctx: Blind8Context): BuiltFile[] {
  const fileName = `Bien ban kiem tra CDS bao chi 2025 - ${ctx.choose("f", ["Doan KT So", "ban ky", "scan lai"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Biên bản KT", [6, 50, 10, 17, 17, 13, 34]);
  masthead(ctx, ws, PROVINCE, 7);
  title(ctx, ws, 4, 7, "Biên bản kiểm tra việc thực hiện kế hoạch chuyển đổi số báo chí", "Năm 2025");
  ctx.write(
    ws,
    "A6",
    "Hôm nay, ngày 14/11/2025, Đoàn kiểm tra theo Quyết định số 212/QĐ-SVHTTDL tiến hành",
    "text",
  );
  ctx.write(
    ws,
    "A7",
    "kiểm tra tại các cơ quan báo chí; số liệu được đối chiếu với hồ sơ, sổ sách, phần mềm.",
    "text",
  );
  const self = ctx.choose("self", B8_INSPECTION_HEADERS.self);
  const verified = ctx.choose("ver", B8_INSPECTION_HEADERS.verified);
  headerRow(ctx, ws, 9, [
    "TT",
    "Nội dung kiểm tra",
    "ĐVT",
    self,
    verified,
    ctx.choose("diff", B8_INSPECTION_HEADERS.diff),
    "Ghi chú của Đoàn",
  ]);
  let r = 10;
  AGENCIES.forEach((unit, a) => {
    put(ws, `A${r}`, ROMAN[a] ?? "", { align: "center", bold: true });
    ctx.writeMerged(ws, `B${r}:G${r}`, ctx.agency(unit, "ins"), "label", { bold: true, align: "left" });
    r++;
    let k = 0;
    for (const row of rowsOf(unit)) {
      const slot = slotOf(row.input, unit, row.year);
      put(ws, `A${r}`, ++k, { align: "center" });
      ctx.write(
        ws,
        `B${r}`,
        row.year === undefined ? ctx.wording(row.input) : `${ctx.wording(row.input)} năm ${row.year}`,
        "label",
        { wrap: true },
      );
      ctx.write(ws, `C${r}`, ctx.measure(row.input), "text", { align: "center" });
      const shown = ctx.data.shown(slot);
      const differs = shown && ctx.rng.chance(0.55);
      const claimed = differs ? wrongValue(ctx, slot) : shown ? ctx.data.value(slot) : undefined;
      if (claimed !== undefined) writeAs(ctx, ws, `D${r}`, row.input, claimed);
      ctx.value(fileName, ws, `E${r}`, slot);
      const v = shownNumber(ctx, slot);
      if (differs && typeof claimed === "number" && v !== undefined && isYearly(row.input))
        formula(ws, `F${r}`, `E${r}-D${r}`, Math.round((v - claimed) * 10) / 10);
      if (differs || ctx.rng.chance(0.15))
        ctx.write(
          ws,
          `G${r}`,
          ctx.rng.pick(B8_INSPECTION_REMARKS).replace("{n}", String(ctx.rng.int(3, 60))),
          "text",
          { italic: true },
        );
      r++;
    }
    const decoy = pickDecoys(ctx, 1)[0];
    if (decoy && ctx.rng.chance(0.7)) {
      put(ws, `A${r}`, ++k, { align: "center" });
      ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy), "label", { wrap: true });
      ctx.write(ws, `C${r}`, decoy.measure, "text", { align: "center" });
      const n = ctx.decoyValue(decoy, unit);
      ctx.number(ws, `D${r}`, n);
      ctx.number(ws, `E${r++}`, n);
    }
  });
  if (ctx.data.province) {
    put(ws, `A${r}`, ROMAN[3] ?? "", { align: "center", bold: true });
    ctx.writeMerged(ws, `B${r}:G${r}`, ctx.agency(PROVINCE, "ins"), "label", { bold: true, align: "left" });
    r++;
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(ws, `C${r}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `E${r++}`, slotOf(input, PROVINCE));
    }
  }
  grid(ws, 10, 1, r - 1, 7);
  ctx.write(
    ws,
    `A${++r}`,
    "Kết luận: đề nghị các cơ quan điều chỉnh số liệu theo kết quả kiểm tra của Đoàn.",
    "text",
    { bold: true },
  );
  ctx.write(ws, `A${++r}`, `Biên bản lập thành 0${ctx.rng.int(3, 5)} bản, mỗi bên giữ 01 bản.`, "text", {
    italic: true,
  });
  signature(ctx, ws, r + 1, 7);
  return [{ fileName, workbook: wb }];
}

/** A bilingual report for a donor project: baseline 2020, actual 2024 and 2025, the project's own target. */
export function bilingualDonor(ctx: Blind8Context): BuiltFile[] {
  const fileName = `Bao cao du an ho tro CDS bao chi - song ngu ${ctx.choose("f", ["2025", "final", "v2"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Báo cáo - Report", [6, 44, 40, 12, 16, 16, 16, 18, 30]);
  title(
    ctx,
    ws,
    1,
    9,
    "Báo cáo kết quả chuyển đổi số báo chí tỉnh Lai Châu / Press digital transformation results",
    "Kèm theo báo cáo tiến độ dự án năm 2025 / Annex to the 2025 project progress report",
  );
  const target = ctx.choose("t", B8_BILINGUAL_HEADERS.target);
  headerRow(ctx, ws, 4, [
    "TT / No.",
    "Chỉ tiêu",
    "Indicator",
    "ĐVT / Unit",
    B8_BILINGUAL_HEADERS.baseline,
    B8_BILINGUAL_HEADERS.year.replaceAll("{y}", "2024"),
    B8_BILINGUAL_HEADERS.year.replaceAll("{y}", "2025"),
    target,
    B8_BILINGUAL_HEADERS.remarks,
  ]);
  let r = 5;
  const usdRate = ctx.rng.pick([25_400, 25_600, 26_100]);
  AGENCIES.forEach((unit, a) => {
    put(ws, `A${r}`, ROMAN[a] ?? "", { align: "center", bold: true });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "bi"), "label", { bold: true });
    ctx.write(ws, `C${r++}`, B8_ENGLISH_AGENCIES[unit], "text", { bold: true, italic: true });
    let k = 0;
    for (const input of [...YEARLY_INPUTS, ...statusInputsOf(unit)]) {
      put(ws, `A${r}`, `${a + 1}.${++k}`, { align: "center" });
      ctx.write(ws, `B${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(ws, `C${r}`, B8_ENGLISH_INPUTS[input] ?? "", "text", { italic: true, wrap: true });
      ctx.write(ws, `D${r}`, ctx.measure(input), "text", { align: "center" });
      if (isYearly(input)) {
        ctx.value(fileName, ws, `E${r}`, slotOf(input, unit, 2020));
        ctx.value(fileName, ws, `F${r}`, slotOf(input, unit, 2024));
        ctx.value(fileName, ws, `G${r}`, slotOf(input, unit, 2025));
        const base = ctx.data.value(slotOf(input, unit, 2020));
        ctx.number(ws, `H${r}`, roundTarget(typeof base === "number" ? base : 100));
      } else {
        ctx.value(fileName, ws, `G${r}`, slotOf(input, unit));
        if (input === "digital_platforms" || input === "converged_newsroom")
          ctx.write(ws, `H${r}`, ctx.style.yesNo[0], "word", { align: "center" });
      }
      if (ctx.rng.chance(0.2)) ctx.write(ws, `I${r}`, ctx.note(2025), "text", { italic: true });
      r++;
    }
    const revenue = shownNumber(ctx, slotOf("revenue", unit, 2025));
    if (revenue !== undefined && ctx.rng.chance(0.75)) {
      const usd = Math.round((revenue * 1_000_000) / usdRate);
      ctx.write(ws, `B${r}`, B8_USD_ROWS[0] ?? "", "label", { wrap: true });
      ctx.write(ws, `D${r}`, "USD", "text", { align: "center" });
      put(ws, `G${r++}`, usd, { numFmt: "#,##0" });
    }
    if (a === 0) {
      ctx.write(ws, `B${r}`, B8_USD_ROWS[1] ?? "", "label", { wrap: true });
      ctx.write(ws, `D${r}`, "USD", "text", { align: "center" });
      put(ws, `G${r++}`, ctx.rng.int(18, 90) * 1000, { numFmt: "#,##0" });
    }
  });
  if (ctx.data.province) {
    put(ws, `A${r}`, ROMAN[3] ?? "", { align: "center", bold: true });
    ctx.write(ws, `B${r}`, ctx.agency(PROVINCE, "bi"), "label", { bold: true });
    ctx.write(ws, `C${r++}`, B8_ENGLISH_AGENCIES[PROVINCE], "text", { bold: true, italic: true });
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(ws, `C${r}`, B8_ENGLISH_INPUTS[input] ?? "", "text", { italic: true });
      ctx.write(ws, `D${r}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `G${r++}`, slotOf(input, PROVINCE));
    }
    const [total, reached] = ["remote_population_total", "remote_population_reached"].map((i) =>
      shownNumber(ctx, slotOf(i, PROVINCE)),
    );
    if (total !== undefined && reached !== undefined) {
      ctx.write(ws, `B${r}`, "Tỷ lệ tiếp cận (%)", "label");
      ctx.write(ws, `C${r}`, "Reach rate (%)", "text", { italic: true });
      formula(ws, `G${r}`, `ROUND(G${r - 1}/G${r - 2}*100,1)`, Math.round((reached / total) * 1000) / 10);
      r++;
    }
  }
  grid(ws, 5, 1, r - 1, 9);
  ctx.write(
    ws,
    `B${r + 1}`,
    `Tỷ giá quy đổi / Exchange rate: 1 USD = ${usdRate.toLocaleString("en-US")} VND`,
    "text",
    {
      italic: true,
    },
  );
  const summary = addSheet(wb, "Summary", [60, 20]);
  ctx.write(summary, "A1", "Project summary (English only)", "text", { bold: true });
  ctx.write(summary, "A2", "Agencies covered by the project", "text");
  put(summary, "B2", AGENCIES.length);
  ctx.write(summary, "A3", "Training sessions organised", "text");
  put(summary, "B3", ctx.rng.int(4, 12));
  ctx.write(summary, "A4", "Participants (incl. repeat attendance)", "text");
  put(summary, "B4", ctx.rng.int(60, 240));
  return [{ fileName, workbook: wb }];
}

/** A correction sheet: first figures, corrected figures where needed, the reason; unchanged rows keep the first. */
export function correctionSheet(ctx: Blind8Context): BuiltFile[] {
  const files: BuiltFile[] = [];
  const one = ctx.rng.chance(0.5);
  const units: UnitId[][] = one ? [[...AGENCIES]] : AGENCIES.map((u) => [u]);
  units.forEach((group, g) => {
    const slug = one ? "tong hop" : ctx.rng.pick(FILE_SLUGS[group[0] ?? MAGAZINE]);
    const fileName = `Dieu chinh so lieu bao cao CDS 2025 - ${slug}.xlsx`;
    const wb = newWorkbook();
    const ws = addSheet(wb, "Điều chỉnh", [6, 30, 48, 10, 18, 18, 14, 30]);
    title(
      ctx,
      ws,
      1,
      8,
      "Bảng điều chỉnh số liệu báo cáo chuyển đổi số báo chí năm 2025",
      ctx.rng.pick(B8_CORRECTION_RULE),
    );
    const old = ctx.choose("old", B8_CORRECTION_HEADERS.old);
    const fixed = ctx.choose("fixed", B8_CORRECTION_HEADERS.fixed);
    headerRow(ctx, ws, 4, [
      "STT",
      "Cơ quan",
      "Chỉ tiêu",
      "ĐVT",
      old,
      fixed,
      "Chênh lệch",
      ctx.choose("why", B8_CORRECTION_HEADERS.reason),
    ]);
    let r = 5;
    let n = 0;
    for (const unit of group) {
      const first = r;
      for (const row of rowsOf(unit)) {
        const slot = slotOf(row.input, unit, row.year);
        put(ws, `A${r}`, ++n, { align: "center" });
        ctx.write(
          ws,
          `C${r}`,
          row.year === undefined ? ctx.wording(row.input) : `${ctx.wording(row.input)} (${row.year})`,
          "label",
          { wrap: true },
        );
        ctx.write(ws, `D${r}`, ctx.measure(row.input), "text", { align: "center" });
        const wrong = ctx.data.shown(slot) && ctx.rng.chance(0.4) ? wrongValue(ctx, slot) : undefined;
        if (wrong !== undefined) {
          writeAs(ctx, ws, `E${r}`, row.input, wrong);
          ctx.value(fileName, ws, `F${r}`, slot);
          const v = shownNumber(ctx, slot);
          if (typeof wrong === "number" && v !== undefined && isYearly(row.input))
            formula(ws, `G${r}`, `F${r}-E${r}`, Math.round((v - wrong) * 10) / 10);
          ctx.write(ws, `H${r}`, ctx.rng.pick(B8_CORRECTION_REASONS), "text", { italic: true });
        } else ctx.value(fileName, ws, `E${r}`, slot);
        r++;
      }
      if (ctx.rng.chance(0.6)) {
        const decoy = pickDecoys(ctx, 1)[0];
        if (decoy) {
          put(ws, `A${r}`, ++n, { align: "center" });
          ctx.write(ws, `C${r}`, ctx.decoyLabel(decoy), "label", { wrap: true });
          ctx.write(ws, `D${r}`, decoy.measure, "text", { align: "center" });
          const d = ctx.decoyValue(decoy, unit);
          ctx.number(ws, `E${r}`, d);
          ctx.number(ws, `F${r}`, ctx.decoyValue(decoy, unit));
          ctx.write(ws, `H${r++}`, ctx.rng.pick(B8_CORRECTION_REASONS), "text", { italic: true });
        }
      }
      ctx.writeMerged(ws, `B${first}:B${r - 1}`, ctx.agency(unit, "cor"), "text", { align: "left" });
    }
    if (g === 0 && ctx.data.province) {
      ctx.write(ws, `B${r}`, ctx.agency(PROVINCE, "cor"), "text");
      for (const input of statusInputsOf(PROVINCE)) {
        put(ws, `A${r}`, ++n, { align: "center" });
        ctx.write(ws, `C${r}`, ctx.wording(input), "label", { wrap: true });
        ctx.write(ws, `D${r}`, ctx.measure(input), "text", { align: "center" });
        ctx.value(fileName, ws, `E${r++}`, slotOf(input, PROVINCE));
      }
    }
    grid(ws, 5, 1, r - 1, 8);
    signature(ctx, ws, r + 1, 8);
    firstReport(ctx, wb, ws, r);
    files.push({ fileName, workbook: wb });
  });
  return files;
}

/** The superseded first report, kept on a hidden sheet: labels and first figures only (never the values). */
function firstReport(ctx: Blind8Context, wb: ExcelJS.Workbook, from: ExcelJS.Worksheet, last: number): void {
  const ws = addSheet(wb, "Báo cáo lần 1", [6, 52, 18]);
  ws.state = "hidden";
  ctx.write(ws, "A1", "Số liệu gửi lần 1 (đã được thay bằng bảng điều chỉnh)", "text", { italic: true });
  for (let r = 5; r < last; r++) {
    const label = cellTextOf(from.getCell(`C${r}`));
    if (label === "") continue;
    put(ws, `A${r - 3}`, r - 4, { align: "center" });
    put(ws, `B${r - 3}`, label, { font: from.getCell(`C${r}`).font?.name });
    const first = from.getCell(`E${r}`).value;
    if (first !== null && first !== undefined)
      put(ws, `C${r - 3}`, first, { font: from.getCell(`E${r}`).font?.name });
  }
}

function cellTextOf(cell: ExcelJS.Cell): string {
  return typeof cell.value === "string" ? cell.value : "";
}

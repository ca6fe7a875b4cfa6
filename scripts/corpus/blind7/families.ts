/**
 * Three blind7 layouts: the department's quarterly table (Quý I–IV, the whole year beside them, last year's whole
 * year, a target and a nine-month column to the right), a dashboard sheet of formulas in front of the data sheet it
 * reads, and the province compared with the national targets (and with a neighbouring province's agencies).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, roundTarget, statusInputsOf, type UnitId } from "../model";
import { signature, title, unionYears, type BuiltFile } from "../sheets";
import type { Blind7Context } from "./context";
import { footnoted, formula, headerRow, pickDecoys, shownNumber, slotOf, splitTotal } from "./rows";
import { B7_FOOTNOTES, B7_NATIONAL, B7_NATIONAL_HEADERS } from "./wordings";

const YEARLY_INPUTS = ["political_articles", "revenue"] as const;
const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"];

/** Quarters of 2025, the whole year (the value), last year, then a target and a part-of-year column. */
export function quarterlyTable(ctx: Blind7Context): BuiltFile[] {
  const fileName = `Bao cao quy IV va ca nam 2025 - ${ctx.choose("f", ["So TTTT", "tong hop", "ban trinh"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Theo quý", [6, 30, 40, 10, 12, 12, 12, 12, 14, 14, 14, 14, 30]);
  title(ctx, ws, 1, 13, "Số liệu báo chí theo quý năm 2025", "(Kèm theo báo cáo quý IV và cả năm)");
  const planHere = ctx.rng.chance(0.7);
  const partialHere = ctx.rng.chance(0.6);
  headerRow(ctx, ws, 4, [
    "STT",
    "Cơ quan",
    "Chỉ tiêu",
    "ĐVT",
    ...QUARTERS,
    "Cả năm 2025",
    "Cả năm 2024",
    planHere ? ctx.planHeader(2025) : "So sánh (%)",
    partialHere ? ctx.partialHeader(2025) : "Ghi chú số liệu",
    "Ghi chú",
  ]);
  let r = 5;
  let footnote = ctx.rng.chance(0.5);
  const footnotes: string[] = [];
  AGENCIES.forEach((unit, a) => {
    const first = r;
    for (const input of YEARLY_INPUTS) {
      ctx.write(ws, `C${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(ws, `D${r}`, ctx.measure(input), "text", { align: "center" });
      const now = slotOf(input, unit, 2025);
      const value = shownNumber(ctx, now);
      if (value !== undefined) {
        const parts = splitTotal(ctx.rng, value, 4);
        parts.forEach((p, q) => ctx.number(ws, `${colLetter(q + 5)}${r}`, p));
        if (footnote) {
          footnoted(ctx, fileName, ws, `I${r}`, now, "(*)");
          footnotes.push(
            ctx.rng
              .pick(B7_FOOTNOTES.filter((f) => f.startsWith("(*)")))
              .replace("{n}", String(ctx.near(input, unit, 0.8, 0.95, 2025))),
          );
          footnote = false;
        } else ctx.value(fileName, ws, `I${r}`, now);
        if (partialHere && parts.length === 4)
          ctx.number(ws, `L${r}`, (parts[0] ?? 0) + (parts[1] ?? 0) + (parts[2] ?? 0));
      } else if (ctx.rng.chance(ctx.style.dash)) put(ws, `I${r}`, "-", { align: "center" });
      ctx.value(fileName, ws, `J${r}`, slotOf(input, unit, 2024));
      const before = shownNumber(ctx, slotOf(input, unit, 2024));
      if (planHere && before !== undefined) ctx.number(ws, `K${r}`, roundTarget(before));
      else if (!planHere && value !== undefined && before !== undefined)
        formula(ws, `K${r}`, `ROUND(I${r}/J${r}*100,1)`, Math.round((value / before) * 1000) / 10);
      if (ctx.rng.chance(0.25)) ctx.write(ws, `M${r}`, ctx.note(2025), "text", { italic: true });
      r++;
    }
    if (a === 0 || ctx.rng.chance(0.5)) {
      const decoy = pickDecoys(ctx, 1, YEARLY_INPUTS)[0];
      if (decoy) {
        ctx.write(ws, `C${r}`, ctx.decoyLabel(decoy), "label", { wrap: true });
        ctx.write(ws, `D${r}`, decoy.measure, "text", { align: "center" });
        const total = ctx.decoyValue(decoy, unit);
        splitTotal(ctx.rng, total, 4).forEach((p, q) => ctx.number(ws, `${colLetter(q + 5)}${r}`, p));
        ctx.number(ws, `I${r++}`, total);
      }
    }
    put(ws, `A${first}`, a + 1, { align: "center" });
    ctx.writeMerged(ws, `B${first}:B${r - 1}`, ctx.agency(unit, "q"), "text", { align: "left" });
  });
  grid(ws, 5, 1, r - 1, 13);
  footnotes.forEach((f) => ctx.write(ws, `B${++r}`, f, "text", { italic: true }));
  signature(ctx, ws, r + 1, 13);
  statusSheet(ctx, wb, fileName, "Hiện trạng CĐS");
  return [{ fileName, workbook: wb }];
}

/** Agencies as rows, status inputs as columns, the province's two figures under the table. */
function statusSheet(ctx: Blind7Context, wb: ExcelJS.Workbook, fileName: string, name: string): void {
  const inputs = statusInputsOf(MAGAZINE);
  const ws = addSheet(wb, name, [6, 34, ...inputs.map(() => 16)]);
  headerRow(ctx, ws, 2, ["STT", "Cơ quan", ...inputs.map((i) => ctx.header(i, "status"))]);
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${i + 3}`, i + 1, { align: "center" });
    ctx.write(ws, `B${i + 3}`, ctx.agency(unit, "st"), "text");
    inputs.forEach((input, j) => {
      if (statusInputsOf(unit).includes(input))
        ctx.value(fileName, ws, `${colLetter(j + 3)}${i + 3}`, slotOf(input, unit));
    });
  });
  grid(ws, 3, 1, AGENCIES.length + 2, inputs.length + 2);
  if (!ctx.data.province) return;
  const base = AGENCIES.length + 4;
  ctx.write(ws, `B${base}`, ctx.agency(PROVINCE, "st"), "label", { bold: true });
  statusInputsOf(PROVINCE).forEach((input, i) => {
    ctx.write(ws, `B${base + i + 1}`, ctx.label(input), "label", { wrap: true });
    ctx.value(fileName, ws, `C${base + i + 1}`, slotOf(input, PROVINCE));
  });
}

/** The data sheet (what people type into) behind a dashboard of formulas, targets and ratios. */
export function dashboardSheet(ctx: Blind7Context): BuiltFile[] {
  const fileName = `Dashboard CDS bao chi ${ctx.choose("f", ["2025", "T11.2025", "ban cap nhat"])}.xlsx`;
  const wb = newWorkbook();
  const board = addSheet(wb, "Dashboard", [30, 16, 16, 16, 4, 30, 16, 16, 16]);
  const data = addSheet(wb, ctx.choose("data", ["Data", "Số liệu nhập", "DuLieu"]), []);
  const lists = addSheet(wb, "Lists", [24, 24]);
  lists.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
  ["Đơn vị", ...AGENCIES.map((u) => ctx.agency(u, "data"))].forEach((t, i) =>
    ctx.write(lists, `A${i + 1}`, t, "text"),
  );
  ["Trả lời", ...ctx.style.yesNo].forEach((t, i) => ctx.write(lists, `B${i + 1}`, t, "word"));
  const years = unionYears(ctx.data);
  const statusCol = years.length + 4;
  data.columns = [34, 44, 10, ...years.map(() => 12), 20].map((width) => ({ width }));
  headerRow(ctx, data, 1, ["Đơn vị", "Chỉ tiêu", "ĐVT", ...years.map(String), "Hiện trạng"]);
  data.views = [{ state: "frozen", xSplit: 2, ySplit: 1 }];
  const where = new Map<string, string>();
  let r = 2;
  const units: UnitId[] = ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  for (const unit of units) {
    const inputs = unit === PROVINCE ? statusInputsOf(PROVINCE) : [...YEARLY_INPUTS, ...statusInputsOf(unit)];
    for (const input of inputs) {
      ctx.write(data, `A${r}`, ctx.agency(unit, "data"), "text");
      ctx.write(data, `B${r}`, ctx.wording(input), "label");
      ctx.write(data, `C${r}`, ctx.measure(input), "text", { align: "center" });
      if (input === "political_articles" || input === "revenue")
        years.forEach((year, k) => {
          if (!ctx.data.years[input].includes(year)) return;
          const at = `${colLetter(k + 4)}${r}`;
          if (ctx.value(fileName, data, at, slotOf(input, unit, year)))
            where.set(`${input}|${unit}|${year}`, at);
        });
      else if (ctx.value(fileName, data, `${colLetter(statusCol)}${r}`, slotOf(input, unit)))
        where.set(`${input}|${unit}|`, `${colLetter(statusCol)}${r}`);
      r++;
    }
  }
  grid(data, 2, 1, r - 1, statusCol);
  const ref = (at: string) => `'${data.name}'!${at}`;
  ctx.writeMerged(board, "A1:I1", "BẢNG ĐIỀU KHIỂN CHUYỂN ĐỔI SỐ BÁO CHÍ", "upper", { bold: true });
  ctx.write(board, "A2", `Cập nhật tự động từ sheet "${data.name}" - không nhập số vào đây`, "text", {
    italic: true,
  });
  AGENCIES.forEach((unit, a) => {
    const left = a % 2 === 0 ? 1 : 6;
    let row = 4 + Math.floor(a / 2) * 9;
    const c = (k: number) => colLetter(left + k);
    ctx.writeMerged(board, `${c(0)}${row}:${c(3)}${row}`, ctx.agency(unit, "tile"), "label", { bold: true });
    row++;
    headerRow(ctx, board, row, ["", "Năm 2025", ctx.planHeader(2025), "Tỷ lệ (%)"], left);
    row++;
    for (const input of YEARLY_INPUTS) {
      ctx.write(board, `${c(0)}${row}`, ctx.header(input, "tile"), "label");
      const at = where.get(`${input}|${unit}|2025`);
      const v = shownNumber(ctx, slotOf(input, unit, 2025));
      const before = ctx.data.value(slotOf(input, unit, 2024));
      const target = roundTarget(typeof before === "number" ? before : 100);
      if (at !== undefined && v !== undefined) {
        formula(board, `${c(1)}${row}`, ref(at), v, true);
        ctx.number(board, `${c(2)}${row}`, target);
        formula(
          board,
          `${c(3)}${row}`,
          `ROUND(${c(1)}${row}/${c(2)}${row}*100,1)`,
          Math.round((v / target) * 1000) / 10,
        );
      }
      row++;
    }
    for (const input of ["staff_total", "staff_trained"]) {
      ctx.write(board, `${c(0)}${row}`, ctx.header(input, "tile"), "label");
      const at = where.get(`${input}|${unit}|`);
      const v = shownNumber(ctx, slotOf(input, unit));
      if (at !== undefined && v !== undefined) formula(board, `${c(1)}${row}`, ref(at), v);
      row++;
    }
    grid(board, row - 5, left, row - 1, left + 3);
  });
  if (ctx.data.province) {
    ctx.writeMerged(board, "F13:I13", ctx.agency(PROVINCE, "tile"), "label", { bold: true });
    statusInputsOf(PROVINCE).forEach((input, i) => {
      ctx.write(board, `F${14 + i}`, ctx.header(input, "tile"), "label");
      const at = where.get(`${input}|${PROVINCE}|`);
      const v = shownNumber(ctx, slotOf(input, PROVINCE));
      if (at !== undefined && v !== undefined) formula(board, `G${14 + i}`, ref(at), v);
    });
  }
  const counted = ["digital_platforms", "ai_data_platform", "converged_newsroom"];
  const row0 = 24;
  ctx.write(board, `A${row0}`, "Số cơ quan đã thực hiện", "label", { bold: true });
  counted.forEach((input, i) => {
    ctx.write(board, `A${row0 + i + 1}`, ctx.header(input, "tile"), "label");
    const cells = AGENCIES.map((u) => where.get(`${input}|${u}|`)).filter(
      (x): x is string => x !== undefined,
    );
    const yes = AGENCIES.filter(
      (u) => ctx.data.shown(slotOf(input, u)) && ctx.data.value(slotOf(input, u)) === true,
    );
    if (cells.length > 0)
      formula(
        board,
        `B${row0 + i + 1}`,
        cells.map((at) => `COUNTIF(${ref(at)},"${ctx.style.yesNo[0]}")`).join("+"),
        yes.length,
      );
  });
  return [{ fileName, workbook: wb }];
}

/** The province against the national targets: agencies' figures, the province's share, the national figure. */
export function nationalComparison(ctx: Blind7Context): BuiltFile[] {
  const fileName = `So sanh chi tieu CDS bao chi voi toan quoc - ${ctx.rng.pick(["2025", "nam 2025"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "So sánh toàn quốc", [6, 48, 18, 18, 18, 14, 22, 26]);
  title(ctx, ws, 1, 8, "So sánh kết quả chuyển đổi số báo chí của tỉnh với chỉ tiêu toàn quốc", "Năm 2025");
  const nationalHeader = ctx.rng.pick(B7_NATIONAL_HEADERS);
  headerRow(ctx, ws, 4, [
    "STT",
    "Nội dung",
    ...AGENCIES.map((u) => ctx.agency(u, "cmp")),
    "Tỷ lệ của tỉnh (%)",
    "Chỉ tiêu toàn quốc năm 2025 (QĐ 348)",
    "Đánh giá",
  ]);
  let r = 5;
  let n = 0;
  for (const input of statusInputsOf(MAGAZINE)) {
    put(ws, `A${r}`, ++n, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.label(input), "label", { wrap: true });
    AGENCIES.forEach((unit, i) => {
      if (statusInputsOf(unit).includes(input))
        ctx.value(fileName, ws, `${colLetter(i + 3)}${r}`, slotOf(input, unit));
    });
    const national = B7_NATIONAL[input];
    if (national !== undefined) {
      const yes = AGENCIES.filter((u) => {
        const v = ctx.data.value(slotOf(input, u));
        return v === true || (typeof v === "number" && v >= 3);
      }).length;
      const share = Math.round((yes / AGENCIES.length) * 1000) / 10;
      put(ws, `F${r}`, share, { numFmt: "0.0" });
      ctx.write(ws, `G${r}`, national.text, "text", { wrap: true });
      ctx.write(ws, `H${r}`, share >= national.y2025 ? "Bằng hoặc cao hơn" : "Thấp hơn toàn quốc", "text");
    }
    r++;
  }
  grid(ws, 5, 1, r - 1, 8);
  r += 1;
  ctx.write(ws, `B${r++}`, "Sản lượng và doanh thu", "label", { bold: true });
  headerRow(ctx, ws, r, [
    "STT",
    "Nội dung",
    ...AGENCIES.map((u) => ctx.agency(u, "cmp")),
    "",
    nationalHeader,
    "Ghi chú",
  ]);
  r++;
  const top = r;
  for (const input of YEARLY_INPUTS)
    for (const year of [2024, 2025]) {
      put(ws, `A${r}`, ++n, { align: "center" });
      ctx.write(ws, `B${r}`, `${ctx.wording(input)} năm ${year}`, "label", { wrap: true });
      AGENCIES.forEach((unit, i) =>
        ctx.value(fileName, ws, `${colLetter(i + 3)}${r}`, slotOf(input, unit, year)),
      );
      ctx.number(ws, `G${r}`, ctx.near(input, "bao-lai-chau", 0.7, 1.3, year));
      r++;
    }
  grid(ws, top, 1, r - 1, 8);
  // The neighbouring province's agencies, in the same columns: figures of another province.
  ctx.write(ws, `B${++r}`, "Tham khảo: cơ quan báo chí tỉnh bạn năm 2025", "label", {
    bold: true,
    italic: true,
  });
  r++;
  const others: ReadonlyArray<readonly [string, UnitId]> = [
    ["Báo Điện Biên Phủ", "bao-lai-chau"],
    ["Đài PT-TH Điện Biên", "dai-ptth-lai-chau"],
    ["Báo Lào Cai", "bao-lai-chau"],
  ];
  for (const input of YEARLY_INPUTS) {
    ctx.write(
      ws,
      `B${r}`,
      `${ctx.header(input, "other")} - ${others.map((o) => o[0]).join(" / ")}`,
      "label",
      {
        wrap: true,
      },
    );
    others.forEach(([, like], i) =>
      ctx.number(ws, `${colLetter(i + 3)}${r}`, ctx.near(input, like, 0.75, 1.3, 2025)),
    );
    r++;
  }
  if (ctx.data.province) {
    r++;
    const reached = shownNumber(ctx, { input: "remote_population_reached", unit: PROVINCE });
    ctx.write(ws, `B${r++}`, ctx.agency(PROVINCE, "cmp"), "label", { bold: true });
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${r}`, ctx.header(input, "cmp"), "label", { wrap: true });
      ctx.value(fileName, ws, `C${r}`, slotOf(input, PROVINCE));
      r++;
    }
    const total = shownNumber(ctx, { input: "remote_population_total", unit: PROVINCE });
    if (reached !== undefined && total !== undefined) {
      ctx.write(ws, `B${r}`, "Tỷ lệ tiếp cận (%) - toàn quốc phấn đấu 100%", "label");
      formula(ws, `C${r}`, `ROUND(C${r - 1}/C${r - 2}*100,1)`, Math.round((reached / total) * 1000) / 10);
      r++;
    }
    const decoy = pickDecoys(ctx, 1, ["remote_population_total"])[0];
    if (decoy) {
      ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy), "label");
      ctx.number(ws, `C${r++}`, ctx.decoyValue(decoy, PROVINCE));
    }
  }
  signature(ctx, ws, r + 1, 8);
  return [{ fileName, workbook: wb }];
}

/**
 * Three more blind6 layouts: an agency's running ledgers (entries by quarter or month, a typed "Cộng năm" line per
 * year), the department's breakdown tables (parts by medium or source, then the total), and the personnel lists
 * each agency sends with a short summary sheet (the head-count and the trained count under the list).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, nearMiss, PROVINCE, roundTarget, statusInputsOf, type UnitId } from "../model";
import { FILE_SLUGS, SHORT_CODES, sheetName, signature, title, type BuiltFile } from "../sheets";
import type { Blind6Context } from "./context";
import { formula, headerRow, personName, pickDecoys, slotOf, splitTotal } from "./rows";

const SOURCES = [
  "Thu quảng cáo trên báo in, sóng",
  "Thu quảng cáo trên trang điện tử",
  "Hợp đồng tuyên truyền với sở, ngành",
  "Liên kết sản xuất chuyên trang, chuyên mục",
  "Dịch vụ in, phát hành, cho thuê thiết bị",
];
const TOPICS = [
  "Xây dựng Đảng, hệ thống chính trị",
  "Phát triển kinh tế - xã hội",
  "Quốc phòng, an ninh, đối ngoại biên giới",
  "Văn hóa, dân tộc, tôn giáo",
  "Phòng chống tham nhũng, tiêu cực",
];
const ROMAN = ["I", "II", "III", "IV"];

/** Each agency's ledgers: entries per period, a typed yearly total line (the value), a formula grand total. */
export function ledgerSubtotals(ctx: Blind6Context): BuiltFile[] {
  const files: BuiltFile[] = [];
  for (const unit of AGENCIES) {
    if (unit === MAGAZINE && ctx.rng.chance(0.3)) continue;
    const fileName = `So theo doi - ${ctx.rng.pick(FILE_SLUGS[unit])}.xlsx`;
    const wb = newWorkbook();
    ledger(ctx, wb, fileName, unit, "revenue");
    ledger(ctx, wb, fileName, unit, "political_articles");
    const ws = addSheet(wb, "Thông tin chung", [6, 58, 20, 30]);
    ctx.write(ws, "A1", `Thông tin chung: ${ctx.agency(unit, "ledger")}`, "text", { bold: true });
    headerRow(ctx, ws, 3, ["STT", "Nội dung", "Tình hình", "Ghi chú"]);
    let r = 4;
    for (const input of statusInputsOf(unit)) {
      put(ws, `A${r}`, r - 3, { align: "center" });
      ctx.write(ws, `B${r}`, ctx.label(input), "label");
      ctx.value(fileName, ws, `C${r++}`, slotOf(input, unit));
    }
    for (const decoy of pickDecoys(ctx, 1, ["staff_total"])) {
      put(ws, `A${r}`, r - 3, { align: "center" });
      ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy), "label");
      ctx.number(ws, `C${r++}`, ctx.decoyValue(decoy, unit));
    }
    grid(ws, 4, 1, r - 1, 4);
    files.push({ fileName, workbook: wb });
  }
  return files;
}

function ledger(
  ctx: Blind6Context,
  wb: ExcelJS.Workbook,
  fileName: string,
  unit: UnitId,
  input: "revenue" | "political_articles",
): void {
  const money = input === "revenue";
  const ws = addSheet(wb, money ? "Sổ thu" : "Sổ tin bài", [14, 48, 18, 34]);
  ctx.write(ws, "A1", `Sổ theo dõi: ${ctx.header(input)}`, "upper", { bold: true });
  ctx.write(ws, "A2", `Đơn vị: ${ctx.agency(unit, "ledger")}`, "text", { italic: true });
  headerRow(ctx, ws, 4, [
    money ? "Kỳ" : "Tháng",
    money ? "Diễn giải nguồn thu" : "Chuyên mục",
    money ? "Số tiền" : "Số tác phẩm",
    "Ghi chú",
  ]);
  let r = 5;
  const totals: string[] = [];
  let grand = 0;
  const noteAt = ctx.rng.pick(ctx.data.years[input]);
  for (const year of ctx.data.years[input]) {
    const slot = slotOf(input, unit, year);
    if (!ctx.data.shown(slot)) continue;
    const value = ctx.data.value(slot);
    if (typeof value !== "number") continue;
    const parts = splitTotal(ctx.rng, value, money ? 4 : ctx.rng.int(3, 5));
    parts.forEach((part, i) => {
      const period = money
        ? `Quý ${ROMAN[i] ?? "IV"}/${year}`
        : `T${String(3 * i + ctx.rng.int(1, 3)).padStart(2, "0")}/${year}`;
      put(ws, `A${r}`, period, { align: "center" });
      ctx.write(ws, `B${r}`, ctx.rng.pick(money ? SOURCES : TOPICS), "text");
      ctx.number(ws, `C${r++}`, part);
    });
    ctx.writeMerged(ws, `A${r}:B${r}`, `Cộng năm ${year}`, "label", { bold: true, align: "right" });
    ctx.value(fileName, ws, `C${r}`, slot);
    if (year === noteAt) ctx.write(ws, `D${r}`, ctx.note(year), "text", { italic: true });
    totals.push(`C${r++}`);
    grand += value;
  }
  if (totals.length > 1) {
    ctx.writeMerged(ws, `A${r}:B${r}`, "Lũy kế các năm", "label", { bold: true, align: "right" });
    formula(ws, `C${r++}`, totals.join("+"), grand, true);
  }
  grid(ws, 5, 1, r - 1, 4);
}

type Breakdown = { input: "revenue" | "political_articles"; name: string; parts: readonly string[] };
const BREAKDOWNS: readonly Breakdown[] = [
  {
    input: "political_articles",
    name: "Tin bài theo loại hình",
    parts: ["Báo in, phát thanh", "Truyền hình", "Điện tử (trang, cổng)", "Mạng xã hội"],
  },
  {
    input: "revenue",
    name: "Nguồn thu theo nguồn",
    parts: ["Quảng cáo", "Đặt hàng, giao nhiệm vụ", "Liên kết, tài trợ", "Dịch vụ khác"],
  },
];
/** Which part columns an agency fills (the magazine has no broadcast, the newspaper no television). */
const PARTS_OF: Readonly<Record<string, readonly number[]>> = {
  "bao-lai-chau": [0, 2, 3],
  "dai-ptth-lai-chau": [0, 1, 2, 3],
  "tap-chi-van-nghe-lai-chau": [0, 2],
};

/** The department's tables: parts by medium or source, the typed total, growth or target beside it. */
export function breakdownTotals(ctx: Blind6Context): BuiltFile[] {
  const fileName = `Tong hop so lieu bao chi 2025 - ${ctx.choose("f", ["ban tong hop", "gui UBND", "lan 2"])}.xlsx`;
  const wb = newWorkbook();
  for (const b of BREAKDOWNS) breakdown(ctx, wb, fileName, b);
  const ws = addSheet(wb, "Hiện trạng", [6, 30, 16, 16, 16, 16, 16, 16, 16, 16]);
  const inputs = statusInputsOf(MAGAZINE);
  title(ctx, ws, 1, inputs.length + 2, "Hiện trạng chuyển đổi số của các cơ quan báo chí địa phương");
  headerRow(ctx, ws, 3, ["STT", "Cơ quan", ...inputs.map((i) => ctx.header(i, "status"))]);
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${i + 4}`, i + 1, { align: "center" });
    ctx.write(ws, `B${i + 4}`, ctx.agency(unit, "bd"), "text");
    inputs.forEach((input, j) => {
      if (statusInputsOf(unit).includes(input))
        ctx.value(fileName, ws, `${colLetter(j + 3)}${i + 4}`, slotOf(input, unit));
    });
  });
  grid(ws, 4, 1, 6, inputs.length + 2);
  if (ctx.data.province) {
    ctx.write(ws, "B9", ctx.agency(PROVINCE, "bd"), "label", { bold: true });
    statusInputsOf(PROVINCE).forEach((input, i) => {
      ctx.write(ws, `B${i + 10}`, ctx.label(input), "label", { wrap: true });
      ctx.value(fileName, ws, `C${i + 10}`, slotOf(input, PROVINCE));
    });
    const decoy = pickDecoys(ctx, 1, ["remote_population_total"])[0];
    if (decoy) {
      ctx.write(ws, "B12", ctx.decoyLabel(decoy), "label");
      ctx.number(ws, "C12", ctx.decoyValue(decoy, PROVINCE));
    }
  }
  return [{ fileName, workbook: wb }];
}

function breakdown(ctx: Blind6Context, wb: ExcelJS.Workbook, fileName: string, b: Breakdown): void {
  const ws = addSheet(wb, b.name, [6, 28, 8, 14, 14, 14, 14, 16, 16, 14]);
  const old = addSheet(wb, sheetName(wb, `${b.name} (bản cũ)`), [28, 8, 16]);
  old.state = "hidden";
  const money = b.input === "revenue";
  title(ctx, ws, 1, 10, `${ctx.wording(b.input)} - chia theo ${money ? "nguồn" : "loại hình"}`);
  ctx.writeMerged(ws, "A3:A4", "STT", "label", { bold: true });
  ctx.writeMerged(ws, "B3:B4", "Cơ quan", "label", { bold: true });
  ctx.writeMerged(ws, "C3:C4", "Năm", "label", { bold: true });
  ctx.writeMerged(ws, "D3:G3", money ? "Chia theo nguồn" : "Chia theo loại hình", "label", { bold: true });
  b.parts.forEach((p, i) =>
    ctx.write(ws, `${colLetter(i + 4)}4`, p, "label", { bold: true, align: "center", wrap: true }),
  );
  ctx.writeMerged(ws, "H3:H4", `Cộng (${ctx.header(b.input, "bd")})`, "label", { bold: true });
  ctx.writeMerged(ws, "I3:I4", money ? ctx.planHeader(2025) : "So với năm trước (%)", "label", {
    bold: true,
  });
  if (!money) ctx.writeMerged(ws, "J3:J4", ctx.partialHeader(2025), "label", { bold: true });
  let r = 5;
  let o = 1;
  AGENCIES.forEach((unit, a) => {
    const years = ctx.data.years[b.input].filter((y) => y >= 2021);
    if (years.length === 0) return;
    put(ws, `A${r}`, a + 1, { align: "center" });
    ctx.writeMerged(ws, `B${r}:B${r + years.length - 1}`, ctx.agency(unit, "bd"), "text", { align: "left" });
    years.forEach((year, k) => {
      put(ws, `C${r}`, year, { align: "center" });
      const slot = slotOf(b.input, unit, year);
      const value = ctx.data.value(slot);
      if (ctx.value(fileName, ws, `H${r}`, slot) && typeof value === "number") {
        const cols = PARTS_OF[unit] ?? [0];
        const parts = splitTotal(ctx.rng, value, cols.length);
        parts.forEach((part, i) => ctx.number(ws, `${colLetter((cols[i] ?? 0) + 4)}${r}`, part));
        if (year === 2024 && a < 2) {
          ctx.write(old, `A${o}`, ctx.agency(unit, "bd"), "text");
          put(old, `B${o}`, year);
          ctx.number(old, `C${o++}`, nearMiss(ctx.rng, value));
        }
        const before = ctx.data.value(slotOf(b.input, unit, year - 1));
        if (money && year === 2025 && typeof before === "number")
          ctx.number(ws, `I${r}`, roundTarget(before));
        else if (
          !money &&
          k > 0 &&
          typeof before === "number" &&
          ctx.data.shown(slotOf(b.input, unit, year - 1))
        )
          formula(
            ws,
            `I${r}`,
            `ROUND(H${r}/H${r - 1}*100-100,1)`,
            Math.round((value / before) * 1000 - 1000) / 10,
          );
        if (!money && year === 2025)
          ctx.number(ws, `J${r}`, Math.round(value * (0.7 + ctx.rng.next() * 0.1)));
      }
      r++;
    });
  });
  grid(ws, 3, 1, r - 1, money ? 9 : 10);
  const decoy = pickDecoys(ctx, 1, [b.input])[0];
  const whose = ctx.rng.pick(AGENCIES);
  if (decoy) {
    ctx.writeMerged(ws, `B${r}:C${r}`, `${ctx.decoyLabel(decoy)} - ${ctx.agency(whose, "bd")}`, "label", {
      italic: true,
      align: "left",
    });
    ctx.number(ws, `H${r++}`, ctx.decoyValue(decoy, whose));
  }
  signature(ctx, ws, r + 1, 10);
}

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  "bao-lai-chau": [
    "Ban Thư ký tòa soạn",
    "Phòng Phóng viên",
    "Phòng Báo điện tử",
    "Phòng Hành chính - Trị sự",
  ],
  "dai-ptth-lai-chau": [
    "Phòng Thời sự",
    "Phòng Biên tập",
    "Phòng Kỹ thuật - Công nghệ",
    "Phòng Dân tộc",
    "Phòng Hành chính",
  ],
  "tap-chi-van-nghe-lai-chau": ["Ban Biên tập", "Bộ phận Trị sự"],
};
const JOBS = [
  "Phóng viên",
  "Biên tập viên",
  "Kỹ thuật viên",
  "Trưởng phòng",
  "Phó Trưởng phòng",
  "Nhân viên",
];

/** A summary sheet (agencies as columns) and each agency's personnel list with the counts under it. */
export function staffRoster(ctx: Blind6Context): BuiltFile[] {
  const fileName = `Nhan luc va CDS bao chi ${ctx.choose("f", ["2025", "nam 2025", "T11-2025"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Tổng hợp", [6, 56, 10, 18, 18, 18]);
  title(ctx, ws, 1, 6, "Tổng hợp số liệu các cơ quan báo chí (kèm danh sách nhân sự)");
  headerRow(ctx, ws, 3, ["STT", "Nội dung", "ĐVT", ...AGENCIES.map((u) => ctx.agency(u, "sum"))]);
  let r = 4;
  let n = 0;
  const row = (input: string, year?: number) => {
    put(ws, `A${r}`, ++n, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.label(input, year === undefined ? {} : { year }), "label");
    ctx.write(ws, `C${r}`, ctx.measure(input), "text", { align: "center" });
    AGENCIES.forEach((unit, i) => {
      if (statusInputsOf(unit).includes(input) || year !== undefined)
        ctx.value(fileName, ws, `${colLetter(i + 4)}${r}`, slotOf(input, unit, year));
    });
    r++;
  };
  for (const input of ["political_articles", "revenue"] as const)
    for (const year of ctx.data.years[input].filter((y) => y >= 2022)) row(input, year);
  for (const input of statusInputsOf(MAGAZINE)) if (!input.startsWith("staff_")) row(input);
  ctx.writeMerged(ws, `A${r}:F${r}`, "Nhân lực: chi tiết tại các danh sách kèm theo", "text", {
    italic: true,
    align: "left",
  });
  grid(ws, 4, 1, r, 6);
  for (const unit of AGENCIES) roster(ctx, wb, fileName, unit);
  return [{ fileName, workbook: wb }];
}

function roster(ctx: Blind6Context, wb: ExcelJS.Workbook, fileName: string, unit: UnitId): void {
  const ws = addSheet(wb, sheetName(wb, `DS ${ctx.rng.pick(SHORT_CODES[unit])}`), [6, 28, 10, 20, 16]);
  ctx.write(ws, "A1", "DANH SÁCH CÁN BỘ, VIÊN CHỨC, NGƯỜI LAO ĐỘNG", "upper", { bold: true });
  ctx.write(ws, "A2", `Đơn vị: ${ctx.agency(unit, "roster")}`, "text", { italic: true });
  headerRow(ctx, ws, 4, ["STT", "Họ và tên", "Năm sinh", "Chức danh", "Đã bồi dưỡng CĐS (đánh x)"]);
  const total = Number(ctx.data.value({ input: "staff_total", unit }));
  const trained = Number(ctx.data.value({ input: "staff_trained", unit }));
  const marks = ctx.data.shown({ input: "staff_trained", unit });
  const groups = GROUPS[unit] ?? ["Cơ quan"];
  const sizes = splitTotal(ctx.rng, total, groups.length);
  const trainedSet = new Set(ctx.rng.shuffle(Array.from({ length: total }, (_, i) => i)).slice(0, trained));
  let r = 5;
  let person = 0;
  (sizes.length > 0 ? sizes : [total]).forEach((size, g) => {
    ctx.writeMerged(ws, `A${r}:E${r}`, groups[g] ?? "Khác", "label", { bold: true, align: "left" });
    r++;
    for (let i = 1; i <= size; i++, person++, r++) {
      put(ws, `A${r}`, i, { align: "center" });
      ctx.write(ws, `B${r}`, personName(ctx.rng), "text");
      put(ws, `C${r}`, ctx.rng.int(1968, 2001), { align: "center" });
      ctx.write(ws, `D${r}`, ctx.rng.pick(JOBS), "text");
      if (marks && trainedSet.has(person)) put(ws, `E${r}`, "x", { align: "center" });
    }
  });
  grid(ws, 5, 1, r - 1, 5);
  for (const input of ["staff_total", "staff_trained"]) {
    ctx.writeMerged(ws, `A${r}:D${r}`, ctx.label(input), "label", { bold: true, align: "right" });
    ctx.value(fileName, ws, `E${r++}`, slotOf(input, unit));
  }
  signature(ctx, ws, r + 1, 5);
}

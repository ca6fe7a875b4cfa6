/**
 * Three blind6 layouts: an agency's financial statements (B02/BCTC with "Năm nay | Năm trước" and a notes sheet),
 * the response sheet of the department's online survey (one row per submission, an agency answering twice), and
 * an agency's self-assessment of its digital-transformation maturity (criteria, points, status, evidence).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, nearMiss, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { FILE_SLUGS, masthead, SHORT_CODES, sheetName, signature, title, type BuiltFile } from "../sheets";
import type { Blind6Context } from "./context";
import { formula, headerRow, pickDecoys, slotOf } from "./rows";
import { B6_DECOYS } from "./wordings";

const decoyNear = (near: string) => B6_DECOYS.filter((d) => d.near === near);

/** B02/BCTC: revenue this year and last year by relative headers; staff and autonomy in the notes sheet. */
export function financialStatement(ctx: Blind6Context): BuiltFile[] {
  const files: BuiltFile[] = [];
  const withMagazine = ctx.rng.chance(0.6);
  for (const unit of AGENCIES) {
    if (unit === MAGAZINE && !withMagazine) continue;
    const fileName = `BCTC nam 2025 - ${ctx.rng.pick(FILE_SLUGS[unit])}.xlsx`;
    const wb = newWorkbook();
    const balance = addSheet(wb, "B01-BCTC", [8, 46, 10, 16, 16]);
    const ws = addSheet(wb, "B02-BCTC", [6, 50, 9, 11, 16, 16]);
    balanceSheet(ctx, balance);
    balance.state = "hidden";
    ctx.write(ws, "A1", `Đơn vị: ${ctx.agency(unit, "bctc")}`, "text", { bold: true });
    ctx.write(ws, "A2", `Mã QHNS: ${ctx.rng.int(1012000, 1099999)}`, "text");
    ctx.writeMerged(ws, "E1:F1", "Mẫu số B02/BCTC", "text", { bold: true });
    ctx.writeMerged(ws, "E2:F2", "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017)", "text", {
      italic: true,
    });
    title(ctx, ws, 4, 6, "Báo cáo kết quả hoạt động", "Năm 2025");
    ctx.write(ws, "F6", "Đơn vị tính: triệu đồng", "text", { italic: true, align: "right" });
    headerRow(ctx, ws, 7, ["STT", "CHỈ TIÊU", "Mã số", "Thuyết minh", "Năm nay", "Năm trước"]);
    ["A", "B", "C", "D", "1", "2"].forEach((t, i) =>
      put(ws, `${colLetter(i + 1)}8`, t, { align: "center", italic: true }),
    );
    let r = 9;
    const line = (stt: string, text: string, code: string, note = "") => {
      ctx.write(ws, `A${r}`, stt, "text", { align: "center" });
      ctx.write(ws, `B${r}`, text, "label", { bold: /^[IV]+$/.test(stt) });
      if (code !== "") put(ws, `C${r}`, code, { align: "center" });
      if (note !== "") ctx.write(ws, `D${r}`, note, "text", { align: "center" });
      return r++;
    };
    line("I", "Hoạt động hành chính, sự nghiệp", "");
    const budget = ctx.rng.pick(decoyNear("revenue").filter((d) => d.scale[0] > 1));
    const bNow = budget ? ctx.decoyValue(budget, unit) : 900;
    const bPrev = budget ? ctx.decoyValue(budget, unit) : 850;
    const r01 = line("1", "Doanh thu (01 = 02 + 03)", "01");
    const r02 = line("a", budget ? ctx.decoyLabel(budget) : "Từ NSNN cấp", "02", "V.1");
    ctx.number(ws, `E${r02}`, bNow);
    ctx.number(ws, `F${r02}`, bPrev);
    const r03 = line("b", "Từ nguồn phí được khấu trừ, để lại", "03");
    put(ws, `E${r03}`, "-", { align: "center" });
    formula(ws, `E${r01}`, `E${r02}`, bNow, true);
    formula(ws, `F${r01}`, `F${r02}`, bPrev, true);
    line("II", "Hoạt động sản xuất kinh doanh, dịch vụ", "");
    const rev = line("1", ctx.label("revenue"), "20", "V.2");
    ctx.value(fileName, ws, `E${rev}`, slotOf("revenue", unit, 2025));
    ctx.value(fileName, ws, `F${rev}`, slotOf("revenue", unit, 2024));
    const cost = ctx.rng.pick(decoyNear("revenue").filter((d) => d.scale[1] < 1));
    const costRow = line("2", cost ? ctx.decoyLabel(cost) : "Chi phí", "21");
    const costs = [cost ? ctx.decoyValue(cost, unit) : 300, cost ? ctx.decoyValue(cost, unit) : 280];
    ctx.number(ws, `E${costRow}`, costs[0] ?? 0);
    ctx.number(ws, `F${costRow}`, costs[1] ?? 0);
    const surplus = line("3", "Thặng dư/thâm hụt (22 = 20 - 21)", "22");
    const value = (y: number) => ctx.data.value(slotOf("revenue", unit, y));
    const v25 = value(2025);
    const v24 = value(2024);
    formula(ws, `E${surplus}`, `E${rev}-E${costRow}`, (typeof v25 === "number" ? v25 : 0) - (costs[0] ?? 0));
    formula(ws, `F${surplus}`, `F${rev}-F${costRow}`, (typeof v24 === "number" ? v24 : 0) - (costs[1] ?? 0));
    line("III", "Hoạt động tài chính", "");
    const interest = line("1", "Doanh thu tài chính (lãi tiền gửi)", "30");
    ctx.number(ws, `E${interest}`, ctx.rng.int(2, 40));
    ctx.number(ws, `F${interest}`, ctx.rng.int(2, 40));
    grid(ws, 9, 1, r - 1, 6);
    signature(ctx, ws, r + 1, 6);
    notesSheet(ctx, wb, fileName, unit);
    files.push({ fileName, workbook: wb });
  }
  return files;
}

function balanceSheet(ctx: Blind6Context, ws: ExcelJS.Worksheet): void {
  ctx.write(ws, "A1", "BÁO CÁO TÌNH HÌNH TÀI CHÍNH", "upper", { bold: true });
  const items = ["Tiền", "Các khoản phải thu", "Tài sản cố định hữu hình", "Nợ phải trả", "Tài sản thuần"];
  headerRow(ctx, ws, 3, ["STT", "Chỉ tiêu", "Mã số", "Số cuối năm", "Số đầu năm"]);
  items.forEach((text, i) => {
    ctx.write(ws, `A${i + 4}`, String(i + 1), "text");
    ctx.write(ws, `B${i + 4}`, text, "label");
    put(ws, `C${i + 4}`, `${(i + 1) * 10}`, { align: "center" });
    ctx.number(ws, `D${i + 4}`, ctx.rng.int(400, 60000));
    ctx.number(ws, `E${i + 4}`, ctx.rng.int(400, 60000));
  });
}

/** Thuyết minh: people at the end and the start of the year, the unit's type of autonomy. */
function notesSheet(ctx: Blind6Context, wb: ExcelJS.Workbook, fileName: string, unit: UnitId): void {
  const ws = addSheet(wb, "Thuyết minh", [6, 56, 16, 16]);
  ctx.write(ws, "A1", "THUYẾT MINH BÁO CÁO TÀI CHÍNH (trích)", "upper", { bold: true });
  ctx.write(ws, "A2", "I. Thông tin khái quát về đơn vị", "text", { bold: true });
  headerRow(ctx, ws, 4, ["STT", "Nội dung", "Số cuối năm", "Số đầu năm"]);
  let r = 5;
  const near = (input: string) => {
    const v = ctx.data.value({ input, unit });
    return typeof v === "number" ? nearMiss(ctx.rng, v, 0.9, 1.06) : 0;
  };
  const row = (stt: string, input: string) => {
    ctx.write(ws, `A${r}`, stt, "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.label(input), "label");
    ctx.value(fileName, ws, `C${r}`, slotOf(input, unit));
    return r++;
  };
  const total = row("1", "staff_total");
  ctx.number(ws, `D${total}`, near("staff_total"));
  const trained = row("-", "staff_trained");
  ctx.number(ws, `D${trained}`, near("staff_trained"));
  const press = ctx.rng.pick(decoyNear("staff_total"));
  if (press) {
    ctx.write(ws, `A${r}`, "-", "text", { align: "center" });
    ctx.write(ws, `B${r}`, ctx.decoyLabel(press), "label");
    ctx.number(ws, `C${r}`, ctx.decoyValue(press, unit));
    ctx.number(ws, `D${r++}`, ctx.decoyValue(press, unit));
  }
  row("2", "autonomous");
  grid(ws, 5, 1, r - 1, 4);
  ctx.write(ws, `B${r + 1}`, ctx.note(2025), "text", { italic: true });
}

/** The online survey's response sheet: one row per submission, the latest one counting, plus a formula summary. */
export function formResponses(ctx: Blind6Context): BuiltFile[] {
  const fileName = "Phieu khao sat CDS bao chi 2025 (Cau tra loi).xlsx";
  const wb = newWorkbook();
  const ws = addSheet(wb, "Câu trả lời biểu mẫu 1", []);
  type Question = { input: string; year?: number; text: string };
  const questions: Question[] = [];
  for (const year of [2023, 2024, 2025].filter((y) => ctx.data.years.political_articles.includes(y)))
    questions.push({
      input: "political_articles",
      year,
      text: `${ctx.wording("political_articles")} năm ${year}`,
    });
  for (const year of [2024, 2025])
    questions.push({ input: "revenue", year, text: `${ctx.wording("revenue")} năm ${year}` });
  for (const input of statusInputsOf(MAGAZINE)) {
    const yesNo = !["staff_total", "staff_trained", "security_level"].includes(input);
    questions.push({ input, text: `${ctx.wording(input)}${yesNo ? "?" : ""}` });
  }
  if (ctx.data.province)
    for (const input of statusInputsOf(PROVINCE)) questions.push({ input, text: ctx.wording(input) });
  const last = questions.length + 4;
  ws.columns = [18, 28, 30, ...questions.map(() => 22), 34].map((width) => ({ width }));
  headerRow(ctx, ws, 1, [
    "Dấu thời gian",
    "Địa chỉ email",
    "Tên cơ quan, đơn vị trả lời",
    ...questions.map((q) => q.text),
    "Ghi chú người tổng hợp",
  ]);
  ws.getRow(1).height = 90;
  type Row = { unit: UnitId; old: boolean };
  const order: Row[] = ctx.rng.shuffle(AGENCIES).map((unit) => ({ unit, old: false }));
  if (ctx.rng.chance(0.75)) {
    const again = ctx.rng.int(0, order.length - 1);
    const unit = order[again]?.unit ?? "bao-lai-chau";
    order.splice(ctx.rng.int(0, again), 0, { unit, old: true });
  }
  if (ctx.data.province) order.splice(ctx.rng.int(0, order.length), 0, { unit: PROVINCE, old: false });
  let minute = ctx.rng.int(10, 200);
  order.forEach((entry, i) => {
    const r = i + 2;
    minute += ctx.rng.int(30, 2000);
    const day = 14 + Math.floor(minute / 1440);
    const time = `${String(Math.floor((minute % 1440) / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:${String(ctx.rng.int(10, 59))}`;
    put(ws, `A${r}`, `${day}/11/2025 ${time}`);
    put(
      ws,
      `B${r}`,
      `${ctx.rng.pick(["vanthu", "tonghop", "ketoan", "bbt"])}.${entry.unit.replace(/-/g, "")}@gmail.com`,
    );
    const who =
      entry.unit === PROVINCE
        ? `Sở VHTTDL - ${ctx.agency(PROVINCE, "form")}`
        : ctx.agency(entry.unit, entry.old ? "old" : "form");
    ctx.write(ws, `C${r}`, who, "text");
    questions.forEach((q, j) => {
      const at = `${colLetter(j + 4)}${r}`;
      const forProvince = q.input.startsWith("remote_");
      if ((entry.unit === PROVINCE) !== forProvince) return;
      if (q.input === "licensed" && entry.unit !== MAGAZINE) return;
      const slot = slotOf(q.input, entry.unit, q.year);
      if (!entry.old) {
        ctx.value(fileName, ws, at, slot);
        return;
      }
      if (!ctx.data.shown(slot)) return;
      const v = ctx.data.value(slot);
      const words = ctx.words(q.input, v);
      if (words !== null) ctx.write(ws, at, words, "word", { align: "center" });
      else if (typeof v === "number") ctx.number(ws, at, nearMiss(ctx.rng, v, 0.85, 0.98));
    });
    if (entry.old)
      ctx.write(ws, `${colLetter(last)}${r}`, `Bản gửi lần 1, đơn vị đã gửi lại ngày ${day + 1}/11`, "text", {
        italic: true,
      });
  });
  ws.getColumn(2).hidden = ctx.rng.chance(0.5);
  summarySheet(ctx, wb, ws, questions, order.length + 1);
  return [{ fileName, workbook: wb }];
}

function summarySheet(
  ctx: Blind6Context,
  wb: ExcelJS.Workbook,
  answers: ExcelJS.Worksheet,
  questions: ReadonlyArray<{ input: string; year?: number }>,
  lastRow: number,
): void {
  const ws = addSheet(wb, "Tổng hợp nhanh", [34, 16]);
  headerRow(ctx, ws, 1, ["Câu hỏi", "Cộng các phiếu"]);
  questions.forEach((q, i) => {
    const col = colLetter(i + 4);
    const label = q.year === undefined ? ctx.header(q.input) : `${ctx.header(q.input, "y")} ${q.year}`;
    ctx.write(ws, `A${i + 2}`, label, "label");
    const range = `'${answers.name}'!${col}2:${col}${lastRow}`;
    let sum = 0;
    let filled = 0;
    for (let r = 2; r <= lastRow; r++) {
      const v = answers.getCell(`${col}${r}`).value;
      if (typeof v === "number") sum += v;
      if (v !== null && v !== undefined && v !== "-") filled++;
    }
    if (sum > 0) formula(ws, `B${i + 2}`, `SUM(${range})`, sum);
    else formula(ws, `B${i + 2}`, `COUNTA(${range})`, filled);
  });
}

/** The maturity self-assessment: five pillars of criteria, maximum and own points, status and evidence. */
export function selfAssessment(ctx: Blind6Context): BuiltFile[] {
  const fileName = `Tu danh gia muc do CDS bao chi 2025 - ${ctx.choose("file", ["tong hop", "gui So", "ban chinh thuc"])}.xlsx`;
  const wb = newWorkbook();
  const units = AGENCIES.filter((u) => u !== MAGAZINE || ctx.rng.chance(0.7));
  // Some scoring templates want yes/no as 1/0 so the points can be computed from them.
  const ones = ctx.rng.chance(0.5);
  for (const unit of units) {
    const ws = addSheet(
      wb,
      sheetName(wb, `TĐG ${ctx.rng.pick(SHORT_CODES[unit])}`),
      [8, 54, 10, 20, 10, 34, 10],
    );
    masthead(ctx, ws, unit, 6);
    title(
      ctx,
      ws,
      4,
      6,
      "Bảng tự đánh giá, chấm điểm mức độ chuyển đổi số cơ quan báo chí",
      "(Kỳ đánh giá năm 2025; số liệu tính đến thời điểm tự đánh giá)",
    );
    headerRow(ctx, ws, 7, [
      "Mã",
      "Tiêu chí, chỉ số thành phần",
      "Điểm tối đa",
      ones ? "Hiện trạng (1: có, 0: chưa; số liệu)" : "Hiện trạng (số liệu, tình trạng)",
      "Điểm tự chấm",
      "Tài liệu kiểm chứng",
      "Điểm 2024",
    ]);
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"].forEach((t, i) =>
      put(ws, `${colLetter(i + 1)}8`, t, { align: "center", italic: true }),
    );
    ws.getColumn(7).hidden = true;
    const decoys = pickDecoys(ctx, 2);
    const pillars: ReadonlyArray<readonly [string, readonly string[]]> = [
      ["TC1. Chiến lược, nhận thức", ["@plan", "autonomous", "revenue"]],
      [
        "TC2. Hạ tầng, nền tảng số và an toàn thông tin",
        ["digital_platforms", "ai_data_platform", "security_level", "@0"],
      ],
      [
        "TC3. Tổ chức, nghiệp vụ",
        ["converged_newsroom", "staff_total", "staff_trained", "political_articles", "licensed"],
      ],
      ["TC4. Độc giả, khán thính giả", ["@reach", "@1"]],
      ["TC5. Ứng dụng công nghệ số", ["@cms"]],
    ];
    let r = 9;
    let points = 0;
    let own = 0;
    pillars.forEach(([pillar, items], p) => {
      ctx.write(ws, `A${r}`, `TC${p + 1}`, "text", { bold: true });
      ctx.write(ws, `B${r++}`, pillar.replace(/^TC\d\. /, ""), "label", { bold: true });
      items.forEach((item, k) => {
        if (item === "licensed" && unit !== MAGAZINE) return;
        const code = `${p + 1}.${k + 1}`;
        const max = ctx.rng.pick([2, 3, 4, 5]);
        const mine = ctx.rng.int(0, max);
        points += max;
        own += mine;
        put(ws, `A${r}`, code, { align: "center" });
        put(ws, `C${r}`, max, { align: "center" });
        put(ws, `E${r}`, mine, { align: "center" });
        put(ws, `G${r}`, ctx.rng.int(0, max), { align: "center" });
        ctx.write(
          ws,
          `F${r}`,
          `QĐ số ${ctx.rng.int(12, 240)}/QĐ-${ctx.rng.pick(SHORT_CODES[unit])} ngày ${ctx.rng.int(2, 28)}/${ctx.rng.int(1, 12)}/2024`,
          "text",
        );
        if (item.startsWith("@")) {
          const decoy = item === "@0" ? decoys[0] : item === "@1" ? decoys[1] : undefined;
          const label = decoy !== undefined ? ctx.decoyLabel(decoy) : (FIXED_CRITERIA[item] ?? item);
          ctx.write(ws, `B${r}`, label, "label");
          if (decoy !== undefined) ctx.number(ws, `D${r}`, ctx.decoyValue(decoy, unit));
          else
            ctx.write(
              ws,
              `D${r}`,
              item === "@reach" ? `${ctx.rng.int(20, 95)}% độc giả trực tuyến` : "Đã ban hành",
              "text",
            );
          r++;
          return;
        }
        ctx.write(ws, `B${r}`, ctx.label(item), "label");
        if (item !== "revenue" && item !== "political_articles") {
          const slot = slotOf(item, unit);
          const v = ctx.data.value(slot);
          if (ones && typeof v === "boolean") {
            if (ctx.data.shown(slot)) {
              put(ws, `D${r}`, v ? 1 : 0, { align: "center" });
              ctx.record(fileName, ws.name, `D${r}`, slot);
            }
            r++;
          } else ctx.value(fileName, ws, `D${r++}`, slot);
          return;
        }
        r++;
        for (const year of [2024, 2025]) {
          ctx.write(ws, `B${r}`, `- Năm ${year}`, "text", { italic: true });
          ctx.value(fileName, ws, `D${r++}`, slotOf(item, unit, year));
        }
      });
    });
    ctx.write(ws, `B${r}`, "Tổng điểm", "label", { bold: true });
    formula(ws, `C${r}`, `SUM(C9:C${r - 1})`, points, true);
    formula(ws, `E${r}`, `SUM(E9:E${r - 1})`, own, true);
    grid(ws, 9, 1, r, 6);
    ctx.write(ws, `B${r + 1}`, `Mức độ tự xếp loại: ${own * 2 >= points ? "Khá" : "Trung bình"}`, "text", {
      italic: true,
    });
    signature(ctx, ws, r + 2, 6);
  }
  return [{ fileName, workbook: wb }];
}

const FIXED_CRITERIA: Readonly<Record<string, string>> = {
  "@plan": "Có văn bản chỉ đạo về chuyển đổi số của người đứng đầu",
  "@reach": "Tỷ lệ độc giả tiếp cận qua kênh số",
  "@cms": "Sử dụng phần mềm quản lý quy trình biên tập",
};

/**
 * Three more blind7 layouts: the emulation committee's scoring sheets (results beside standard, self and council
 * points), an agency's returned template whose first sheet is the instructions with a filled example table, and a
 * monitoring sheet with a frozen header whose monthly detail rows are grouped and collapsed under each total.
 */
import { addSheet, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, statusInputsOf, type UnitId } from "../model";
import { FILE_SLUGS, masthead, SHORT_CODES, sheetName, signature, title, type BuiltFile } from "../sheets";
import type { Blind7Context } from "./context";
import { footnoted, formula, headerRow, pickDecoys, shownNumber, slotOf, splitTotal } from "./rows";
import { B7_EXAMPLE_LINES, B7_FOOTNOTES, B7_POINT_HEADERS } from "./wordings";

const YEARLY_INPUTS = ["political_articles", "revenue"] as const;

/** One scoring sheet per agency (result 2025, result 2024, points) and a ranking sheet of formulas. */
export function emulationScoring(ctx: Blind7Context): BuiltFile[] {
  const fileName = `Cham diem thi dua khoi bao chi 2025 - ${ctx.choose("f", ["HD thi dua", "ban cham", "tong hop"])}.xlsx`;
  const wb = newWorkbook();
  const rank = addSheet(wb, "Xếp loại", [6, 40, 14, 14, 16]);
  const totals: Array<{ unit: UnitId; sheet: string; at: string; points: number }> = [];
  for (const unit of AGENCIES) {
    const ws = addSheet(
      wb,
      sheetName(wb, `Chấm ${ctx.rng.pick(SHORT_CODES[unit])}`),
      [6, 52, 16, 16, 11, 11, 11, 11],
    );
    masthead(ctx, ws, unit, 8);
    title(ctx, ws, 4, 8, "Bảng chấm điểm thi đua cơ quan báo chí năm 2025", ctx.agency(unit, "emu"));
    headerRow(ctx, ws, 6, [
      "TT",
      "Tiêu chí thi đua",
      "Kết quả thực hiện 2025",
      "Kết quả năm 2024 (đối chiếu)",
      ...B7_POINT_HEADERS,
    ]);
    let r = 7;
    let council = 0;
    const row = (code: string, label: string) => {
      put(ws, `A${r}`, code, { align: "center" });
      ctx.write(ws, `B${r}`, label, "label", { wrap: true });
      const max = ctx.rng.pick([5, 8, 10, 15]);
      const self = ctx.rng.int(Math.floor(max / 2), max);
      const given = Math.max(0, self - ctx.rng.pick([0, 0, 1, 2]));
      council += given;
      put(ws, `E${r}`, max, { align: "center" });
      put(ws, `F${r}`, self, { align: "center" });
      put(ws, `G${r}`, given, { align: "center" });
      if (ctx.rng.chance(0.2)) put(ws, `H${r}`, ctx.rng.int(1, 3), { align: "center" });
      return r++;
    };
    let k = 0;
    for (const input of YEARLY_INPUTS) {
      const at = row(String(++k), ctx.label(input, { unit: ctx.rng.chance(0.5) }));
      ctx.value(fileName, ws, `C${at}`, slotOf(input, unit, 2025));
      ctx.value(fileName, ws, `D${at}`, slotOf(input, unit, 2024));
    }
    for (const input of statusInputsOf(unit)) {
      const at = row(String(++k), ctx.label(input));
      ctx.value(fileName, ws, `C${at}`, slotOf(input, unit));
    }
    for (const decoy of pickDecoys(ctx, 2)) {
      const at = row(String(++k), ctx.decoyLabel(decoy));
      ctx.number(ws, `C${at}`, ctx.decoyValue(decoy, unit));
    }
    ctx.writeMerged(ws, `A${r}:D${r}`, "Cộng điểm", "label", { bold: true, align: "right" });
    formula(ws, `G${r}`, `SUM(G7:G${r - 1})`, council, true);
    totals.push({ unit, sheet: ws.name, at: `G${r}`, points: council });
    grid(ws, 7, 1, r, 8);
    signature(ctx, ws, r + 1, 8);
  }
  headerRow(ctx, rank, 1, ["TT", "Cơ quan", "Tổng điểm", "Xếp hạng", "Danh hiệu đề nghị"]);
  const sorted = [...totals].sort((a, b) => b.points - a.points);
  totals.forEach((t, i) => {
    put(rank, `A${i + 2}`, i + 1, { align: "center" });
    ctx.write(rank, `B${i + 2}`, ctx.agency(t.unit, "emu"), "text");
    formula(rank, `C${i + 2}`, `'${t.sheet}'!${t.at}`, t.points);
    put(rank, `D${i + 2}`, sorted.indexOf(t) + 1, { align: "center" });
    ctx.write(
      rank,
      `E${i + 2}`,
      sorted.indexOf(t) === 0 ? "Cờ thi đua của UBND tỉnh" : "Tập thể lao động xuất sắc",
      "text",
    );
  });
  grid(rank, 2, 1, totals.length + 1, 5);
  if (ctx.data.province) {
    const ws = addSheet(wb, "Tiêu chí chung toàn tỉnh", [6, 52, 18]);
    headerRow(ctx, ws, 1, ["TT", "Tiêu chí", "Kết quả"]);
    statusInputsOf(PROVINCE).forEach((input, i) => {
      put(ws, `A${i + 2}`, i + 1, { align: "center" });
      ctx.write(ws, `B${i + 2}`, ctx.label(input), "label", { wrap: true });
      ctx.value(fileName, ws, `C${i + 2}`, slotOf(input, PROVINCE));
    });
  }
  return [{ fileName, workbook: wb }];
}

/** Rows of the template: each input once (yearly ones with two year columns), in this order. */
function templateInputs(unit: UnitId): string[] {
  return [...YEARLY_INPUTS, ...statusInputsOf(unit)];
}

/** An agency's returned template: instructions with an example table first, the filled form, a hidden list. */
export function instructionsTemplate(ctx: Blind7Context): BuiltFile[] {
  const files: BuiltFile[] = [];
  const withMagazine = ctx.rng.chance(0.7);
  const provinceWith = ctx.rng.pick(AGENCIES.filter((u) => u !== MAGAZINE));
  for (const unit of AGENCIES) {
    if (unit === MAGAZINE && !withMagazine) continue;
    const fileName = `Mau bieu bao cao CDS 2025 (da dien) - ${ctx.rng.pick(FILE_SLUGS[unit])}.xlsx`;
    const wb = newWorkbook();
    const guide = addSheet(wb, "Hướng dẫn", [6, 52, 12, 16, 16]);
    const form = addSheet(wb, "Biểu 01", [6, 52, 12, 16, 16, 30]);
    const lists = addSheet(wb, "Danh mục", [30]);
    lists.state = "hidden";
    [...ctx.style.yesNo, ...ctx.style.license, ctx.style.notApplicable].forEach((t, i) =>
      ctx.write(lists, `A${i + 1}`, t, "word"),
    );
    ctx.write(guide, "A1", "HƯỚNG DẪN ĐIỀN BIỂU 01", "upper", { bold: true });
    ctx.write(guide, "A2", '1. Đơn vị chỉ nhập số liệu vào sheet "Biểu 01"; không sửa sheet này.', "text");
    ctx.write(guide, "A3", "2. Số liệu tin bài, doanh thu ghi theo năm; hiện trạng ghi Đã/Chưa.", "text");
    ctx.write(
      guide,
      "A4",
      `3. ${ctx.rng.pick(B7_EXAMPLE_LINES).replaceAll("{n}", String(ctx.rng.int(120, 980)))}`,
      "text",
    );
    ctx.write(guide, "A6", "Bảng ví dụ (đơn vị giả định: Báo X, số liệu không có thật)", "text", {
      bold: true,
      italic: true,
    });
    headerRow(ctx, guide, 7, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"]);
    headerRow(ctx, form, 6, ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Ghi chú"]);
    masthead(ctx, form, unit, 6);
    ctx.write(form, "A4", `BIỂU 01 - SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2025`, "upper", { bold: true });
    let r = 8;
    let f = 7;
    const rowOf = new Map<string, number>();
    templateInputs(unit).forEach((input, i) => {
      const yearly = input === "political_articles" || input === "revenue";
      // The example row: same label, an invented figure near a real one.
      put(guide, `A${r}`, i + 1, { align: "center" });
      ctx.write(guide, `B${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(guide, `C${r}`, ctx.measure(input), "text", { align: "center" });
      if (yearly) {
        ctx.number(guide, `D${r}`, ctx.near(input, unit, 0.6, 1.4, 2024));
        ctx.number(guide, `E${r}`, ctx.near(input, unit, 0.6, 1.4, 2025));
      } else if (input === "staff_total" || input === "staff_trained")
        ctx.number(guide, `E${r}`, ctx.near(input, unit, 0.5, 1.5));
      else ctx.write(guide, `E${r}`, ctx.style.yesNo[0], "word", { align: "center" });
      r++;
      put(form, `A${f}`, i + 1, { align: "center" });
      ctx.write(form, `B${f}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(form, `C${f}`, ctx.measure(input), "text", { align: "center" });
      if (yearly) {
        ctx.value(fileName, form, `D${f}`, slotOf(input, unit, 2024));
        ctx.value(fileName, form, `E${f}`, slotOf(input, unit, 2025));
      } else ctx.value(fileName, form, `E${f}`, slotOf(input, unit));
      if (ctx.rng.chance(0.2)) ctx.write(form, `F${f}`, ctx.note(2025), "text", { italic: true });
      rowOf.set(input, f);
      f++;
    });
    // The template's own check: trained people cannot outnumber the staff.
    const [total, trained] = [rowOf.get("staff_total"), rowOf.get("staff_trained")];
    const counts = [slotOf("staff_total", unit), slotOf("staff_trained", unit)].map((s) =>
      shownNumber(ctx, s),
    );
    if (total !== undefined && trained !== undefined && counts[0] !== undefined && counts[1] !== undefined) {
      ctx.write(form, `G${trained - 1}`, "Kiểm tra", "text", { italic: true });
      put(form, `G${trained}`, {
        formula: `IF(E${trained}<=E${total},"Hợp lệ","Xem lại")`,
        result: counts[1] <= counts[0] ? "Hợp lệ" : "Xem lại",
      });
    }
    grid(guide, 8, 1, r - 1, 5);
    if (unit === provinceWith && ctx.data.province) {
      ctx.write(form, `B${++f}`, ctx.agency(PROVINCE, "tpl"), "label", { bold: true });
      f++;
      for (const input of statusInputsOf(PROVINCE)) {
        ctx.write(form, `B${f}`, ctx.wording(input), "label", { wrap: true });
        ctx.value(fileName, form, `E${f++}`, slotOf(input, PROVINCE));
      }
    }
    grid(form, 7, 1, f - 1, 6);
    signature(ctx, form, f + 1, 6);
    files.push({ fileName, workbook: wb });
  }
  return files;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

/** Totals per agency and input, each with twelve monthly rows grouped and collapsed under it; a frozen header. */
export function outlineGroups(ctx: Blind7Context): BuiltFile[] {
  const fileName = `Theo doi so lieu bao chi thang 2025 - ${ctx.choose("f", ["So TTTT", "phong TTBCXB", "ban luu"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Theo dõi", [8, 54, 10, 16, 16, 16, 34]);
  ws.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  title(
    ctx,
    ws,
    1,
    7,
    "Sổ theo dõi số liệu các cơ quan báo chí",
    "(Bấm dấu + bên trái để xem chi tiết từng tháng)",
  );
  headerRow(ctx, ws, 4, [
    "STT",
    "Nội dung",
    "ĐVT",
    "Năm 2025",
    "Năm 2024",
    ctx.partialHeader(2025),
    "Ghi chú",
  ]);
  const sums = new Map<string, Array<{ at: string; v: number }>>();
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 4 }];
  let r = 5;
  let footnote = ctx.rng.chance(0.6);
  const footnotes: string[] = [];
  AGENCIES.forEach((unit, a) => {
    put(ws, `A${r}`, ["I", "II", "III"][a] ?? String(a + 1), { align: "center", bold: true });
    ctx.write(ws, `B${r++}`, ctx.agency(unit, "ol"), "label", { bold: true });
    for (const input of YEARLY_INPUTS) {
      const at = r++;
      ctx.write(ws, `B${at}`, ctx.wording(input), "label", { bold: true });
      ctx.write(ws, `C${at}`, ctx.measure(input), "text", { align: "center" });
      ws.getRow(at).outlineLevel = 1;
      const months = new Map<number, number[]>();
      [2025, 2024].forEach((year, k) => {
        const col = k === 0 ? "D" : "E";
        const slot = slotOf(input, unit, year);
        const v = shownNumber(ctx, slot);
        if (v === undefined) {
          ctx.value(fileName, ws, `${col}${at}`, slot);
          return;
        }
        const parts = splitTotal(ctx.rng, v, 12);
        months.set(year, parts);
        if (year === 2025 && parts.length === 12)
          ctx.number(
            ws,
            `F${at}`,
            parts.slice(0, 9).reduce((x, y) => x + y, 0),
          );
        sums.set(`${input}|${col}`, [...(sums.get(`${input}|${col}`) ?? []), { at: `${col}${at}`, v }]);
        if (footnote && year === 2025) {
          const marker = ctx.rng.pick(["(*)", "¹"]);
          footnoted(ctx, fileName, ws, `${col}${at}`, slot, marker);
          const text = ctx.rng.pick(B7_FOOTNOTES.filter((t) => t.startsWith(marker)));
          footnotes.push(text.replace("{n}", String(ctx.near(input, unit, 0.05, 0.95, year))));
          footnote = false;
        } else ctx.value(fileName, ws, `${col}${at}`, slot);
      });
      MONTHS.forEach((m, i) => {
        ctx.write(ws, `B${r}`, `${m}`, "text", { italic: true });
        [2025, 2024].forEach((year, k) => {
          const part = months.get(year)?.[i];
          if (part !== undefined) ctx.number(ws, `${k === 0 ? "D" : "E"}${r}`, part);
        });
        const row = ws.getRow(r++);
        row.outlineLevel = 2;
        row.hidden = true;
      });
    }
    const status = r;
    for (const input of statusInputsOf(unit)) {
      ctx.write(ws, `B${r}`, ctx.wording(input), "label");
      ctx.write(ws, `C${r}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `D${r}`, slotOf(input, unit));
      ws.getRow(r++).outlineLevel = 1;
    }
    const decoy = pickDecoys(ctx, 1)[0];
    if (decoy && ctx.rng.chance(0.7)) {
      ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy), "label");
      ctx.write(ws, `C${r}`, decoy.measure, "text", { align: "center" });
      ctx.number(ws, `D${r}`, ctx.decoyValue(decoy, unit));
      ws.getRow(r++).outlineLevel = 1;
    }
    if (status < r && ctx.rng.chance(0.2))
      ctx.write(ws, `G${status}`, ctx.note(2025), "text", { italic: true });
  });
  if (ctx.data.province) {
    put(ws, `A${r}`, "IV", { align: "center", bold: true });
    ctx.write(ws, `B${r++}`, ctx.agency(PROVINCE, "ol"), "label", { bold: true });
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${r}`, ctx.wording(input), "label");
      ctx.write(ws, `C${r}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `D${r}`, slotOf(input, PROVINCE));
      ws.getRow(r++).outlineLevel = 1;
    }
  }
  // A grand total of the three agencies (a sum, never one agency's figure).
  for (const input of YEARLY_INPUTS) {
    const cells = sums.get(`${input}|D`) ?? [];
    if (cells.length < 2) continue;
    ctx.write(ws, `B${r}`, `Cộng ba cơ quan: ${ctx.header(input, "sum")}`, "label", { bold: true });
    const total = cells.reduce((n, c) => n + c.v, 0);
    formula(ws, `D${r++}`, cells.map((c) => c.at).join("+"), total, true);
  }
  grid(ws, 5, 1, r - 1, 7);
  footnotes.forEach((f) => ctx.write(ws, `B${++r}`, f, "text", { italic: true }));
  signature(ctx, ws, r + 1, 7);
  return [{ fileName, workbook: wb }];
}

/**
 * Three more blind8 layouts: the department's estimate-versus-settlement sheets (estimate, last year's and this
 * year's settlement, revenue split into its lines, staff beside the staffing quota), the focal-point list (people,
 * birth years and phone numbers in the same rows as the agency's counts), and period rows whose "Kỳ báo cáo" says
 * "this year", "last year", a half year or a target instead of a year.
 */
import { addSheet, colLetter, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { AGENCIES, MAGAZINE, PROVINCE, statusInputsOf, type Slot } from "../model";
import { SHORT_CODES, sheetName, signature, title, type BuiltFile } from "../sheets";
import type { Blind8Context } from "./context";
import { formula, headerRow, pickDecoys, shownNumber, slotOf, splitTotal } from "./rows";
import {
  B8_BUDGET_HEADERS,
  B8_CONTACT_HEADERS,
  B8_PEOPLE,
  B8_PERIODS,
  B8_POSTS,
  B8_REVENUE_PARTS,
} from "./wordings";

const YEARLY_INPUTS = ["political_articles", "revenue"] as const;

/** A figure moved off the value of `slot` when it would equal it by chance. */
function apart(ctx: Blind8Context, n: number, slot: Slot): number {
  return ctx.data.value(slot) === n ? n + 1 : n;
}

/** One sheet per agency: estimate 2025, settlement 2024 and 2025 (the values), the revenue's lines, staff. */
export function budgetSettlement(ctx: Blind8Context): BuiltFile[] {
  const fileName = `Du toan - quyet toan 2025 khoi bao chi - ${ctx.choose("f", ["phong KHTC", "So", "ban nop"])}.xlsx`;
  const wb = newWorkbook();
  const estimate = ctx.choose("est", B8_BUDGET_HEADERS.estimate);
  const settled = ctx.choose("set", B8_BUDGET_HEADERS.settled);
  for (const unit of AGENCIES) {
    const ws = addSheet(
      wb,
      sheetName(wb, `QT ${ctx.rng.pick(SHORT_CODES[unit])}`),
      [7, 52, 10, 17, 17, 17, 13, 17],
    );
    title(
      ctx,
      ws,
      1,
      7,
      "Thuyết minh dự toán, quyết toán và kết quả hoạt động năm 2025",
      ctx.agency(unit, "qt"),
    );
    headerRow(ctx, ws, 4, [
      "STT",
      "Nội dung",
      "ĐVT",
      estimate.replace("{y}", "2025"),
      settled.replace("{y}", "2024"),
      settled.replace("{y}", "2025"),
      "QT/DT (%)",
      ctx.partialHeader(2025),
    ]);
    let r = 5;
    ctx.write(ws, `A${r}`, "A", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r++}`, "PHẦN THU", "upper", { bold: true });
    const total = r;
    put(ws, `A${r}`, "I", { align: "center", bold: true });
    ctx.write(ws, `B${r}`, ctx.wording("revenue"), "label", { bold: true, wrap: true });
    ctx.write(ws, `C${r}`, ctx.measure("revenue"), "text", { align: "center" });
    r++;
    const now = shownNumber(ctx, slotOf("revenue", unit, 2025));
    const est = apart(ctx, ctx.near("revenue", unit, 0.85, 1.1, 2025), slotOf("revenue", unit, 2024));
    ctx.number(ws, `D${total}`, est, { bold: true });
    ctx.value(fileName, ws, `E${total}`, slotOf("revenue", unit, 2024));
    ctx.value(fileName, ws, `F${total}`, slotOf("revenue", unit, 2025));
    if (now !== undefined)
      formula(ws, `G${total}`, `ROUND(F${total}/D${total}*100,1)`, Math.round((now / est) * 1000) / 10);
    const parts = now === undefined ? [] : splitTotal(ctx.rng, now, B8_REVENUE_PARTS.length);
    if (parts.length > 1) ctx.number(ws, `H${total}`, (parts[0] ?? 0) + (parts[1] ?? 0));
    B8_REVENUE_PARTS.forEach((part, i) => {
      put(ws, `A${r}`, i + 1, { align: "center" });
      ctx.write(ws, `B${r}`, part, "text", { italic: true });
      const p = parts[i];
      if (p !== undefined) ctx.number(ws, `F${r}`, p);
      r++;
    });
    ctx.write(ws, `A${r}`, "B", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r++}`, "PHẦN CHI", "upper", { bold: true });
    for (const decoy of pickDecoys(ctx, 2, ["revenue"])) {
      ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy), "label", { wrap: true });
      ctx.write(ws, `C${r}`, decoy.measure, "text", { align: "center" });
      ctx.number(ws, `D${r}`, ctx.decoyValue(decoy, unit));
      ctx.number(ws, `F${r++}`, ctx.decoyValue(decoy, unit));
    }
    ctx.write(ws, `A${r}`, "C", "text", { bold: true, align: "center" });
    ctx.write(ws, `B${r++}`, "LAO ĐỘNG VÀ SẢN PHẨM", "upper", { bold: true });
    const quota = pickDecoys(ctx, 1, ["staff_total"]).find((d) => d.measure === "Người");
    if (quota) {
      ctx.write(ws, `B${r}`, ctx.decoyLabel(quota), "label", { wrap: true });
      ctx.write(ws, `C${r}`, quota.measure, "text", { align: "center" });
      ctx.number(ws, `F${r++}`, ctx.decoyValue(quota, unit));
    }
    for (const input of ["staff_total", "staff_trained"]) {
      ctx.write(ws, `B${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.write(ws, `C${r}`, ctx.measure(input), "text", { align: "center" });
      ctx.value(fileName, ws, `F${r++}`, slotOf(input, unit));
    }
    ctx.write(ws, `B${r}`, ctx.wording("political_articles"), "label", { wrap: true });
    ctx.write(ws, `C${r}`, ctx.measure("political_articles"), "text", { align: "center" });
    const planned = ctx.near("political_articles", unit, 0.8, 0.98, 2025);
    ctx.number(ws, `D${r}`, apart(ctx, planned, slotOf("political_articles", unit, 2024)));
    ctx.value(fileName, ws, `E${r}`, slotOf("political_articles", unit, 2024));
    ctx.value(fileName, ws, `F${r}`, slotOf("political_articles", unit, 2025));
    r++;
    grid(ws, 5, 1, r - 1, 8);
    ctx.write(ws, `B${++r}`, "Thông tin về cơ chế tự chủ và hạ tầng số", "label", { bold: true });
    r++;
    for (const input of statusInputsOf(unit).filter((i) => !["staff_total", "staff_trained"].includes(i))) {
      ctx.write(ws, `B${r}`, ctx.wording(input), "label", { wrap: true });
      ctx.value(fileName, ws, `D${r++}`, slotOf(input, unit));
    }
    signature(ctx, ws, r + 1, 7);
  }
  const norms = addSheet(wb, "Tham số", [44, 16]);
  norms.state = ctx.rng.chance(0.5) ? "hidden" : "veryHidden";
  ctx.write(norms, "A1", "Định mức chi thường xuyên (tr.đồng/biên chế/năm)", "text");
  put(norms, "B1", ctx.rng.pick([62, 68, 75]));
  ctx.write(norms, "A2", "Tỷ lệ trích lập quỹ phát triển sự nghiệp (%)", "text");
  put(norms, "B2", ctx.rng.pick([15, 25, 35]));
  if (ctx.data.province) {
    const ws = addSheet(wb, "Số liệu chung", [52, 18]);
    ctx.write(ws, "A1", ctx.agency(PROVINCE, "qt"), "label", { bold: true });
    statusInputsOf(PROVINCE).forEach((input, i) => {
      ctx.write(ws, `A${i + 2}`, ctx.wording(input), "label", { wrap: true });
      ctx.value(fileName, ws, `B${i + 2}`, slotOf(input, PROVINCE));
    });
  }
  return [{ fileName, workbook: wb }];
}

/** A phone number as people type it: text with dots or spaces, or a number whose leading zero Excel dropped. */
function phone(ctx: Blind8Context): string | number {
  const digits = `9${ctx.rng.int(10, 89)}${ctx.rng.int(100, 999)}${ctx.rng.int(100, 999)}`;
  const kind = ctx.rng.int(0, 2);
  if (kind === 0) return Number(digits);
  return kind === 1
    ? `0${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`
    : `0${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** The focal-point list: a person per agency (birth year, phone), then the agency's figures in the same row. */
export function contactList(ctx: Blind8Context): BuiltFile[] {
  const fileName = `Danh sach dau moi CDS bao chi ${ctx.choose("f", ["cap nhat T11", "2025", "gui Zalo"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Đầu mối", []);
  const inputs = [...YEARLY_INPUTS.flatMap((i) => [`${i}|2025`, `${i}|2024`]), ...statusInputsOf(MAGAZINE)];
  const firstValue = 8;
  ws.columns = [6, 34, 24, 10, 22, 16, 28, ...inputs.map(() => 16)].map((width) => ({ width }));
  title(
    ctx,
    ws,
    1,
    firstValue + inputs.length - 1,
    "Danh sách đầu mối và số liệu chuyển đổi số của các cơ quan báo chí",
    "(Cập nhật để liên hệ khi cần xác minh số liệu)",
  );
  const head = inputs.map((key) => {
    const [input = "", year] = key.split("|");
    return year === undefined ? ctx.header(input, "ct") : `${ctx.header(input, "ct")} ${year}`;
  });
  headerRow(ctx, ws, 4, ["STT", "Cơ quan", ...B8_CONTACT_HEADERS, ...head]);
  const people = ctx.rng.shuffle(B8_PEOPLE);
  AGENCIES.forEach((unit, i) => {
    const r = 5 + i;
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "ct"), "text", { wrap: true });
    ctx.write(ws, `C${r}`, people[i] ?? "", "text");
    put(ws, `D${r}`, ctx.rng.int(1972, 1994), { align: "center" });
    ctx.write(ws, `E${r}`, ctx.rng.pick(B8_POSTS), "text");
    const p = phone(ctx);
    if (typeof p === "number") put(ws, `F${r}`, p, { numFmt: "0" });
    else put(ws, `F${r}`, p);
    put(ws, `G${r}`, `${(people[i] ?? "x").split(" ").pop()?.toLowerCase() ?? "x"}.cds@laichau.gov.vn`);
    inputs.forEach((key, j) => {
      const [input = "", year] = key.split("|");
      if (!statusInputsOf(unit).includes(input) && year === undefined) return;
      ctx.value(
        fileName,
        ws,
        `${colLetter(firstValue + j)}${r}`,
        slotOf(input, unit, year === undefined ? undefined : Number(year)),
      );
    });
  });
  const last = 4 + AGENCIES.length;
  grid(ws, 5, 1, last, firstValue + inputs.length - 1);
  ctx.write(ws, `B${last + 1}`, "Cộng", "label", { bold: true });
  const staffCol = firstValue + inputs.indexOf("staff_total");
  const staff = AGENCIES.map((u) => shownNumber(ctx, slotOf("staff_total", u)));
  if (staff.every((s) => s !== undefined)) {
    const c = colLetter(staffCol);
    formula(
      ws,
      `${c}${last + 1}`,
      `SUM(${c}5:${c}${last})`,
      staff.reduce<number>((a, b) => a + (b ?? 0), 0),
      true,
    );
  }
  let r = last + 3;
  ctx.write(ws, `B${r++}`, "Cán bộ kỹ thuật hỗ trợ (liên hệ ngoài giờ)", "label", { bold: true });
  headerRow(ctx, ws, r++, [
    "STT",
    "Cơ quan",
    "Họ và tên",
    "Năm sinh",
    "Chức vụ",
    "Điện thoại",
    "Số năm công tác",
  ]);
  AGENCIES.forEach((unit, i) => {
    put(ws, `A${r}`, i + 1, { align: "center" });
    ctx.write(ws, `B${r}`, ctx.agency(unit, "ct"), "text");
    ctx.write(ws, `C${r}`, people[i + 3] ?? "", "text");
    put(ws, `D${r}`, ctx.rng.int(1985, 1999), { align: "center" });
    ctx.write(ws, `E${r}`, "Kỹ thuật viên", "text");
    const p = phone(ctx);
    put(ws, `F${r}`, p, typeof p === "number" ? { numFmt: "0" } : {});
    put(ws, `G${r++}`, ctx.rng.int(2, 18), { align: "center" });
  });
  if (ctx.data.province) {
    r++;
    ctx.write(ws, `B${r++}`, ctx.agency(PROVINCE, "ct"), "label", { bold: true });
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${r}`, ctx.header(input, "ct"), "label", { wrap: true });
      ctx.value(fileName, ws, `F${r++}`, slotOf(input, PROVINCE));
    }
  }
  signature(ctx, ws, r + 1, 7);
  return [{ fileName, workbook: wb }];
}

/** Rows per agency and reporting period ("this year", "last year", …); the report's year is stated once above. */
export function periodRows(ctx: Blind8Context): BuiltFile[] {
  const fileName = `Tong hop so lieu theo ky bao cao - ${ctx.choose("f", ["nam 2025", "ban chot", "gui UBND"])}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Theo kỳ", []);
  const status = statusInputsOf(MAGAZINE);
  const cols = [...YEARLY_INPUTS, ...status];
  ws.columns = [6, 34, 22, ...cols.map(() => 15), 28].map((width) => ({ width }));
  const lastCol = 3 + cols.length + 1;
  title(
    ctx,
    ws,
    1,
    lastCol,
    "Tổng hợp số liệu chuyển đổi số báo chí theo kỳ báo cáo",
    'Năm báo cáo: 2025 (kỳ "năm nay" là năm 2025)',
  );
  headerRow(ctx, ws, 4, [
    "STT",
    "Cơ quan",
    "Kỳ báo cáo",
    ...cols.map((i) => ctx.header(i, "per")),
    "Ghi chú",
  ]);
  const pick = (k: keyof typeof B8_PERIODS) => ctx.choose(`per|${k}`, B8_PERIODS[k]);
  let r = 5;
  const sums: Record<string, Array<{ at: string; v: number }>> = {};
  AGENCIES.forEach((unit, a) => {
    const first = r;
    const periods: Array<{ k: keyof typeof B8_PERIODS; year?: number }> = [
      { k: "current", year: 2025 },
      { k: "half" },
      { k: "previous", year: 2024 },
      ...(ctx.rng.chance(0.6) ? [{ k: "twoBack" as const, year: 2023 }] : []),
      ...(ctx.rng.chance(0.6) ? [{ k: "target" as const }] : []),
    ];
    for (const period of ctx.rng.chance(0.5) ? periods : [...periods].reverse()) {
      ctx.write(ws, `C${r}`, pick(period.k), "text");
      cols.forEach((input, j) => {
        const at = `${colLetter(4 + j)}${r}`;
        const yearly = input === "political_articles" || input === "revenue";
        if (period.year !== undefined) {
          if (yearly) {
            if (ctx.value(fileName, ws, at, slotOf(input, unit, period.year)) && period.year === 2025) {
              const v = shownNumber(ctx, slotOf(input, unit, 2025));
              if (v !== undefined) sums[input] = [...(sums[input] ?? []), { at, v }];
            }
          } else if (period.k === "current" && statusInputsOf(unit).includes(input))
            ctx.value(fileName, ws, at, slotOf(input, unit));
        } else if (yearly) {
          if (period.k === "half") {
            const v = shownNumber(ctx, slotOf(input, unit, 2025));
            if (v !== undefined)
              ctx.number(ws, at, splitTotal(ctx.rng, v, 2)[0] ?? Math.max(1, Math.floor(v / 3)));
          } else {
            const before = ctx.data.value(slotOf(input, unit, 2024));
            if (typeof before === "number") ctx.number(ws, at, Math.round(before * 1.2));
          }
        }
      });
      if (ctx.rng.chance(0.15))
        ctx.write(ws, `${colLetter(lastCol)}${r}`, ctx.note(2025), "text", { italic: true });
      r++;
    }
    put(ws, `A${first}`, a + 1, { align: "center" });
    ctx.writeMerged(ws, `B${first}:B${r - 1}`, ctx.agency(unit, "per"), "text", { align: "left" });
  });
  ctx.write(ws, `C${r}`, `Cộng 3 cơ quan (${pick("current").toLowerCase()})`, "label", { bold: true });
  YEARLY_INPUTS.forEach((input, j) => {
    const cells = sums[input] ?? [];
    if (cells.length < 2) return;
    formula(
      ws,
      `${colLetter(4 + j)}${r}`,
      cells.map((c) => c.at).join("+"),
      cells.reduce((n, c) => n + c.v, 0),
      true,
    );
  });
  grid(ws, 5, 1, r, lastCol);
  r += 2;
  if (ctx.data.province) {
    ctx.write(ws, `B${r++}`, ctx.agency(PROVINCE, "per"), "label", { bold: true });
    for (const input of statusInputsOf(PROVINCE)) {
      ctx.write(ws, `B${r}`, ctx.header(input, "per"), "label", { wrap: true });
      ctx.write(ws, `C${r}`, pick("current"), "text");
      ctx.value(fileName, ws, `D${r++}`, slotOf(input, PROVINCE));
    }
  }
  const decoy = pickDecoys(ctx, 1)[0];
  if (decoy) {
    ctx.write(ws, `B${r}`, ctx.decoyLabel(decoy), "label", { wrap: true });
    ctx.write(ws, `C${r}`, pick("current"), "text");
    ctx.number(ws, `D${r++}`, ctx.decoyValue(decoy, "bao-lai-chau"));
  }
  signature(ctx, ws, r + 1, lastCol);
  return [{ fileName, workbook: wb }];
}

/**
 * Three blind10 layout families: the department's year-end press briefing table (quarters, the whole year, last
 * year, the plan), the export of an online form the agencies filled in (one row per submission, one column per
 * question, a superseded first submission), and the month-by-month log of new works (a sheet per year, the year's
 * row under twelve months, a general-information sheet beside it).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { formula, headerRow, splitTotal } from "../listRows";
import { AGENCIES, MAGAZINE, PROVINCE, statusInputsOf, YEARLY, type UnitId } from "../model";
import { masthead, sheetName, signature, unionYears, type BuiltFile } from "../sheets";
import type { Blind10Context } from "./context";
import { decoysFor, hide, ROMAN, sectionRow, writePlanFigure } from "./rows";
import { B10_BRIEFING, B10_FORM, B10_LOG, B10_PARTIAL_HEADERS } from "./wordings";

const REMOTE = ["remote_population_total", "remote_population_reached"] as const;

/** b10-quarterly-briefing: agencies as sections, quarters of 2025, the year, last year, the plan, notes. */
export function quarterlyBriefing(ctx: Blind10Context): BuiltFile[] {
  const { rng } = ctx;
  const file = `Giao ban bao chi quy IV-2025${rng.chance(0.5) ? "_So TTTT" : ""}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, "Giao ban Q4", [6, 50, 10, 10, 10, 10, 10, 13, 13, 13, 26]);
  masthead(ctx, ws, null, 11);
  ctx.writeMerged(ws, "A4:K4", rng.pick(B10_BRIEFING.title), "upper", { bold: true, size: 13 });
  const quarters = rng.pick(B10_BRIEFING.quarters).map((q) => q.replace("{y}", "2025"));
  const prevFirst = rng.chance(0.4);
  const [yearCol, prevCol] = prevFirst ? ["I", "H"] : ["H", "I"];
  const heads = ["STT", "Cơ quan / nội dung", "ĐVT", ...quarters, "", "", ctx.planHeader(2025), "Ghi chú"];
  heads[prevFirst ? 8 : 7] = rng.pick(B10_BRIEFING.year).replace("{y}", "2025");
  heads[prevFirst ? 7 : 8] = rng.pick(B10_BRIEFING.previous).replace("{y}", "2024");
  headerRow(ctx, ws, 6, heads);
  let row = 7;
  const units: UnitId[] = [...AGENCIES, ...(rng.chance(0.85) ? [PROVINCE] : [])];
  units.forEach((unit, u) => {
    sectionRow(ctx, ws, row++, ctx.agency(unit, "brief"), { num: ROMAN[u] });
    const inputs: string[] = unit === PROVINCE ? [...REMOTE] : [...YEARLY, ...statusInputsOf(unit)];
    const items: Array<string | ReturnType<typeof decoysFor>[number]> = [...inputs];
    const near = unit === PROVINCE ? [...REMOTE] : ["political_articles", "revenue", "staff_total"];
    for (const d of decoysFor(ctx, rng.int(1, 2), near)) items.splice(rng.int(1, items.length), 0, d);
    items.forEach((it, i) => {
      put(ws, `A${row}`, i + 1, { align: "center" });
      if (typeof it !== "string") {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(it, unit), "label", { wrap: true });
        ctx.write(ws, `C${row}`, it.measure, "text", { align: "center" });
        const v = ctx.decoyValue(it, unit);
        if ((YEARLY as readonly string[]).includes(it.near))
          splitTotal(rng, v, 4).forEach((p, q) => ctx.number(ws, `${colLetter(4 + q)}${row}`, p));
        ctx.number(ws, `${yearCol}${row}`, v);
        row++;
        return;
      }
      ctx.write(ws, `B${row}`, ctx.label(it, { unit: rng.chance(0.25) }), "label", { wrap: true });
      ctx.write(ws, `C${row}`, ctx.measure(it), "text", { align: "center" });
      const yearly = (YEARLY as readonly string[]).includes(it);
      const slot = yearly ? { input: it, unit, year: 2025 } : { input: it, unit };
      if (ctx.value(file, ws, `${yearCol}${row}`, slot)) {
        const v = ctx.data.value(slot);
        if (yearly && typeof v === "number")
          splitTotal(rng, v, 4).forEach((p, q) => ctx.number(ws, `${colLetter(4 + q)}${row}`, p));
      }
      if (yearly) ctx.value(file, ws, `${prevCol}${row}`, { input: it, unit, year: 2024 });
      if (rng.chance(0.75)) writePlanFigure(ctx, ws, `J${row}`, it, unit);
      if (rng.chance(0.3)) ctx.write(ws, `K${row}`, ctx.note(), "text", { italic: true, wrap: true });
      row++;
    });
  });
  grid(ws, 7, 1, row - 1, 11);
  signature(ctx, ws, row + 1, 11);
  olderYears(ctx, wb, file);
  if (rng.chance(0.6)) briefingDraft(ctx, wb);
  return [{ fileName: file, workbook: wb }];
}

/** The years before last: agencies × {articles, revenue} rows, years as columns. */
function olderYears(ctx: Blind10Context, wb: ExcelJS.Workbook, file: string): void {
  const years = unionYears(ctx.data).filter((y) => y < 2024);
  if (years.length === 0) return;
  const ws = addSheet(wb, sheetName(wb, ctx.rng.pick(B10_BRIEFING.older)), [46, 30, ...years.map(() => 12)]);
  headerRow(ctx, ws, 1, ["Nội dung", "Cơ quan", ...years.map((y) => `Năm ${y}`)]);
  let row = 2;
  for (const input of YEARLY)
    for (const unit of AGENCIES) {
      ctx.write(ws, `A${row}`, ctx.header(input, `older|${unit}`), "label", { wrap: true });
      ctx.write(ws, `B${row}`, ctx.agency(unit, "older"), "text");
      years.forEach((y, i) => {
        if (ctx.data.years[input].includes(y))
          ctx.value(file, ws, `${colLetter(3 + i)}${row}`, { input, unit, year: y });
      });
      row++;
    }
  grid(ws, 2, 1, row - 1, 2 + years.length);
}

/** A hidden copy of an earlier draft: figures near the real ones, never values. */
function briefingDraft(ctx: Blind10Context, wb: ExcelJS.Workbook): void {
  const ws = addSheet(wb, B10_BRIEFING.draft, [40, 14, 14]);
  hide(ws);
  headerRow(ctx, ws, 1, [
    "Cơ quan",
    ctx.header("political_articles", "draft"),
    ctx.header("revenue", "draft"),
  ]);
  AGENCIES.forEach((unit, i) => {
    ctx.write(ws, `A${i + 2}`, ctx.agency(unit, "brief"), "text");
    ctx.number(ws, `B${i + 2}`, ctx.near("political_articles", unit, 0.7, 0.8, 2025));
    ctx.number(ws, `C${i + 2}`, ctx.near("revenue", unit, 0.7, 0.8, 2025));
  });
}

const stamp = (ctx: Blind10Context, day: number) =>
  `${day}/11/2025 ${String(ctx.rng.int(7, 16)).padStart(2, "0")}:${String(ctx.rng.int(10, 59))}:${String(ctx.rng.int(10, 59))}`;

/** b10-online-form-export: one row per submission; one agency sent twice, the later row holds its values. */
export function onlineFormExport(ctx: Blind10Context): BuiltFile[] {
  const { rng } = ctx;
  const file = `Phieu thu thap so lieu CDS bao chi (Câu trả lời)${rng.chance(0.5) ? " - Copy" : ""}.xlsx`;
  const wb = newWorkbook();
  const questions: Array<{ input: string; year?: number }> = [];
  for (const input of YEARLY) for (const year of ctx.data.years[input]) questions.push({ input, year });
  const status = [...new Set(AGENCIES.flatMap(statusInputsOf))];
  for (const input of rng.shuffle(status)) questions.push({ input });
  const last = 3 + questions.length + 2;
  const ws = addSheet(wb, B10_FORM.sheet, [20, 28, 32, ...questions.map(() => 22), 18, 30]);
  const heads = [
    rng.pick(B10_FORM.stamp),
    rng.pick(B10_FORM.email),
    rng.pick(B10_FORM.agency),
    ...questions.map((q) =>
      q.year === undefined
        ? rng.chance(0.5)
          ? ctx.header(q.input, "form")
          : ctx.label(q.input, { unit: rng.chance(0.3) })
        : `${ctx.wording(q.input)} - năm ${q.year}`,
    ),
    rng.pick(B10_FORM.consent),
    B10_FORM.remark,
  ];
  heads.forEach((h, i) => ctx.write(ws, `${colLetter(i + 1)}1`, h, "label", { bold: true, wrap: true }));
  const again: UnitId | null = rng.chance(0.75) ? rng.pick(AGENCIES) : null;
  const order: Array<{ unit: UnitId; first: boolean }> = rng
    .shuffle(AGENCIES)
    .map((unit) => ({ unit, first: false }));
  if (again !== null)
    order.splice(
      rng.int(
        0,
        order.findIndex((o) => o.unit === again),
      ),
      0,
      { unit: again, first: true },
    );
  let day = rng.int(10, 14);
  order.forEach(({ unit, first }, i) => {
    const row = i + 2;
    day += rng.int(0, 2);
    ctx.write(ws, `A${row}`, stamp(ctx, day), "text");
    ctx.write(ws, `B${row}`, `${ctx.slug(unit).toLowerCase()}.laichau@gmail.com`, "text");
    ctx.write(ws, `C${row}`, ctx.agency(unit, "form"), "text");
    questions.forEach((q, k) => {
      const at = `${colLetter(4 + k)}${row}`;
      if (!statusInputsOf(unit).includes(q.input) && q.year === undefined) return;
      if (!first) {
        ctx.value(file, ws, at, { input: q.input, unit, ...(q.year === undefined ? {} : { year: q.year }) });
        return;
      }
      const slot = { input: q.input, unit, ...(q.year === undefined ? {} : { year: q.year }) };
      if (!ctx.data.shown(slot)) return;
      const v = ctx.data.value(slot);
      if (typeof v === "number" && q.input !== "security_level")
        ctx.number(ws, at, ctx.near(q.input, unit, 0.86, 0.97, q.year));
      else {
        const w = ctx.words(q.input, v);
        if (w !== null) ctx.write(ws, at, w, "word", { align: "center" });
        else if (typeof v === "number") ctx.number(ws, at, v);
      }
    });
    ctx.write(ws, `${colLetter(last - 1)}${row}`, rng.pick(ctx.style.yesNo), "word", { align: "center" });
    if (first)
      ctx.write(ws, `${colLetter(last)}${row}`, rng.pick(B10_FORM.superseded), "text", { italic: true });
    else if (unit === again)
      ctx.write(ws, `${colLetter(last)}${row}`, rng.pick(B10_FORM.resent), "text", { italic: true });
  });
  formExtra(ctx, wb, file);
  return [{ fileName: file, workbook: wb }];
}

/** What the department added itself: the province's figures, with a near-miss row. */
function formExtra(ctx: Blind10Context, wb: ExcelJS.Workbook, file: string): void {
  const ws = addSheet(wb, B10_FORM.extra, [60, 18, 28]);
  headerRow(ctx, ws, 1, ["Nội dung", ctx.agency(PROVINCE, "form"), "Nguồn"]);
  const rows: Array<string | ReturnType<typeof decoysFor>[number]> = [...REMOTE];
  rows.splice(ctx.rng.int(0, 2), 0, ...decoysFor(ctx, 1, [...REMOTE]));
  rows.forEach((it, i) => {
    const row = i + 2;
    if (typeof it === "string") {
      ctx.write(
        ws,
        `A${row}`,
        ctx.rng.chance(0.5) ? ctx.header(it, "form") : ctx.label(it, { unit: ctx.rng.chance(0.4) }),
        "label",
        { wrap: true },
      );
      ctx.value(file, ws, `B${row}`, { input: it, unit: PROVINCE });
    } else {
      ctx.write(ws, `A${row}`, ctx.decoyLabel(it, "form"), "label", { wrap: true });
      ctx.number(ws, `B${row}`, ctx.decoyValue(it, PROVINCE));
    }
    ctx.write(
      ws,
      `C${row}`,
      ctx.rng.pick(["Cục Thống kê", "Báo cáo các huyện", "Đài tỉnh cung cấp"]),
      "text",
    );
  });
}

/** b10-monthly-log: a sheet per year (months, the year's row, a cumulative row), a general sheet, a draft. */
export function monthlyLog(ctx: Blind10Context): BuiltFile[] {
  const { rng } = ctx;
  const file = `So theo doi tin bai NVCT${rng.chance(0.5) ? " 2020-2025" : "_tong hop"}.xlsx`;
  const wb = newWorkbook();
  const monthWord = rng.pick(B10_LOG.months);
  const totalWord = rng.pick(B10_LOG.total);
  const years = [...ctx.data.years.political_articles].sort((a, b) => b - a);
  const partial = rng.chance(0.6) ? partialRows(ctx) : null;
  const formulas = rng.chance(0.7);
  for (const year of years) {
    const ws = addSheet(wb, `Năm ${year}`, [22, 18, 18, 18, 18, 30]);
    ctx.writeMerged(
      ws,
      "A1:F1",
      `Sổ theo dõi ${ctx.wording("political_articles").toLowerCase()} - năm ${year}`,
      "upper",
      { bold: true },
    );
    ctx.write(ws, "A2", `Đơn vị tính: ${ctx.measure("political_articles")}`, "text", { italic: true });
    headerRow(ctx, ws, 4, [
      "Tháng",
      ...AGENCIES.map((u) => ctx.agency(u, "log")),
      rng.pick(B10_LOG.province),
      "Ghi chú",
    ]);
    const parts = AGENCIES.map((unit) => {
      const slot = { input: "political_articles", unit, year };
      const v = ctx.data.value(slot);
      return ctx.data.shown(slot) && typeof v === "number" ? splitTotal(rng, v, 12) : [];
    });
    let row = 5;
    for (let m = 1; m <= 12; m++) {
      const est = year === 2025 && m >= 11 ? ` ${B10_LOG.estimate}` : "";
      ctx.write(
        ws,
        `A${row}`,
        `${monthWord.replace("{m}", String(m)).replace("{y}", String(year))}${est}`,
        "text",
      );
      parts.forEach((p, i) => {
        const v = p[m - 1];
        if (v !== undefined) ctx.number(ws, `${colLetter(2 + i)}${row}`, v);
      });
      const filled = parts.map((p) => p[m - 1]).filter((v) => v !== undefined);
      if (filled.length > 1 && formulas)
        formula(
          ws,
          `E${row}`,
          `SUM(B${row}:D${row})`,
          filled.reduce((a, b) => a + b, 0),
        );
      row++;
      if (partial !== null && year === 2025 && m === partial.to) {
        ctx.write(ws, `A${row}`, partial.text, "text", { italic: true });
        parts.forEach((p, i) => {
          if (p.length !== 12) return;
          const v = p.slice(partial.from - 1, partial.to).reduce((a, b) => a + b, 0);
          ctx.number(ws, `${colLetter(2 + i)}${row}`, v, { italic: true });
        });
        row++;
      }
    }
    ctx.write(ws, `A${row}`, totalWord.replace("{y}", String(year)), "label", { bold: true });
    let sum = 0;
    let shown = 0;
    AGENCIES.forEach((unit, i) => {
      const slot = { input: "political_articles", unit, year };
      if (ctx.value(file, ws, `${colLetter(2 + i)}${row}`, slot)) {
        sum += Number(ctx.data.value(slot));
        shown++;
      }
    });
    if (shown > 1) ctx.number(ws, `E${row}`, sum, { bold: true });
    if (rng.chance(0.3)) ctx.write(ws, `F${row}`, ctx.note(year), "text", { italic: true, wrap: true });
    grid(ws, 5, 1, row, 6);
    row++;
    ctx.write(ws, `A${row}`, rng.pick(B10_LOG.average), "text", { italic: true });
    AGENCIES.forEach((unit, i) => {
      const v = ctx.data.value({ input: "political_articles", unit, year });
      if (parts[i]?.length === 12 && typeof v === "number")
        ctx.number(ws, `${colLetter(2 + i)}${row}`, Math.round((v / 12) * 10) / 10);
    });
    if (year === years[0] && rng.chance(0.5)) {
      row++;
      ctx.write(ws, `A${row}`, B10_LOG.oldTotal, "text");
      AGENCIES.forEach((unit, i) =>
        ctx.number(ws, `${colLetter(2 + i)}${row}`, ctx.near("political_articles", unit, 0.9, 0.98, year)),
      );
      ws.getRow(row).hidden = true;
    }
  }
  generalSheet(ctx, wb, file);
  if (rng.chance(0.5)) {
    const ws = addSheet(wb, `Năm ${years[0] ?? 2025} (bản nháp)`, [22, 18, 18, 18]);
    hide(ws);
    headerRow(ctx, ws, 1, ["", ...AGENCIES.map((u) => ctx.agency(u, "log"))]);
    ctx.write(ws, "A2", totalWord.replace("{y}", String(years[0] ?? 2025)), "text");
    AGENCIES.forEach((unit, i) =>
      ctx.number(ws, `${colLetter(2 + i)}2`, ctx.near("political_articles", unit, 0.8, 0.95, years[0])),
    );
  }
  return [{ fileName: file, workbook: wb }];
}

/** Revenue by year, the status answers and the province's figures: agencies as columns, the province last. */
function generalSheet(ctx: Blind10Context, wb: ExcelJS.Workbook, file: string): void {
  const { rng } = ctx;
  const ws = addSheet(wb, B10_LOG.general, [56, 10, 18, 18, 18, 18]);
  headerRow(ctx, ws, 1, [
    "Chỉ tiêu",
    "ĐVT",
    ...AGENCIES.map((u) => ctx.agency(u, "log")),
    ctx.agency(PROVINCE, "log"),
  ]);
  let row = 2;
  const line = (label: string, measure: string) => {
    ctx.write(ws, `A${row}`, label, "label", { wrap: true });
    ctx.write(ws, `B${row}`, measure, "text", { align: "center" });
  };
  for (const year of ctx.data.years.revenue) {
    line(ctx.label("revenue", { year }), ctx.measure("revenue"));
    AGENCIES.forEach((unit, i) =>
      ctx.value(file, ws, `${colLetter(3 + i)}${row}`, { input: "revenue", unit, year }),
    );
    row++;
  }
  const status = [...new Set(AGENCIES.flatMap(statusInputsOf))];
  const items: Array<string | ReturnType<typeof decoysFor>[number]> = [...status];
  for (const d of decoysFor(ctx, rng.int(1, 2), ["staff_total", "staff_trained", "revenue"]))
    items.splice(rng.int(0, items.length), 0, d);
  for (const it of items) {
    if (typeof it === "string") {
      line(rng.chance(0.4) ? ctx.header(it, "log") : ctx.label(it), ctx.measure(it));
      AGENCIES.forEach((unit, i) => {
        if (statusInputsOf(unit).includes(it))
          ctx.value(file, ws, `${colLetter(3 + i)}${row}`, { input: it, unit });
      });
    } else {
      line(ctx.decoyLabel(it, "log"), it.measure);
      AGENCIES.forEach((unit, i) => ctx.number(ws, `${colLetter(3 + i)}${row}`, ctx.decoyValue(it, unit)));
    }
    row++;
  }
  for (const input of REMOTE) {
    line(rng.chance(0.5) ? ctx.header(input, "log") : ctx.label(input), ctx.measure(input));
    ctx.value(file, ws, `F${row}`, { input, unit: PROVINCE });
    row++;
  }
  grid(ws, 2, 1, row - 1, 6);
  if (rng.chance(0.4))
    ctx.write(ws, `A${row + 1}`, `(*) ${ctx.agency(MAGAZINE, "log")}: ${ctx.note()}`, "text", {
      italic: true,
    });
}

/** The part-of-year row of the 2025 log: its header and the months it adds up (first to last, both included). */
function partialRows(ctx: Blind10Context): { text: string; from: number; to: number } {
  const text = ctx.partialHeader(2025);
  const at = B10_PARTIAL_HEADERS.findIndex((h) => h.replace("{y}", "2025") === text);
  const [from, to] = (
    [
      [1, 9],
      [1, 6],
      [1, 9],
      [7, 9],
    ] as const
  )[at] ?? [1, 9];
  return { text, from, to };
}

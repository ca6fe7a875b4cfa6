/**
 * New layout families of the blind2 split (part 1): a department's appendix with several tables stacked on one
 * sheet, a checklist of ticks per agency beside a numeric table, and a flat database export (one value a row).
 */
import { grid, put, ref } from "../../fixtures/sheetKit";
import { isYearly, YEARS, type UnitId } from "../model";
import type { BuiltFile } from "../sheets";
import type { Blind2Context } from "./context";
import {
  AGENCIES,
  agencyStatusInputs,
  book,
  decoysAfter,
  decoyValue,
  footnotes,
  lastYearValue,
  planValue,
  preamble,
  PROVINCE,
  scratchSheet,
  sheet,
  YEARLY,
} from "./rows";
import { B2_CODES } from "./wordings";

const HEAD = { bold: true, align: "center" as const, wrap: true };
/** Plan columns of the appendix sit far right, where no later table has a value column. */
const PLAN_COL = 13;

/** Sở VHTTDL "phụ lục": one sheet, a table per theme, each with its own title and header. */
export function appendixStacked(ctx: Blind2Context): BuiltFile[] {
  const wb = book();
  const file = ctx.rng.pick([
    "PhuLuc_SoLieu_CDS_BaoChi.xlsx",
    "Phu luc kem BC 2025.xlsx",
    "PL-CĐS-báo chí.xlsx",
  ]);
  const ws = sheet(
    wb,
    ctx.rng.pick(["Phụ lục", "PL01", "Phu luc so lieu"]),
    [6, 30, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 14],
  );
  ctx.write(ws, "A1", "PHỤ LỤC", "upper", { bold: true });
  ctx.write(ws, "A2", "Số liệu chuyển đổi số của các cơ quan báo chí trên địa bàn tỉnh", "text", {
    italic: true,
  });
  let row = ctx.rng.chance(0.4) ? preamble(ctx, ws, 4, 10) : 4;
  const planned = ctx.rng.chance(0.6);
  let n = 0;
  const tableTitle = (text: string) => {
    n++;
    ctx.write(ws, `A${row}`, `Bảng ${n}. ${ctx.marked(text, 0.3)}`, "label", { bold: true });
    row++;
  };
  for (const input of YEARLY) {
    tableTitle(ctx.header(input, "title"));
    const years = ctx.data.years[input];
    const top = row;
    ctx.write(ws, ref(1, row), "TT", "text", HEAD);
    ctx.write(ws, ref(2, row), ctx.rng.pick(["Cơ quan báo chí", "Đơn vị"]), "text", HEAD);
    years.forEach((y, i) => put(ws, ref(3 + i, row), ctx.rng.chance(0.5) ? y : `Năm ${y}`, HEAD));
    if (planned) ctx.write(ws, ref(PLAN_COL, row), ctx.planHeader(), "text", HEAD);
    row++;
    AGENCIES.forEach((unit, k) => {
      put(ws, ref(1, row), k + 1, { align: "center" });
      ctx.write(ws, ref(2, row), ctx.agency(unit), "label");
      years.forEach((year, i) => ctx.value(file, ws, ref(3 + i, row), { input, unit, year }));
      if (planned) planValue(ctx, ws, ref(PLAN_COL, row), input, unit);
      row++;
    });
    if (ctx.rng.chance(0.6)) {
      ctx.write(ws, ref(2, row), ctx.rng.pick(["Cộng", "Tổng cộng toàn tỉnh"]), "label", { bold: true });
      years.forEach((year, i) => {
        let sum = 0;
        for (const unit of AGENCIES) {
          const v = ctx.data.value({ input, unit, year });
          if (typeof v === "number") sum += v;
        }
        put(ws, ref(3 + i, row), Math.round(sum * 10) / 10, { bold: true, numFmt: "#,##0" });
      });
      row++;
    }
    grid(ws, top, 1, row - 1, 2 + years.length);
    row += 2;
  }
  // Status table: agencies down, status inputs across (the licence only for the magazine).
  tableTitle(ctx.rng.pick(["Nhân lực, hạ tầng và cơ chế hoạt động", "Các chỉ tiêu định tính, nhân lực"]));
  const inputs = agencyStatusInputs();
  const decoys = ctx.rng.chance(0.6) ? decoysAfter(ctx, "staff_total", 1) : [];
  const top = row;
  ctx.write(ws, ref(1, row), "TT", "text", HEAD);
  ctx.write(ws, ref(2, row), "Đơn vị", "text", HEAD);
  inputs.forEach((input, i) => ctx.write(ws, ref(3 + i, row), ctx.header(input), "text", HEAD));
  decoys.forEach((d, i) => ctx.write(ws, ref(3 + inputs.length + i, row), d.text, "text", HEAD));
  ws.getRow(row).height = 45;
  row++;
  AGENCIES.forEach((unit, k) => {
    put(ws, ref(1, row), k + 1, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.agency(unit), "label");
    inputs.forEach((input, i) => {
      if (statusInputsOfUnit(unit).includes(input)) ctx.value(file, ws, ref(3 + i, row), { input, unit });
    });
    decoys.forEach((d, i) => decoyValue(ctx, ws, ref(3 + inputs.length + i, row), d.decoy, unit));
    row++;
  });
  grid(ws, top, 1, row - 1, 2 + inputs.length + decoys.length);
  row += 2;
  if (ctx.data.province) {
    tableTitle(ctx.rng.pick(["Người dân vùng khó khăn tiếp cận báo chí", "Tiếp cận thông tin vùng sâu, xa"]));
    const t = row;
    ctx.write(ws, ref(2, row), "Nội dung", "text", HEAD);
    ctx.write(ws, ref(3, row), "Số liệu", "text", HEAD);
    row++;
    for (const input of ["remote_population_total", "remote_population_reached"]) {
      const text = ctx.rng.chance(0.5) ? ctx.header(input) : ctx.label(input);
      ctx.write(ws, ref(2, row), ctx.marked(text), "label", { wrap: true });
      ctx.value(file, ws, ref(3, row), { input, unit: PROVINCE });
      row++;
      for (const d of decoysAfter(ctx, input)) {
        ctx.write(ws, ref(2, row), d.text, "label");
        decoyValue(ctx, ws, ref(3, row), d.decoy, PROVINCE);
        row++;
      }
    }
    grid(ws, t, 2, row - 1, 3);
  }
  footnotes(ctx, ws, row);
  if (ctx.rng.chance(0.5)) scratchSheet(ctx, wb, "nhap");
  return [{ fileName: file, workbook: wb }];
}

function statusInputsOfUnit(unit: UnitId): string[] {
  return unit === "tap-chi-van-nghe-lai-chau"
    ? agencyStatusInputs()
    : agencyStatusInputs().filter((i) => i !== "licensed");
}

/** A checklist (ticks per agency column) for the status answers, and a separate numeric table. */
export function checklist(ctx: Blind2Context): BuiltFile[] {
  const wb = book();
  const file = ctx.rng.pick(["Bang kiem CDS bao chi.xlsx", "Checklist_CĐS_2025.xlsx"]);
  const ws = sheet(
    wb,
    ctx.rng.pick(["Bảng kiểm", "Kiem tra tieu chi", "Checklist"]),
    [6, 50, 14, 14, 14, 20, 14],
  );
  ctx.write(ws, "A1", "BẢNG KIỂM TIÊU CHÍ CHUYỂN ĐỔI SỐ BÁO CHÍ", "upper", { bold: true });
  ctx.write(ws, "A2", `Đánh dấu ${ctx.ticks[0]} nếu đã đạt, ${ctx.ticks[1]} nếu chưa`, "text", {
    italic: true,
  });
  let row = ctx.rng.chance(0.35) ? preamble(ctx, ws, 3, 6) : 4;
  const top = row;
  ctx.write(ws, ref(1, row), "STT", "text", HEAD);
  ctx.write(ws, ref(2, row), ctx.rng.pick(["Tiêu chí", "Nội dung kiểm tra"]), "text", HEAD);
  AGENCIES.forEach((unit, i) => ctx.write(ws, ref(3 + i, row), ctx.agency(unit), "text", HEAD));
  ctx.write(ws, ref(6, row), "Ghi chú", "text", HEAD);
  row++;
  const ticked = [
    "digital_platforms",
    "ai_data_platform",
    "converged_newsroom",
    "autonomous",
    "security_level",
  ];
  let k = 0;
  for (const input of [...ticked, "licensed"]) {
    put(ws, ref(1, row), ++k, { align: "center" });
    ctx.write(ws, ref(2, row), ctx.marked(ctx.label(input, { unit: ctx.rng.chance(0.3) })), "label", {
      wrap: true,
    });
    AGENCIES.forEach((unit, i) => {
      if (input === "licensed" && unit !== "tap-chi-van-nghe-lai-chau") return;
      ctx.tick(file, ws, ref(3 + i, row), { input, unit });
    });
    if (ctx.rng.chance(0.2)) ctx.write(ws, ref(6, row), ctx.note(), "text", { italic: true });
    row++;
    for (const d of decoysAfter(ctx, input, 0.7)) {
      put(ws, ref(1, row), ++k, { align: "center" });
      ctx.write(ws, ref(2, row), d.text, "label");
      AGENCIES.forEach((unit, i) => {
        if (d.decoy.value === "word")
          ctx.write(ws, ref(3 + i, row), ctx.rng.chance(0.5) ? ctx.ticks[0] : ctx.ticks[1], "word");
        else decoyValue(ctx, ws, ref(3 + i, row), d.decoy, unit);
      });
      row++;
    }
  }
  grid(ws, top, 1, row - 1, 6);
  row += 2;
  // The numeric table: indicators down (a row per year for the series), agencies across, a total and a target.
  ctx.write(ws, `A${row}`, ctx.rng.pick(["B. SỐ LIỆU ĐỊNH LƯỢNG", "II. Các chỉ tiêu có số liệu"]), "upper", {
    bold: true,
  });
  row++;
  const t = row;
  ctx.write(ws, ref(2, row), "Chỉ tiêu", "text", HEAD);
  AGENCIES.forEach((unit, i) => ctx.write(ws, ref(3 + i, row), ctx.agency(unit, "num"), "text", HEAD));
  ctx.write(ws, ref(6, row), ctx.rng.pick(["Tổng", "Cộng 3 đơn vị"]), "text", HEAD);
  const planned = ctx.rng.chance(0.6);
  if (planned) ctx.write(ws, ref(7, row), ctx.planHeader(), "text", HEAD);
  row++;
  const rows: Array<{ input: string; year?: number }> = [
    { input: "staff_total" },
    { input: "staff_trained" },
    ...YEARLY.flatMap((input) => ctx.data.years[input].map((year) => ({ input, year }))),
  ];
  for (const r of rows) {
    const text = ctx.label(r.input, r.year === undefined ? {} : { year: r.year });
    ctx.write(ws, ref(2, row), text, "label", { wrap: true });
    let sum = 0;
    AGENCIES.forEach((unit, i) => {
      const slot = r.year === undefined ? { input: r.input, unit } : { input: r.input, unit, year: r.year };
      ctx.value(file, ws, ref(3 + i, row), slot);
      const v = ctx.data.value(slot);
      if (typeof v === "number") sum += v;
    });
    put(ws, ref(6, row), { formula: `SUM(C${row}:E${row})`, result: Math.round(sum * 10) / 10 });
    if (planned && (r.year === undefined || r.year === 2025))
      put(ws, ref(7, row), Math.round(sum * 1.2), { numFmt: "#,##0" });
    row++;
  }
  grid(ws, t, 2, row - 1, planned ? 7 : 6);
  if (ctx.data.province) {
    const pw = sheet(wb, ctx.rng.pick(["Vùng sâu vùng xa", "VSVX"]), [50, 16, 16]);
    ctx.write(pw, "A1", ctx.agency(PROVINCE), "upper", { bold: true });
    ctx.write(pw, "A3", "Nội dung", "text", HEAD);
    ctx.write(pw, "B3", "Năm 2025", "text", HEAD);
    ctx.write(pw, "C3", ctx.lastYearHeader(), "text", HEAD);
    ["remote_population_total", "remote_population_reached"].forEach((input, i) => {
      ctx.write(pw, `A${4 + i}`, ctx.label(input), "label", { wrap: true });
      ctx.value(file, pw, `B${4 + i}`, { input, unit: PROVINCE });
      lastYearValue(ctx, pw, `C${4 + i}`, input, PROVINCE);
    });
  }
  if (ctx.rng.chance(0.4)) scratchSheet(ctx, wb, "tmp");
  return [{ fileName: file, workbook: wb }];
}

const EXPORT_HEADERS: ReadonlyArray<readonly string[]> = [
  ["unit_code", "unit_name", "indicator_code", "indicator_name", "period", "value_type", "value", "uom"],
  ["MaDV", "TenDV", "MaCT", "TenCT", "Ky", "Loai", "GiaTri", "DVT"],
  ["Ma don vi", "Don vi", "Ma chi tieu", "Ten chi tieu", "Nam", "Loai so lieu", "So lieu", "Don vi tinh"],
];
const UNIT_CODES: Readonly<Record<UnitId, string>> = {
  "bao-lai-chau": "BLC",
  "dai-ptth-lai-chau": "PTTH",
  "tap-chi-van-nghe-lai-chau": "VNLC",
  "tinh-lai-chau": "LCI",
};

/** A flat export from a reporting system: one value per row, with actual (TH) and plan (KH) rows mixed. */
export function flatExport(ctx: Blind2Context): BuiltFile[] {
  const wb = book();
  const file = ctx.rng.pick(["export_chitieu_2025.xlsx", "du_lieu_tong_hop.xlsx", "BC_CDS_export.xlsx"]);
  const ws = sheet(wb, ctx.rng.pick(["Data", "export", "Sheet1"]), [10, 28, 10, 46, 10, 10, 12, 12]);
  const headers = ctx.rng.pick(EXPORT_HEADERS);
  headers.forEach((h, i) => put(ws, ref(i + 1, 1), h, { bold: true }));
  const [actual, plan] = ctx.rng.pick([
    ["TH", "KH"],
    ["ACT", "PLAN"],
    ["Thực hiện", "KH"],
  ] as const);
  const named = ctx.rng.chance(0.5);
  const byIndicator = ctx.rng.chance(0.5);
  const units: UnitId[] = ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
  const inputsOf = (unit: UnitId) =>
    unit === PROVINCE
      ? ["remote_population_total", "remote_population_reached"]
      : [...YEARLY, ...statusInputsOfUnit(unit)];
  const pairs = byIndicator
    ? [...YEARLY, ...agencyStatusInputs(), "remote_population_total", "remote_population_reached"].flatMap(
        (input) => units.filter((u) => inputsOf(u).includes(input)).map((unit) => ({ input, unit })),
      )
    : units.flatMap((unit) => inputsOf(unit).map((input) => ({ input, unit })));
  let row = 2;
  const line = (unit: UnitId, input: string, period: string, type: string) => {
    put(ws, ref(1, row), UNIT_CODES[unit]);
    ctx.write(ws, ref(2, row), ctx.agency(unit), "label");
    put(ws, ref(3, row), B2_CODES[input] ?? "");
    ctx.write(ws, ref(4, row), named ? ctx.wording(input) : ctx.header(input), "label");
    put(ws, ref(5, row), /^\d+$/.test(period) ? Number(period) : period);
    ctx.write(ws, ref(6, row), type, "text");
    ctx.write(ws, ref(8, row), ctx.measure(input), "text");
  };
  for (const { input, unit } of pairs) {
    if (isYearly(input)) {
      for (const year of YEARS) {
        if (!ctx.data.years[input].includes(year)) continue;
        const slot = { input, unit, year };
        if (!ctx.data.shown(slot) && ctx.rng.chance(0.6)) continue;
        line(unit, input, String(year), actual);
        ctx.value(file, ws, ref(7, row), slot);
        row++;
      }
      if (ctx.rng.chance(0.5)) {
        line(unit, input, "2025", plan);
        planValue(ctx, ws, ref(7, row), input, unit);
        row++;
      }
    } else {
      if (!ctx.data.shown({ input, unit }) && ctx.rng.chance(0.6)) continue;
      if (input === "staff_total" && ctx.rng.chance(0.5)) {
        line(unit, input, "2024", actual);
        lastYearValue(ctx, ws, ref(7, row), input, unit);
        row++;
      }
      line(unit, input, ctx.rng.pick(["2025", "31/12/2025"]), actual);
      ctx.value(file, ws, ref(7, row), { input, unit });
      row++;
    }
  }
  ws.autoFilter = { from: "A1", to: ref(8, row - 1) };
  if (ctx.rng.chance(0.6)) {
    const lk = sheet(wb, ctx.rng.pick(["lookup", "DM_ChiTieu"]), [10, 50]);
    if (ctx.rng.chance(0.5)) lk.state = "hidden";
    Object.entries(B2_CODES).forEach(([input, code], i) => {
      put(lk, `A${i + 1}`, code);
      ctx.write(lk, `B${i + 1}`, ctx.header(input, "lookup"), "label");
    });
  }
  return [{ fileName: file, workbook: wb }];
}

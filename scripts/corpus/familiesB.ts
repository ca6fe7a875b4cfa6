/**
 * Families 4–6: a workbook per agency (the unit only in the file name, the title or the "Đơn vị báo cáo" line);
 * a long list (Đơn vị | Chỉ tiêu | Năm | Giá trị); indicators as columns with agencies as rows.
 */
import { addSheet, grid, newWorkbook, put, ref } from "../fixtures/sheetKit";
import type { CaseContext } from "./context";
import { gridBody, gridCols, gridHeader, gridWidths, pickGrid } from "./grid";
import {
  AGENCIES,
  isYearly,
  kindOf,
  nearMiss,
  PROVINCE,
  statusInputsOf,
  YEARLY,
  type Slot,
  type UnitId,
} from "./model";
import { items, provinceItems } from "./rows";
import {
  FILE_SLUGS,
  masthead,
  RECEIVERS,
  sheetName,
  signature,
  title,
  unionYears,
  type BuiltFile,
} from "./sheets";
import { decoyLabel, pickDecoys, scratchSheet, staleSheet, writeDecoy, writePlan } from "./traps";
import { PLAN_HEADERS, type DecoyRow } from "./wordings";

function unitsOf(ctx: CaseContext): UnitId[] {
  return ctx.data.province ? [...AGENCIES, PROVINCE] : [...AGENCIES];
}

// 4. One workbook per agency; which unit it is, is said in one place only.
export function workbookPerAgency(ctx: CaseContext): BuiltFile[] {
  const { rng, data } = ctx;
  const base = pickGrid(ctx, unionYears(data));
  const neutral = rng.int(0, 2);
  return unitsOf(ctx).map((unit, i) => {
    const cue = rng.pick(["file", "title", "reporter"] as const);
    const slug = rng.pick(FILE_SLUGS[unit]);
    const fileName =
      cue === "file"
        ? rng.pick([`${slug}_BC_CDS_2025.xlsx`, `BC CĐS 2025 - ${slug}.xlsx`, `${slug}.xlsx`])
        : ([`bao-cao-${i + 1}.xlsx`, `Book${i + 1}.xlsx`, `BC CDS 2025 (${i + 1}).xlsx`][neutral] ??
          `bc-${i + 1}.xlsx`);
    const wb = newWorkbook();
    const province = unit === PROVINCE;
    const cfg = {
      ...base,
      key: `file${i}`,
      ...(province ? { years: [], status: "separate" as const, total: null, twoRow: false, plan: null } : {}),
      stt: rng.chance(0.7),
    };
    const cols = gridCols(cfg);
    const ws = addSheet(wb, rng.pick(["Sheet1", "Báo cáo", "Số liệu", "Biểu 01"]), gridWidths(cfg));
    masthead(ctx, ws, null, cols.last);
    const agency = province ? ctx.agency(PROVINCE, `file${i}`) : ctx.agency(unit, `file${i}`);
    const heading = "Báo cáo số liệu chuyển đổi số báo chí năm 2025";
    title(
      ctx,
      ws,
      4,
      cols.last,
      cue === "title" ? `${heading} - ${agency}` : heading,
      "(Số liệu tính đến ngày 20/11/2025)",
    );
    if (cue === "reporter") {
      ctx.write(ws, "B6", `Đơn vị báo cáo: ${agency}`, "text", { bold: true });
      ctx.write(ws, "B7", `Đơn vị nhận báo cáo: ${rng.pick(RECEIVERS)}`, "text", { italic: true });
    }
    const first = gridHeader(ctx, ws, 9, cfg, cols);
    const list = province
      ? provinceItems(ctx, { omitGaps: rng.chance(0.5) })
      : items(ctx, unit, { omitGaps: rng.chance(0.5) });
    const end = gridBody(ctx, ws, fileName, unit, first, cfg, cols, list);
    signature(ctx, ws, end + 1, cols.last);
    // Traps naming the agency would give the unit away: only where the unit is said inside anyway.
    if (cue !== "file" && !province && rng.chance(0.3))
      staleSheet(ctx, wb, [unit], (slot) => data.shown(slot));
    return { fileName, workbook: wb };
  });
}

type Rec = {
  unit: UnitId;
  input?: string;
  decoy?: DecoyRow;
  year: number;
  kind: "actual" | "plan" | "stale";
};

// 5. A long list: one row per (agency, indicator, year).
export function longList(ctx: CaseContext): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = rng.pick(["du-lieu-chi-tieu.xlsx", "CSDL chi tieu bao chi.xlsx", "Data_3414.xlsx"]);
  const wb = newWorkbook();
  const hasKind = rng.chance(0.5);
  const hasMeasure = rng.chance(0.5);
  const kindFirst = rng.chance(0.5);
  const records: Rec[] = [];
  for (const unit of unitsOf(ctx)) {
    const inputs = unit === PROVINCE ? statusInputsOf(unit) : [...YEARLY, ...statusInputsOf(unit)];
    for (const input of inputs) {
      const years = isYearly(input) ? data.years[input] : [2025];
      for (const year of years) {
        const slot: Slot = isYearly(input) ? { input, unit, year } : { input, unit };
        if (data.shown(slot) || rng.chance(0.3)) records.push({ unit, input, year, kind: "actual" });
      }
      if (hasKind && rng.chance(0.5)) records.push({ unit, input, year: 2025, kind: "plan" });
      if (!isYearly(input) && data.shown({ input, unit }) && rng.chance(0.2)) {
        records.push({ unit, input, year: 2024, kind: "stale" });
      }
      for (const decoy of pickDecoys(ctx, input, 0.35)) {
        for (const year of isYearly(input) ? years : [2025])
          records.push({ unit, decoy, year, kind: "actual" });
      }
    }
  }
  const order = rng.int(0, 3);
  const inputRank = (r: Rec) =>
    [...YEARLY, ...statusInputsOf("tap-chi-van-nghe-lai-chau")].indexOf(r.input ?? r.decoy?.near ?? "");
  const unitRank = (r: Rec) => unitsOf(ctx).indexOf(r.unit);
  const sorted =
    order === 3
      ? rng.shuffle(records)
      : [...records].sort((a, b) =>
          order === 0
            ? unitRank(a) - unitRank(b) || inputRank(a) - inputRank(b) || a.year - b.year
            : order === 1
              ? inputRank(a) - inputRank(b) || unitRank(a) - unitRank(b) || a.year - b.year
              : a.year - b.year || unitRank(a) - unitRank(b) || inputRank(a) - inputRank(b),
        );

  let c = 1;
  const stt = rng.chance(0.6) ? c++ : undefined;
  const unitCol = c++;
  const labelCol = c++;
  const measureCol = hasMeasure ? c++ : undefined;
  const yearCol = c++;
  const kindCol0 = hasKind && kindFirst ? c++ : undefined;
  const valueCol = c++;
  const kindCol = kindCol0 ?? (hasKind ? c++ : undefined);
  const notesCol = rng.chance(0.4) ? c++ : undefined;
  const last = c - 1;
  const widths = Array.from({ length: last }, (_, i) =>
    i + 1 === labelCol ? 50 : i + 1 === unitCol ? 28 : 12,
  );
  const ws = addSheet(wb, sheetName(wb, rng.pick(["Dữ liệu", "DATA", "Tong hop", "CSDL"])), widths);
  let top = 1;
  if (rng.chance(0.5)) {
    title(ctx, ws, 1, last, "Cơ sở dữ liệu chỉ tiêu chuyển đổi số báo chí", "(Đơn vị tự nhập, Sở tổng hợp)");
    top = 4;
  }
  const head = { bold: true, align: "center" as const, wrap: true };
  const headers: Array<[number | undefined, string]> = [
    [stt, "STT"],
    [unitCol, rng.pick(["Đơn vị", "Cơ quan báo chí", "Đơn vị báo cáo"])],
    [labelCol, rng.pick(["Chỉ tiêu", "Tên chỉ tiêu", "Nội dung"])],
    [measureCol, "ĐVT"],
    [yearCol, rng.pick(["Năm", "Năm báo cáo", "Kỳ"])],
    [kindCol, rng.pick(["Loại số liệu", "Loại", "KH/TH"])],
    [valueCol, rng.pick(["Giá trị", "Số liệu", "Kết quả", "Giá trị thực hiện"])],
    [notesCol, "Ghi chú"],
  ];
  for (const [col, text] of headers) if (col !== undefined) ctx.write(ws, ref(col, top), text, "text", head);
  const yearStyle = rng.int(0, 2);
  const actualWord = rng.pick(["Thực hiện", "TH", "Ước TH"]);
  const planWord = rng.pick(PLAN_HEADERS);
  const unitInLabel = !hasMeasure && rng.chance(0.5);
  let row = top + 1;
  sorted.forEach((r, i) => {
    if (stt !== undefined) put(ws, ref(stt, row), i + 1, { align: "center" });
    ctx.write(ws, ref(unitCol, row), ctx.agency(r.unit, `row${rng.int(0, 1)}`), "text");
    const input = r.input ?? r.decoy?.near ?? "";
    const text = r.decoy ? decoyLabel(ctx, r.decoy) : ctx.label(input, { unit: unitInLabel });
    ctx.write(ws, ref(labelCol, row), text, "label", { wrap: true });
    if (measureCol !== undefined)
      ctx.write(ws, ref(measureCol, row), ctx.measure(input, r.decoy), "text", { align: "center" });
    if (yearStyle === 0) put(ws, ref(yearCol, row), r.year, { align: "center" });
    else
      ctx.write(ws, ref(yearCol, row), yearStyle === 1 ? String(r.year) : `Năm ${r.year}`, "text", {
        align: "center",
      });
    if (kindCol !== undefined)
      ctx.write(
        ws,
        ref(kindCol, row),
        r.kind === "plan" ? planWord : r.year < 2025 ? "TH" : actualWord,
        "text",
        {
          align: "center",
        },
      );
    const slot: Slot = isYearly(input) ? { input, unit: r.unit, year: r.year } : { input, unit: r.unit };
    const at = ref(valueCol, row);
    if (r.decoy) writeDecoy(ctx, ws, at, r.decoy, r.unit, r.year);
    else if (r.kind === "plan") writePlan(ctx, ws, at, slot);
    else if (r.kind === "stale") {
      const v = data.value(slot);
      const word = ctx.words(input, v);
      if (word !== null) ctx.write(ws, at, word, "word", { align: "center" });
      else if (typeof v === "number")
        ctx.number(ws, at, input === "security_level" ? v : nearMiss(rng, v, 0.85, 0.99));
    } else ctx.value(fileName, ws, at, slot);
    if (notesCol !== undefined && rng.chance(0.15))
      ctx.write(ws, ref(notesCol, row), ctx.note(r.year), "text", { italic: true });
    row++;
  });
  grid(ws, top, 1, row - 1, last);
  ws.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: last } };
  if (rng.chance(0.3)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

// 6. Transposed: indicators as columns (years under each yearly one), agencies as rows, a "Cộng" row below.
export function transposed(ctx: CaseContext): BuiltFile[] {
  const { rng, data } = ctx;
  const fileName = rng.pick([
    "bang-tong-hop-theo-don-vi.xlsx",
    "TH chi tieu theo co quan.xlsx",
    "Bang 1 - chi tieu.xlsx",
  ]);
  const wb = newWorkbook();
  const unitInLabel = rng.chance(0.5);
  const bareYears = rng.chance(0.5);
  const yearText = (y: number) => (bareYears ? String(y) : `Năm ${y}`);
  type Col = { col: number; input?: string; year?: number; plan?: boolean; decoy?: DecoyRow };
  const columns: Col[] = [];
  let c = 3;
  const groups: Array<{ from: number; to: number; text: string }> = [];
  const singles: Array<{ col: number; text: string }> = [];
  const planWord = rng.pick(PLAN_HEADERS);
  for (const input of YEARLY) {
    const from = c;
    for (const year of data.years[input]) columns.push({ col: c++, input, year });
    const planAt = rng.chance(0.4) ? c++ : undefined;
    if (planAt !== undefined) columns.push({ col: planAt, input, year: 2025, plan: true });
    groups.push({ from, to: c - 1, text: ctx.label(input, { unit: unitInLabel }) });
    for (const decoy of pickDecoys(ctx, input, 0.4)) {
      columns.push({ col: c, decoy, year: 2025 });
      singles.push({ col: c++, text: `${decoyLabel(ctx, decoy)} năm 2025` });
    }
  }
  for (const input of statusInputsOf("tap-chi-van-nghe-lai-chau")) {
    columns.push({ col: c, input });
    singles.push({ col: c++, text: ctx.label(input, { unit: unitInLabel }) });
    for (const decoy of pickDecoys(ctx, input, 0.25)) {
      columns.push({ col: c, decoy });
      singles.push({ col: c++, text: decoyLabel(ctx, decoy) });
    }
  }
  const last = c - 1;
  const ws = addSheet(wb, sheetName(wb, rng.pick(["Tổng hợp", "Bảng 1", "TH theo đơn vị"])), [
    6,
    30,
    ...Array<number>(last - 2).fill(13),
  ]);
  masthead(ctx, ws, PROVINCE, Math.min(last, 12));
  title(
    ctx,
    ws,
    4,
    Math.min(last, 12),
    "Tổng hợp chỉ tiêu chuyển đổi số theo cơ quan báo chí",
    "(Số liệu đến ngày 20/11/2025)",
  );
  const top = 7;
  const head = { bold: true, align: "center" as const, wrap: true };
  ctx.writeMerged(ws, `A${top}:A${top + 1}`, "TT", "text", head);
  ctx.writeMerged(ws, `B${top}:B${top + 1}`, rng.pick(["Cơ quan báo chí", "Đơn vị"]), "text", head);
  for (const g of groups) {
    ctx.writeMerged(ws, `${ref(g.from, top)}:${ref(g.to, top)}`, g.text, "label", head);
    for (const col of columns.filter((x) => x.col >= g.from && x.col <= g.to)) {
      ctx.write(
        ws,
        ref(col.col, top + 1),
        col.plan ? `${planWord} 2025` : yearText(col.year ?? 2025),
        "text",
        head,
      );
    }
  }
  for (const s of singles)
    ctx.writeMerged(ws, `${ref(s.col, top)}:${ref(s.col, top + 1)}`, s.text, "label", head);
  ws.getRow(top).height = 60;
  let row = top + 2;
  const agencies = rng.chance(0.3) ? rng.shuffle(AGENCIES) : [...AGENCIES];
  const sums = new Map<number, number>();
  agencies.forEach((unit, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(ws, `B${row}`, ctx.agency(unit), "text", { wrap: true });
    for (const col of columns) {
      const at = ref(col.col, row);
      if (col.decoy) writeDecoy(ctx, ws, at, col.decoy, unit, col.year);
      else if (col.input !== undefined && (isYearly(col.input) || statusInputsOf(unit).includes(col.input))) {
        const slot: Slot =
          col.year !== undefined ? { input: col.input, unit, year: col.year } : { input: col.input, unit };
        if (col.plan) writePlan(ctx, ws, at, slot);
        else if (ctx.value(fileName, ws, at, slot)) {
          const v = data.value(slot);
          if (typeof v === "number" && kindOf(col.input) !== "level")
            sums.set(col.col, (sums.get(col.col) ?? 0) + v);
        }
      }
    }
    row++;
  });
  if (rng.chance(0.6)) {
    ctx.write(ws, `B${row}`, rng.pick(["Cộng", "Tổng cộng", "Tổng số"]), "text", { bold: true });
    for (const [col, total] of sums) {
      const range = `${ref(col, top + 2)}:${ref(col, row - 1)}`;
      put(
        ws,
        ref(col, row),
        { formula: `SUM(${range})`, result: Math.round(total * 10) / 10 },
        { bold: true, numFmt: "#,##0" },
      );
    }
    row++;
  }
  grid(ws, top, 1, row - 1, last);
  if (data.province) provinceTable(ctx, ws, fileName, row + 2);
  if (rng.chance(0.3)) scratchSheet(ctx, wb, AGENCIES);
  return [{ fileName, workbook: wb }];
}

/** The small province table under the agencies: population, reached, and a ratio formula (never truth). */
function provinceTable(
  ctx: CaseContext,
  ws: ReturnType<typeof addSheet>,
  fileName: string,
  top: number,
): void {
  const head = { bold: true, align: "center" as const, wrap: true };
  ctx.write(ws, `B${top - 1}`, "Tiếp cận thông tin của người dân vùng sâu, vùng xa", "upper", { bold: true });
  [
    "TT",
    "Địa bàn",
    ctx.label("remote_population_total"),
    ctx.label("remote_population_reached"),
    "Tỷ lệ (%)",
  ].forEach((text, i) => ctx.write(ws, ref(i + 1, top), text, i >= 2 ? "label" : "text", head));
  put(ws, `A${top + 1}`, 1, { align: "center" });
  ctx.write(ws, `B${top + 1}`, ctx.agency(PROVINCE), "text");
  const total = ctx.value(fileName, ws, `C${top + 1}`, { input: "remote_population_total", unit: PROVINCE });
  const reached = ctx.value(fileName, ws, `D${top + 1}`, {
    input: "remote_population_reached",
    unit: PROVINCE,
  });
  if (total && reached) {
    const t = ctx.data.value({ input: "remote_population_total", unit: PROVINCE });
    const r = ctx.data.value({ input: "remote_population_reached", unit: PROVINCE });
    if (typeof t === "number" && typeof r === "number") {
      put(ws, `E${top + 1}`, {
        formula: `ROUND(D${top + 1}/C${top + 1}*100,1)`,
        result: Math.round((r / t) * 1000) / 10,
      });
    }
  }
  grid(ws, top, 1, top + 1, 5);
}

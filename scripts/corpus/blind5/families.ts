/**
 * Three blind5 layouts: a department's monitoring log appended entry by entry (with corrected entries struck
 * through), an export from an online reporting system (relative periods, codes, 1/0 answers, a hidden ID column
 * and a hidden copy of the last submission), and the department's template returned by each agency with its own
 * inserted columns, comments, drop-down lists and a hidden list sheet.
 */
import { addSheet, grid, newWorkbook, put, ref, vnNumberText } from "../../fixtures/sheetKit";
import { isYearly, kindOf, nearMiss, PROVINCE, type UnitId } from "../model";
import { FILE_SLUGS, masthead, sheetName, signature, title, type BuiltFile } from "../sheets";
import type { Blind5Context } from "./context";
import {
  inputsOf,
  previousOf,
  rowsOf,
  slotOf,
  targetOf,
  unitsOf,
  writeAnswer,
  writeDecoy,
  type Row,
} from "./rows";
import { B5_CLERKS, B5_COMMENTS, B5_PERIOD_HEADERS, B5_SUPERSEDED, type B5Decoy } from "./wordings";

type Entry = {
  day: number;
  unit: UnitId;
  input: string;
  year?: number;
  what: "value" | "wrong" | "plan" | "decoy";
  decoy?: B5Decoy;
  fixedBy?: Entry;
};

/** Days since 01/10/2023 on which a figure for `year` is typed in. */
function periodStart(year: number | undefined): number {
  if (year === undefined || year === 2025) return 770;
  return year <= 2022 ? 5 : year === 2023 ? 105 : 470;
}

function dateOf(day: number): Date {
  return new Date(Date.UTC(2023, 9, 1 + day));
}

/** b5-monitoring-log: one row per figure typed in, oldest first; wrong figures struck through and re-entered. */
export function monitoringLog(ctx: Blind5Context): BuiltFile[] {
  const { rng, data } = ctx;
  const file = ctx.choose("file", ["So theo doi chi tieu 3414.xlsx", "NhatKy_SoLieu_CDSBC.xlsx"]);
  const wb = newWorkbook();
  const short = rng.chance(0.5);
  const entries: Entry[] = [];
  for (const unit of unitsOf(ctx)) {
    for (const input of inputsOf(unit)) {
      const years = isYearly(input) ? data.years[input] : [undefined];
      for (const year of years) {
        const slot = slotOf(input, unit, year);
        if (!data.shown(slot) && !rng.chance(0.3)) continue;
        const day = periodStart(year) + rng.int(0, 12);
        const entry: Entry = { day, unit, input, year, what: "value" };
        entries.push(entry);
        const v = data.value(slot);
        if (data.shown(slot) && typeof v === "number" && kindOf(input) !== "level" && rng.chance(0.06))
          entries.push({ day: day - rng.int(3, 9), unit, input, year, what: "wrong", fixedBy: entry });
      }
      if (isYearly(input) && unit !== PROVINCE && rng.chance(0.3))
        entries.push({ day: periodStart(2024) + rng.int(0, 30), unit, input, year: 2025, what: "plan" });
    }
  }
  for (let i = rng.int(1, 3); i > 0; i--) {
    const unit = rng.pick(unitsOf(ctx).filter((u) => u !== PROVINCE));
    const [decoy] = rowsOf(ctx, unit, [], 1).flatMap((r) => (r.kind === "decoy" ? [r.decoy] : []));
    if (decoy)
      entries.push({
        day: periodStart(2025) + rng.int(0, 12),
        unit,
        input: decoy.near,
        what: "decoy",
        decoy,
      });
  }
  entries.sort((a, b) => a.day - b.day);
  const head = [
    "STT",
    "Ngày cập nhật",
    "Đơn vị",
    "Nội dung số liệu",
    "Năm",
    "Số liệu",
    "ĐVT",
    "Người nhập",
    "Ghi chú",
  ];
  const ws = addSheet(
    wb,
    sheetName(wb, ctx.choose("sheet", ["Nhật ký cập nhật", "Sổ theo dõi"])),
    [6, 13, 26, 50, 10, 14, 10, 18, 34],
  );
  title(ctx, ws, 1, head.length, "Sổ theo dõi số liệu thực hiện chuyển đổi số báo chí tỉnh Lai Châu");
  ctx.write(ws, "A2", "(Cập nhật theo báo cáo của các cơ quan báo chí và số liệu chung của tỉnh)", "text", {
    italic: true,
  });
  head.forEach((h, i) =>
    ctx.write(ws, ref(i + 1, 4), h, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.autoFilter = `A4:I4`;
  ws.views = [{ state: "frozen", ySplit: 4 }];
  const rowOf = new Map<Entry, number>(entries.map((e, i) => [e, 5 + i]));
  entries.forEach((e, i) => {
    const row = 5 + i;
    put(ws, ref(1, row), i + 1, { align: "center" });
    put(ws, ref(2, row), dateOf(e.day), { numFmt: "dd/mm/yyyy", align: "center" });
    ctx.write(ws, ref(3, row), ctx.agency(e.unit, "log"), "text");
    const label =
      e.decoy !== undefined
        ? ctx.decoyLabel(e.decoy)
        : short || e.unit === PROVINCE
          ? ctx.header(e.input, e.unit)
          : ctx.wording(e.input, "log");
    ctx.write(ws, ref(4, row), label, "label", { wrap: true });
    const at = ref(6, row);
    const slot = slotOf(e.input, e.unit, e.year);
    if (e.what === "plan") ctx.write(ws, ref(5, row), ctx.planHeader(2025), "text", { align: "center" });
    else if (e.year !== undefined) put(ws, ref(5, row), e.year, { align: "center" });
    else ctx.write(ws, ref(5, row), e.what === "decoy" ? "2025" : "Hiện tại", "text", { align: "center" });
    ctx.write(ws, ref(7, row), ctx.measure(e.input, e.decoy), "text", { align: "center" });
    ctx.write(ws, ref(8, row), ctx.choose(`clerk|${e.unit}`, B5_CLERKS), "text");
    if (e.what === "decoy" && e.decoy) writeDecoy(ctx, ws, at, e.decoy, e.unit, 2025);
    else if (e.what === "plan") writeAnswer(ctx, ws, at, e.input, targetOf(ctx, slot));
    else if (e.what === "wrong") {
      const v = ctx.data.value(slot);
      ctx.number(ws, at, typeof v === "number" ? nearMiss(rng, v) : 0);
      const fixed = e.fixedBy ? (rowOf.get(e.fixedBy) ?? 0) - 4 : 0;
      ctx.write(ws, ref(9, row), rng.pick(B5_SUPERSEDED).replace("{k}", String(fixed)), "text", {
        italic: true,
      });
      for (let c = 1; c <= head.length; c++)
        ws.getCell(row, c).font = { ...ws.getCell(row, c).font, strike: true };
    } else if (!ctx.value(file, ws, at, slot)) {
      if (!ws.getCell(at).value) ctx.write(ws, at, "Chưa báo cáo", "word", { align: "center" });
    } else if (entries.some((x) => x.fixedBy === e))
      ctx.write(ws, ref(9, row), "Đính chính số liệu", "text", { italic: true });
    else if (rng.chance(0.15)) ctx.write(ws, ref(9, row), ctx.note(e.year ?? 2025), "text", { italic: true });
  });
  grid(ws, 4, 1, 4 + entries.length, head.length);
  if (rng.chance(0.6)) {
    const dm = addSheet(wb, "DM", [30, 60]);
    unitsOf(ctx).forEach((u, i) => ctx.write(dm, ref(1, i + 1), ctx.agency(u, "log")));
    dm.state = "hidden";
  }
  return [{ fileName: file, workbook: wb }];
}

/** b5-system-export: every unit's rows in one flat table, periods relative to the report year in the header. */
export function systemExport(ctx: Blind5Context): BuiltFile[] {
  const { rng, data } = ctx;
  const stamp = `2025112${rng.int(0, 4)}_${String(rng.int(80000, 175959)).padStart(6, "0")}`;
  const file = `BCCDS_BC_${stamp}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(
    wb,
    rng.pick(["Sheet1", "KetQua", "Export"]),
    [8, 10, 30, 10, 52, 12, 9, 13, 13, 13, 13, 10, 14, 20],
  );
  const lines = [
    "HỆ THỐNG THÔNG TIN BÁO CÁO TỈNH LAI CHÂU",
    "Biểu: BC-CĐSBC-01 - Kết quả triển khai chuyển đổi số báo chí",
    "Kỳ báo cáo: Năm 2025",
    `Ngày xuất dữ liệu: ${stamp.slice(6, 8)}/11/2025 ${stamp.slice(9, 11)}:${stamp.slice(11, 13)}`,
  ];
  lines.forEach((t, i) => ctx.write(ws, `A${i + 1}`, t, i === 0 ? "upper" : "text", { bold: i < 3 }));
  const prev = ctx.choose("prev", B5_PERIOD_HEADERS.previous);
  const cur = ctx.choose("cur", B5_PERIOD_HEADERS.current);
  const head = ["ID", "Mã ĐV", "Tên đơn vị", "Mã CT", "Tên chỉ tiêu", "ĐVT", "Năm gốc"];
  head.push(
    ctx.choose("base", B5_PERIOD_HEADERS.base),
    prev,
    cur,
    `${ctx.planHeader(2025)}`,
    "% TH/KH",
    "Trạng thái",
    "Tên rút gọn",
  );
  head.forEach((h, i) =>
    ctx.write(ws, ref(i + 1, 6), h, "text", { bold: true, align: "center", wrap: true }),
  );
  ws.getColumn(1).hidden = true;
  const rows: Array<{ unit: UnitId; row: Row; code: string }> = [];
  unitsOf(ctx).forEach((unit) => {
    rowsOf(ctx, unit, inputsOf(unit), rng.int(0, 1)).forEach((row, k) =>
      rows.push({ unit, row, code: `CT${String(k + 1).padStart(2, "0")}` }),
    );
  });
  const byCode = rng.chance(0.4);
  if (byCode) rows.sort((a, b) => a.code.localeCompare(b.code));
  const raw: Array<[string, string, number]> = [];
  let r = 7;
  for (const { unit, row, code } of rows) {
    put(ws, ref(1, r), 100000 + rng.int(1000, 99999));
    ctx.write(ws, ref(2, r), unit === PROVINCE ? "TINH" : (FILE_SLUGS[unit][1] ?? ""), "text");
    ctx.write(ws, ref(3, r), ctx.agency(unit, "export"));
    put(ws, ref(4, r), code, { align: "center" });
    put(ws, ref(13, r), rng.chance(0.8) ? "Đã duyệt" : "Chờ duyệt");
    if (row.kind === "decoy") {
      ctx.write(ws, ref(5, r), ctx.decoyLabel(row.decoy), "label");
      ctx.write(ws, ref(6, r), row.decoy.measure, "text");
      writeDecoy(ctx, ws, ref(9, r), row.decoy, unit, 2024);
      writeDecoy(ctx, ws, ref(10, r), row.decoy, unit, 2025);
      r++;
      continue;
    }
    const { input } = row;
    ctx.write(ws, ref(5, r), ctx.wording(input, "export"), "label");
    ctx.write(ws, ref(14, r), ctx.header(input, "export"), "label");
    const yesNo = kindOf(input) === "yes-no";
    ctx.write(ws, ref(6, r), yesNo ? "1=Có; 0=Không" : ctx.measure(input), "text");
    const answer = (at: string, slot: ReturnType<typeof slotOf>) => {
      const v = data.value(slot);
      if (yesNo && typeof v === "boolean") {
        if (!data.shown(slot)) return;
        put(ws, at, v ? 1 : 0, { align: "center" });
        ctx.record(file, ws.name, at, slot);
      } else ctx.value(file, ws, at, slot);
    };
    if (isYearly(input)) {
      const years = data.years[input];
      const base = input === "revenue" && years.includes(2022) ? 2022 : years[0];
      if (base !== undefined && base < 2024) {
        put(ws, ref(7, r), base, { align: "center" });
        answer(ref(8, r), slotOf(input, unit, base));
      }
      answer(ref(9, r), slotOf(input, unit, 2024));
    } else {
      const before = previousOf(ctx, slotOf(input, unit));
      if (yesNo && typeof before === "boolean") put(ws, ref(9, r), before ? 1 : 0, { align: "center" });
      else writeAnswer(ctx, ws, ref(9, r), input, before);
    }
    const slot = slotOf(input, unit, 2025);
    answer(ref(10, r), slot);
    const target = targetOf(ctx, slot);
    if (typeof target === "number" && rng.chance(0.8)) {
      put(ws, ref(11, r), target, { numFmt: "#,##0" });
      const v = data.value(slot);
      if (typeof v === "number" && data.shown(slot))
        put(ws, ref(12, r), `${vnNumberText(Math.round((v / target) * 1000) / 10)}%`, { align: "right" });
    }
    const v = data.value(slot);
    if (typeof v === "number") raw.push([unit, code, nearMiss(rng, v)]);
    r++;
  }
  grid(ws, 6, 1, r - 1, head.length);
  const hidden = addSheet(wb, rng.pick(["DuLieuKyTruoc", "raw_prev"]), [24, 10, 14]);
  raw.forEach(([u, c, n], i) => {
    put(hidden, ref(1, i + 1), u);
    put(hidden, ref(2, i + 1), c);
    put(hidden, ref(3, i + 1), n);
  });
  hidden.state = rng.chance(0.5) ? "hidden" : "veryHidden";
  return [{ fileName: file, workbook: wb }];
}

/** b5-returned-template: the department's per-agency template, returned with the agency's own additions. */
export function returnedTemplate(ctx: Blind5Context): BuiltFile[] {
  const { rng, data } = ctx;
  const years = [2020, 2022, 2023, 2024, 2025].filter((y) => rng.chance(0.85) || y === 2025 || y === 2024);
  const files: BuiltFile[] = [];
  for (const unit of ctx.rng.shuffle(unitsOf(ctx).filter((u) => u !== PROVINCE))) {
    const slug = rng.pick(FILE_SLUGS[unit]);
    const file = `${rng.pick(["Bieu mau 3414", "BM so lieu CDS"])} - ${slug}${rng.pick([" (gui lai)", "_da dien", ""])}.xlsx`;
    const wb = newWorkbook();
    const partial = rng.chance(0.7);
    const compare = rng.chance(0.5);
    // Columns: STT, label, ĐVT, years…, [partial before 2025], [comparison after 2025], explanation.
    const cols = new Map<number, number>();
    let c = 4;
    let partialCol: number | undefined;
    for (const y of years) {
      if (y === 2025 && partial) partialCol = c++;
      cols.set(y, c++);
    }
    const compareCol = compare ? c++ : undefined;
    const noteCol = c;
    const ws = addSheet(wb, sheetName(wb, rng.pick(["Biểu mẫu", "Bieu 01", "Số liệu"])), [
      6,
      54,
      10,
      ...Array<number>(noteCol - 4).fill(13),
      30,
    ]);
    masthead(ctx, ws, unit, noteCol);
    title(
      ctx,
      ws,
      4,
      noteCol,
      "Biểu thu thập số liệu chuyển đổi số báo chí",
      "(Kèm theo Công văn của Sở Văn hóa, Thể thao và Du lịch)",
    );
    ctx.write(ws, "A6", `Tên đơn vị: ${ctx.agency(unit, "template")}`, "text", { bold: true });
    const h = 8;
    const head = (col: number, text: string, added = false) => {
      ctx.write(ws, ref(col, h), text, "text", { bold: true, align: "center", wrap: true });
      if (added)
        ws.getCell(h, col).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    };
    head(1, "STT");
    head(2, "Nội dung");
    head(3, "ĐVT");
    for (const [y, col] of cols) head(col, `Năm ${y}`);
    if (partialCol !== undefined) head(partialCol, ctx.partialHeader(2025), true);
    if (compareCol !== undefined) head(compareCol, "So sánh 2025/2024 (%)", true);
    head(noteCol, rng.pick(["Giải trình của đơn vị", "Ý kiến đơn vị"]), true);
    const inputs = inputsOf(unit);
    const withProvince = unit === "dai-ptth-lai-chau" && data.province;
    let r = h + 1;
    const writeRows = (owner: UnitId, list: readonly Row[], first: number) => {
      list.forEach((row, k) => {
        put(ws, ref(1, r), first + k, { align: "center" });
        if (row.kind === "decoy") {
          ctx.write(ws, ref(2, r), ctx.decoyLabel(row.decoy), "label", { wrap: true });
          ctx.write(ws, ref(3, r), row.decoy.measure, "text", { align: "center" });
          writeDecoy(ctx, ws, ref(cols.get(2025) ?? 4, r), row.decoy, owner, 2025);
          r++;
          return;
        }
        const { input } = row;
        ctx.write(ws, ref(2, r), ctx.wording(input, "template"), "label", { wrap: true });
        ctx.write(ws, ref(3, r), ctx.measure(input), "text", { align: "center" });
        if (isYearly(input)) {
          for (const [y, col] of cols) ctx.value(file, ws, ref(col, r), slotOf(input, owner, y));
          const v = data.value(slotOf(input, owner, 2025));
          if (partialCol !== undefined && typeof v === "number" && data.shown(slotOf(input, owner, 2025)))
            ctx.number(ws, ref(partialCol, r), Math.round(v * (0.62 + rng.next() * 0.14)));
          const [a, b] = [cols.get(2025), cols.get(2024)];
          if (compareCol !== undefined && a !== undefined && b !== undefined)
            put(
              ws,
              ref(compareCol, r),
              { formula: `IFERROR(${ref(a, r)}/${ref(b, r)}*100,"")` },
              { numFmt: "0.0" },
            );
        } else {
          const at = ref(cols.get(2025) ?? 4, r);
          const slot = slotOf(input, owner);
          if (kindOf(input) === "yes-no")
            ws.getCell(at).dataValidation = { type: "list", allowBlank: true, formulae: ["DM!$A$1:$A$2"] };
          if (ctx.value(file, ws, at, slot) && rng.chance(0.12)) {
            const before = previousOf(ctx, slot);
            const said =
              typeof before === "number"
                ? vnNumberText(before)
                : typeof before === "boolean"
                  ? (ctx.words(input, before) ?? "")
                  : before;
            ws.getCell(at).note = rng.pick(B5_COMMENTS).replace("{n}", said).replace("{y}", "2025");
          }
        }
        if (rng.chance(0.2)) ctx.write(ws, ref(noteCol, r), ctx.note(), "text", { italic: true, wrap: true });
        r++;
      });
    };
    writeRows(unit, rowsOf(ctx, unit, inputs, rng.int(0, 2)), 1);
    if (withProvince) {
      ctx.write(ws, ref(2, r), `Số liệu chung: ${ctx.agency(PROVINCE, "template")}`, "upper", { bold: true });
      r++;
      writeRows(PROVINCE, rowsOf(ctx, PROVINCE, inputsOf(PROVINCE), 0), inputs.length + 1);
    }
    ctx.write(ws, ref(2, r), "Chỉ tiêu khác (nếu có)", "text", { italic: true });
    grid(ws, h, 1, r, noteCol);
    signature(ctx, ws, r + 2, noteCol);
    const dm = addSheet(wb, "DM", [20]);
    ctx.write(dm, "A1", ctx.style.yesNo[0], "word");
    ctx.write(dm, "A2", ctx.style.yesNo[1], "word");
    dm.state = "hidden";
    files.push({ fileName: file, workbook: wb });
  }
  return files;
}

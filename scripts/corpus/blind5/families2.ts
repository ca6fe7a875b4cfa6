/**
 * Three more blind5 layouts: a table too long or too wide for one page continued on a second sheet ("tiếp
 * theo", header not repeated, or the later years on their own sheet with row labels left out), a report that
 * follows the plan's own target lines with the agencies as columns, a province-wide column of totals and an
 * assessment column, and the 2025 merged newspaper-and-broadcaster's workbook reporting its two predecessors.
 */
import type ExcelJS from "exceljs";
import { addSheet, grid, newWorkbook, put, ref } from "../../fixtures/sheetKit";
import { AGENCIES, isYearly, kindOf, MAGAZINE, nearMiss, PROVINCE, type UnitId } from "../model";
import { sheetName, signature, title, unionYears, type BuiltFile } from "../sheets";
import type { Blind5Context } from "./context";
import { inputsOf, pickDecoys, rowsOf, slotOf, targetOf, unitsOf, writeDecoy, type Row } from "./rows";
import {
  B5_MERGED_AGENCY,
  B5_MERGED_TOTALS,
  B5_PREDECESSORS,
  B5_PROGRESS,
  B5_TARGET_LINES,
  B5_TARGET_LINES_2030,
} from "./wordings";

type Line = { kind: "section"; unit: UnitId; letter: string } | { kind: "row"; unit: UnitId; row: Row };

const LETTERS = "ABCD";

function head(ctx: Blind5Context, ws: ExcelJS.Worksheet, at: string, text: string): void {
  ctx.write(ws, at, text, "text", { bold: true, align: "center", wrap: true });
}

/** b5-continued-sheets: one table carried over onto a second sheet, by rows or by columns. */
export function continuedSheets(ctx: Blind5Context): BuiltFile[] {
  const { rng, data } = ctx;
  const file = rng.pick(["Bieu tong hop CDS bao chi 2025.xlsx", "TH so lieu bao chi - ban in.xlsx"]);
  const wb = newWorkbook();
  const lines: Line[] = [];
  unitsOf(ctx).forEach((unit, i) => {
    lines.push({ kind: "section", unit, letter: LETTERS[i] ?? "" });
    for (const row of rowsOf(ctx, unit, inputsOf(unit), rng.int(0, 1)))
      lines.push({ kind: "row", unit, row });
  });
  const years = unionYears(data);
  const byColumns = rng.chance(0.45);
  const labelsOnSecond = !byColumns || rng.chance(0.6);
  const bareYears = rng.chance(0.5);
  type Key = number | "status" | "plan";
  const keys: Key[] = [...years, "status", ...(rng.chance(0.5) ? (["plan"] as const) : [])];
  const cut = byColumns ? Math.ceil(years.length / 2) : years.length;
  const text = [3, byColumns ? (labelsOnSecond ? 2 : 1) : 3] as const;
  const place = new Map<Key, readonly [0 | 1, number]>();
  let [c1, c2] = [4, text[1] + 1];
  keys.forEach((k, i) => place.set(k, byColumns && i >= cut ? [1, c2++] : [0, c1++]));
  const last = [c1 - 1, byColumns ? c2 - 1 : c1 - 1] as const;
  const names = [
    rng.pick(["Biểu 01", "Bieu so 1", "Trang 1"]),
    rng.pick(["Biểu 01 (tiếp)", "Tiếp theo", "Trang 2"]),
  ];
  const sheets = [0, 1].map((s) =>
    addSheet(
      wb,
      sheetName(wb, names[s] ?? String(s)),
      Array.from({ length: last[s === 0 ? 0 : 1] }, (_, i) =>
        i === 1 && text[s === 0 ? 0 : 1] > 1 ? 50 : i === 0 ? 6 : 12,
      ),
    ),
  );
  const [first, second] = [sheets[0], sheets[1]] as [ExcelJS.Worksheet, ExcelJS.Worksheet];
  const numbers = (s: 0 | 1, row: number) => {
    const ws = s === 0 ? first : second;
    let n = s === 1 && byColumns ? c1 - 3 : 1;
    for (let c = 1; c <= last[s]; c++)
      put(ws, ref(c, row), c <= text[s] ? ("ABC"[c - 1] ?? "") : n++, { italic: true, align: "center" });
  };
  const headers = (s: 0 | 1, row: number) => {
    const ws = s === 0 ? first : second;
    head(ctx, ws, ref(1, row), "STT");
    if (text[s] >= 2) head(ctx, ws, ref(2, row), ctx.choose("labelhead", ["Chỉ tiêu", "Nội dung"]));
    if (text[s] >= 3) head(ctx, ws, ref(3, row), "ĐVT");
    for (const [k, [ps, c]] of place) {
      if (ps !== (byColumns ? s : 0)) continue;
      const h =
        k === "status"
          ? "Hiện trạng"
          : k === "plan"
            ? ctx.planHeader(2025)
            : bareYears
              ? String(k)
              : `Năm ${k}`;
      head(ctx, ws, ref(c, row), h);
    }
    numbers(s, row + 1);
  };
  title(
    ctx,
    first,
    1,
    last[0],
    "Tổng hợp số liệu chuyển đổi số báo chí tỉnh Lai Châu",
    "(Số liệu đến ngày 20/11/2025)",
  );
  headers(0, 4);
  ctx.write(second, "A1", `${names[0] ?? ""} (tiếp theo)`, "text", { italic: true });
  let split = byColumns ? lines.length : Math.floor(lines.length * (0.4 + rng.next() * 0.25));
  if (lines[split]?.kind === "section" && rng.chance(0.5)) split++;
  let row2 = 3;
  if (byColumns || rng.chance(0.4)) {
    headers(1, 2);
    row2 = 4;
  } else numbers(1, 2);
  const top2 = row2;
  if (!byColumns && lines[split]?.kind === "row" && rng.chance(0.6)) {
    const unit = lines[split]?.unit ?? PROVINCE;
    ctx.write(second, ref(2, row2++), `${ctx.agency(unit, "cont")} (tiếp)`, "upper", { bold: true });
  }
  lines.forEach((line, i) => {
    const onFirst = byColumns || i < split;
    const ws = onFirst ? first : second;
    const r = byColumns || onFirst ? 6 + i : row2 + (i - split);
    const cell = (k: Key) => {
      const [s, c] = place.get(k) ?? [0, 0];
      if (c === 0) return null;
      return byColumns
        ? { ws: s === 0 ? first : second, at: ref(c, s === 0 ? 6 + i : 4 + i) }
        : { ws, at: ref(c, r) };
    };
    const stt = line.kind === "section" ? line.letter : String(i);
    put(ws, ref(1, r), stt, { align: "center", bold: line.kind === "section" });
    if (byColumns) put(second, ref(1, 4 + i), stt, { align: "center" });
    if (line.kind === "section") {
      ctx.write(ws, ref(2, r), ctx.agency(line.unit, "cont"), "upper", { bold: true });
      if (byColumns && labelsOnSecond)
        ctx.write(second, ref(2, 4 + i), ctx.agency(line.unit, "cont"), "upper");
      return;
    }
    const { row, unit } = line;
    const input = row.kind === "input" ? row.input : row.decoy.near;
    const label = row.kind === "input" ? ctx.wording(input, "cont") : ctx.decoyLabel(row.decoy);
    ctx.write(ws, ref(2, r), label, "label", { wrap: true });
    ctx.write(ws, ref(3, r), ctx.measure(input, row.kind === "decoy" ? row.decoy : undefined), "text");
    if (byColumns && labelsOnSecond)
      ctx.write(second, ref(2, 4 + i), row.kind === "input" ? ctx.header(input, "cont") : label, "label");
    if (row.kind === "decoy") {
      const c = cell(isYearly(input) ? (years[years.length - 1] ?? "status") : "status");
      if (c) writeDecoy(ctx, c.ws, c.at, row.decoy, unit, 2025);
      return;
    }
    if (isYearly(input)) {
      for (const y of data.years[input]) {
        const c = cell(y);
        if (c) ctx.value(file, c.ws, c.at, slotOf(input, unit, y));
      }
    } else {
      const c = cell("status");
      if (c) ctx.value(file, c.ws, c.at, slotOf(input, unit));
    }
    const p = cell("plan");
    if (p && rng.chance(0.8)) {
      const t = targetOf(ctx, slotOf(input, unit, 2025));
      if (typeof t === "number") put(p.ws, p.at, t, { numFmt: "#,##0" });
      else ctx.write(p.ws, p.at, t, "text");
    }
  });
  const end1 = byColumns ? 5 + lines.length : 5 + split;
  const end2 = byColumns ? 3 + lines.length : row2 + lines.length - split - 1;
  grid(first, 4, 1, end1, last[0]);
  grid(second, top2 - (byColumns || top2 === 4 ? 2 : 1), 1, end2, last[1]);
  signature(ctx, second, end2 + 1, last[1]);
  return [{ fileName: file, workbook: wb }];
}

/** The rows under one of the plan's target lines: which inputs, and where each one's figure goes. */
const OUTLINE: ReadonlyArray<{ key: string; target: string; inputs: readonly string[] }> = [
  { key: "digital_platforms", target: "67%", inputs: ["digital_platforms"] },
  { key: "ai_data_platform", target: "67%", inputs: ["ai_data_platform"] },
  { key: "security_level", target: "100%", inputs: ["security_level"] },
  { key: "converged_newsroom", target: "67%", inputs: ["converged_newsroom"] },
  { key: "revenue", target: "≥ 20%", inputs: ["revenue"] },
  { key: "staff", target: "100%", inputs: ["staff_total", "staff_trained"] },
  { key: "remote", target: "100%", inputs: ["remote_population_total", "remote_population_reached"] },
  { key: "political_articles", target: "+20%/năm", inputs: ["political_articles"] },
  { key: "autonomous", target: "67%", inputs: ["autonomous"] },
  { key: "licensed", target: "Cấp phép lại", inputs: ["licensed"] },
];

/** b5-plan-outline: the plan's target lines as rows, agencies as columns, a province column and an assessment. */
export function planOutline(ctx: Blind5Context): BuiltFile[] {
  const { rng, data } = ctx;
  const file = rng.pick(["Danh gia thuc hien KH 3414 nam 2025.xlsx", "KQ muc tieu CDS bao chi.xlsx"]);
  const wb = newWorkbook();
  const ws = addSheet(
    wb,
    sheetName(wb, rng.pick(["Đánh giá mục tiêu", "KQ thực hiện"])),
    [7, 60, 10, 14, 14, 14, 16, 12, 12, 24],
  );
  const agencyCol = new Map<UnitId, number>(AGENCIES.map((u, i) => [u, 4 + i]));
  const [provCol, targetCol, judgeCol, noteCol] = [7, 8, 9, 10];
  title(
    ctx,
    ws,
    1,
    10,
    "Báo cáo kết quả thực hiện các mục tiêu chuyển đổi số báo chí đến năm 2025",
    "(Số liệu đến ngày 20/11/2025)",
  );
  for (const [text, col] of [
    ["STT", 1],
    ["Nội dung", 2],
    ["ĐVT", 3],
  ] as const)
    head(ctx, ws, ref(col, 4), text);
  for (const [u, col] of agencyCol) head(ctx, ws, ref(col, 4), ctx.agency(u, "col"));
  head(ctx, ws, ref(provCol, 4), ctx.agency(PROVINCE, "col"));
  head(ctx, ws, ref(targetCol, 4), ctx.planHeader(2025));
  head(ctx, ws, ref(judgeCol, 4), "Đánh giá");
  head(ctx, ws, ref(noteCol, 4), "Ghi chú");
  let r = 5;
  ctx.write(ws, ref(1, r), "1", "text", { bold: true });
  ctx.write(ws, ref(2, r++), "Mục tiêu đến năm 2025", "upper", { bold: true });
  const terse = rng.chance(0.4);
  const decoys = pickDecoys(ctx, rng.int(1, 2), ["revenue", "staff_trained"]);
  const sumOver = (row: number, units: readonly UnitId[]) =>
    `SUM(${units.map((u) => ref(agencyCol.get(u) ?? 4, row)).join(",")})`;
  OUTLINE.forEach((o, k) => {
    const line = B5_TARGET_LINES[o.key] ?? o.key;
    const only = o.key === "licensed" ? [MAGAZINE] : o.key === "remote" ? [] : AGENCIES;
    const inline = o.inputs.length === 1 && !isYearly(o.inputs[0] ?? "") && rng.chance(0.5);
    put(ws, ref(1, r), `1.${k + 1}`, { align: "center" });
    ctx.write(ws, ref(2, r), line, "label", { bold: !inline, wrap: true });
    ctx.write(ws, ref(targetCol, r), o.target, "text", { align: "center" });
    const judgeRow = r;
    let yes = 0;
    const answers = (row: number, input: string, year?: number) => {
      let sum = 0;
      let all = true;
      for (const u of only) {
        const slot = slotOf(input, u, year);
        const shown = ctx.value(file, ws, ref(agencyCol.get(u) ?? 4, row), slot);
        const v = data.value(slot);
        if (v === true && shown) yes++;
        if (typeof v === "number" && shown) sum += v;
        else all = false;
      }
      if (kindOf(input) !== "yes-no" && kindOf(input) !== "level" && all && only.length > 1)
        put(ws, ref(provCol, row), { formula: sumOver(row, only), result: sum }, { numFmt: "#,##0" });
    };
    if (inline) {
      answers(r++, o.inputs[0] ?? "");
    } else {
      r++;
      for (const input of o.inputs) {
        if (isYearly(input)) {
          ctx.write(
            ws,
            ref(2, r++),
            `- ${terse ? ctx.header(input, "outline") : ctx.wording(input, "outline")}`,
            "label",
            { italic: true },
          );
          for (const y of data.years[input]) {
            ctx.write(
              ws,
              ref(2, r),
              `+ Năm ${y}${y === (input === "revenue" ? 2022 : 2020) ? " (năm gốc)" : ""}`,
              "label",
            );
            ctx.write(ws, ref(3, r), ctx.measure(input), "text", { align: "center" });
            answers(r++, input, y);
          }
        } else {
          ctx.write(
            ws,
            ref(2, r),
            `- ${terse ? ctx.header(input, "outline") : ctx.wording(input, "outline")}`,
            "label",
            { wrap: true },
          );
          ctx.write(ws, ref(3, r), ctx.measure(input), "text", { align: "center" });
          if (o.key === "remote") ctx.value(file, ws, ref(provCol, r), slotOf(input, PROVINCE));
          else answers(r, input);
          r++;
        }
      }
      for (const d of decoys.filter((x) => o.inputs.includes(x.near))) {
        ctx.write(ws, ref(2, r), `- ${ctx.decoyLabel(d)}`, "label", { italic: true });
        ctx.write(ws, ref(3, r), d.measure, "text", { align: "center" });
        for (const u of only) writeDecoy(ctx, ws, ref(agencyCol.get(u) ?? 4, r), d, u, 2025);
        r++;
      }
    }
    if (kindOf(o.inputs[0] ?? "revenue") === "yes-no" && only.length > 1)
      ctx.write(ws, ref(provCol, judgeRow), `${yes}/${only.length} cơ quan`, "text", { align: "center" });
    ctx.write(ws, ref(judgeCol, judgeRow), rng.pick(["Đạt", "Chưa đạt", "Vượt"]), "word", {
      align: "center",
    });
    if (rng.chance(0.2))
      ctx.write(ws, ref(noteCol, judgeRow), ctx.note(), "text", { italic: true, wrap: true });
  });
  ctx.write(ws, ref(1, r), "2", "text", { bold: true });
  ctx.write(ws, ref(2, r++), "Mục tiêu đến năm 2030", "upper", { bold: true });
  for (const line of B5_TARGET_LINES_2030) {
    ctx.write(ws, ref(2, r), line, "label", { wrap: true });
    ctx.write(ws, ref(targetCol, r), "100%", "text", { align: "center" });
    for (const col of agencyCol.values())
      ctx.write(
        ws,
        ref(col, r),
        rng.chance(0.5) ? B5_PROGRESS[0] : B5_PROGRESS[1].replace("{y}", String(rng.int(2026, 2029))),
        "text",
        {
          wrap: true,
        },
      );
    r++;
  }
  grid(ws, 4, 1, r - 1, 10);
  signature(ctx, ws, r + 1, 10);
  return [{ fileName: file, workbook: wb }];
}

/** b5-merger-report: the merged agency's workbook, the two predecessors side by side and their total beside them. */
export function mergerReport(ctx: Blind5Context): BuiltFile[] {
  const { rng, data } = ctx;
  const file = rng.pick(["BC CDS 2025 - Bao va PTTH Lai Chau.xlsx", "Bao va PT-TH LC - so lieu 3414.xlsx"]);
  const wb = newWorkbook();
  const pair = ["bao-lai-chau", "dai-ptth-lai-chau"] as const;
  const ws = addSheet(
    wb,
    sheetName(wb, rng.pick(["Tổng hợp", "Số liệu 2 khối"])),
    [7, 56, 10, 18, 18, 18, 26],
  );
  const merged = ctx.choose("merged", B5_MERGED_AGENCY);
  ctx.writeMerged(ws, "A1:C1", "UBND TỈNH LAI CHÂU", "upper");
  ctx.writeMerged(ws, "A2:C2", merged, "upper", { bold: true });
  ctx.writeMerged(ws, "D1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "upper", { bold: true });
  ctx.writeMerged(ws, "D2:G2", "Độc lập - Tự do - Hạnh phúc", "text", { bold: true });
  title(ctx, ws, 4, 7, "Số liệu thực hiện chuyển đổi số báo chí (theo hai khối trước hợp nhất)");
  head(ctx, ws, "A6", "STT");
  head(ctx, ws, "B6", "Chỉ tiêu");
  head(ctx, ws, "C6", "ĐVT");
  pair.forEach((u, i) =>
    head(
      ctx,
      ws,
      ref(4 + i, 6),
      ctx.choose(`pred|${u}`, B5_PREDECESSORS[u]).replace("{a}", ctx.agency(u, "merger")),
    ),
  );
  head(ctx, ws, "F6", ctx.choose("total", B5_MERGED_TOTALS));
  head(ctx, ws, "G6", "Ghi chú");
  let r = 7;
  const drafts: Array<[string, number]> = [];
  const rows = rowsOf(ctx, "bao-lai-chau", inputsOf("bao-lai-chau"), rng.int(1, 2));
  let n = 0;
  const values = (row: number, input: string, year?: number) => {
    let sum = 0;
    let all = true;
    pair.forEach((u, i) => {
      const slot = slotOf(input, u, year);
      const shown = ctx.value(file, ws, ref(4 + i, row), slot);
      const v = data.value(slot);
      if (shown && typeof v === "number") sum += v;
      else all = false;
      if (u === "bao-lai-chau" && typeof v === "number" && kindOf(input) !== "level")
        drafts.push([ctx.wording(input, "merger"), nearMiss(rng, v)]);
    });
    if (kindOf(input) === "yes-no") {
      const any = pair.some((u) => data.value(slotOf(input, u)) === true && data.shown(slotOf(input, u)));
      ctx.write(ws, ref(6, row), ctx.words(input, any) ?? "", "word", { align: "center" });
    } else if (kindOf(input) !== "level" && all)
      put(ws, ref(6, row), { formula: `SUM(D${row}:E${row})`, result: sum }, { numFmt: "#,##0" });
  };
  for (const row of rows) {
    put(ws, ref(1, r), ++n, { align: "center" });
    if (row.kind === "decoy") {
      ctx.write(ws, ref(2, r), ctx.decoyLabel(row.decoy), "label", { wrap: true });
      ctx.write(ws, ref(3, r), row.decoy.measure, "text");
      pair.forEach((u, i) => writeDecoy(ctx, ws, ref(4 + i, r), row.decoy, u, 2025));
      r++;
      continue;
    }
    const { input } = row;
    ctx.write(ws, ref(2, r), ctx.wording(input, "merger"), "label", { wrap: true, bold: isYearly(input) });
    ctx.write(ws, ref(3, r), ctx.measure(input), "text", { align: "center" });
    if (!isYearly(input)) {
      values(r++, input);
      continue;
    }
    r++;
    for (const y of data.years[input]) {
      ctx.write(ws, ref(2, r), `- Năm ${y}`, "label");
      values(r++, input, y);
    }
  }
  grid(ws, 6, 1, r - 1, 7);
  signature(ctx, ws, r + 1, 7);
  if (rng.chance(0.75)) {
    const mz = addSheet(
      wb,
      sheetName(wb, rng.pick(["TC Văn nghệ", "Tap chi (gui kem)"])),
      [7, 52, 10, 12, 12, 12, 14],
    );
    ctx.write(mz, "A1", `${ctx.agency(MAGAZINE, "merger")} - số liệu gửi kèm`, "upper", { bold: true });
    const ys = unionYears(data).slice(-3);
    head(ctx, mz, "A3", "STT");
    head(ctx, mz, "B3", "Nội dung");
    head(ctx, mz, "C3", "ĐVT");
    ys.forEach((y, i) => head(ctx, mz, ref(4 + i, 3), `Năm ${y}`));
    const statusCol = 4 + ys.length;
    head(ctx, mz, ref(statusCol, 3), "Hiện trạng");
    let m = 4;
    for (const input of inputsOf(MAGAZINE)) {
      put(mz, ref(1, m), m - 3, { align: "center" });
      ctx.write(mz, ref(2, m), ctx.wording(input, "magazine"), "label", { wrap: true });
      ctx.write(mz, ref(3, m), ctx.measure(input), "text");
      if (isYearly(input))
        ys.forEach((y, i) => {
          if (data.years[input].includes(y)) ctx.value(file, mz, ref(4 + i, m), slotOf(input, MAGAZINE, y));
        });
      else ctx.value(file, mz, ref(statusCol, m), slotOf(input, MAGAZINE));
      m++;
    }
    grid(mz, 3, 1, m - 1, statusCol);
  }
  if (data.province) {
    const pv = addSheet(wb, sheetName(wb, rng.pick(["Phủ sóng VSVX", "Vung sau vung xa"])), [56, 16, 24]);
    ctx.write(pv, "A1", ctx.agency(PROVINCE, "merger"), "upper", { bold: true });
    head(ctx, pv, "A2", "Nội dung");
    head(ctx, pv, "B2", "Số liệu");
    head(ctx, pv, "C2", "Tên gọn");
    const terse = rng.chance(0.5);
    inputsOf(PROVINCE).forEach((input, i) => {
      ctx.write(
        pv,
        ref(1, 3 + i),
        terse ? ctx.header(input, "merger") : ctx.wording(input, "merger"),
        "label",
        { wrap: true },
      );
      ctx.value(file, pv, ref(2, 3 + i), slotOf(input, PROVINCE));
      ctx.write(pv, ref(3, 3 + i), ctx.header(input, "merger-short"), "text");
    });
  }
  const old = addSheet(wb, sheetName(wb, rng.pick(["Báo (bản cũ)", "Nhap_truoc_sap_nhap"])), [56, 14]);
  drafts.forEach(([label, v], i) => {
    ctx.write(old, ref(1, i + 1), label, "label");
    put(old, ref(2, i + 1), v);
  });
  old.state = "hidden";
  return [{ fileName: file, workbook: wb }];
}

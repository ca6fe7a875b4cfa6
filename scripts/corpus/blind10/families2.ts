/**
 * Three blind10 layout families: a questionnaire each agency filled in (the answer under its question, years in a
 * small table, a hidden lists sheet), the data annex of the minutes handing the newspaper and the station over to
 * their merged successor (the merged column beside theirs), and the export of an agency's self-assessment of
 * digital maturity (declared value, maximum and self-given points, evidence, a total).
 */
import type ExcelJS from "exceljs";
import { addSheet, colLetter, grid, newWorkbook, put } from "../../fixtures/sheetKit";
import { formula, headerRow } from "../listRows";
import { AGENCIES, MAGAZINE, PROVINCE, slotOf, statusInputsOf, YEARLY, type UnitId } from "../model";
import { sheetName, signature, type BuiltFile } from "../sheets";
import type { Blind10Context } from "./context";
import { decoysFor, hide, ROMAN, sectionRow } from "./rows";
import { B10_ASSESS, B10_MERGER, B10_SURVEY, type B10Decoy } from "./wordings";

const REMOTE = ["remote_population_total", "remote_population_reached"] as const;
const BAO: UnitId = "bao-lai-chau";
const DAI: UnitId = "dai-ptth-lai-chau";

type Item = string | B10Decoy;

/** b10-survey-sheet: a questionnaire per agency and one for the province; answers under their questions. */
export function surveySheet(ctx: Blind10Context): BuiltFile[] {
  const files = AGENCIES.map((unit) => survey(ctx, unit));
  if (ctx.data.province || ctx.rng.chance(0.5)) files.push(survey(ctx, PROVINCE));
  return files;
}

function survey(ctx: Blind10Context, unit: UnitId): BuiltFile {
  const { rng } = ctx;
  const file = `Phieu khao sat CDS - ${ctx.slug(unit)}.xlsx`;
  const wb = newWorkbook();
  const ws = addSheet(wb, B10_SURVEY.sheet, [8, 14, 16, 12, 12, 12, 12, 12]);
  ctx.writeMerged(ws, "A1:H1", B10_SURVEY.title, "upper", { bold: true, size: 13 });
  ctx.writeMerged(ws, "A2:H2", `Tên cơ quan: ${ctx.agency(unit, "survey")}`, "text", { align: "left" });
  const fillers = [rng.pick(["Nguyễn Văn Hùng", "Lò Thị Mai", "Tẩn A Chu"]), "Phó Trưởng phòng", ""];
  B10_SURVEY.filler.forEach((f, i) => {
    ctx.write(ws, `A${3 + i}`, f, "text", { italic: true });
    const phone = `0213.38${rng.int(10, 99)}.${rng.int(100, 999)}`;
    ctx.write(ws, `D${3 + i}`, i === 2 ? phone : (fillers[i] ?? ""), "text");
  });
  const parts: Array<{ title: string; items: Item[] }> =
    unit === PROVINCE
      ? [{ title: B10_SURVEY.parts[3], items: [...REMOTE, ...decoysFor(ctx, 1, [...REMOTE])] }]
      : [
          {
            title: B10_SURVEY.parts[0],
            items: [
              "staff_total",
              "staff_trained",
              ...decoysFor(ctx, rng.int(0, 1), ["staff_total", "staff_trained"]),
            ],
          },
          {
            title: B10_SURVEY.parts[1],
            items: statusInputsOf(unit).filter((i) => !i.startsWith("staff_")),
          },
          {
            title: B10_SURVEY.parts[2],
            items: [...YEARLY, ...decoysFor(ctx, rng.int(0, 1), ["political_articles", "revenue"])],
          },
        ];
  let row = 7;
  let n = 0;
  const answer = rng.pick(B10_SURVEY.answer);
  const yes = ctx.style.yesNo;
  for (const part of parts) {
    ctx.write(ws, `A${row++}`, part.title, "label", { bold: true });
    for (const it of part.items) {
      put(ws, `A${row}`, `Câu ${++n}.`, { bold: true });
      const text =
        typeof it === "string" ? ctx.label(it, { unit: rng.chance(0.3) }) : ctx.decoyLabel(it, "survey");
      ctx.writeMerged(ws, `B${row}:H${row}`, text, "label", { align: "left" });
      row++;
      if (typeof it !== "string") {
        ctx.write(ws, `B${row}`, answer, "text", { italic: true });
        ctx.number(ws, `C${row}`, ctx.decoyValue(it, unit));
        row++;
      } else if ((YEARLY as readonly string[]).includes(it)) {
        const years = ctx.data.years[it as (typeof YEARLY)[number]];
        ctx.write(ws, `B${row}`, "Năm", "text", { bold: true });
        years.forEach((y, i) => put(ws, `${colLetter(3 + i)}${row}`, y, { bold: true, align: "center" }));
        ctx.write(ws, `B${row + 1}`, answer, "text", { italic: true });
        years.forEach((year, i) =>
          ctx.value(file, ws, `${colLetter(3 + i)}${row + 1}`, { input: it, unit, year }),
        );
        grid(ws, row, 2, row + 1, 2 + years.length);
        row += 2;
      } else {
        ctx.write(ws, `B${row}`, answer, "text", { italic: true });
        const at = `C${row}`;
        ctx.value(file, ws, at, slotOf(it, unit));
        if (it !== "security_level" && it !== "staff_total" && it !== "staff_trained") {
          ws.getCell(at).dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`${B10_SURVEY.lists}!$A$1:$A$2`],
          };
          if (rng.chance(0.6)) ctx.write(ws, `D${row}`, rng.pick(B10_SURVEY.hint), "text", { italic: true });
        }
        row++;
        const v = ctx.data.value(slotOf(it, unit));
        if ((it === "digital_platforms" || it === "ai_data_platform") && v === true && rng.chance(0.7)) {
          ctx.writeMerged(ws, `B${row}:E${row}`, rng.pick(B10_SURVEY.since), "text", {
            align: "left",
            italic: true,
          });
          put(ws, `F${row}`, rng.int(2018, 2024), { align: "center" });
          row++;
        }
      }
    }
  }
  signature(ctx, ws, row + 1, 8);
  const lists = addSheet(wb, B10_SURVEY.lists, [24]);
  hide(lists);
  [yes[0], yes[1], ...ctx.style.license, ctx.style.notApplicable].forEach((w, i) =>
    ctx.write(lists, `A${i + 1}`, w, "word"),
  );
  return { fileName: file, workbook: wb };
}

/** b10-merger-handover: minutes, then the annex: newspaper | station | merged agency; the magazine apart. */
export function mergerHandover(ctx: Blind10Context): BuiltFile[] {
  const { rng } = ctx;
  const file = `Bien ban ban giao so lieu - hop nhat Bao va Dai${rng.chance(0.5) ? " (ban ky)" : ""}.xlsx`;
  const wb = newWorkbook();
  const merged = rng.pick(B10_MERGER.newAgency);
  const cover = addSheet(wb, "Biên bản", [100]);
  ctx.write(cover, "A1", "BIÊN BẢN BÀN GIAO SỐ LIỆU", "upper", { bold: true, align: "center" });
  ctx.write(cover, "A3", rng.pick(B10_MERGER.minutes), "text", { wrap: true });
  ctx.write(
    cover,
    "A4",
    `${B10_MERGER.sides[0]} ${ctx.agency(BAO, "merge")}; ${ctx.agency(DAI, "merge")}`,
    "text",
  );
  ctx.write(cover, "A5", `${B10_MERGER.sides[1]} ${merged}`, "text");
  ctx.write(cover, "A6", "Biên bản lập thành 04 bản, kèm theo 01 phụ lục số liệu.", "text", { italic: true });

  const ws = addSheet(wb, B10_MERGER.sheet, [6, 52, 10, 16, 16, 18, 26]);
  ctx.writeMerged(ws, "A1:G1", `Phụ lục: số liệu bàn giao đến ngày 30/9/2025 - ${merged}`, "text", {
    bold: true,
  });
  headerRow(ctx, ws, 3, [
    "STT",
    "Nội dung",
    "ĐVT",
    ctx.agency(BAO, "merge"),
    ctx.agency(DAI, "merge"),
    merged,
    "Ghi chú",
  ]);
  let row = 4;
  let k = 0;
  const both = (input: string, year?: number) => {
    const [a, b] = [BAO, DAI].map((u) => {
      const s = slotOf(input, u, year);
      return ctx.data.shown(s) ? ctx.data.value(s) : undefined;
    });
    return [a, b] as const;
  };
  const sums = rng.chance(0.5);
  const items: Array<{ input: string; year?: number } | B10Decoy> = [];
  for (const input of YEARLY) for (const year of ctx.data.years[input]) items.push({ input, year });
  for (const input of statusInputsOf(BAO)) items.push({ input });
  for (const d of decoysFor(ctx, rng.int(1, 2), ["staff_total", "revenue"]))
    items.splice(rng.int(0, items.length), 0, d);
  for (const it of items) {
    put(ws, `A${row}`, ++k, { align: "center" });
    if ("texts" in it) {
      ctx.write(ws, `B${row}`, ctx.decoyLabel(it, "merge"), "label", { wrap: true });
      ctx.write(ws, `C${row}`, it.measure, "text", { align: "center" });
      const [a, b] = [ctx.decoyValue(it, BAO), ctx.decoyValue(it, DAI)];
      ctx.number(ws, `D${row}`, a);
      ctx.number(ws, `E${row}`, b);
      ctx.number(ws, `F${row}`, a + b, { bold: true });
      row++;
      continue;
    }
    const label = ctx.label(it.input, it.year === undefined ? {} : { year: it.year });
    ctx.write(ws, `B${row}`, label, "label", { wrap: true });
    ctx.write(ws, `C${row}`, ctx.measure(it.input), "text", { align: "center" });
    ctx.value(file, ws, `D${row}`, slotOf(it.input, BAO, it.year));
    ctx.value(file, ws, `E${row}`, slotOf(it.input, DAI, it.year));
    const [a, b] = both(it.input, it.year);
    if (typeof a === "number" && typeof b === "number" && it.input !== "security_level") {
      const total = Math.round((a + b) * 10) / 10;
      if (sums) formula(ws, `F${row}`, `D${row}+E${row}`, total, true);
      else ctx.number(ws, `F${row}`, total, { bold: true });
    } else if (typeof a === "boolean" && typeof b === "boolean")
      ctx.write(ws, `F${row}`, ctx.words(it.input, a || b) ?? "", "word", { bold: true, align: "center" });
    if (rng.chance(0.2))
      ctx.write(ws, `G${row}`, ctx.note(it.year ?? 2025), "text", { italic: true, wrap: true });
    row++;
  }
  put(ws, `A${row}`, ++k, { align: "center" });
  ctx.write(ws, `B${row}`, B10_MERGER.assets, "label");
  const assets = [BAO, DAI].map((u) => ctx.near("revenue", u, 2.5, 4.5, 2025));
  assets.forEach((v, i) => ctx.number(ws, `${"DE"[i]}${row}`, v));
  ctx.number(ws, `F${row}`, (assets[0] ?? 0) + (assets[1] ?? 0), { bold: true });
  grid(ws, 4, 1, row, 7);
  row += 2;
  row = apart(ctx, ws, file, row, MAGAZINE, `${B10_MERGER.outside}: ${ctx.agency(MAGAZINE, "merge")}`, [
    ...YEARLY.flatMap((input) => ctx.data.years[input].map((year) => ({ input, year }))),
    ...statusInputsOf(MAGAZINE).map((input) => ({ input })),
  ]);
  row = apart(
    ctx,
    ws,
    file,
    row + 1,
    PROVINCE,
    `${B10_MERGER.area}: ${ctx.agency(PROVINCE, "merge")}`,
    REMOTE.map((input) => ({ input })),
  );
  signature(ctx, ws, row + 1, 7);
  if (rng.chance(0.6)) {
    const draft = addSheet(wb, B10_MERGER.draft, [52, 16, 16]);
    hide(draft);
    YEARLY.forEach((input, i) => {
      ctx.write(draft, `A${i + 1}`, ctx.label(input, { year: 2025 }), "label");
      ctx.number(draft, `B${i + 1}`, ctx.near(input, BAO, 0.8, 0.95, 2025));
      ctx.number(draft, `C${i + 1}`, ctx.near(input, DAI, 0.8, 0.95, 2025));
    });
  }
  return [{ fileName: file, workbook: wb }];
}

/** A block of its own under the annex: a title row, a header row, one value column (D). */
function apart(
  ctx: Blind10Context,
  ws: ExcelJS.Worksheet,
  file: string,
  top: number,
  unit: UnitId,
  titleText: string,
  slots: ReadonlyArray<{ input: string; year?: number }>,
): number {
  ctx.write(ws, `B${top}`, titleText, "label", { bold: true });
  headerRow(ctx, ws, top + 1, ["STT", "Nội dung", "ĐVT", "Số liệu"]);
  let row = top + 2;
  slots.forEach((s, i) => {
    put(ws, `A${row}`, i + 1, { align: "center" });
    ctx.write(
      ws,
      `B${row}`,
      unit === PROVINCE && ctx.rng.chance(0.5)
        ? ctx.header(s.input, "apart")
        : ctx.label(s.input, s.year === undefined ? { key: "apart" } : { year: s.year, key: "apart" }),
      "label",
      { wrap: true },
    );
    ctx.write(ws, `C${row}`, ctx.measure(s.input), "text", { align: "center" });
    ctx.value(file, ws, `D${row}`, slotOf(s.input, unit, s.year));
    row++;
  });
  grid(ws, top + 2, 1, row - 1, 4);
  return row;
}

/** b10-self-assessment: a sheet per agency (pillars, criteria, declared value, points, evidence, total). */
export function selfAssessment(ctx: Blind10Context): BuiltFile[] {
  const { rng } = ctx;
  const file = `Tu danh gia muc do truong thanh CDS 2025${rng.chance(0.5) ? " - tong hop" : ""}.xlsx`;
  const wb = newWorkbook();
  for (const unit of AGENCIES) assessSheet(ctx, wb, file, unit);
  const area = addSheet(wb, B10_ASSESS.area, [60, 18]);
  headerRow(ctx, area, 1, ["Nội dung", ctx.agency(PROVINCE, "assess")]);
  const rows: Item[] = [...REMOTE, ...decoysFor(ctx, 1, [...REMOTE])];
  rows.forEach((it, i) => {
    if (typeof it === "string") {
      ctx.write(
        area,
        `A${i + 2}`,
        rng.chance(0.5) ? ctx.header(it, "assess") : ctx.label(it, { unit: rng.chance(0.5) }),
        "label",
        { wrap: true },
      );
      ctx.value(file, area, `B${i + 2}`, { input: it, unit: PROVINCE });
    } else {
      ctx.write(area, `A${i + 2}`, ctx.decoyLabel(it, "assess"), "label", { wrap: true });
      ctx.number(area, `B${i + 2}`, ctx.decoyValue(it, PROVINCE));
    }
  });
  const config = addSheet(wb, B10_ASSESS.config, [40, 10]);
  hide(config);
  B10_ASSESS.pillars.forEach((p, i) => {
    ctx.write(config, `A${i + 1}`, p, "text");
    put(config, `B${i + 1}`, [18, 24, 20, 23][i] ?? 15);
  });
  return [{ fileName: file, workbook: wb }];
}

function assessSheet(ctx: Blind10Context, wb: ExcelJS.Workbook, file: string, unit: UnitId): void {
  const { rng } = ctx;
  const ws = addSheet(wb, sheetName(wb, `TĐG_${ctx.slug(unit)}`), [8, 56, 18, 11, 11, 28]);
  ctx.writeMerged(
    ws,
    "A1:F1",
    `Kết quả tự đánh giá mức độ chuyển đổi số năm 2025 - ${ctx.agency(unit, "assess")}`,
    "upper",
    { bold: true },
  );
  headerRow(ctx, ws, 3, B10_ASSESS.columns);
  const status = statusInputsOf(unit);
  const pick = (ids: readonly string[]) => ids.filter((i) => status.includes(i));
  const pillars: Array<ReadonlyArray<Item | { input: string; year: number } | { extra: 0 | 1 }>> = [
    [{ extra: 0 }, ...pick(["converged_newsroom", "autonomous"])],
    [...pick(["digital_platforms", "ai_data_platform", "security_level"]), { extra: 1 }],
    [
      ...pick(["staff_total", "staff_trained", "licensed"]),
      ...decoysFor(ctx, rng.int(0, 1), ["staff_trained"]),
    ],
    [
      { input: "political_articles", year: 2025 },
      { input: "political_articles", year: 2024 },
      { input: "revenue", year: 2025 },
      { input: "revenue", year: 2024 },
      ...decoysFor(ctx, 1, ["political_articles", "revenue"]),
    ],
  ];
  let row = 4;
  const first = 5;
  pillars.forEach((items, p) => {
    sectionRow(ctx, ws, row++, B10_ASSESS.pillars[p] ?? "", { num: ROMAN[p] });
    items.forEach((it, k) => {
      put(ws, `A${row}`, `${p + 1}.${k + 1}`, { align: "center" });
      const max = rng.pick([2, 3, 4, 5, 6]);
      put(ws, `D${row}`, max, { align: "center" });
      put(ws, `E${row}`, rng.pick([max, max - 0.5, max / 2, 0]), { align: "center", numFmt: "0.0" });
      if (typeof it !== "string" && "extra" in it) {
        ctx.write(ws, `B${row}`, B10_ASSESS.extra[it.extra], "label", { wrap: true });
        put(ws, `C${row}`, it.extra === 0 ? `${rng.int(35, 95)}%` : rng.int(3, 9), { align: "right" });
      } else if (typeof it === "string") {
        ctx.write(
          ws,
          `B${row}`,
          rng.chance(0.35) ? ctx.header(it, unit) : ctx.label(it, { unit: rng.chance(0.3), key: "assess" }),
          "label",
          {
            wrap: true,
          },
        );
        ctx.value(file, ws, `C${row}`, slotOf(it, unit));
      } else if ("texts" in it) {
        ctx.write(ws, `B${row}`, ctx.decoyLabel(it, "assess"), "label", { wrap: true });
        ctx.number(ws, `C${row}`, ctx.decoyValue(it, unit));
      } else {
        const key = it.year === 2025 ? "assess" : "assess-prev";
        ctx.write(ws, `B${row}`, ctx.label(it.input, { year: it.year, key }), "label", { wrap: true });
        if (ctx.data.years[it.input as (typeof YEARLY)[number]].includes(it.year))
          ctx.value(file, ws, `C${row}`, slotOf(it.input, unit, it.year));
      }
      if (rng.chance(0.6)) ctx.write(ws, `F${row}`, rng.pick(B10_ASSESS.evidence), "text", { italic: true });
      row++;
    });
  });
  grid(ws, 4, 1, row - 1, 6);
  ctx.write(ws, `B${row}`, B10_ASSESS.totalRow, "label", { bold: true });
  let total = 0;
  for (let r = first; r < row; r++) {
    const v = ws.getCell(`E${r}`).value;
    if (typeof v === "number") total += v;
  }
  put(ws, `E${row}`, { formula: `SUM(E${first}:E${row - 1})`, result: total }, { bold: true, numFmt: "0.0" });
  ctx.write(ws, `B${row + 1}`, B10_ASSESS.rankRow, "label", { bold: true });
  ctx.write(ws, `C${row + 1}`, rng.pick(B10_ASSESS.ranks), "text", { bold: true });
  signature(ctx, ws, row + 3, 6);
}

/**
 * N agency workbooks for the summarize benchmark, one file per agency in the workbook-per-agency layout of
 * scripts/fixtures/layouts.ts (title, year columns 2020–2025, status answers merged across the years, notes,
 * signature block) with an appendix listing 300 articles, with distinct values each; a plan that lists the N agencies (plan 3414's inputs and
 * indicators, its unit list grown to N agencies) and the mapping of every value cell.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type SampleValue } from "../fixtures/dataset";
import { agencyReportSheet } from "../fixtures/layouts";
import { addSheet, headerCells, mergePut, newWorkbook, put, seededRandom } from "../fixtures/sheetKit";
import { builtInPlan } from "../../src/core/plan/catalogue";

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
const SHEET = "Báo cáo";
/** Plan 3414's three agencies keep their ids (its indicators name them); the others are numbered. */
const NAMED = ["bao-lai-chau", "dai-ptth-lai-chau", "tap-chi-van-nghe-lai-chau"] as const;

export type AgencySet = { files: string[]; planPath: string; mappingPath: string };

type Agency = { id: string; name: string; file: string; electronic: boolean };

function agencies(n: number): Agency[] {
  return Array.from({ length: n }, (_, k) => {
    const id = NAMED[k] ?? `co-quan-${String(k + 1).padStart(4, "0")}`;
    // Two agencies in three have an electronic paper (Báo, Đài); the third is a magazine.
    const electronic = k % 3 !== 2;
    return {
      id,
      name: k < 3 ? `Cơ quan báo chí ${id}` : `Cơ quan báo chí số ${k + 1}`,
      file: `${id}.xlsx`,
      electronic,
    };
  });
}

/** Plausible values of one agency: growing yearly counts and revenue, a staff of which most are trained. */
function valuesOf(k: number, electronic: boolean): Map<string, SampleValue> {
  const rnd = seededRandom(3414 + k);
  const v = new Map<string, SampleValue>();
  let articles = 500 + Math.round(rnd() * 3000);
  for (const y of YEARS)
    v.set(`political_articles|${y}`, (articles = Math.round(articles * (1 + rnd() * 0.1))));
  let revenue = 1000 + Math.round(rnd() * 20000);
  for (const y of [2022, 2023, 2024, 2025])
    v.set(`revenue|${y}`, (revenue = Math.round(revenue * (1 + rnd() * 0.12))));
  const staff = 15 + Math.round(rnd() * 120);
  v.set("staff_total|", staff);
  v.set("staff_trained|", Math.round(staff * (0.7 + rnd() * 0.3)));
  for (const yn of ["digital_platforms", "ai_data_platform", "converged_newsroom", "autonomous"])
    v.set(`${yn}|`, rnd() < 0.7);
  v.set("security_level|", electronic ? 1 + Math.floor(rnd() * 3) : "not-applicable");
  if (!electronic) v.set("licensed|", rnd() < 0.8);
  return v;
}

const SECTIONS = ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh", "Dân tộc - Miền núi"];
const TOPICS = [
  "chuyển đổi số",
  "nông thôn mới",
  "giảm nghèo bền vững",
  "du lịch cộng đồng",
  "biên giới",
  "giáo dục",
];

/** The appendix agencies attach: the list of the year's political articles (never mapped), ~1,800 cells. */
function appendix(wb: ReturnType<typeof newWorkbook>, k: number): void {
  const rnd = seededRandom(9000 + k);
  const ws = addSheet(wb, "Phụ lục tin bài", [6, 12, 60, 18, 24, 12]);
  mergePut(ws, "A1:F1", "PHỤ LỤC: DANH MỤC TIN, BÀI PHỤC VỤ NHIỆM VỤ CHÍNH TRỊ NĂM 2025", { bold: true });
  headerCells(ws, 3, ["STT", "Ngày đăng", "Tiêu đề", "Chuyên mục", "Tác giả", "Lượt xem"]);
  for (let i = 1; i <= 300; i++) {
    const r = 3 + i;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    put(ws, `A${r}`, i, { align: "center" });
    put(ws, `B${r}`, `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/2025`);
    put(ws, `C${r}`, `Tin bài về ${pick(TOPICS)} tại xã ${1 + Math.floor(rnd() * 100)}, số ${i}`, {
      wrap: true,
    });
    put(ws, `D${r}`, pick(SECTIONS));
    put(ws, `E${r}`, `Phóng viên ${1 + Math.floor(rnd() * 40)}`);
    put(ws, `F${r}`, Math.round(rnd() * 50000), { numFmt: "#,##0" });
  }
}

/** One agency's workbook bytes and its mapping entries: the fixtures' workbook-per-agency sheet, plus an appendix. */
async function agencyWorkbook(a: Agency, k: number): Promise<{ bytes: Buffer; entries: object[] }> {
  const wb = newWorkbook();
  const values = valuesOf(k, a.electronic);
  // The inputs of an electronic agency (the newspaper's) or of a print one (the magazine's).
  const template = a.electronic ? "bao-lai-chau" : "tap-chi-van-nghe-lai-chau";
  const entries: object[] = [];
  agencyReportSheet(wb, SHEET, a.name, template, (input, year, sheet, cell) => {
    entries.push({
      workbook: a.file,
      input,
      unit: a.id,
      ...(year !== undefined ? { year } : {}),
      sheet,
      cell,
    });
    return values.get(`${input}|${year ?? ""}`);
  });
  appendix(wb, k);
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), entries };
}

/** Plan 3414 with its unit list grown to the first `n` agencies (and the province, for its own inputs). */
function planFor(list: readonly Agency[]): object {
  const plan = builtInPlan("lai-chau-3414");
  const base = plan.units.units;
  const units = [
    ...list.map(
      (a) =>
        base.find((u) => u.id === a.id) ?? {
          id: a.id,
          name: { vi: a.name, en: `Press agency no. ${a.id.slice(-4)}` },
          kind: "agency",
          attributes: { electronicPress: a.electronic },
          aliases: [],
        },
    ),
    ...base.filter((u) => u.kind === "area"),
  ];
  return { ...plan, id: `${plan.id}-bench-${list.length}`, units: { ...plan.units, units } };
}

/**
 * Writes `max` agency workbooks into `dir`, and for each count in `counts` a plan of that many agencies and
 * the mapping of the first that many files.
 */
export async function writeAgencySets(
  dir: string,
  max: number,
  counts: readonly number[],
): Promise<Map<number, AgencySet>> {
  await mkdir(dir, { recursive: true });
  const list = agencies(max);
  const entries: object[][] = [];
  for (const [k, a] of list.entries()) {
    const made = await agencyWorkbook(a, k);
    await writeFile(path.join(dir, a.file), made.bytes);
    entries.push(made.entries);
  }
  const sets = new Map<number, AgencySet>();
  for (const n of counts) {
    const planPath = path.join(dir, `plan-${n}.json`);
    const plan = planFor(list.slice(0, n)) as { id: string };
    await writeFile(planPath, JSON.stringify(plan));
    const mappingPath = path.join(dir, `mapping-${n}.json`);
    await writeFile(mappingPath, JSON.stringify({ plan: plan.id, mappings: entries.slice(0, n).flat() }));
    sets.set(n, { files: list.slice(0, n).map((a) => path.join(dir, a.file)), planPath, mappingPath });
  }
  return sets;
}

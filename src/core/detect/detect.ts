import { type Plan } from "../plan/schema";
import { toA1 } from "../workbook/address";
import { isSummaryMarker } from "../layout/sheetName";
import { type Sheet, type Workbook } from "../workbook/model";
import { codebookOf, spelledOut } from "./codebook";
import { buildLexicon } from "./lexicon";
import { type Candidate, memoReader, type ScanEnv, scanSheet } from "./scanSheet";
import { type Clue, parseRange, type SheetContext } from "./sheetContext";
import { foldText } from "./text";
import { cellText } from "../values/reading";
import { requiredSlots } from "./slots";
import { DEFAULT_MIN_CONFIDENCE, type Detection, type Proposal, type Unmatched } from "./types";

/** Sheets chitieu itself writes are never read as data. */
const OWN_SHEET = /^chitieu[_ ]/i;

/** A sheet chitieu wrote: named so, or a summary sheet (its first row holds the summary marker, whatever its name). */
function isOwnSheet(sheet: Sheet): boolean {
  return OWN_SHEET.test(sheet.name) || (sheet.rows[1] ?? []).some((cell) => isSummaryMarker(cell?.value));
}
/** A sheet older than the newest one ("Năm 2024" beside "Năm 2025") is trusted less. */
const OLDER_SHEET_FACTOR = 0.85;
const OLDER_SHEET_YEARLY_FACTOR = 0.95;
const STALE_STATUS_FACTOR = 0.85;
/** An earlier answer of the same agency in the same column of records (a form answered again). */
const SUPERSEDED_FACTOR = 0.9;
/** A year's figure in last period's column, beside the same year's figure elsewhere in the workbook. */
const PAST_PERIOD_FACTOR = 0.85;
/** A figure on a sheet its name calls a draft or an old copy ("Nháp 1 (15-10)", "Bản cũ chưa sửa"), where a sheet
 * of the same workbook that stands better ("Chính thức gửi Sở", "BAN CHOT 20-11", or one named neither) has it. */
const DRAFT_SHEET_FACTOR = 0.85;
/** "Nháp" (a draft) with its tone: folded, it is "nhập" (typed in), a sheet of entries. */
const DRAFT_NAME = /nháp|\bdraft\b/i;
/** The year in a sheet's name, when the workbook's sheets name different years. */
const SHEET_PER_YEAR_WEIGHT = 0.95;

/**
 * Finds, in the workbooks, the cell of every input of the plan for every unit (and year of a yearly series),
 * with a confidence and the reason. Hidden sheets and plan/target columns are not read; where nothing fits,
 * the slot is reported unmatched rather than guessed.
 * @example detect(builtInPlan("lai-chau-3414"), [workbook]).mappings[0] // { input: "revenue", cell: "I14", … }
 */
export function detect(plan: Plan, workbooks: readonly Workbook[]): Detection {
  const scan = detectionScan(plan);
  for (const wb of workbooks) scan.add(wb);
  return scan.finish();
}

/** Detection over workbooks read one at a time: `add` scans one (it may then be dropped), `finish` decides. */
export type DetectionScan = {
  /** Scans a workbook; returns the cells that may be proposed (a summary keeps only these of the workbook). */
  add: (workbook: Workbook) => ReadonlyArray<{ sheet: string; row: number; col: number }>;
  /** The detection over every workbook added, exactly as detect() would give it. */
  finish: () => Detection;
};

/**
 * detect() in two steps, so that a caller can read workbooks one at a time and keep none of them: what is
 * kept between `add`s is only the candidate cells (a reason each, built when asked), not the workbooks.
 * @example const scan = detectionScan(plan); for (const f of files) scan.add(await read(f)); scan.finish();
 */
export function detectionScan(plan: Plan): DetectionScan {
  const lex = buildLexicon(plan);
  const areas = plan.units.units.filter((u) => u.kind === "area");
  const env: ScanEnv = {
    plan,
    lex,
    inputs: new Map(plan.inputs.map((i) => [i.id, i])),
    areaUnit: areas.length === 1 ? (areas[0]?.id ?? null) : null,
    agencies: new Set(plan.units.units.filter((u) => u.kind === "agency").map((u) => u.id)),
    ...memoReader(lex, plan),
  };

  const all: Array<Candidate & { workbook: string }> = [];
  const add = (wb: Workbook): Candidate[] => {
    const found: Candidate[] = [];
    // "BaoLC_BC_CDS_2025.xlsx": words run together in capitals ("BaoLC") are words too.
    const spelled = (t: string) => t.replace(/[-_]+/g, " ").replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
    const stem = wb.name.replace(/\.[a-z]+$/i, "");
    const fileInfo = env.analyze(spelled(stem));
    // ("DS tap huan CDS - DaiLC.xlsx": a name that also names an input names its agency in a part of its own.)
    // (Not a part of one word that the next part makes something else: "TH_bao_chi_va_TTTT-VH_huyen_2025.xlsx" is
    // the press, "báo chí", not "Báo"; "Dai_LTV_…" is still the station.)
    const parts = stem.split(/\s+-\s+|_+/);
    const partUnit = (k: number): string | undefined => {
      const info = env.analyze(spelled(parts[k] ?? ""));
      if (!info.unit || info.units !== 1) return undefined;
      const next = parts[k + 1];
      if (info.tokenCount === 1 && next !== undefined && !env.analyze(spelled(`${parts[k]} ${next}`)).unit)
        return undefined;
      return info.unit.id;
    };
    let fileUnitId = fileInfo.unit?.id;
    for (let k = parts.length - 1; k >= 0 && fileUnitId === undefined; k--) fileUnitId = partUnit(k);
    // The one agency the workbook's titles name ("Đài PT&TH tỉnh LC" atop its first sheet): the agency of its
    // other sheets too, a little more surely when the file's name says the same.
    const titled = workbookUnit(env, wb);
    const fileUnit: Clue<string> | null =
      fileUnitId && titled && titled.id === fileUnitId
        ? {
            value: fileUnitId,
            weight: 0.95,
            vi: `tên tệp "${wb.name}" và tiêu đề "${titled.text}"`,
            en: `file name "${wb.name}" and title "${titled.text}"`,
          }
        : fileUnitId
          ? { value: fileUnitId, weight: 0.85, vi: `tên tệp "${wb.name}"`, en: `file name "${wb.name}"` }
          : titled
            ? {
                value: titled.id,
                weight: 0.85,
                vi: `tiêu đề "${titled.text}" (trang "${titled.sheet}")`,
                en: `title "${titled.text}" (sheet "${titled.sheet}")`,
              }
            : null;
    const fileYear = fileInfo.years.length === 1 ? fileInfo.years[0] : (workbookYear(env, wb) ?? undefined);
    const sheetYears = new Set<number>();
    // The years a visible sheet's name gives whole ("Nam 2025", not "Den 30-9-2025").
    const wholeYears = new Set<number>();
    for (const sheet of wb.sheets) {
      const years = env.analyze(sheet.name).years;
      if (sheet.state === "visible" && years.length === 1 && years[0] !== undefined) {
        sheetYears.add(years[0]);
        if (!partOfYear(sheet.name)) wholeYears.add(years[0]);
      }
    }
    // A workbook with a sheet per year ("Năm 2023", "Năm 2024", …): each sheet's name is its year.
    const sheetPerYear = sheetYears.size >= 2;
    // (A survey's entries under question codes, "C01_2020", read with the codebook's questions.)
    const codebook = codebookOf(wb);
    let previous: Sheet | null = null;
    for (const sheet of wb.sheets) {
      if (sheet.state !== "visible" || isOwnSheet(sheet)) continue;
      // "Trang 1 (tiếp theo)": a table continued from the sheet before, whose header it does not repeat.
      const continued = previous ? continuation(env, previous, sheet) : null;
      previous = sheet;
      const nameInfo = env.analyze(sheet.name);
      const nameYear = nameInfo.years.length === 1 ? nameInfo.years[0] : undefined;
      const ctx: SheetContext = {
        sheetUnit: nameInfo.unit
          ? {
              value: nameInfo.unit.id,
              weight: 0.9,
              vi: `tên trang "${sheet.name}"`,
              en: `sheet name "${sheet.name}"`,
            }
          : null,
        fileUnit,
        sheetYear:
          nameYear !== undefined
            ? {
                value: nameYear,
                weight: sheetPerYear ? SHEET_PER_YEAR_WEIGHT : 0.85,
                vi: `tên trang "${sheet.name}"`,
                en: `sheet name "${sheet.name}"`,
              }
            : fileYear !== undefined
              ? // "So lieu nam 2024.xlsx": the file's year, when neither the sheet's name nor its title says one.
                { value: fileYear, weight: 0.8, vi: `tên tệp "${wb.name}"`, en: `file name "${wb.name}"` }
              : null,
      };
      // (Read after the borrowed header rows; the candidates' rows are counted on the sheet itself again.)
      const scannedAll = continued
        ? scanSheet(env, continued.sheet, {
            ...ctx,
            borrowed: { rows: continued.headerRows, sheet: continued.from },
          })
            .filter((c) => c.row > continued.headerRows)
            .map((c) => ({ ...c, row: c.row - continued.headerRows }))
        : scanSheet(
            env,
            codebook && codebook.sheet !== sheet.name ? spelledOut(sheet, codebook.questions) : sheet,
            ctx,
          );
      // "Den 30-9-2025" beside "Nam 2025": the figures so far in the year, which the whole year's sheet replaces.
      const partial = nameYear !== undefined && wholeYears.has(nameYear) && partOfYear(sheet.name);
      for (const scanned of scannedAll) {
        const c = followCopy(scanned, wb);
        if (partial) c.confidence *= PARTIAL_SHEET_FACTOR;
        all.push({ ...c, workbook: wb.name });
        found.push(c);
      }
    }
    return found;
  };
  // decide() lowers confidences in place: on copies, so that finishing twice gives the same detection.
  return {
    add,
    finish: () =>
      decide(
        env,
        all.map((c) => ({ ...c })),
      ),
  };
}

/** A sheet's name saying the figures run only part of its year: "Den 30-9-2025", "9 tháng 2025", "Quý III-2025"
 * (folded; the year's last day, "đến 31/12/2025", is the whole year). */
const PARTIAL_PERIOD =
  /\b(?:(?:den|toi|tinh den)(?: ngay)? (\d{1,2})[-/. ](\d{1,2})\b|[369] thang|quy (?:[1-4]|i{1,3}|iv)\b)/;
/** How much a partial period's sheet is trusted beside the whole year's. */
const PARTIAL_SHEET_FACTOR = 0.9;

/** Whether a sheet's name gives only a part of its year. */
function partOfYear(name: string): boolean {
  const m = PARTIAL_PERIOD.exec(foldText(name));
  return m !== null && !(m[1] === "31" && m[2] === "12");
}

/** The choice over every candidate: older sheets and stale years trusted less, then the best per slot. */
function decide(env: ScanEnv, candidates: Array<Candidate & { workbook: string }>): Detection {
  const plan = env.plan;
  // A state for a year after the report's ("Cấp độ đề xuất nâng lên năm 2026" in a report of 2025) is one proposed
  // or planned, not one reached.
  const all = candidates.filter(
    (c) =>
      c.year === null ||
      c.sheetYear === null ||
      c.year <= c.sheetYear ||
      env.inputs.get(c.input)?.series === "yearly",
  );

  // A status answer on an older sheet ("Năm 2024" beside "Năm 2025") is last year's; a yearly value there is
  // still that year's, but this year's sheet may correct it, so it loses when both have the year.
  let newestSheetYear = -Infinity;
  for (const c of all)
    if (c.sheetYear !== null && c.sheetYear > newestSheetYear) newestSheetYear = c.sheetYear;
  // A yearly value of the older sheet's own year is not corrected by a newer sheet: it keeps its confidence.
  for (const c of all)
    if (c.sheetYear !== null && c.sheetYear < newestSheetYear) {
      const yearly = env.inputs.get(c.input)?.series === "yearly";
      if (!yearly) c.confidence *= OLDER_SHEET_FACTOR;
      else if (c.year !== c.sheetYear) c.confidence *= OLDER_SHEET_YEARLY_FACTOR;
    }

  // Within one workbook, a newer sheet that has the same yearly figure corrects the older sheet's own.
  const newerHas = new Map<string, number>();
  for (const c of all)
    if (c.year !== null && c.sheetYear !== null && c.confidence >= DEFAULT_MIN_CONFIDENCE) {
      const key = `${c.workbook}|${slotKey(c.input, c.unit, c.year)}`;
      newerHas.set(key, Math.max(newerHas.get(key) ?? -Infinity, c.sheetYear));
    }
  for (const c of all)
    if (
      c.year !== null &&
      c.year === c.sheetYear &&
      env.inputs.get(c.input)?.series === "yearly" &&
      (newerHas.get(`${c.workbook}|${slotKey(c.input, c.unit, c.year)}`) ?? -Infinity) > c.sheetYear
    )
      c.confidence *= OLDER_SHEET_FACTOR;

  // A file of one year ("Số liệu năm 2024") that also shows last year ("Năm trước (2023)") repeats what the file
  // of that year says: where the year's own file has the figure too, that one is the source.
  // Within one workbook the newer sheet corrects the older (above); across workbooks, each year's file speaks.
  const ownYear = new Map<string, Set<string>>();
  for (const c of all)
    if (c.year !== null && c.year === c.sheetYear && c.confidence >= DEFAULT_MIN_CONFIDENCE) {
      const key = slotKey(c.input, c.unit, c.year);
      ownYear.set(key, (ownYear.get(key) ?? new Set()).add(c.workbook));
    }
  for (const c of all)
    if (
      c.year !== null &&
      c.sheetYear !== null &&
      c.year !== c.sheetYear &&
      env.inputs.get(c.input)?.series === "yearly" &&
      [...(ownYear.get(slotKey(c.input, c.unit, c.year)) ?? [])].some((w) => w !== c.workbook)
    )
      c.confidence *= REPEATED_YEAR_FACTOR;

  // Records under one header row (a form's responses, one row per answer): an agency that answered twice in the
  // same column answered last in the later row; the earlier answer is superseded.
  const lastRow = new Map<string, number>();
  for (const c of all)
    if (c.labelledAbove) lastRow.set(columnSlot(c), Math.max(lastRow.get(columnSlot(c)) ?? 0, c.row));
  for (const c of all)
    if (c.labelledAbove && (lastRow.get(columnSlot(c)) ?? 0) > c.row) c.confidence *= SUPERSEDED_FACTOR;

  // Drafts beside the copy that was sent: within a workbook, a sheet named final beats one named neither, which
  // beats one named a draft or an old copy, for every slot the better sheet has.
  // (read once per sheet's name, not per candidate)
  const ranks = new Map<string, number>();
  const sheetRank = (c: Candidate) => {
    let rank = ranks.get(c.sheet);
    if (rank === undefined) {
      const standing = DRAFT_NAME.test(c.sheet.normalize("NFC"))
        ? "superseded"
        : env.analyze(c.sheet).standing;
      rank = standing === "final" ? 2 : standing === "superseded" ? 0 : 1;
      ranks.set(c.sheet, rank);
    }
    return rank;
  };
  const bestRank = new Map<string, number>();
  for (const c of all)
    if (c.confidence >= DEFAULT_MIN_CONFIDENCE) {
      const key = `${c.workbook}|${slotKey(c.input, c.unit, c.year)}`;
      bestRank.set(key, Math.max(bestRank.get(key) ?? 0, sheetRank(c)));
    }
  for (const c of all)
    if ((bestRank.get(`${c.workbook}|${slotKey(c.input, c.unit, c.year)}`) ?? 0) > sheetRank(c))
      c.confidence *= DRAFT_SHEET_FACTOR;

  // A copy still standing here is one whose source is not a cell of this workbook (followCopy moved the others
  // to their source, or took a hidden sheet's copy as the figure): trusted less than a figure typed in.
  for (const c of all) if (c.copyOf) c.confidence *= COPY_FACTOR;
  // A figure computed from other sheets (`=SUMIFS('Export_2025'!H:H, …)`) sums what stands there: when the figure
  // is found there too, that cell is the one to read.
  for (const c of all) if (c.computed) c.confidence *= COMPUTED_FACTOR;

  // A year's figure in last period's column ("Kỳ trước - năm 2024 (ước tính)", "Cùng kỳ năm 2024") is what was said
  // of it then: the same year's figure received since, in the workbook's other columns or in that year's own
  // workbook, stands before it.
  const current = new Set<string>();
  for (const c of all)
    if (!c.pastPeriod && c.confidence >= DEFAULT_MIN_CONFIDENCE)
      current.add(slotKey(c.input, c.unit, c.year));
  for (const c of all)
    if (c.pastPeriod && current.has(slotKey(c.input, c.unit, c.year))) c.confidence *= PAST_PERIOD_FACTOR;

  // A status answer in a column of an earlier year ("Ước TH 2024") is stale beside the report year's.
  const reportYear = latestYear(all);
  for (const c of all)
    if (
      c.year !== null &&
      reportYear !== null &&
      c.year < reportYear &&
      env.inputs.get(c.input)?.series !== "yearly"
    )
      c.confidence *= STALE_STATUS_FACTOR;
  // A state under a span of years that ended before the report's ("Phương án tự chủ giai đoạn 2021–2023") was the
  // state then, never now.
  const standing =
    reportYear === null
      ? all
      : all.filter(
          (c) =>
            c.spanEnd === null || c.spanEnd >= reportYear || env.inputs.get(c.input)?.series === "yearly",
        );
  const mappings = select(withoutAmbiguousColumns(bySubject(withoutPartsOfTotals(standing))), env);
  return { mappings, unmatched: unmatched(plan, mappings, reportYear), reportYear };
}

/** The first rows of a sheet that may say it continues the one before ("(tiếp theo)", "(tiếp)"). */
const CONTINUED_LOOK_ROWS = 3;
const CONTINUED = /(?:^|[\s(])tiep theo(?:[\s)]|$)|\(tiep\)/;
/** How far down the sheet before a header is looked for (its title, header rows, the numbering row). */
const MAX_HEADER_ROWS = 15;

/**
 * A sheet that says it continues the one before and has no header of its own, read as that sheet's header rows
 * (every row above its first label) followed by its own rows: `headerRows` rows to take off the candidates' rows.
 */
function continuation(
  env: ScanEnv,
  before: Sheet,
  sheet: Sheet,
): { sheet: Sheet; headerRows: number; from: string } | null {
  const textsOf = (s: Sheet, r: number) =>
    (s.rows[r] ?? []).flatMap((cell) => {
      const t = cell && typeof cell.value === "string" ? cellText(cell) : "";
      return t === "" ? [] : [t];
    });
  let says = false;
  for (let r = 1; r <= CONTINUED_LOOK_ROWS && !says; r++)
    says = textsOf(sheet, r).some((t) => CONTINUED.test(foldText(t)));
  if (!says) return null;
  // Its own header would name a year or a role above its figures: then it needs none from before.
  for (let r = 1; r <= MAX_HEADER_ROWS && r < sheet.rows.length; r++) {
    const infos = textsOf(sheet, r).map((t) => env.analyze(t));
    if (infos.some((i) => i.inputs.length > 0)) break;
    if (infos.filter((i) => i.years.length === 1 || i.role !== null).length >= 2) return null;
  }
  let headerRows = 0;
  for (let r = 1; r <= MAX_HEADER_ROWS && r < before.rows.length; r++) {
    if (textsOf(before, r).some((t) => env.analyze(t).inputs.length > 0)) break;
    headerRows = r;
  }
  if (headerRows === 0) return null;
  const rows: Sheet["rows"] = [undefined];
  // (A heading naming one agency, "A. BÁO LAI CHÂU", opens that agency's block: it is not part of the header.)
  for (let r = 1; r <= headerRows; r++) {
    const texts = textsOf(before, r);
    const heading = texts.length <= 2 && texts.some((t) => env.analyze(t).unit !== null);
    rows.push(heading ? undefined : before.rows[r]);
  }
  for (let r = 1; r < sheet.rows.length; r++) rows.push(sheet.rows[r]);
  const shift = (range: string, by: number) =>
    range.replace(/(\$?[A-Z]{1,3}\$?)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) + by}`);
  const merges = [
    ...before.merges.filter((m) => (parseRange(m)?.bottom ?? Infinity) <= headerRows),
    ...sheet.merges.map((m) => shift(m, headerRows)),
  ];
  return { sheet: { ...sheet, rows, merges }, headerRows, from: before.name };
}

/**
 * A cell whose formula only copies another cell of the workbook (`='Báo Lai Châu'!B9` on a summary sheet) stands for
 * that cell: the candidate moves to the figure's own cell, which is what a live summary should read and what a
 * person corrects. The reason says so. A reference to a sheet that is not in the workbook is left as it is.
 */
function followCopy(c: Candidate, wb: Workbook): Candidate {
  const to = c.copyOf;
  if (!to || (to.sheet === c.sheet && to.row === c.row && to.col === c.col)) return c;
  const target = wb.sheets.find((s) => s.name === to.sheet);
  if (!target || !target.rows[to.row]?.[to.col]) return c;
  // (A slide's table showing a hidden sheet's figures, `='nguon_slide'!B2`: the copy is the figure as the workbook
  // shows it, and the one a person reads; it stays, trusted as a figure typed in.)
  if (target.state !== "visible") return { ...c, copyOf: null };
  const from = `${c.sheet}!${toA1({ row: c.row, col: c.col })}`;
  const explain = c.explain;
  return {
    ...c,
    sheet: to.sheet,
    row: to.row,
    col: to.col,
    copyOf: null,
    explain: () => {
      const r = explain();
      return { vi: `${r.vi}; ô ${from} chép lại ô này`, en: `${r.en}; ${from} copies this cell` };
    },
  };
}

/** Rows read for a sheet's title. */
const TITLE_ROWS = 12;

/**
 * The one year the workbook's titles name ("BÁO CÁO … NĂM 2025" on a cover sheet), when the file's name has none:
 * the year of sheets that say none themselves. Null when titles name several years or none.
 */
function workbookYear(env: ScanEnv, wb: Workbook): number | null {
  const years = new Set<number>();
  for (const { text } of titles(wb)) {
    const info = env.analyze(text);
    if (
      info.years.length === 1 &&
      // ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025": an assessment's title still says the report's year.)
      (info.role === null || info.role === "actual" || info.role === "derived") &&
      !info.notReportingUnitLine
    )
      years.add(info.years[0] as number);
  }
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** The one agency named by the titles atop the workbook's visible sheets (naming no input), or null when they
 * name none or several. */
function workbookUnit(env: ScanEnv, wb: Workbook): { id: string; text: string; sheet: string } | null {
  // (A sheet named after an agency, "TC Văn nghệ", says the workbook holds several.)
  if (wb.sheets.some((sheet) => sheet.state === "visible" && env.analyze(sheet.name).unit)) return null;
  let found: { id: string; text: string; sheet: string } | null = null;
  for (const { text, sheet } of titles(wb)) {
    const info = env.analyze(text);
    const id = info.unit?.id ?? dashPartUnit(env, text);
    // (A title naming two agencies, a merged one's, says the workbook is not one agency's.)
    if (info.units > 1) return null;
    if (!id || !env.agencies.has(id) || info.inputs.some((m) => !m.weak)) continue;
    if (found && found.id !== id) return null;
    found ??= { id, text, sheet: sheet.name };
  }
  return found;
}

/** The one agency a part of a title between dashes names, where the whole names none: "BÁO CÁO SỐ LIỆU … NĂM 2025 -
 * TC VĂN NGHỆ LAI CHÂU - HỘI VĂN HỌC NT" (the agency, then the association it belongs to). */
function dashPartUnit(env: ScanEnv, text: string): string | undefined {
  if (!DASHED.test(text)) return undefined;
  let found: string | undefined;
  for (const part of text.split(DASHED)) {
    const info = env.analyze(part);
    if (info.units > 1) return undefined;
    const id = info.unit?.id;
    if (id === undefined) continue;
    if (found !== undefined && found !== id) return undefined;
    found = id;
  }
  return found;
}
const DASHED = /\s+[-–]\s+/;

/** The titles atop the workbook's visible sheets: a text alone on one of their first rows (a table's header row
 * names years in every cell; a data row has a figure). */
function* titles(wb: Workbook): Generator<{ text: string; sheet: Sheet }> {
  for (const sheet of wb.sheets) {
    if (sheet.state !== "visible") continue;
    for (let r = 1; r <= TITLE_ROWS && r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const texts = row.filter((c): c is NonNullable<typeof c> => typeof c?.value === "string");
      if (texts.length !== 1 || row.some((c) => c && typeof c.value === "number")) continue;
      // (as read: a title typed in a legacy font, "BAÙO CAÙO …" in VNI-Times, decoded)
      const cell = texts[0];
      if (cell) yield { text: cellText(cell), sheet };
    }
  }
}

/** A cell whose formula only copies another cell. */
const COPY_FACTOR = 0.85;
const COMPUTED_FACTOR = 0.8;

/** A yearly value shown again in another year's file or sheet, where that year's own has it too. */
const REPEATED_YEAR_FACTOR = 0.9;

function slotKey(input: string, unit: string, year: number | null | undefined): string {
  return `${input}|${unit}|${year ?? ""}`;
}

/** Best candidate per slot, each cell used once; status inputs prefer the latest year's column. */
function select(all: Array<Candidate & { workbook: string }>, env: ScanEnv): Proposal[] {
  // A trusted answer of this year, on this year's sheet, beats a status answer left from an earlier year.
  let newestSheet = -Infinity;
  for (const c of all) if (c.sheetYear !== null && c.sheetYear > newestSheet) newestSheet = c.sheetYear;
  const newestYear = latestYear(all);
  const stale = (c: Candidate) =>
    env.inputs.get(c.input)?.series !== "yearly" &&
    ((c.sheetYear !== null && c.sheetYear < newestSheet) ||
      (c.year !== null && newestYear !== null && c.year < newestYear));
  const tier = (c: Candidate) => (c.confidence >= DEFAULT_MIN_CONFIDENCE && !stale(c) ? 0 : 1);
  const ranked = [...all].sort(
    (a, b) =>
      tier(a) - tier(b) ||
      b.confidence - a.confidence ||
      (b.year ?? 0) - (a.year ?? 0) ||
      (b.sheetYear ?? 0) - (a.sheetYear ?? 0) ||
      a.row - b.row ||
      a.col - b.col,
  );
  const slots = new Set<string>();
  const cells = new Set<string>();
  const out: Proposal[] = [];
  for (const c of ranked) {
    const yearly = env.inputs.get(c.input)?.series === "yearly";
    const slot = slotKey(c.input, c.unit, yearly ? c.year : null);
    const cell = `${c.workbook}|${c.sheet}|${c.row}|${c.col}`;
    if (slots.has(slot) || cells.has(cell)) continue;
    slots.add(slot);
    cells.add(cell);
    out.push({
      workbook: c.workbook,
      input: c.input,
      unit: c.unit,
      ...(yearly && c.year !== null ? { year: c.year } : {}),
      sheet: c.sheet,
      cell: toA1({ row: c.row, col: c.col }),
      confidence: Math.round(c.confidence * 1000) / 1000,
      ...explained(c),
    });
  }
  const order = new Map(env.plan.inputs.map((i, k) => [i.id, k]));
  const unitOrder = new Map(env.plan.units.units.map((u, k) => [u.id, k]));
  return out.sort(
    (a, b) =>
      (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0) ||
      (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0) ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}

/** One slot (input, unit, year) in one column of one sheet: where a column's candidates compete. */
function columnSlot(c: Candidate & { workbook: string }): string {
  return `${c.workbook}|${c.sheet}|${c.col}|${c.input}|${c.unit}|${c.year ?? ""}`;
}

/**
 * A total row closing an agency's parts ("TỔNG CỘNG" under its departments) is the agency's figure: no row above it
 * in its column is proposed for the same slot, even one whose name happens to name the agency ("Ban Biên tập Tạp
 * chí" on the magazine's sheet).
 */
function withoutPartsOfTotals<C extends Candidate & { workbook: string }>(all: C[]): C[] {
  const totalRow = new Map<string, number>();
  for (const c of all)
    if (c.partsTotal) totalRow.set(columnSlot(c), Math.max(totalRow.get(columnSlot(c)) ?? 0, c.row));
  if (totalRow.size === 0) return all;
  return all.filter((c) => c.partsTotal || (totalRow.get(columnSlot(c)) ?? 0) < c.row);
}

/**
 * Several rows of one unit under one label (an inventory of systems, each with its level): the row naming what the
 * input is about (the plan's subjects, "Hệ thống báo điện tử" for the security level) is the input's, the others
 * (the e-mail system's level) are not.
 */
function bySubject<C extends Candidate & { workbook: string }>(all: C[]): C[] {
  const named = new Set(all.filter((c) => c.namesSubject).map(columnSlot));
  if (named.size === 0) return all;
  return all.filter((c) => c.namesSubject || !named.has(columnSlot(c)));
}

/**
 * A label above a column names every value under it; with nothing on the rows to tell them apart (no unit, no
 * year), several values under one label are a column of figures, not one answer: none of them is proposed.
 */
function withoutAmbiguousColumns<C extends Candidate & { workbook: string }>(all: C[]): C[] {
  const counts = new Map<string, number>();
  for (const c of all)
    if (c.underColumnLabel) counts.set(columnSlot(c), (counts.get(columnSlot(c)) ?? 0) + 1);
  return all.filter((c) => !c.underColumnLabel || counts.get(columnSlot(c)) === 1);
}

function explained(c: Candidate): { reason: string; reasonEn: string } {
  const { vi, en } = c.explain();
  return { reason: vi, reasonEn: en };
}

function latestYear(all: Candidate[]): number | null {
  let max: number | null = null;
  for (const c of all) if (c.year !== null && (max === null || c.year > max)) max = c.year;
  return max;
}

/** Slots the plan needs and detection did not find: every applicable unit; for yearly series the baseline years and the report year. */
function unmatched(plan: Plan, found: Proposal[], reportYear: number | null): Unmatched[] {
  const have = new Set(found.map((p) => slotKey(p.input, p.unit, p.year)));
  return requiredSlots(plan, reportYear).filter((s) => !have.has(slotKey(s.input, s.unit, s.year ?? null)));
}

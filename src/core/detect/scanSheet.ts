import { type Input, type Plan } from "../plan/schema";
import { classifyWord } from "../values/words";
import { parseVietnameseNumber } from "../values/parseNumber";
import { cellText, readCell } from "../values/reading";
import { toA1 } from "../workbook/address";
import { type Cell, isErrorValue, type Sheet } from "../workbook/model";
import { analyzeText, type TextInfo } from "./analyze";
import { type Lexicon } from "./lexicon";
import { type Clue, type HeaderEntry, parseRange, type SheetContext } from "./sheetContext";

/** One possible answer: this cell holds this input for this unit (and year). */
export type Candidate = {
  sheet: string;
  row: number;
  col: number;
  input: string;
  unit: string;
  year: number | null;
  confidence: number;
  sheetYear: number | null;
  vi: string;
  en: string;
};

export type ScanEnv = {
  plan: Plan;
  lex: Lexicon;
  inputs: ReadonlyMap<string, Input>;
  /** The plan's only area unit, used for province-wide inputs. */
  areaUnit: string | null;
  analyze: (text: string) => TextInfo;
};

/** How far up a column and left along a row detection looks for headers. */
const HEADER_DEPTH = 8;
/** Rows above the nearest header that still belong to the same header block. */
const HEADER_BLOCK_ROWS = 3;
/** Longer texts are titles or sentences, not column headers. */
const MAX_HEADER_TOKENS = 8;
const YEAR_MIN = 1990;
const YEAR_MAX = 2099;

type TextCell = { col: number; info: TextInfo; raw: string };
type ValueCell = { col: number; cell: Cell };

const isYearNumber = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX;

/** analyzeText with a memory: workbooks repeat the same labels and headers many times. */
export function memoAnalyzer(lex: Lexicon): (text: string) => TextInfo {
  const memo = new Map<string, TextInfo>();
  return (text) => {
    let info = memo.get(text);
    if (!info) {
      info = analyzeText(lex, text);
      memo.set(text, info);
    }
    return info;
  };
}

/**
 * Reads one sheet and returns every candidate cell. Linear in the cells: each value cell looks at the texts
 * to its left in its row and at the nearest headers above it in its column, both kept as it goes.
 */
export function scanSheet(env: ScanEnv, sheet: Sheet, ctx: SheetContext): Candidate[] {
  const out: Candidate[] = [];
  const colHeaders: HeaderEntry[][] = [];
  const yearColumns = new Set<number>();
  const mergedDown = new Map<number, TextCell[]>();
  const mergedAcross = new Map<string, number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (r && (r.right > r.left || r.bottom > r.top)) mergedAcross.set(`${r.top}:${r.left}`, r.right);
    if (r && r.bottom > r.top) mergedAcross.set(`${r.top}:${r.left}:down`, r.bottom);
  }
  let block: Clue<string> | null = null;
  let sheetYear = ctx.sheetYear;
  let seenValues = false;

  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const texts: TextCell[] = [...(mergedDown.get(r) ?? [])];
    const values: ValueCell[] = [];
    let rowYear: Clue<number> | null = null;
    if (row) {
      for (let c = 1; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const v = cell.value;
        if (typeof v === "string") {
          const t = cellText(cell);
          if (t === "") continue;
          if (classifyWord(t) !== null || parseVietnameseNumber(t) !== null) {
            values.push({ col: c, cell });
            continue;
          }
          const info = env.analyze(t);
          texts.push({ col: c, info, raw: t });
          const down = mergedAcross.get(`${r}:${c}:down`);
          if (down !== undefined)
            for (let rr = r + 1; rr <= down; rr++)
              mergedDown.set(rr, [...(mergedDown.get(rr) ?? []), { col: c, info, raw: t }]);
        } else if (v === null || v instanceof Date) {
          continue;
        } else if (yearColumns.has(c) && isYearNumber(v)) {
          rowYear = {
            value: v,
            weight: 0.95,
            vi: `cột Năm (${toA1({ row: r, col: c })})`,
            en: `Year column (${toA1({ row: r, col: c })})`,
          };
        } else {
          values.push({ col: c, cell });
        }
      }
    }
    texts.sort((a, b) => a.col - b.col);

    // A row of years (2020 2021 … as numbers) is a header row, not data.
    const labelled = texts.some((t) => t.info.inputs.length > 0);
    const yearCells = values.flatMap((x) =>
      isYearNumber(x.cell.value) ? [{ col: x.col, year: x.cell.value }] : [],
    );
    if (!labelled && yearCells.length >= 2) {
      for (const y of yearCells)
        texts.push({ col: y.col, info: env.analyze(`Năm ${y.year}`), raw: String(y.year) });
      values.splice(0, values.length, ...values.filter((x) => !isYearNumber(x.cell.value)));
      texts.sort((a, b) => a.col - b.col);
    }

    // Rows with no values set context: the reporting unit line, a heading naming one agency, the period.
    if (values.length === 0 && texts.length > 0) {
      const agencyUnits = new Set(
        texts.filter((t) => t.info.unit && !t.info.notReportingUnitLine).map((t) => t.info.unit?.id),
      );
      const withInput = texts.some((t) => t.info.inputs.length > 0);
      if (agencyUnits.size === 1 && !withInput) {
        const t = texts.find((x) => x.info.unit && !x.info.notReportingUnitLine);
        if (t?.info.unit) {
          const at = toA1({ row: r, col: t.col });
          block = t.info.reportingUnitLine
            ? {
                value: t.info.unit.id,
                weight: 0.95,
                vi: `dòng "${t.raw}" (${at})`,
                en: `line "${t.raw}" (${at})`,
              }
            : {
                value: t.info.unit.id,
                weight: 0.9,
                vi: `tiêu đề "${t.raw}" (${at})`,
                en: `heading "${t.raw}" (${at})`,
              };
        }
      }
      if (!seenValues && !sheetYear) {
        const t = texts.find(
          (x) =>
            x.info.years.length === 1 &&
            x.info.role === null &&
            !x.info.notReportingUnitLine &&
            !x.info.yearColumn,
        );
        const y = t?.info.years[0];
        if (t && y !== undefined && texts.length <= 2)
          sheetYear = { value: y, weight: 0.85, vi: `tiêu đề "${t.raw}"`, en: `title "${t.raw}"` };
      }
    }
    if (values.length > 0) seenValues = true;

    for (const v of values) {
      for (const cand of candidatesFor(env, sheet, r, v, texts, colHeaders[v.col] ?? [], rowYear, block, {
        ...ctx,
        sheetYear,
      }))
        out.push(cand);
    }

    for (const t of texts) {
      if (t.info.yearColumn) yearColumns.add(t.col);
      const right = mergedAcross.get(`${r}:${t.col}`) ?? t.col;
      for (let c = t.col; c <= right; c++) (colHeaders[c] ??= []).push({ row: r, col: t.col, info: t.info });
    }
  }
  return out;
}

function candidatesFor(
  env: ScanEnv,
  sheet: Sheet,
  r: number,
  v: ValueCell,
  texts: TextCell[],
  headers: HeaderEntry[],
  rowYear: Clue<number> | null,
  block: Clue<string> | null,
  ctx: SheetContext,
): Candidate[] {
  const left = texts.filter((t) => t.col < v.col);
  // The header block above the cell: the nearest texts in its column, a few rows deep; titles and
  // sentences above a table say nothing about one column.
  const above: HeaderEntry[] = [];
  const nearestRow = headers[headers.length - 1]?.row ?? 0;
  for (let i = headers.length - 1; i >= 0 && above.length < HEADER_DEPTH; i--) {
    const h = headers[i];
    if (!h || h.row < nearestRow - HEADER_BLOCK_ROWS) break;
    if (h.info.tokenCount <= MAX_HEADER_TOKENS || h.info.inputs.length > 0) above.push(h);
  }
  const rowLabel = [...left].reverse().find((t) => t.info.inputs.length > 0);
  const colLabel = rowLabel ? undefined : above.find((h) => h.info.inputs.length > 0);
  const label = rowLabel
    ? { info: rowLabel.info, at: toA1({ row: r, col: rowLabel.col }), raw: rowLabel.info.text }
    : colLabel
      ? { info: colLabel.info, at: toA1({ row: colLabel.row, col: colLabel.col }), raw: colLabel.info.text }
      : null;
  if (!label || label.info.derivedLabel) return [];
  const byRow = rowLabel !== undefined;

  // The column's role (actual / plan / …): the nearest header above that says, else the row's texts.
  const roleHeader = above.find((h) => h.info.role !== null);
  const rowRole = [...left].reverse().find((t) => t.info.role !== null && t !== rowLabel);
  const role = roleHeader?.info.role ?? rowRole?.info.role ?? null;
  if (role !== null && role !== "actual") return [];
  const roleFactor = role === "actual" ? 1 : 0.95;

  const colUnitH = above.find((h) => h.info.unit !== null && h !== colLabel);
  const rowUnitT = [...left].reverse().find((t) => t.info.unit !== null);
  const colUnit: Clue<string> | null = colUnitH?.info.unit
    ? {
        value: colUnitH.info.unit.id,
        weight: 1,
        vi: `tiêu đề cột "${colUnitH.info.text}"`,
        en: `column header "${colUnitH.info.text}"`,
      }
    : null;
  const rowUnit: Clue<string> | null = rowUnitT?.info.unit
    ? {
        value: rowUnitT.info.unit.id,
        weight: 1,
        vi: `ô "${rowUnitT.info.text}" cùng dòng`,
        en: `"${rowUnitT.info.text}" on the row`,
      }
    : null;
  const unitClues = byRow ? [colUnit, rowUnit] : [rowUnit, colUnit];

  const colYearH = above.find((h) => h.info.years.length === 1 && h.info.role !== "plan");
  const colYear: Clue<number> | null =
    colYearH?.info.years[0] !== undefined
      ? {
          value: colYearH.info.years[0],
          weight: 1,
          vi: `cột "${colYearH.info.text}"`,
          en: `column "${colYearH.info.text}"`,
        }
      : null;
  const labelYearValue = label.info.years.length === 1 ? label.info.years[0] : undefined;
  const labelYear: Clue<number> | null =
    labelYearValue !== undefined
      ? { value: labelYearValue, weight: 0.95, vi: "năm ghi trong nhãn", en: "year in the label" }
      : null;
  const rowTextYear = [...left]
    .reverse()
    .find((t) => t !== rowLabel && t.info.years.length === 1 && t.info.inputs.length === 0);
  const rowTextYearValue = rowTextYear?.info.years[0];
  const rowYearText: Clue<number> | null =
    rowTextYearValue !== undefined
      ? {
          value: rowTextYearValue,
          weight: 0.95,
          vi: `ô "${rowTextYear?.info.text}"`,
          en: `"${rowTextYear?.info.text}"`,
        }
      : null;
  const yearClue = byRow
    ? (colYear ?? labelYear ?? rowYear ?? rowYearText ?? ctx.sheetYear)
    : (rowYear ?? rowYearText ?? labelYear ?? colYear ?? ctx.sheetYear);

  const out: Candidate[] = [];
  const best = label.info.inputs[0]?.score ?? 0;
  for (const m of label.info.inputs) {
    if (m.score < best - 0.1) break;
    const input = env.inputs.get(m.input);
    if (!input) continue;
    const area = input.appliesTo?.kind === "area";
    let unit: Clue<string> | null;
    if (area) {
      if (!env.areaUnit) continue;
      unit = { value: env.areaUnit, weight: 0.95, vi: "số liệu toàn tỉnh", en: "province-wide figure" };
    } else {
      unit = unitClues.find((u) => u !== null) ?? block ?? ctx.sheetUnit ?? ctx.fileUnit;
      if (!unit || env.plan.units.units.find((u) => u.id === unit?.value)?.kind !== "agency") continue;
    }
    const yearly = input.series === "yearly";
    if (yearly && !yearClue) continue;
    const reading = readCell(v.cell, input);
    if (
      reading.kind === "problem" &&
      (reading.problem === "text-not-number" || reading.problem === "not-yes-no")
    )
      continue;
    const valueFactor = reading.kind === "problem" || isErrorValue(v.cell.value) ? 0.9 : 1;
    const yearFactor = yearly ? (yearClue?.weight ?? 0) : 1;
    const confidence = m.score * roleFactor * unit.weight * yearFactor * valueFactor;
    const at = toA1({ row: r, col: v.col });
    const year = yearClue?.value ?? null;
    const roleVi = roleHeader ? `; cột "${roleHeader.info.text}"` : "";
    const roleEn = roleHeader ? `; column "${roleHeader.info.text}"` : "";
    const yearVi = yearly && yearClue ? `; năm ${yearClue.value} từ ${yearClue.vi}` : "";
    const yearEn = yearly && yearClue ? `; year ${yearClue.value} from ${yearClue.en}` : "";
    out.push({
      sheet: sheet.name,
      row: r,
      col: v.col,
      input: m.input,
      unit: unit.value,
      year,
      confidence,
      sheetYear: ctx.sheetYear?.value ?? null,
      vi: `Nhãn "${label.raw}" (${label.at}) khớp "${m.phrase}"${roleVi}${yearVi}; đơn vị từ ${unit.vi}; ô ${at}`,
      en: `Label "${label.raw}" (${label.at}) matches "${m.phrase}"${roleEn}${yearEn}; unit from ${unit.en}; cell ${at}`,
    });
  }
  return out;
}

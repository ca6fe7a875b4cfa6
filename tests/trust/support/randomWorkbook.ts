/**
 * Random workbooks for the "nothing lost" properties (issue #6): a plain description (sheets with text, numbers,
 * booleans, dates, formulas with cached results, errors, rich text, links; fonts, fills, borders, number formats;
 * merges; hidden and very hidden sheets; the workbook's own defined names), built with ExcelJS, with names
 * written into xl/workbook.xml as Excel writes them (ExcelJS keeps only some kinds). Also a random valid
 * mapping over the plan's slots, and what a workbook holds as ExcelJS reads it back, to compare.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { META_SHEET_NAME } from "../../../src/core/mapping/persisted";
import { type MappingEntry } from "../../../src/core/mapping/schema";
import { type Plan } from "../../../src/core/plan/schema";
import { columnLetters, quoteSheetName } from "../../../src/core/workbook/address";

export type GenSheet = {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  cells: Array<{ row: number; col: number; value: ExcelJS.CellValue; style?: Partial<ExcelJS.Style> }>;
  merges: Array<[number, number, number, number]>;
  /** Column widths (1-based column → width) and row heights; none unless asked for (BookOptions.sizes). */
  widths?: Array<[number, number]>;
  heights?: Array<[number, number]>;
};
export type GenName = {
  name: string;
  scope?: number;
  hidden: boolean;
  target: { sheet: number; ref: string } | string;
};
export type GenBook = { sheets: GenSheet[]; names: GenName[] };

/**
 * What else the workbooks may hold. Without options the arbitrary is exactly the one nothingLost.test.ts has
 * always used (so its recorded seeds replay the same cases).
 */
export type BookOptions = {
  /** Sheet names drawn besides the random ones (e.g. the summary sheet's name in other cases). */
  sheetNames?: readonly string[];
  /** Cell texts drawn besides the random ones (e.g. "=1+1" or "@x", which must stay text). */
  texts?: readonly string[];
  /** Random column widths and row heights on each sheet. */
  sizes?: boolean;
};

const WORDS = [
  "Báo cáo",
  "Đài PT-TH",
  "Tạp chí",
  "Năm 2025",
  "2024",
  "O'Brien",
  "Số & liệu",
  "A1",
  "TRUE",
  "R1C1",
];
const randomSheetName = fc
  .array(fc.constantFrom(...WORDS, "x", "Ước TH", "'", "1"), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(" ").slice(0, 31).trim())
  .filter((n) => n !== "" && !n.startsWith("'") && !n.endsWith("'") && n.toLowerCase() !== META_SHEET_NAME);

const TEXTS = [
  "Tổng doanh thu",
  "Báo Lai Châu",
  "Năm 2025",
  "12.450",
  "2.881,5",
  "85%",
  "Có",
  "Không",
  "-",
  "…",
];
const textOf = (extra: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(
      ...TEXTS,
      "chưa có số liệu",
      "N/A",
      " Đạt ",
      "x",
      "Số lãnh đạo, cán bộ được đào tạo",
      ...extra,
    ),
    fc.string({ unit: fc.constantFrom(..."aăâđêôơư AĐ09.,%'\"&<>-".split("")), maxLength: 12 }),
  );
const ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"] as const;
const error = fc.constantFrom(...ERRORS).map((e) => ({ error: e }));
const day = fc.integer({ min: 32_874, max: 73_050 }); // 1990-01-01 … 2099-12-31 as Excel serials
const valueOf = (text: fc.Arbitrary<string>): fc.Arbitrary<ExcelJS.CellValue> =>
  fc.oneof(
    text,
    fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
    fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc
      .tuple(day, fc.integer({ min: 0, max: 86_399 }))
      .map(([d, s]) => new Date(Date.UTC(1899, 11, 30) + d * 86_400_000 + s * 1000)),
    error,
    fc.record({
      formula: fc.constantFrom("SUM(A1:B3)", "'O''Brien'!A1*2", "A1/0"),
      result: fc.double({ noNaN: true, noDefaultInfinity: true }),
    }),
    fc.record({ formula: fc.constant('A1&" đ"'), result: text }),
    fc.record({ formula: fc.constant("1/0"), result: error }),
    fc.record({ formula: fc.constant("A1>0"), result: fc.boolean() }),
    fc
      .tuple(text, text)
      .map(([a, b]) => ({ richText: [{ text: a, font: { bold: true } }, { text: `${b}.` }] })),
    text.map((t) => ({ text: `${t}!`, hyperlink: "https://example.org/bao-cao?nam=2025&x=1" })),
  );

const argb = fc.constantFrom("FF000000", "FFFF0000", "FF1F4E79", "FFFFF2CC");
const style: fc.Arbitrary<Partial<ExcelJS.Style>> = fc.record(
  {
    font: fc.record({
      name: fc.constantFrom("Times New Roman", ".VnTime", "VNI-Times", "Arial"),
      size: fc.constantFrom(10, 12, 13),
      bold: fc.boolean(),
      italic: fc.boolean(),
      color: argb.map((c) => ({ argb: c })),
    }),
    numFmt: fc.constantFrom("0", "0.00", "#,##0", "0%", "dd/mm/yyyy", '#,##0" đ"', "@", "#,##0;[Red]-#,##0"),
    fill: argb.map((c) => ({ type: "pattern", pattern: "solid", fgColor: { argb: c } })),
    border: fc.constant({ top: { style: "thin" }, bottom: { style: "double" } }),
    alignment: fc.record({ horizontal: fc.constantFrom("left", "center", "right"), wrapText: fc.boolean() }),
  },
  { requiredKeys: [] },
);

type GenCell = GenSheet["cells"][number];
const EXCEL_LAST_DAY = 2_958_465; // 9999-12-31

/**
 * A number Excel cannot show as a date (it shows ####) keeps no date format: ExcelJS reads date-formatted numbers
 * as Dates, to the millisecond, and beyond year 9999 that rounding is no longer stable from one save to the next.
 */
function realistic(c: GenCell): GenCell {
  const v = c.value as unknown;
  const n =
    typeof v === "number"
      ? v
      : typeof (v as { result?: unknown })?.result === "number"
        ? (v as { result: number }).result
        : null;
  if (n === null || (n >= 0 && n <= EXCEL_LAST_DAY) || c.style?.numFmt !== "dd/mm/yyyy") return c;
  const style = { ...c.style };
  delete style.numFmt;
  return { ...c, style };
}

/** Merges that do not overlap: later ones that would are dropped. */
function disjoint(rects: Array<[number, number, number, number]>): Array<[number, number, number, number]> {
  const kept: Array<[number, number, number, number]> = [];
  for (const r of rects)
    if (kept.every((k) => r[2] < k[0] || r[0] > k[2] || r[3] < k[1] || r[1] > k[3])) kept.push(r);
  return kept;
}

const sizes = (max: number, min: number, top: number) =>
  fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min, max: top })), {
    selector: ([at]) => at,
    maxLength: 3,
  });

const sheetOf = (
  value: fc.Arbitrary<ExcelJS.CellValue>,
  withSizes: boolean,
  name: string,
  state: GenSheet["state"],
): fc.Arbitrary<GenSheet> => {
  const base = fc.record({
    name: fc.constant(name),
    state: fc.constant(state),
    cells: fc.uniqueArray(
      fc
        .record(
          { row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 8 }), value, style },
          { requiredKeys: ["row", "col", "value"] },
        )
        .map(realistic),
      { selector: (c) => c.row * 100 + c.col, maxLength: 30 },
    ),
    merges: fc
      .array(
        fc
          .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 6 }), fc.nat(2), fc.nat(2))
          .filter(([, , h, w]) => h + w > 0)
          .map(([t, l, h, w]): [number, number, number, number] => [t, l, t + h, l + w]),
        { maxLength: 4 },
      )
      .map(disjoint),
  });
  if (!withSizes) return base;
  return fc
    .tuple(base, sizes(8, 3, 60), sizes(12, 8, 80))
    .map(([s, widths, heights]) => ({ ...s, widths, heights }));
};

const STATES = ["visible", "hidden", "veryHidden"] as const;

/** Random workbooks: 1–4 sheets (the first drawn is visible, then shuffled) and 0–4 defined names. */
export function randomBook(options: BookOptions = {}): fc.Arbitrary<GenBook> {
  const value = valueOf(textOf(options.texts ?? []));
  const extraNames = options.sheetNames ?? [];
  const sheetName =
    extraNames.length > 0 ? fc.oneof(randomSheetName, fc.constantFrom(...extraNames)) : randomSheetName;
  const sheet = (name: string, state: GenSheet["state"]) =>
    sheetOf(value, options.sizes === true, name, state);
  return fc
    .uniqueArray(sheetName, { minLength: 1, maxLength: 4, selector: (n) => n.toLowerCase() })
    .chain((names) =>
      fc.tuple(
        ...names.map((n, i) => fc.constantFrom(...STATES).chain((s) => sheet(n, i === 0 ? "visible" : s))),
      ),
    )
    .chain((sheets) =>
      fc.record({
        sheets: fc.shuffledSubarray(sheets, { minLength: sheets.length }),
        names: fc.uniqueArray(
          fc.record({
            name: fc.constantFrom("Tong", "TyLe", "DanhSach", "Nam_2025", "Tổng_cộng", "Mat"),
            scope: fc.option(fc.nat(sheets.length - 1), { nil: undefined }),
            hidden: fc.boolean(),
            target: fc.oneof(
              fc.record({
                sheet: fc.nat(sheets.length - 1),
                ref: fc.constantFrom("$A$1", "$B$2:$C$5", "$H$12"),
              }),
              fc.constantFrom("0.1", "#REF!", '"Lai Châu"'),
            ),
          }),
          { selector: (n) => `${n.name}|${n.scope ?? ""}`, maxLength: 4 },
        ),
      }),
    );
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The `<definedName>` elements the workbook is given, as Excel writes them. */
function namesXml(b: GenBook): string[] {
  return b.names.map((n) => {
    const target =
      typeof n.target === "string"
        ? n.target
        : `${quoteSheetName(b.sheets[n.target.sheet]?.name ?? "")}!${n.target.ref}`;
    const scope = n.scope !== undefined ? ` localSheetId="${n.scope}"` : "";
    return `<definedName name="${n.name}"${scope}${n.hidden ? ` hidden="1"` : ""}>${escapeXml(target)}</definedName>`;
  });
}

/** The .xlsx bytes of a generated workbook. */
export async function buildBook(b: GenBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of b.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.col);
      cell.value = structuredClone(c.value);
      if (c.style) cell.style = structuredClone(c.style);
    }
    for (const [t, l, bottom, r] of s.merges) ws.mergeCells(t, l, bottom, r);
    for (const [col, width] of s.widths ?? []) ws.getColumn(col).width = width;
    for (const [row, height] of s.heights ?? []) ws.getRow(row).height = height;
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = namesXml(b);
  if (names.length > 0)
    zip.file(
      "xl/workbook.xml",
      xml.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`),
    );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every slot of the plan a mapping entry can fill (yearly inputs in 2020, 2022 and 2025). */
function slotsOf(plan: Plan): Array<Pick<MappingEntry, "input" | "unit" | "year">> {
  return plan.inputs.flatMap((input) =>
    plan.units.units.flatMap((u) =>
      input.series === "yearly"
        ? [2020, 2022, 2025].map((year) => ({ input: input.id, unit: u.id, year }))
        : [{ input: input.id, unit: u.id }],
    ),
  );
}

/**
 * A random valid mapping: distinct slots of the plan, each at a cell of one of the sheets (mostly inside the
 * generated area, sometimes anywhere up to XFD1048576), written as people do ("$D$5", "d5").
 */
export function randomMapping(plan: Plan, sheets: readonly string[]): fc.Arbitrary<MappingEntry[]> {
  const slots = slotsOf(plan);
  return fc
    .uniqueArray(
      fc.record({
        slot: fc.nat(slots.length - 1),
        sheet: fc.constantFrom(...sheets),
        row: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1_048_576 })),
        col: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 16_384 })),
        dollars: fc.boolean(),
        lower: fc.boolean(),
      }),
      { selector: (e) => e.slot, maxLength: 6 },
    )
    .map((picks) =>
      picks.map((p) => {
        const cell = p.dollars ? `$${columnLetters(p.col)}$${p.row}` : `${columnLetters(p.col)}${p.row}`;
        return {
          ...(slots[p.slot] as MappingEntry),
          sheet: p.sheet,
          cell: p.lower ? cell.toLowerCase() : cell,
        };
      }),
    );
}

// What a workbook holds, as ExcelJS reads it back: every sheet's cells with values and styles, merges, state,
// column widths and row heights.

export const plain = (v: unknown): unknown =>
  v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown);

export type SheetContents = {
  name: string;
  state: string;
  merges: string[];
  cols: unknown;
  heights: Array<[number, number]>;
  cells: unknown[];
};

/** One worksheet as ExcelJS reads it, as plain data. */
export function sheetContents(ws: ExcelJS.Worksheet): SheetContents {
  const cells: unknown[] = [];
  const heights: Array<[number, number]> = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined) heights.push([row.number, row.height]);
    row.eachCell({ includeEmpty: true }, (c) =>
      cells.push({
        at: c.address,
        type: c.type,
        value: plain(c.value),
        formula: c.formula,
        style: plain(c.style),
      }),
    );
  });
  const model = ws.model as { merges?: string[]; cols?: unknown };
  return {
    name: ws.name,
    state: ws.state,
    merges: [...(model.merges ?? [])].sort(),
    cols: plain(model.cols),
    heights,
    cells,
  };
}

export async function loadBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every worksheet of the file, in order, as plain data. */
export async function contents(bytes: Uint8Array): Promise<SheetContents[]> {
  return (await loadBook(bytes)).worksheets.map(sheetContents);
}

/** The `<definedName>` elements of the file's xl/workbook.xml, as written. */
export async function definedNames(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
}

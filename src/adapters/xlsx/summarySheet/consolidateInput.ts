/**
 * One input of a consolidated workbook (docs/summary-sheet.md): the sheets the mapping uses, plus the sheets
 * their formulas (and the defined names those formulas use) reach, copied with ExcelJS into the output under
 * names that say whose they are. Formulas are re-pointed at the copies (renameSheetRefs); the input's own
 * defined names become names local to its copies (so two agencies' "Tong" do not collide); chitieu's saved
 * mapping names are not carried (the summary uses cell references). What ExcelJS cannot copy (drawings,
 * charts, pictures, tables, pivots, controls, links to other files) is reported before anything is copied.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isMappingName } from "../../../core/mapping/persisted";
import { type SheetCopy } from "../../../core/layout/consolidatedSources";
import { copySheetNames } from "../../../core/workbook/copySheetNames";
import { renameSheetRefs, sheetsNamedIn } from "../../../core/workbook/renameSheetRefs";
import { escapeXml, unescapeXml } from "../xml";
import { attributes, type Lost, relationships, sheetCounts, sheetParts, text } from "./packageParts";
import { namesOf } from "./definedNames";

/** A defined name to write into the output, local to the copy `scope`. */
export type CopiedName = { scope: string; name: string; hidden: boolean; body: string };

export type InputCopy =
  | {
      kind: "copied";
      copies: SheetCopy[];
      names: CopiedName[];
      /** Each copy's feature counts in the input (packageParts.sheetCounts), to compare after saving. */
      was: Map<string, number[]>;
    }
  | { kind: "lost"; lost: Lost[] };

/** Relationships of a worksheet that ExcelJS carries: notes (and their VML), links, printer settings. */
const CARRIED = /\/(comments|vmlDrawing|hyperlink|printerSettings)$/;

/** What a worksheet relationship ExcelJS cannot copy is, for the message. */
const RELATED: Array<{ type: RegExp; vi: string; en: string }> = [
  { type: /\/drawing$/, vi: "hình vẽ, biểu đồ, ảnh", en: "drawings, charts, pictures" },
  { type: /\/table$/, vi: "bảng (Table)", en: "tables" },
  { type: /\/pivotTable$/, vi: "bảng tổng hợp (pivot)", en: "pivot tables" },
  {
    type: /\/(ctrlProp|control|oleObject|package)$/,
    vi: "điều khiển, đối tượng nhúng",
    en: "controls, embedded objects",
  },
];

function formulasOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { formula?: unknown } | null;
      if (v && typeof v === "object" && typeof v.formula === "string") out.push(v.formula);
    }),
  );
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a formula uses the defined name `name` (outside string literals, not as a function or sheet). */
export function mentionsName(formula: string, name: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return new RegExp(`(?<![\\p{L}\\p{N}_.!'\\\\])${escapeRegExp(name)}(?![\\p{L}\\p{N}_.(!'\\\\])`, "iu").test(
    code,
  );
}

/**
 * The sheets to copy: `used`, and every sheet their formulas reach (3D ranges whole), directly or through a
 * defined name they use; in the workbook's tab order.
 */
function closure(
  order: readonly string[],
  used: ReadonlySet<string>,
  formulas: (sheet: string) => string[],
  names: ReadonlyArray<{ name: string; body: string }>,
): string[] {
  const byLower = new Map(order.map((s) => [s.toLowerCase(), s]));
  const wanted = new Set<string>();
  const queue = [...used].flatMap((s) => byLower.get(s.toLowerCase()) ?? []);
  const namesUsed = new Set<string>();
  while (queue.length > 0) {
    const sheet = queue.pop() ?? "";
    if (wanted.has(sheet)) continue;
    wanted.add(sheet);
    const texts = formulas(sheet);
    for (let i = 0; i < texts.length; i++) {
      const f = texts[i] ?? "";
      for (const s of sheetsNamedIn(f, order)) {
        const known = byLower.get(s.toLowerCase());
        if (known !== undefined && !wanted.has(known)) queue.push(known);
      }
      for (const n of names)
        if (!namesUsed.has(n.name) && mentionsName(f, n.name)) {
          namesUsed.add(n.name);
          texts.push(n.body); // a name's body may use further sheets and names
        }
    }
  }
  return order.filter((s) => wanted.has(s));
}

/**
 * Copies the sheets of one input into `out`.
 * @param taken sheet names already in `out` (copies get other names).
 */
export async function copyInput(
  out: ExcelJS.Workbook,
  workbook: string,
  bytes: Uint8Array,
  used: ReadonlySet<string>,
  taken: readonly string[],
): Promise<InputCopy> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const order = parts.map((p) => p.name);
  const names = namesOf(await text(zip, "xl/workbook.xml")).flatMap((n) => {
    const a = attributes(n.attrs);
    const name = a.name ?? "";
    if (name === "" || isMappingName(name) || name.startsWith("_xlnm.")) return [];
    return [
      { name, hidden: a.hidden === "1" || a.hidden === "true", local: n.local, body: unescapeXml(n.body) },
    ];
  });
  const src = new ExcelJS.Workbook();
  await src.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheetOf = (name: string) => src.worksheets.find((w) => w.name === name);
  const sheets = closure(
    order,
    used,
    (s) => {
      const ws = sheetOf(s);
      return ws ? formulasOf(ws) : [];
    },
    names,
  );

  const lost: Lost[] = [];
  const externalLinks = Object.keys(zip.files).some((p) => /^xl\/externalLinks\/[^/]+\.xml$/.test(p));
  for (const sheet of sheets) {
    const part = parts.find((p) => p.name === sheet)?.part ?? "";
    for (const r of await relationships(zip, part)) {
      if (r.type === "" || CARRIED.test(r.type)) continue;
      const kind = RELATED.find((k) => k.type.test(r.type)) ?? {
        vi: `phần "${r.type.split("/").pop() ?? r.type}"`,
        en: `"${r.type.split("/").pop() ?? r.type}" parts`,
      };
      if (!lost.some((l) => l.en === kind.en)) lost.push({ vi: kind.vi, en: kind.en });
    }
    const ws = sheetOf(sheet);
    if (externalLinks && ws && formulasOf(ws).some((f) => /\[\d+\]/.test(f.replace(/"(?:[^"]|"")*"/g, ""))))
      if (!lost.some((l) => l.en === "links to other files"))
        lost.push({ vi: "liên kết tới tệp khác", en: "links to other files" });
  }
  if (lost.length > 0) return { kind: "lost", lost };

  const copyNames = copySheetNames(
    sheets.map((sheet) => ({ workbook, sheet })),
    taken,
  );
  const renamed = new Map(sheets.map((s, i) => [s.toLowerCase(), copyNames[i] ?? s]));
  const rename = (s: string) => renamed.get(s.toLowerCase());
  const copies: SheetCopy[] = [];
  const was = new Map<string, number[]>();
  for (const [i, sheet] of sheets.entries()) {
    const ws = sheetOf(sheet);
    const copy = copyNames[i];
    if (!ws || copy === undefined) continue;
    const dst = out.addWorksheet(copy);
    const model = ws.model as unknown as Record<string, unknown>;
    // The model getter names the merges `merges`, its setter reads `mergeCells`.
    const merges = model.merges;
    dst.model = {
      ...model,
      name: copy,
      id: dst.id,
      media: [],
      mergeCells: merges,
    } as unknown as ExcelJS.WorksheetModel;
    dst.state = ws.state;
    // The model leaves out the styles of a merged range's other cells (their borders draw the range's edges).
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged) dst.getCell(cell.address).style = structuredClone(cell.style);
      }),
    );
    // Reading gives every sheet a first page number of 1; written back, it would switch "use it" on.
    const setup = ws.pageSetup as { firstPageNumber?: number; useFirstPageNumber?: boolean };
    if (!setup.useFirstPageNumber)
      (dst.pageSetup as { firstPageNumber?: number }).firstPageNumber = undefined;
    for (const v of dst.views ?? []) (v as { tabSelected?: boolean }).tabSelected = false;
    dst.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { formula?: unknown } | null;
        if (v && typeof v === "object" && typeof v.formula === "string") {
          const f = renameSheetRefs(v.formula, rename);
          if (f !== v.formula) cell.value = { ...(v as ExcelJS.CellFormulaValue), formula: f };
        }
      }),
    );
    copies.push({ workbook, sheet, copy });
    was.set(copy, await sheetCounts(zip, parts.find((p) => p.name === sheet)?.part ?? ""));
  }

  const carried: CopiedName[] = [];
  for (const n of names) {
    const reach = sheetsNamedIn(n.body, order);
    if (reach.some((s) => rename(s) === undefined)) continue; // it reaches a sheet not copied: unused here
    const body = escapeXml(renameSheetRefs(n.body, rename));
    const scopes =
      n.local === undefined
        ? copies.filter(
            (c) =>
              !names.some((m) => m.local !== undefined && m.name === n.name && order[m.local] === c.sheet),
          )
        : copies.filter((c) => c.sheet === order[n.local ?? -1]);
    for (const c of scopes) carried.push({ scope: c.copy, name: n.name, hidden: n.hidden, body });
  }
  return { kind: "copied", copies, names: carried, was };
}

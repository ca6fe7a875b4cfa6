/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- the cells and columns read here are ExcelJS's, not Office.js proxies: nothing to load or sync. */
/**
 * A summary sheet as both adapters must agree on it, cell by cell: read from the .xlsx the ExcelJS adapter
 * wrote, or from the fake Excel's document after the Office adapter wrote it. Colours are "RRGGBB", alignments
 * and borders in the .xlsx file's words, widths in points.
 */
import type ExcelJS from "exceljs";
import { columnWidthPoints } from "../../../src/adapters/office/summary/cellBlocks";
import { columnLetters } from "../../../src/core/workbook/address";
import { type CellSpec, type SheetState } from "../fakeExcel/document";
import { formatRect } from "../fakeExcel/grid";

export type CellView = {
  at: string;
  /** "=FORMULA" for a formula, else the value (null when empty). */
  content: string | number | boolean | null;
  numFmt: string;
  font: {
    name: string;
    size: number | null;
    bold: boolean;
    italic: boolean;
    underline: boolean;
    color: string | null;
  };
  fill: string | null;
  horizontal: string | null;
  vertical: string | null;
  wrap: boolean;
  border: string;
};

export type RuleView =
  | { range: string; kind: "equals"; text: string; fill: string | null; fontColor: string | null }
  | { range: string; kind: "data-bar"; min: string; max: string; color: string | null };

export type SheetView = {
  cells: CellView[];
  merges: string[];
  rules: RuleView[];
  freeze: { rows: number; cols: number };
  columns: Array<{ width: number; hidden: boolean }>;
};

const rgb = (argb: string | undefined) => (argb ? argb.slice(-6).toUpperCase() : null);
const VERTICAL: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };

function excelJsContent(cell: ExcelJS.Cell): CellView["content"] {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o) return `=${String(o.formula).replace(/_xlfn\./g, "")}`;
    if ("text" in o) return String(o.text);
  }
  return v as string | number | boolean;
}

/** The .xlsx side: the cells of `extent` rows × cols (1-based), as ExcelJS reads them back. */
export function viewOfExcelJs(ws: ExcelJS.Worksheet, rows: number, cols: number, columns: number): SheetView {
  const cells: CellView[] = [];
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const f = cell.font ?? {};
      const b = cell.border ?? {};
      cells.push({
        at: `${columnLetters(c)}${r}`,
        // Excel holds a merged area's value in its first cell only; ExcelJS repeats it.
        content: cell.isMerged && cell.master.address !== cell.address ? null : excelJsContent(cell),
        numFmt: cell.numFmt || "General",
        font: {
          name: f.name ?? "Calibri",
          size: f.size ?? null,
          bold: f.bold === true,
          italic: f.italic === true,
          underline: f.underline === true || f.underline === "single",
          color: rgb(f.color?.argb),
        },
        fill: cell.fill?.type === "pattern" ? rgb(cell.fill.fgColor?.argb) : null,
        horizontal: cell.alignment?.horizontal ?? null,
        vertical: cell.alignment?.vertical ?? null,
        wrap: cell.alignment?.wrapText === true,
        border: (["top", "bottom", "left", "right"] as const)
          .map((s) => (b[s]?.style ? `${s}:${b[s]?.style}` : ""))
          .join(" ")
          .trim(),
      });
    }
  const rules: RuleView[] = [];
  for (const cf of (
    ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }
  ).conditionalFormattings)
    for (const r of cf.rules) {
      if (r.type === "dataBar") {
        const cfvo = r.cfvo as Array<{ value: unknown }>;
        rules.push({
          range: cf.ref,
          kind: "data-bar",
          min: String(cfvo[0]?.value),
          max: String(cfvo[1]?.value),
          color: rgb((r.color as { argb?: string } | undefined)?.argb),
        });
      } else {
        const style = r.style as {
          fill?: { bgColor?: { argb?: string } };
          font?: { color?: { argb?: string } };
        };
        rules.push({
          range: cf.ref,
          kind: "equals",
          text: String((r.formulae as string[])[0]),
          fill: rgb(style.fill?.bgColor?.argb),
          fontColor: rgb(style.font?.color?.argb),
        });
      }
    }
  const view = ws.views[0] as { xSplit?: number; ySplit?: number } | undefined;
  return {
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    rules,
    freeze: { rows: view?.ySplit ?? 0, cols: view?.xSplit ?? 0 },
    columns: Array.from({ length: columns }, (_, i) => {
      const col = ws.getColumn(i + 1);
      return { width: columnWidthPoints(col.width ?? 0), hidden: col.hidden === true };
    }),
  };
}

function fakeContent(cell: CellSpec | undefined): CellView["content"] {
  if (!cell) return null;
  if (cell.formula) return cell.formula;
  const v = cell.value;
  return v !== null && typeof v === "object" ? v.error : v;
}

/** The Office side: the fake's sheet, read straight from its document. */
export function viewOfFake(
  sheet: SheetState,
  defaultFont: string,
  rows: number,
  cols: number,
  columns: number,
): SheetView {
  const cells: CellView[] = [];
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.cells.get(`${r - 1},${c - 1}`);
      const f = cell?.format ?? {};
      cells.push({
        at: `${columnLetters(c)}${r}`,
        content: fakeContent(cell),
        numFmt: cell?.numberFormat ?? "General",
        font: {
          name: cell?.font ?? defaultFont,
          size: f.size ?? null,
          bold: f.bold === true,
          italic: f.italic === true,
          underline: f.underline === "Single",
          color: f.color ? f.color.slice(1) : null,
        },
        fill: f.fill ? f.fill.slice(1) : null,
        horizontal: f.horizontal ? f.horizontal.toLowerCase() : null,
        vertical: f.vertical ? (VERTICAL[f.vertical] ?? f.vertical) : null,
        wrap: f.wrap === true,
        border: (["top", "bottom", "left", "right"] as const)
          .map((s) =>
            f.borders?.[s]?.weight === "Thin" && f.borders[s]?.style === "Continuous" ? `${s}:thin` : "",
          )
          .join(" ")
          .trim(),
      });
    }
  return {
    cells,
    merges: sheet.merges.map(formatRect).sort(),
    rules: sheet.conditionalFormats.map((cf): RuleView =>
      cf.type === "DataBar"
        ? {
            range: formatRect(cf.rect),
            kind: "data-bar",
            min: cf.lowerBound?.formula ?? "",
            max: cf.upperBound?.formula ?? "",
            color: cf.barColor ? cf.barColor.slice(1) : null,
          }
        : {
            range: formatRect(cf.rect),
            kind: "equals",
            text: (cf.rule?.formula1 ?? "").replace(/^=/, ""),
            fill: cf.fill ? cf.fill.slice(1) : null,
            fontColor: cf.fontColor ? cf.fontColor.slice(1) : null,
          },
    ),
    freeze: sheet.freeze ?? { rows: 0, cols: 0 },
    columns: Array.from({ length: columns }, (_, i) => ({
      width: sheet.columns.get(i)?.width ?? 0,
      hidden: sheet.columns.get(i)?.hidden === true,
    })),
  };
}

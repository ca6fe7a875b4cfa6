/** Writes a fixture case's summary the way `summarize -o` does, for the tests that read the file back. */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { addSummaryToCopy } from "../../../src/adapters/xlsx/summarySheet/writeSummary";
import { buildSummaryLayout } from "../../../src/core/layout/buildSummaryLayout";
import { type SummaryLayout } from "../../../src/core/layout/types";
import { type FixtureCase } from "./fixtureCases";

export const SHEET = "Đánh giá chỉ tiêu";

export function layoutFor(c: FixtureCase, host: string | null, sheetName?: string): SummaryLayout {
  return buildSummaryLayout(
    c.plan,
    c.report,
    { observations: c.observations, workbooks: [c.host] },
    { language: "vi", generatedOn: "2025-11-26", host, ...(sheetName !== undefined ? { sheetName } : {}) },
  );
}

/** The input bytes of a single-workbook case. */
export function inputBytes(c: FixtureCase): Uint8Array {
  const file = c.files[0];
  if (c.files.length !== 1 || file === undefined)
    throw new Error(`${c.name} has ${c.files.length} workbooks`);
  return new Uint8Array(fs.readFileSync(path.join(c.dir, file)));
}

export async function writeCopy(
  c: FixtureCase,
  bytes = inputBytes(c),
): Promise<{ bytes: Uint8Array; layout: SummaryLayout }> {
  const result = await addSummaryToCopy(bytes, c.host.name, SHEET, (name) => layoutFor(c, c.host.name, name));
  if (result.kind !== "written")
    throw new Error(`${c.name}: would lose ${result.lost.map((l) => l.en).join(", ")}`);
  return result;
}

/** A cell's value as a spreadsheet shows it: a formula's cached result, a link's text. */
export function shown(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value as unknown;
  if (v !== null && typeof v === "object") {
    const o = v as { result?: unknown; formula?: unknown; text?: unknown; error?: unknown };
    if ("formula" in o || "sharedFormula" in o) return o.result ?? null;
    if ("text" in o) return o.text;
    if ("error" in o) return o.error;
  }
  return v;
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

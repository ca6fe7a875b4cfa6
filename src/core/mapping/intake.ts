/**
 * What a summary takes from each workbook as it is read, so that workbooks can be read one at a time and
 * dropped: its saved mapping or its detection candidates, and a slim copy holding only the cells the mapping
 * may point at (src/core/workbook/slim.ts). The summary is then made on the slim copies, exactly as on the
 * workbooks themselves.
 */
import { type DetectionScan, detectionScan } from "../detect/detect";
import { DEFAULT_MIN_CONFIDENCE } from "../detect/types";
import { message, type Message } from "../i18n/messages";
import { type Plan } from "../plan/schema";
import { parseA1 } from "../workbook/address";
import { type Workbook } from "../workbook/model";
import { type CellAt, slimWorkbook } from "../workbook/slim";
import { readSavedMapping } from "./persisted";
import { fileKey } from "./readObservations";
import { type MappingEntry, type MappingFile } from "./schema";

export type IntakeResult = {
  /** The slim copies, in the order the workbooks were added. */
  workbooks: Workbook[];
  mapping: MappingFile;
  /** What to tell the person about the mapping chosen: saved mappings used or lost, detection's count. */
  notes: Message[];
};

export type SummaryIntake = {
  /** Takes what the summary needs from a workbook; the workbook itself is not kept. */
  add: (workbook: Workbook) => void;
  finish: () => IntakeResult;
};

/**
 * The mapping file when there is one (each workbook keeps the cells of the entries that may name it);
 * otherwise each workbook's saved mapping when it has one, else what detection finds at or above
 * DEFAULT_MIN_CONFIDENCE over the workbooks without one (each keeps its candidate cells).
 * @example const intake = summaryIntake(plan, undefined); for (const wb of read()) intake.add(wb); intake.finish();
 */
export function summaryIntake(plan: Plan, mappingFile: MappingFile | undefined): SummaryIntake {
  const slims: Workbook[] = [];
  const saved: MappingEntry[] = [];
  const notes: Message[] = [];
  let scan: DetectionScan | undefined;
  let byFile: Map<string | null, CellAt[]> | undefined;
  return {
    add(wb) {
      if (mappingFile) {
        byFile ??= cellsByFile(mappingFile.mappings);
        slims.push(slimWorkbook(wb, [...(byFile.get(null) ?? []), ...(byFile.get(fileKey(wb.name)) ?? [])]));
        return;
      }
      const found = savedMappingOf(plan, wb, notes);
      if (found) {
        saved.push(...found);
        slims.push(slimWorkbook(wb, cellsByFile(found).get(fileKey(wb.name)) ?? []));
        return;
      }
      scan ??= detectionScan(plan);
      slims.push(slimWorkbook(wb, scan.add(wb)));
    },
    finish() {
      if (mappingFile) return { workbooks: slims, mapping: mappingFile, notes: [] };
      const mappings = [...saved];
      const out = [...notes];
      if (scan) {
        const detection = scan.finish();
        const used = detection.mappings.filter((m) => m.confidence >= DEFAULT_MIN_CONFIDENCE);
        out.push(
          message("cli.autoMapping", {
            count: used.length,
            min: DEFAULT_MIN_CONFIDENCE,
            missing: detection.unmatched.length,
          }),
        );
        mappings.push(...used.map(entryOf));
      }
      return { workbooks: slims, mapping: { plan: plan.id, mappings }, notes: out };
    },
  };
}

/** The workbook's saved mapping as mapping entries (null when it has none), with what to say about it. */
function savedMappingOf(plan: Plan, wb: Workbook, notes: Message[]): MappingEntry[] | null {
  const saved = readSavedMapping(wb, plan);
  notes.push(...(saved?.warnings ?? []));
  if (!saved || saved.entries.length === 0) return null;
  const confirmed = saved.entries.filter((e) => e.confirmed).length;
  notes.push(
    message("cli.savedMappingUsed", {
      workbook: wb.name,
      count: saved.entries.length,
      confirmed: confirmed > 0 ? `, ${confirmed} đã xác nhận` : "",
      confirmedEn: confirmed > 0 ? `, ${confirmed} confirmed` : "",
    }),
  );
  if (saved.lost.length > 0)
    notes.push(
      message("cli.savedMappingLost", {
        workbook: wb.name,
        count: saved.lost.length,
        names: saved.lost.map((l) => l.name).join(", "),
      }),
    );
  return saved.entries.map((e) => ({ ...entryOf(e), workbook: wb.name }));
}

/**
 * The cells of the entries by the file they name (folders, case and Unicode form aside, as readObservations
 * matches them), and under null those naming no workbook.
 */
function cellsByFile(entries: readonly MappingEntry[]): Map<string | null, CellAt[]> {
  const out = new Map<string | null, CellAt[]>();
  for (const e of entries) {
    const at = parseA1(e.cell);
    if (!at) continue;
    const key = e.workbook === undefined ? null : fileKey(e.workbook);
    const list = out.get(key);
    const cell = { sheet: e.sheet, row: at.row, col: at.col };
    if (list) list.push(cell);
    else out.set(key, [cell]);
  }
  return out;
}

function entryOf(m: MappingEntry): MappingEntry {
  return {
    ...(m.workbook !== undefined ? { workbook: m.workbook } : {}),
    input: m.input,
    unit: m.unit,
    ...(m.year !== undefined ? { year: m.year } : {}),
    sheet: m.sheet,
    cell: m.cell,
  };
}

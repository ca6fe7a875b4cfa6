import { MappingError } from "../errors";
import { message } from "../i18n/messages";
import { type Observation, ObservationSet } from "../observations/observation";
import { type Input, type Plan } from "../plan/schema";
import { checkEntries } from "./checkEntries";
import { readCell, problem } from "../values/reading";
import { parseA1 } from "../workbook/address";
import { findSheet, getCell, type Workbook } from "../workbook/model";
import { type MappingEntry, type MappingFile } from "./schema";

/**
 * Reads every mapped cell into an observation. The mapping must name inputs and units of the plan and
 * sheets that exist; an empty cell or unreadable text is a data problem in the observation, not an error.
 * @throws MappingError for a mapping that names what the plan or the workbooks do not have, and for an empty
 * mapping over workbooks whose every sheet is hidden (detection reads visible sheets only, so nothing can be
 * found there: the person is told to unhide them rather than shown a table of missing values).
 */
export function readObservations(
  plan: Plan,
  workbooks: readonly Workbook[],
  mapping: MappingFile,
): ObservationSet {
  if (mapping.plan !== undefined && mapping.plan !== plan.id)
    throw new MappingError(
      "mapping.planMismatch",
      message("mapping.planMismatch", { mappingPlan: mapping.plan, plan: plan.id }),
    );
  if (
    mapping.mappings.length === 0 &&
    workbooks.length > 0 &&
    workbooks.every((w) => w.sheets.every((s) => s.state !== "visible"))
  )
    throw new MappingError(
      "mapping.nothingVisible",
      message("mapping.nothingVisible", { workbooks: workbooks.map((w) => w.name).join(", ") }),
    );
  const inputs = checkEntries(plan, mapping.mappings);
  const find = workbookFinder(workbooks);

  const observations = mapping.mappings.map((entry, i): Observation => {
    const index = i + 1;
    const input = inputs[i] as Input;
    const year = entry.year ?? null;

    const workbook = find(entry, index);
    const sheet = findSheet(workbook, entry.sheet);
    if (!sheet)
      throw new MappingError(
        "mapping.unknownSheet",
        message("mapping.unknownSheet", {
          index,
          workbook: workbook.name,
          sheet: entry.sheet,
          known: workbook.sheets.map((s) => s.name).join(", "),
        }),
      );
    const ref = parseA1(entry.cell);
    if (!ref)
      throw new MappingError("mapping.badCell", message("mapping.badCell", { index, cell: entry.cell }));
    const cell = getCell(sheet, ref.row, ref.col);
    return {
      input: entry.input,
      unit: entry.unit,
      year,
      reading: readCell(cell, input),
      source: {
        workbook: workbook.name,
        sheet: sheet.name,
        cell: entry.cell.replace(/\$/g, "").toUpperCase(),
      },
    };
  });
  return new ObservationSet(checkAgainst(plan, observations));
}

/** Finds an entry's workbook: by its name, else by its file name (workbooks indexed once, not per entry). */
function workbookFinder(workbooks: readonly Workbook[]): (entry: MappingEntry, index: number) => Workbook {
  const byName = new Map<string, Workbook>();
  const byFile = new Map<string, Workbook>();
  for (const w of workbooks) {
    if (!byName.has(w.name)) byName.set(w.name, w);
    const key = fileKey(w.name);
    if (!byFile.has(key)) byFile.set(key, w);
  }
  return (entry, index) => {
    if (entry.workbook === undefined) {
      const only = workbooks.length === 1 ? workbooks[0] : undefined;
      if (!only)
        throw new MappingError("mapping.workbookRequired", message("mapping.workbookRequired", { index }));
      return only;
    }
    const found = byName.get(entry.workbook) ?? byFile.get(fileKey(entry.workbook));
    if (!found)
      throw new MappingError(
        "mapping.unknownWorkbook",
        message("mapping.unknownWorkbook", {
          index,
          workbook: entry.workbook,
          known: workbooks.map((w) => w.name).join(", "),
        }),
      );
    return found;
  };
}

/** A file name without folders, case and Unicode form: "Bao cao.XLSX" and "x/bao cao.xlsx" are one file. */
export function fileKey(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).normalize("NFC").toLowerCase();
}

/** Cross-input limits (trained ≤ total, reached ≤ population): the value over its limit becomes a problem. */
function checkAgainst(plan: Plan, observations: Observation[]): Observation[] {
  const byKey = new Map(observations.map((o) => [`${o.input}|${o.unit}|${o.year ?? ""}`, o]));
  return observations.map((o) => {
    const limitId = plan.inputs.find((i) => i.id === o.input)?.notGreaterThan;
    if (!limitId || o.reading.kind !== "number") return o;
    const limit = byKey.get(`${limitId}|${o.unit}|${o.year ?? ""}`);
    if (!limit || limit.reading.kind !== "number" || o.reading.value <= limit.reading.value) return o;
    const name = (id: string) => plan.inputs.find((i) => i.id === id)?.name.vi ?? id;
    const nameEn = (id: string) => plan.inputs.find((i) => i.id === id)?.name.en ?? id;
    const text = message("reading.exceeds", {
      input: name(o.input),
      value: o.reading.value,
      other: name(limitId),
      otherValue: limit.reading.value,
    });
    text.en = message("reading.exceeds", {
      input: nameEn(o.input),
      value: o.reading.value,
      other: nameEn(limitId),
      otherValue: limit.reading.value,
    }).en;
    return { ...o, reading: problem("out-of-range", String(o.reading.value), text) };
  });
}

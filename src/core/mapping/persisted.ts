import { z } from "zod";
import { MappingError } from "../errors";
import { message, type Message } from "../i18n/messages";
import { firstIssue } from "../plan/load";
import { type Plan } from "../plan/schema";
import { columnLetters, parseA1, quoteSheetName, toA1 } from "../workbook/address";
import { getCell, type CellScalar, type Sheet, type Workbook } from "../workbook/model";
import { checkEntries } from "./checkEntries";
import { type MappingEntry } from "./schema";

/**
 * The mapping kept inside the workbook (docs/adr/0006-mapping-inside-the-workbook.md): one workbook-scoped
 * defined name per mapped cell, `chitieu.<input>.<unit>[.y<year>]`, which Excel moves with inserted rows and
 * columns, and a very hidden sheet `chitieu_meta` holding who saved what (A1 the marker, A2… the JSON in chunks).
 * Both the xlsx adapter and the Office.js adapter read and write exactly this.
 */

export const MAPPING_NAME_PREFIX = "chitieu.";
export const META_SHEET_NAME = "chitieu_meta";
export const META_MARKER = "chitieu-mapping v1";
/** Characters of JSON per cell: below Excel's 32,767 per cell, with room to spare. */
export const META_CHUNK_LENGTH = 30_000;
/** Excel's longest defined name. */
const MAX_NAME_LENGTH = 255;

export type MappingKey = { input: string; unit: string; year?: number };

/** A mapping read back from a workbook: where each name points now, not where it pointed when saved. */
export type SavedEntry = MappingEntry & { confirmed: boolean };

/** A saved mapping whose cell is gone: its name points at `#REF!` or was deleted. */
export type LostEntry = MappingKey & {
  name: string;
  /** Where the cell was when the mapping was saved, when the meta sheet says. */
  formerly?: { sheet: string; cell: string };
};

export type SavedMapping = {
  /** The plan the mapping was saved for (meta sheet), or null when only names were read. */
  plan: string | null;
  planVersion?: string;
  savedBy?: string;
  savedAt?: string;
  entries: SavedEntry[];
  lost: LostEntry[];
  /** Data problems met while reading (a damaged meta sheet, a name of another plan): shown, not thrown. */
  warnings: Message[];
};

/** What an adapter writes: the workbook-scoped names and the meta sheet's A2, A3, … texts (A1 is the marker). */
export type MappingToWrite = { names: Array<{ name: string; ref: string }>; metaChunks: string[] };

const metaEntrySchema = z.object({
  name: z.string().min(1),
  input: z.string().min(1),
  unit: z.string().min(1),
  year: z.number().int().min(1990).max(2100).optional(),
  confirmed: z.boolean(),
  confidence: z.number().min(0).max(1).optional(),
  reason: z.string().optional(),
  /** The address when saved: only for telling the user where a lost cell was. */
  sheet: z.string().min(1).optional(),
  cell: z.string().min(1).optional(),
});

const metaSchema = z.object({
  format: z.literal("chitieu-mapping"),
  version: z.literal(1),
  plan: z.string().min(1).nullable(),
  planVersion: z.string().optional(),
  savedBy: z.string().optional(),
  savedAt: z.string().optional(),
  entries: z.array(metaEntrySchema),
});

type Meta = z.infer<typeof metaSchema>;
type MetaEntry = z.infer<typeof metaEntrySchema>;

/** Excel names allow letters, digits, `_`, `.` and `\`, not `-`: ids are folded, and compared case-blind. */
function fold(id: string): string {
  return id.replace(/-/g, "_").toLowerCase();
}

/** True for a name this format owns (`chitieu.` in any case). */
export function isMappingName(name: string): boolean {
  return name.toLowerCase().startsWith(MAPPING_NAME_PREFIX);
}

/** True for the text of a meta sheet's A1, of this or any other version. */
export function isMetaMarker(value: CellScalar | undefined): boolean {
  return typeof value === "string" && /^chitieu-mapping(\s|$)/.test(value.trim());
}

/**
 * The defined name of one mapped value.
 * @throws MappingError for an id Excel could not hold in a name or a year outside 1990–2100.
 * @example encodeMappingName({ input: "revenue", unit: "bao-lai-chau", year: 2025 }) // "chitieu.revenue.bao_lai_chau.y2025"
 */
export function encodeMappingName(entry: MappingKey): string {
  const part = (id: string): string => {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id))
      throw new MappingError("mapping.badNameId", message("mapping.badNameId", { id }));
    return fold(id);
  };
  let name = `${MAPPING_NAME_PREFIX}${part(entry.input)}.${part(entry.unit)}`;
  if (entry.year !== undefined) {
    if (!Number.isInteger(entry.year) || entry.year < 1990 || entry.year > 2100)
      throw new MappingError("mapping.badNameId", message("mapping.badNameId", { id: String(entry.year) }));
    name += `.y${entry.year}`;
  }
  if (name.length > MAX_NAME_LENGTH)
    throw new MappingError("mapping.badNameId", message("mapping.badNameId", { id: name }));
  return name;
}

const NAME_PATTERN = /^chitieu\.([a-z0-9_]+)\.([a-z0-9_]+)(?:\.y([0-9]{4}))?$/;

/** The one plan id that folds to `folded`; undefined when none does or several do (`a-b` and `a_b`). */
function unfold(ids: readonly string[], folded: string): string | undefined {
  const found = ids.filter((id) => fold(id) === folded);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The input, unit and year a defined name stands for, with the plan's own ids (`bao_lai_chau` → `bao-lai-chau`).
 * @returns null for a name of another tool, of another plan, or not of this format.
 * @example decodeMappingName("CHITIEU.Revenue.Bao_Lai_Chau.y2025", plan) // { input: "revenue", unit: "bao-lai-chau", year: 2025 }
 */
export function decodeMappingName(name: string, plan: Plan): MappingKey | null {
  const m = NAME_PATTERN.exec(name.trim().toLowerCase());
  if (!m?.[1] || !m[2]) return null;
  const input = unfold(
    plan.inputs.map((i) => i.id),
    m[1],
  );
  const unit = unfold(
    plan.units.units.map((u) => u.id),
    m[2],
  );
  if (input === undefined || unit === undefined) return null;
  if (m[3] === undefined) return { input, unit };
  const year = Number(m[3]);
  return year >= 1990 && year <= 2100 ? { input, unit, year } : null;
}

/** Quotes a sheet name unless Excel could not mistake it: plain words only, never a cell (A1, R1C1) or TRUE. */

/**
 * An absolute single-cell reference as a defined name holds it.
 * @example formatCellRef("Báo Lai Châu", "I10") // "'Báo Lai Châu'!$I$10"
 */
export function formatCellRef(sheet: string, cell: string): string | null {
  const ref = parseA1(cell);
  return ref ? `${quoteSheetName(sheet)}!$${columnLetters(ref.col)}$${ref.row}` : null;
}

export type ParsedRef =
  | { kind: "cell"; sheet: string; cell: string }
  /** The cell or its sheet was deleted: Excel wrote `#REF!`. */
  | { kind: "deleted" }
  /** A range, a formula, a constant or another workbook: not one cell. */
  | { kind: "other" };

/**
 * Reads a defined name's reference: `'Sheet ''x'''!$E$12`, `Sheet1!E12`, `=Sheet1!$E$12`.
 * @example parseCellRef("'O''Brien'!$B$3") // { kind: "cell", sheet: "O'Brien", cell: "B3" }
 */
export function parseCellRef(ref: string): ParsedRef {
  const text = ref.trim().replace(/^=/, "");
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    sheet = "";
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return { kind: "other" };
      if (ch === "'") {
        if (text[i + 1] !== "'") break;
        i += 1;
      }
      sheet += ch;
      i += 1;
    }
    if (text[i + 1] !== "!") return { kind: "other" };
    rest = text.slice(i + 2);
  } else {
    const bang = text.indexOf("!");
    if (bang < 0) return /#REF!?/i.test(text) ? { kind: "deleted" } : { kind: "other" };
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
    if (sheet.toUpperCase() === "#REF") return { kind: "deleted" };
  }
  if (/^#REF!?$/i.test(rest)) return { kind: "deleted" };
  const cell = parseA1(rest);
  if (!cell || sheet === "" || sheet.startsWith("[")) return { kind: "other" };
  return { kind: "cell", sheet, cell: toA1(cell) };
}

/**
 * What an adapter must write for these entries: one name per entry and the meta sheet's JSON in chunks.
 * Entries are for this one workbook (their `workbook` field is not looked at); `confirmed` defaults to true,
 * since someone chose to save them.
 * @throws MappingError for an entry the plan does not know, a yearly input without a year, a bad cell, two
 * entries for the same value, or ids that fold to the same name.
 * @example buildSavedMapping(plan, [{ input: "revenue", unit: "bao-lai-chau", year: 2025, sheet: "Báo Lai Châu", cell: "I10" }], { savedBy: "chitieu 0.1", savedAt: "2025-01-31T08:00:00.000Z" })
 */
export function buildSavedMapping(
  plan: Plan,
  entries: ReadonlyArray<MappingEntry & { confirmed?: boolean }>,
  meta: { savedBy: string; savedAt: string },
): MappingToWrite {
  const inputIds = plan.inputs.map((i) => i.id);
  const unitIds = plan.units.units.map((u) => u.id);
  const names: MappingToWrite["names"] = [];
  const metaEntries: MetaEntry[] = [];

  entries.forEach((entry, i) => {
    for (const [id, ids] of [
      [entry.input, inputIds],
      [entry.unit, unitIds],
    ] as const) {
      const twins = ids.filter((other) => fold(other) === fold(id));
      if (twins.length > 1)
        throw new MappingError(
          "mapping.nameAmbiguous",
          message("mapping.nameAmbiguous", { index: i + 1, ids: twins.join(", ") }),
        );
    }
  });
  // Excel compares names without case: two entries whose names differ only in case are the same slot.
  checkEntries(plan, entries, (e) => encodeMappingName(e).toLowerCase());

  entries.forEach((entry, i) => {
    const index = i + 1;
    const name = encodeMappingName(entry);
    const at = parseA1(entry.cell);
    const ref = formatCellRef(entry.sheet, entry.cell);
    if (!at || !ref)
      throw new MappingError("mapping.badCell", message("mapping.badCell", { index, cell: entry.cell }));
    names.push({ name, ref });
    metaEntries.push({
      name,
      input: entry.input,
      unit: entry.unit,
      ...(entry.year !== undefined ? { year: entry.year } : {}),
      confirmed: entry.confirmed ?? true,
      ...(entry.confidence !== undefined ? { confidence: entry.confidence } : {}),
      ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
      sheet: entry.sheet,
      cell: toA1(at),
    });
  });

  const json: Meta = {
    format: "chitieu-mapping",
    version: 1,
    plan: plan.id,
    planVersion: plan.version,
    savedBy: meta.savedBy,
    savedAt: meta.savedAt,
    entries: metaEntries,
  };
  return { names, metaChunks: splitChunks(JSON.stringify(json), META_CHUNK_LENGTH) };
}

/**
 * Cuts text into pieces of at most `size` UTF-16 units. A cut never splits a surrogate pair and, when it can (within
 * 100 characters), falls before JSON punctuation or a letter: a cell starting with `'`, `=`, `+`, `-`, `@`, a digit
 * or a space could be changed by Excel when a person or Office.js writes it (apostrophe prefix, formula, number).
 */
export function splitChunks(text: string, size: number): string[] {
  const safeStart = /^["{}[\],:A-Za-z]/;
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const hard = end;
      while (end > start + 1 && end > hard - 100 && !safeStart.test(text.slice(end, end + 1))) end -= 1;
      if (!safeStart.test(text.slice(end, end + 1))) end = hard;
      const last = text.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The meta sheet: the sheet whose A1 holds the marker, preferring one named `chitieu_meta`. */
function findMetaSheet(workbook: Workbook): Sheet | undefined {
  const marked = workbook.sheets.filter((s) => isMetaMarker(getCell(s, 1, 1)?.value));
  return marked.find((s) => s.name.toLowerCase() === META_SHEET_NAME) ?? marked[0];
}

type MetaReading = { meta: Meta } | { problem: string };

function readMeta(sheet: Sheet): MetaReading {
  const marker = getCell(sheet, 1, 1)?.value;
  if (typeof marker !== "string" || marker.trim() !== META_MARKER)
    return { problem: `A1 = ${JSON.stringify(marker ?? null)}, expected "${META_MARKER}"` };
  let text = "";
  for (let row = 2; ; row++) {
    const value = getCell(sheet, row, 1)?.value;
    if (value === undefined || value === null || value === "") break;
    if (typeof value !== "string") return { problem: `A${row} is not text` };
    text += value;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: (e as Error).message };
  }
  const parsed = metaSchema.safeParse(json);
  if (!parsed.success) {
    const { field, problem } = firstIssue(parsed.error);
    return { problem: `${field}: ${problem}` };
  }
  return { meta: parsed.data };
}

/**
 * The mapping saved in a workbook: each meta entry whose name still exists, at the name's current cell (so a
 * row inserted in Excel moves it); names of the format without a meta entry (read from the name, unconfirmed);
 * names pointing at `#REF!`, and meta entries whose name is gone, as lost. A damaged meta sheet gives a warning
 * and the names-only reading.
 * @returns null when the workbook has neither a `chitieu.` name nor a meta sheet.
 */
export function readSavedMapping(workbook: Workbook, plan: Plan): SavedMapping | null {
  const named = workbook.definedNames.filter((n) => isMappingName(n.name));
  const metaSheet = findMetaSheet(workbook);
  if (named.length === 0 && !metaSheet) return null;

  const warnings: Message[] = [];
  const refs = new Map<string, { name: string; refs: string[] }>();
  for (const n of named) {
    const key = n.name.toLowerCase();
    const seen = refs.get(key);
    if (seen) seen.refs.push(n.ref);
    else refs.set(key, { name: n.name, refs: [n.ref] });
  }

  let meta: Meta | undefined;
  if (metaSheet) {
    const reading = readMeta(metaSheet);
    if ("meta" in reading) meta = reading.meta;
    else
      warnings.push(
        message("savedMapping.badMeta", {
          workbook: workbook.name,
          sheet: metaSheet.name,
          detail: reading.problem,
        }),
      );
  }
  if (meta?.plan && meta.plan !== plan.id)
    warnings.push(
      message("savedMapping.otherPlan", { workbook: workbook.name, savedPlan: meta.plan, plan: plan.id }),
    );

  const entries: SavedEntry[] = [];
  const lost: LostEntry[] = [];
  /** Resolves one name to its current cell; `saved` carries what the meta sheet knows. */
  const place = (key: MappingKey, name: string, refTexts: string[], saved?: MetaEntry) => {
    const ref = refTexts.length === 1 && refTexts[0] !== undefined ? parseCellRef(refTexts[0]) : undefined;
    if (ref?.kind === "cell")
      entries.push({
        workbook: workbook.name,
        ...keyOf(key),
        sheet: ref.sheet,
        cell: ref.cell,
        ...(saved?.confidence !== undefined ? { confidence: saved.confidence } : {}),
        ...(saved?.reason !== undefined ? { reason: saved.reason } : {}),
        confirmed: saved?.confirmed ?? false,
      });
    else if (ref?.kind === "deleted") lost.push(lostEntry(name, key, saved));
    else
      warnings.push(
        message("savedMapping.notOneCell", { workbook: workbook.name, name, ref: refTexts.join(", ") }),
      );
  };

  const done = new Set<string>();
  for (const saved of meta?.entries ?? []) {
    const key = saved.name.toLowerCase();
    if (done.has(key)) continue;
    done.add(key);
    const found = refs.get(key);
    if (found) place(saved, found.name, found.refs, saved);
    else lost.push(lostEntry(saved.name, saved, saved));
  }
  for (const [key, { name, refs: refTexts }] of refs) {
    if (done.has(key)) continue;
    const decoded = decodeMappingName(name, plan);
    if (decoded) place(decoded, name, refTexts);
    else warnings.push(message("savedMapping.unknownName", { workbook: workbook.name, name, plan: plan.id }));
  }

  return {
    plan: meta?.plan ?? null,
    ...(meta?.planVersion !== undefined ? { planVersion: meta.planVersion } : {}),
    ...(meta?.savedBy !== undefined ? { savedBy: meta.savedBy } : {}),
    ...(meta?.savedAt !== undefined ? { savedAt: meta.savedAt } : {}),
    entries,
    lost,
    warnings,
  };
}

function keyOf(key: MappingKey): MappingKey {
  return { input: key.input, unit: key.unit, ...(key.year !== undefined ? { year: key.year } : {}) };
}

function lostEntry(name: string, key: MappingKey, saved?: MetaEntry): LostEntry {
  const formerly =
    saved?.sheet !== undefined && saved.cell !== undefined
      ? { sheet: saved.sheet, cell: saved.cell }
      : undefined;
  return { name, ...keyOf(key), ...(formerly ? { formerly } : {}) };
}

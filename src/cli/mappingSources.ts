import os from "node:os";
import path from "node:path";
import { detect } from "../core/detect/detect";
import { DEFAULT_MIN_CONFIDENCE } from "../core/detect/types";
import { bothLanguages, message } from "../core/i18n/messages";
import { readSavedMapping } from "../core/mapping/persisted";
import { type MappingEntry, type MappingFile } from "../core/mapping/schema";
import { type Plan } from "../core/plan/schema";
import { type Workbook } from "../core/workbook/model";

type Say = (s: string) => void;

/**
 * The mapping for a summary given no --mapping: each workbook's saved mapping when it has one, else what
 * detection finds at or above DEFAULT_MIN_CONFIDENCE. Every choice is said on stderr.
 */
export function mappingFromWorkbooks(plan: Plan, workbooks: Workbook[], say: Say): MappingFile {
  const mappings: MappingEntry[] = [];
  const toDetect: Workbook[] = [];
  for (const wb of workbooks) {
    const saved = readSavedMapping(wb, plan);
    for (const w of saved?.warnings ?? []) say(`${bothLanguages(w)}\n`);
    if (!saved || saved.entries.length === 0) {
      toDetect.push(wb);
      continue;
    }
    const confirmed = saved.entries.filter((e) => e.confirmed).length;
    say(
      `${bothLanguages(
        message("cli.savedMappingUsed", {
          workbook: wb.name,
          count: saved.entries.length,
          confirmed: confirmed > 0 ? `, ${confirmed} đã xác nhận` : "",
          confirmedEn: confirmed > 0 ? `, ${confirmed} confirmed` : "",
        }),
      )}\n`,
    );
    if (saved.lost.length > 0)
      say(
        `${bothLanguages(message("cli.savedMappingLost", { workbook: wb.name, count: saved.lost.length, names: saved.lost.map((l) => l.name).join(", ") }))}\n`,
      );
    for (const e of saved.entries) mappings.push({ ...entryOf(e), workbook: wb.name });
  }
  if (toDetect.length > 0) {
    const detection = detect(plan, toDetect);
    const used = detection.mappings.filter((m) => m.confidence >= DEFAULT_MIN_CONFIDENCE);
    say(
      `${bothLanguages(message("cli.autoMapping", { count: used.length, min: DEFAULT_MIN_CONFIDENCE, missing: detection.unmatched.length }))}\n`,
    );
    mappings.push(...used.map(entryOf));
  }
  return { plan: plan.id, mappings };
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

/** Who saves a mapping, as the meta sheet records it. */
export function savedBy(): string {
  let user = "";
  try {
    user = os.userInfo().username;
  } catch {
    // No user database (some containers): the tool's name alone says enough.
  }
  return user ? `${user} (chitieu 0.1.0)` : "chitieu 0.1.0";
}

/** Where `--save` writes the copy of one workbook: the path itself for one input, inside the folder for several. */
export function savePath(save: string, input: string, count: number): string {
  return count === 1 ? save : path.join(save, path.basename(input));
}

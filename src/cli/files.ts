import { promises as fs } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { readWorkbook } from "../adapters/xlsx/readWorkbook";
import { ChitieuError } from "../core/errors";
import { message, type MessageKey } from "../core/i18n/messages";
import { builtInPlan } from "../core/plan/catalogue";
import { builtInUnitLists } from "../core/plan/catalogue";
import { parsePlanText } from "../core/plan/load";
import { type Plan } from "../core/plan/schema";
import { parseMappingText } from "../core/mapping/parse";
import { type MappingFile } from "../core/mapping/schema";
import { type Workbook } from "../core/workbook/model";

/** A file-system failure as a message a person can act on. */
class FileError extends ChitieuError {}

function fileError(key: MessageKey, p: string, e: unknown): FileError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new FileError("file.notFound", message("file.notFound", { path: p }));
  const detail = code === "EISDIR" ? "it is a folder / là thư mục" : (code ?? (e as Error).message);
  return new FileError(key, message(key, { path: p, detail }));
}

export async function readText(p: string): Promise<string> {
  try {
    return await fs.readFile(p, "utf8");
  } catch (e) {
    throw fileError("file.unreadable", p, e);
  }
}

export async function readBytes(p: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(p));
  } catch (e) {
    throw fileError("file.unreadable", p, e);
  }
}

export async function writeBytes(p: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.mkdir(path.dirname(path.resolve(p)), { recursive: true });
    await fs.writeFile(p, bytes);
  } catch (e) {
    throw fileError("file.cannotWrite", p, e);
  }
}

/** `--plan` takes a built-in id or a path to a plan file (anything ending in .json or containing a slash). */
export async function loadPlan(idOrPath: string): Promise<Plan> {
  if (idOrPath.endsWith(".json") || idOrPath.includes("/") || idOrPath.includes("\\")) {
    return parsePlanText(await readText(idOrPath), idOrPath, builtInUnitLists);
  }
  return builtInPlan(idOrPath);
}

export async function loadMapping(p: string): Promise<MappingFile> {
  return parseMappingText(await readText(p), p);
}

/**
 * Reading a workbook takes about 12 bytes of memory per byte of unpacked XML (measured on sheets of a million
 * rows: numbers, shared strings, styled empty cells); a twentieth of the memory still free leaves room for the
 * rest of the run. A bigger workbook gets a message instead of an out-of-memory crash.
 */
const MEMORY_PER_XML_BYTE = 20;

/** How many bytes of unpacked XML a workbook read now may have. */
export function unpackedBudget(): number {
  const heap = v8.getHeapStatistics();
  return Math.floor((heap.heap_size_limit - heap.used_heap_size) / MEMORY_PER_XML_BYTE);
}

export async function loadWorkbook(p: string): Promise<Workbook> {
  return readWorkbook(await readBytes(p), path.basename(p), { maxUnpackedBytes: unpackedBudget() });
}

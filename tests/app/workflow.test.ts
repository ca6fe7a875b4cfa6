/**
 * The workflow the pane and the ribbon command share, run against the real browser-mode host (the .xlsx adapter)
 * and a fake Excel host built on the real core: the download equals what `chitieu` writes for the same file and
 * mapping; the command uses the saved mapping, else detection, and reports failures as messages.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { ExcelApiError } from "../../src/adapters/office/errors";
import { type EntryToSave, type ExcelHost, type SummaryRequest } from "../../src/app/host";
import { initialSession, mappingFile } from "../../src/app/session";
import { createStore } from "../../src/app/store";
import { createSummary, findCells, openFiles } from "../../src/app/workflow";
import { runSummaryCommand } from "../../src/commands/runCommand";
import { buildSavedMapping } from "../../src/core/mapping/persisted";
import { message } from "../../src/core/i18n/messages";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { type Plan } from "../../src/core/plan/schema";
import { findSheet, type Workbook } from "../../src/core/workbook/model";
import { createBrowserHost } from "../../src/taskpane/hosts/browserHost";
import { runCli } from "../support/runCli";
import { type AppFixture, sheetPerAgency } from "./support/fixture";

const plan = builtInPlan("lai-chau-3414");
const TODAY = new Date("2026-11-26T00:00:00Z");
const options = { language: "vi" as const, today: () => TODAY, yieldToUi: () => Promise.resolve() };
let fx: AppFixture;

beforeAll(async () => {
  fx = await sheetPerAgency();
}, 60_000);

/** The summary sheet's cells as [address, value, formula] triples. */
function summaryCells(wb: Workbook): string[] {
  const sheet = findSheet(wb, "Đánh giá chỉ tiêu");
  if (!sheet) throw new Error(`no summary sheet in ${wb.sheets.map((s) => s.name).join(", ")}`);
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) out.push(`${r},${c}=${JSON.stringify(cell.value)}|${cell.formula ?? ""}`);
    }),
  );
  return out;
}

test("browser mode's download is the workbook `chitieu map --save` + `summarize -o` write for the same mapping", async () => {
  const host = createBrowserHost({ now: () => TODAY });
  const store = createStore(initialSession(plan));
  expect(await openFiles(store, host, [{ name: fx.fileName, bytes: fx.bytes }])).toBe(true);
  const written = await createSummary(store, host, options);
  expect(store.get().activity).toMatchObject({ kind: "done", notice: { kind: "summary" } });
  if (!written?.download) throw new Error("no download");
  expect(written.download.fileName).toBe(fx.fileName.replace(/\.xlsx$/, "-tong-hop.xlsx"));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-workflow-"));
  try {
    const input = path.join(dir, fx.fileName);
    fs.writeFileSync(input, fx.bytes);
    fs.writeFileSync(path.join(dir, "m.json"), JSON.stringify(mappingFile(store.get())));
    const copy = path.join(dir, "copy.xlsx");
    const out = path.join(dir, "out.xlsx");
    expect((await runCli(["map", input, "--mapping", path.join(dir, "m.json"), "--save", copy])).code).toBe(
      0,
    );
    expect((await runCli(["summarize", copy, "-o", out])).code).toBe(0);
    const cli = await readWorkbook(new Uint8Array(fs.readFileSync(out)), "copy.xlsx");
    const pane = await readWorkbook(written.download.bytes, "copy.xlsx");
    expect(summaryCells(pane)).toEqual(summaryCells(cli));
    expect(pane.sheets.map((s) => s.name)).toEqual(cli.sheets.map((s) => s.name));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("detection before any workbook is open says what to do instead of failing silently", async () => {
  const store = createStore(initialSession(plan));
  expect(await findCells(store, options)).toBe(false);
  expect(store.get().activity).toEqual({ kind: "failed", message: message("app.noWorkbook") });
});

/** Excel as the app layer sees it: the model in memory; saving checks entries with the core, as Office.js would. */
function fakeExcel(model: Workbook, fail?: { saveMapping?: Error }) {
  const calls = { saved: [] as EntryToSave[][], written: [] as SummaryRequest[] };
  const host: ExcelHost = {
    kind: "excel",
    readModels: () => Promise.resolve([model]),
    saveMapping: (p: Plan, workbook: string, entries: readonly EntryToSave[]) => {
      if (fail?.saveMapping) return Promise.reject(fail.saveMapping);
      buildSavedMapping(p, entries, { savedBy: "test", savedAt: TODAY.toISOString() });
      calls.saved.push([...entries]);
      return Promise.resolve({ workbook, names: entries.length, warnings: [] });
    },
    writeSummary: (request) => {
      calls.written.push(request);
      return Promise.resolve({ sheetName: "Đánh giá chỉ tiêu", live: true, warnings: [] });
    },
    selectCell: () => Promise.resolve(),
    selectedCell: () => Promise.resolve(null),
  };
  return { host, calls };
}

test("the ribbon command uses detection's cells at or above the threshold when nothing is saved", async () => {
  const { host, calls } = fakeExcel(fx.model);
  const outcome = await runSummaryCommand(host, options);
  expect(outcome).toEqual({ kind: "written", sheetName: "Đánh giá chỉ tiêu" });
  expect(calls.saved).toHaveLength(1);
  expect(calls.saved[0]?.length).toBeGreaterThan(10);
  expect(calls.saved[0]?.every((e) => !e.confirmed && (e.confidence ?? 0) >= 0.6)).toBe(true);
  expect(calls.written[0]?.report.indicators.length).toBeGreaterThan(0);
});

test("the ribbon command uses the workbook's saved mapping as it is", async () => {
  const entries = fx.mapping.slice(0, 5).map(({ workbook: _w, ...e }) => ({ ...e, confirmed: true }));
  const { saveMappingCopy } = await import("../../src/adapters/xlsx/saveMapping");
  const { bytes } = await saveMappingCopy(fx.bytes, plan, entries, {
    savedBy: "t",
    savedAt: "2025-01-01T00:00:00Z",
  });
  const { host, calls } = fakeExcel(await readWorkbook(bytes, fx.fileName));
  expect((await runSummaryCommand(host, options)).kind).toBe("written");
  expect(
    calls.saved[0]
      ?.map((e) => `${e.input}|${e.unit}|${e.year ?? ""}|${e.sheet}!${e.cell}|${e.confirmed}`)
      .sort(),
  ).toEqual(entries.map((e) => `${e.input}|${e.unit}|${e.year ?? ""}|${e.sheet}!${e.cell}|true`).sort());
});

test("the ribbon command turns Excel's refusal into the message to show, in both languages", async () => {
  const refusal = new ExcelApiError(
    "office.cellEditMode",
    message("office.cellEditMode", { action: "x" }),
    "InvalidOperationInCellEditMode",
  );
  const { host, calls } = fakeExcel(fx.model, { saveMapping: refusal });
  const outcome = await runSummaryCommand(host, options);
  expect(outcome.kind).toBe("failed");
  if (outcome.kind === "failed") {
    expect(outcome.message.vi).toContain("chế độ sửa ô");
    expect(outcome.message.en).toContain("editing a cell");
    expect(outcome.message.vi).not.toMatch(/\bat .*\.ts:\d+/);
  }
  expect(calls.written).toEqual([]);
});

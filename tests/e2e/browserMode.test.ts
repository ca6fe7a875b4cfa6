/**
 * The built task pane in real headless Chromium, in browser mode (office.js there but reporting no host), on
 * every fixture layout the repo generates: open the workbook(s) through the file input, "Tìm chỉ tiêu", correct
 * a match by hand, download the summary, and compare it cell by cell with `chitieu summarize -o` on the same
 * files with the mapping the pane saved; the statuses shown equal the CLI's. Then accessibility (axe, keyboard),
 * English, a file that is not .xlsx, and the README's screenshot (docs/taskpane.png). In every flow nothing but
 * the (stood-in) office.js leaves the page, and there is no page error and no CSP violation.
 *
 * The page's clock is fixed at tests/support/runCli.ts's day, so the pane's summary is dated as the CLI's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser } from "playwright-core";
import { generateFixtures } from "../../scripts/generate-fixtures";
import { PLAN_ID } from "../../scripts/fixtures/layouts";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { type Slot, slotLabel } from "../../src/app/slots";
import { message, type MessageKey } from "../../src/core/i18n/messages";
import { readSavedMapping } from "../../src/core/mapping/persisted";
import { type MappingEntry } from "../../src/core/mapping/schema";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { label } from "../../src/core/summary/format";
import { parseA1, toA1 } from "../../src/core/workbook/address";
import { findSheet, getCell, type Workbook } from "../../src/core/workbook/model";
import { type JsonReport, runCli } from "../support/runCli";
import { axeViolations } from "./support/axe";
import { BUILD_TIMEOUT_MS, builtAddin } from "./support/build";
import {
  describeBrowser,
  launchChromium,
  OFFICE_JS_URL,
  openPage,
  PANE_VIEWPORT,
  type PageOptions,
  type WatchedPage,
} from "./support/browser";
import {
  assignCell,
  downloadSummary,
  escapeRegExp,
  findIndicators,
  openWorkbooks,
  type PickHow,
  shownEntries,
  shownMapping,
  shownStatuses,
  waitForBrowserMode,
} from "./support/pane";
import { screenshotPane } from "./support/screenshot";
import { serveDirectory, type StaticServer } from "./support/server";
import { formulas, summaryCells } from "./support/summaryCells";
import { PREVIEW_COLS, PREVIEW_ROWS } from "../../src/taskpane/SheetPreview/useSheetPreview";

// Each flow opens, detects, downloads and runs the CLI twice: seconds alone, more on two busy cores.
jest.setTimeout(120_000);

/** tests/support/runCli.ts's today: the pane's clock is fixed at it too. */
const TODAY = new Date("2026-11-26T00:00:00Z");
const PLAN = builtInPlan(PLAN_ID);
const SUMMARY_SHEET = label("layout.sheetName", "vi");
/** The value corrected by hand in every layout. */
const CORRECTED: Slot = { input: "revenue", unit: "bao-lai-chau", year: 2025 };

type LayoutCase = {
  layout: string;
  /** How the person points at the new cell. */
  how: PickHow;
  /** A found entry the person also removes ("Bỏ"). */
  remove?: Slot;
};

const CASES: LayoutCase[] = [
  { layout: "sheet-per-agency", how: "click" },
  {
    layout: "agencies-as-columns",
    how: "type",
    remove: { input: "revenue", unit: "dai-ptth-lai-chau", year: 2025 },
  },
  { layout: "statistical-form", how: "click" },
  { layout: "workbook-per-agency", how: "type" },
];

let server: StaticServer;
let browser: Browser;
let tmp: string;
/** layout → its generated .xlsx files (absolute paths, generator's order). */
const inputs = new Map<string, string[]>();

function filesOf(layout: string): string[] {
  const files = inputs.get(layout);
  if (!files) throw new Error(`no fixture for ${layout}`);
  return files;
}

async function openPane(options: PageOptions = {}): Promise<WatchedPage> {
  const pane = await openPage(browser, server.origin, "/taskpane.html", {
    office: "no-host",
    fixedTime: TODAY,
    ...options,
  });
  await waitForBrowserMode(pane.page, options.locale?.startsWith("en") ? "Open workbook" : "Mở sổ tính");
  return pane;
}

/** Nothing left the page but the stood-in office.js; no script error, no CSP violation, no console error. */
function expectQuietPage(pane: WatchedPage): void {
  expect(pane.external).toEqual([OFFICE_JS_URL]);
  expect(pane.pageErrors).toEqual([]);
  expect(pane.cspViolations()).toEqual([]);
  expect(pane.unexpectedConsoleErrors()).toEqual([]);
}

/** A cell next to `cell` (left, right, above, below) holding another number (or a number written as text, as
 * some agencies do: "12.450"), inside the sheet preview. */
function neighbourNumber(workbook: Workbook, sheetName: string, cell: string): string {
  const sheet = findSheet(workbook, sheetName);
  const at = parseA1(cell);
  if (!sheet || !at) throw new Error(`no cell ${sheetName}!${cell} in ${workbook.name}`);
  const here = getCell(sheet, at.row, at.col)?.value;
  for (const [dr, dc] of [
    [0, -1],
    [0, 1],
    [-1, 0],
    [1, 0],
  ] as const) {
    const row = at.row + dr;
    const col = at.col + dc;
    const value = row > 0 && col > 0 ? getCell(sheet, row, col)?.value : undefined;
    const numeric = typeof value === "number" || (typeof value === "string" && /^\d[\d.,]*$/.test(value));
    if (numeric && value !== here && row <= PREVIEW_ROWS && col <= PREVIEW_COLS) return toA1({ row, col });
  }
  throw new Error(`no numeric neighbour of ${sheetName}!${cell} in the preview`);
}

/**
 * A formula reference to `cell` of `sheet` as the summary writes it: `'Báo cáo'!$I$10`; with several workbooks
 * the summary reads a copy of the sheet named `<workbook without .xlsx> - <sheet>`.
 */
function refPattern(at: { workbook: string; sheet: string; cell: string }, several: boolean): RegExp {
  const ref = parseA1(at.cell);
  if (!ref) throw new Error(`not a cell: ${at.cell}`);
  const sheet = several ? `${at.workbook.replace(/\.xlsx$/i, "")} - ${at.sheet}` : at.sheet;
  const col = at.cell.replace(/\d+$/, "");
  const name = escapeRegExp(sheet.replace(/'/g, "''"));
  return new RegExp(`(?<![\\w'])(?:'${name}'|${name})!\\$${col}\\$${ref.row}(?![0-9])`);
}

const key = (e: Pick<MappingEntry, "input" | "unit" | "year">) => `${e.input}|${e.unit}|${e.year ?? ""}`;
const sortEntries = (entries: MappingEntry[]) =>
  entries
    .map((e) => ({
      workbook: e.workbook,
      input: e.input,
      unit: e.unit,
      ...(e.year !== undefined ? { year: e.year } : {}),
      sheet: e.sheet,
      cell: e.cell,
    }))
    .sort((a, b) => key(a).localeCompare(key(b)));

describeBrowser("the task pane in browser mode, in headless Chromium", () => {
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-e2e-"));
    const written = await generateFixtures(path.join(tmp, "fixtures"));
    for (const file of written.filter((f) => f.endsWith(".xlsx"))) {
      const layout = path.basename(path.dirname(file));
      inputs.set(layout, [...(inputs.get(layout) ?? []), file]);
    }
    server = await serveDirectory(await builtAddin());
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("the fixtures cover every layout, one with several workbooks", () => {
    expect([...inputs.keys()].sort()).toEqual(CASES.map((c) => c.layout).sort());
    expect(filesOf("workbook-per-agency").length).toBeGreaterThan(1);
  });

  for (const { layout, how, remove } of CASES) {
    test(`${layout}: find, correct by hand (${how === "click" ? "a click in the preview" : "a typed address"}), download — the summary and the statuses are the CLI's`, async () => {
      const files = filesOf(layout);
      const several = files.length > 1;
      const dir = fs.mkdtempSync(path.join(tmp, `${layout}-`));
      const pane = await openPane();
      try {
        const page = pane.page;
        await openWorkbooks(page, files);
        const found = await findIndicators(page);
        expect(found).toBeGreaterThan(10);

        // Found entries, each with its cell, confidence and reason.
        const entries = await shownEntries(page);
        expect(entries).toHaveLength(found);
        for (const e of entries) {
          expect(e.button).toMatch(several ? /: \[[^\]]+\.xlsx\] .+![A-Z]+\d+$/ : /: .+![A-Z]+\d+$/);
          expect(e.confidence).toEqual(expect.any(Number));
          expect(e.confidence).toBeGreaterThan(0);
          expect(e.confidence).toBeLessThanOrEqual(100);
          expect(e.reason.length).toBeGreaterThan(10);
          expect(e.origin).toBe("Tự tìm");
        }

        // The correction: the revenue of Báo Lai Châu in 2025 moves to a neighbouring number.
        const before = await shownMapping(page, PLAN, files);
        const detected = before.find((e) => key(e) === key(CORRECTED));
        if (!detected?.workbook) throw new Error(`${layout}: detection found no cell for ${key(CORRECTED)}`);
        const source = files.find((f) => path.basename(f) === detected.workbook) as string;
        const model = await readWorkbook(new Uint8Array(fs.readFileSync(source)), detected.workbook);
        const newCell = neighbourNumber(model, detected.sheet, detected.cell);
        const moved = { workbook: detected.workbook, sheet: detected.sheet, cell: newCell };
        await assignCell(page, PLAN, CORRECTED, moved, how, several);
        const correctedLabel = slotLabel(PLAN, CORRECTED, "vi");
        const mine = (await shownEntries(page)).filter((e) => e.button.startsWith(`${correctedLabel}: `));
        expect(mine.map((e) => [e.button, e.origin])).toEqual([
          [
            `${correctedLabel}: ${several ? `[${moved.workbook}] ` : ""}${moved.sheet}!${newCell}`,
            "Chọn tay",
          ],
        ]);

        if (remove) {
          const removedLabel = slotLabel(PLAN, remove, "vi");
          await page.getByRole("button", { name: `Bỏ ánh xạ ${removedLabel}`, exact: true }).click();
          await page.getByRole("button", { name: `Gán ô cho ${removedLabel}`, exact: true }).waitFor();
          expect(
            await page.getByRole("button", { name: `Bỏ ánh xạ ${removedLabel}`, exact: true }).count(),
          ).toBe(0);
        }
        const shown = await shownMapping(page, PLAN, files);
        expect(shown.some((e) => key(e) === key(CORRECTED) && e.cell === newCell)).toBe(true);
        if (remove) expect(shown.some((e) => key(e) === key(remove))).toBe(false);

        // The summary, downloaded.
        const downloaded = await downloadSummary(page, dir);
        await page.getByText(/đang được tải xuống/).waitFor();

        // The mapping the pane saved: inside the download when it is a copy of the one workbook (the names and
        // the meta sheet), and as the list shows it in any case; both must agree.
        let mapping = shown;
        if (!several) {
          const name = path.basename(files[0] as string);
          const saved = readSavedMapping(
            await readWorkbook(new Uint8Array(fs.readFileSync(downloaded)), name),
            PLAN,
          );
          if (!saved) throw new Error(`${layout}: the download holds no saved mapping`);
          expect(saved.lost).toEqual([]);
          const savedEntries = saved.entries.map((e) => ({ ...e, workbook: name }));
          expect(sortEntries(savedEntries)).toEqual(sortEntries(shown));
          expect(saved.entries.find((e) => key(e) === key(CORRECTED))).toMatchObject({
            cell: newCell,
            confirmed: true,
          });
          mapping = savedEntries;
        }

        // The CLI on the same files with that mapping.
        const mappingFile = path.join(dir, "mapping.json");
        fs.writeFileSync(
          mappingFile,
          JSON.stringify({ plan: PLAN_ID, mappings: sortEntries(mapping) }, null, 2),
        );
        const cliOut = path.join(dir, "cli-summary.xlsx");
        const cli = await runCli(["summarize", ...files, "--mapping", mappingFile, "--json", "-o", cliOut]);
        expect({ code: cli.code, err: cli.err }).toEqual({
          code: 0,
          err: expect.not.stringMatching(/Lỗi|Error/) as unknown,
        });

        const fromPane = await summaryCells(downloaded, SUMMARY_SHEET);
        const fromCli = await summaryCells(cliOut, SUMMARY_SHEET);
        const withoutMeta = (s: typeof fromPane) => s.sheets.filter((x) => x.name !== "chitieu_meta");
        expect(withoutMeta(fromPane)).toEqual(withoutMeta(fromCli));
        expect(Object.keys(fromPane.cells).length).toBeGreaterThan(100);
        expect(fromPane.cells).toEqual(fromCli.cells);
        expect(fromPane.merges).toEqual(fromCli.merges);

        // The hand-made correction is in both: a formula reads the new cell; none reads the old one any more
        // (unless another mapped value lives there).
        const newRef = refPattern(moved, several);
        expect(formulas(fromPane).some((f) => newRef.test(f.formula))).toBe(true);
        expect(formulas(fromCli).some((f) => newRef.test(f.formula))).toBe(true);
        const oldStillMapped = mapping.some(
          (e) => e.workbook === detected.workbook && e.sheet === detected.sheet && e.cell === detected.cell,
        );
        if (!oldStillMapped) {
          const oldRef = refPattern({ ...detected, workbook: detected.workbook }, several);
          expect(formulas(fromPane).filter((f) => oldRef.test(f.formula))).toEqual([]);
        }

        // Attainment in words, as the CLI assesses it.
        const report = JSON.parse(cli.out) as JsonReport;
        const expected = report.indicators.map((r) => {
          const name = PLAN.indicators.find((i) => i.id === r.id)?.name.vi ?? r.id;
          const text = message(`status.${r.status}` as MessageKey).vi;
          return { label: `${name} ${r.targetYear}: ${text}`, status: r.status, text };
        });
        expect(expected.length).toBeGreaterThan(3);
        expect(await shownStatuses(page)).toEqual(expected);
        if (remove) expect(expected.map((e) => e.status)).toContain("no-data");

        expectQuietPage(pane);
      } finally {
        await pane.close();
      }
    });
  }

  test("accessibility: no serious or critical axe violation after detection and after generating; the pane fits 350 px; the README's screenshot", async () => {
    const pane = await openPane();
    try {
      const page = pane.page;
      await openWorkbooks(page, filesOf("sheet-per-agency"));
      await findIndicators(page);
      const serious = async () =>
        (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(await serious()).toEqual([]);

      // The pane fits Excel's 350 px task pane: nothing (a long plan title in a <select>) widens it.
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(widths).toEqual([PANE_VIEWPORT.width, PANE_VIEWPORT.width]);

      const png = fs.readFileSync(await screenshotPane(page));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        PANE_VIEWPORT.width,
        PANE_VIEWPORT.height,
      ]);

      await downloadSummary(page, tmp);
      await page.getByText(/đang được tải xuống/).waitFor();
      await page.locator('section[aria-labelledby="attainment-heading"] [data-status]').first().waitFor();
      expect(await serious()).toEqual([]);
      expectQuietPage(pane);
    } finally {
      await pane.close();
    }
  });

  test("keyboard: open, find and download are reached with Tab and work with Enter or Space", async () => {
    const pane = await openPane();
    try {
      const page = pane.page;
      /** Presses Tab until the focused element is named `name`; fails after `max` presses. */
      const tabTo = async (name: string, max = 80) => {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press("Tab");
          const focused = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            return el ? `${el.tagName}:${el.getAttribute("aria-label") ?? el.innerText.trim()}` : "";
          });
          if (focused === `BUTTON:${name}`) return;
        }
        throw new Error(`"${name}" was not reached with ${max} presses of Tab`);
      };
      // Listening before the key press: Playwright intercepts the file chooser only once someone listens.
      const chooserOpened = page.waitForEvent("filechooser");
      await tabTo("Mở sổ tính");
      await page.keyboard.press("Enter");
      const chooser = await chooserOpened;
      await chooser.setFiles(filesOf("sheet-per-agency"));
      await page.getByText("Đã đọc 1 sổ tính", { exact: false }).waitFor();

      await page.locator("body").focus();
      await tabTo("Tìm chỉ tiêu");
      await page.keyboard.press("Space");
      await page.getByText(/^Tìm thấy \d+ ô/).waitFor();

      await page.locator("body").focus();
      await tabTo("Tải bảng tổng hợp");
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toBe("bao-cao-theo-don-vi-tong-hop.xlsx");
      expectQuietPage(pane);
    } finally {
      await pane.close();
    }
  });

  test("English: with an en-US browser the pane's labels are English", async () => {
    const pane = await openPane({ locale: "en-US" });
    try {
      const page = pane.page;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.getByText("Browser mode", { exact: true }).waitFor();
      for (const name of ["Open workbook", "Find indicators", "Save mapping", "Download summary table"])
        await page.getByRole("button", { name, exact: true }).waitFor({ state: "attached" });
      await page.getByRole("combobox", { name: "Plan", exact: true }).waitFor();
      expect(await page.getByRole("button", { name: "Tìm chỉ tiêu" }).count()).toBe(0);
      expectQuietPage(pane);
    } finally {
      await pane.close();
    }
  });

  test("a file that is not .xlsx: a short Vietnamese message saying what to do, no stack trace; the pane stays usable", async () => {
    const pane = await openPane();
    try {
      const page = pane.page;
      // Bytes from a fixed pseudo-random sequence (no zip or OLE signature), named .xlsx; and a .csv.
      let seed = 7;
      const noise = Buffer.from(
        Array.from({ length: 2048 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
      );
      noise[0] = 0x3c; // '<', never "PK" or an OLE header
      const bad = [
        { name: "bao-cao-hong.xlsx", mimeType: "application/octet-stream", buffer: noise },
        {
          name: "bao-cao.csv",
          mimeType: "text/csv",
          buffer: Buffer.from("STT;Nội dung;2025\n1;Doanh thu;12450\n"),
        },
      ];
      const alert = page.getByRole("alert");
      for (const file of bad) {
        await page.getByTestId("open-workbook-input").setInputFiles(file);
        await alert.getByText(file.name, { exact: false }).waitFor();
        const text = (await alert.innerText()).trim();
        expect(text).toContain(`Tệp ${file.name} không phải sổ tính .xlsx`);
        expect(text).toContain('Hãy mở trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)"');
        expect(text.length).toBeLessThan(400);
        expect(text).not.toMatch(/\bat \S+ \(|\.(tsx?|js):\d+|Error:|TypeError|undefined/);
        await page.getByRole("button", { name: "Mở sổ tính", exact: true }).waitFor();
        expect(await page.getByRole("button", { name: "Mở sổ tính", exact: true }).isEnabled()).toBe(true);
      }
      // Still usable: a real workbook opens and detection runs.
      await openWorkbooks(page, filesOf("sheet-per-agency"));
      expect(await findIndicators(page)).toBeGreaterThan(10);
      expect(await alert.innerText()).toBe("");
      expectQuietPage(pane);
    } finally {
      await pane.close();
    }
  });
});

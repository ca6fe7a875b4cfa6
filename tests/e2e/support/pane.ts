/**
 * Drives the built task pane in browser mode the way a person does, by role and visible name (Vietnamese
 * labels: the page's locale is vi-VN unless a test says otherwise), and reads back what it shows: the mapped
 * cells with their confidence and reason, and each indicator's status in words.
 */
import path from "node:path";
import { type Page } from "playwright-core";
import { type Slot, slotLabel } from "../../../src/app/slots";
import { type Language } from "../../../src/core/i18n/messages";
import { type MappingEntry } from "../../../src/core/mapping/schema";
import { type Plan } from "../../../src/core/plan/schema";

/** Browser mode is up when the pane's "Mở sổ tính" file input is there. */
export async function waitForBrowserMode(page: Page, label = "Mở sổ tính"): Promise<void> {
  await page.getByLabel(label, { exact: true }).waitFor({ state: "attached", timeout: 15_000 });
}

/** Chooses files in the hidden "Mở sổ tính" input and waits for the pane to report them read. */
export async function openWorkbooks(page: Page, files: readonly string[]): Promise<void> {
  await page.getByTestId("open-workbook-input").setInputFiles([...files]);
  await page.getByText(`Đã đọc ${files.length} sổ tính`, { exact: false }).waitFor({ timeout: 30_000 });
}

/** Presses "Tìm chỉ tiêu" and waits for "Tìm thấy N ô"; returns N. */
export async function findIndicators(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Tìm chỉ tiêu", exact: true }).click();
  const notice = page.getByText(/^Tìm thấy \d+ ô/);
  await notice.waitFor({ timeout: 30_000 });
  return Number(/Tìm thấy (\d+) ô/.exec(await notice.innerText())?.[1]);
}

/** One entry of the "Ánh xạ số liệu" list as the pane shows it. */
export type ShownEntry = {
  /** The entry button's name: `<slot label>: [<workbook>] <sheet>!<cell>` (workbook only with several). */
  button: string;
  /** The confidence shown, in percent, when there is one. */
  confidence: number | null;
  /** The reason line (detection's explanation), or "" when there is none. */
  reason: string;
  /** "Tự tìm", "Chọn tay" or "Đã lưu". */
  origin: string;
  text: string;
};

/** Every entry of the mapping list, in the order shown. */
export async function shownEntries(page: Page): Promise<ShownEntry[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('section[aria-labelledby="mapping-heading"] ul > li')).map((li) => {
      const text = (li as HTMLElement).innerText;
      const percent = /độ tin cậy (\d+)%/.exec(text)?.[1];
      return {
        button: li.querySelector(":scope > button")?.textContent ?? "",
        confidence: percent === undefined ? null : Number(percent),
        reason: li.children[2]?.textContent ?? "",
        origin: li.querySelector(":scope > div")?.children[1]?.textContent ?? "",
        text,
      };
    }),
  );
}

/** Every slot label of the plan (each input × unit, yearly inputs for 2000–2040) → its slot. */
export function slotsByLabel(plan: Plan, lang: Language = "vi"): Map<string, Slot> {
  const out = new Map<string, Slot>();
  for (const input of plan.inputs)
    for (const unit of plan.units.units) {
      const years: Array<number | undefined> =
        input.series === "yearly" ? Array.from({ length: 41 }, (_, i) => 2000 + i) : [undefined];
      for (const year of years) {
        const slot: Slot = { input: input.id, unit: unit.id, ...(year !== undefined ? { year } : {}) };
        out.set(slotLabel(plan, slot, lang), slot);
      }
    }
  return out;
}

/** Where a shown entry points, read from its button: slot, workbook (when shown), sheet and cell. */
export function parseEntryButton(
  button: string,
  labels: ReadonlyMap<string, Slot>,
  onlyWorkbook: string | null,
): MappingEntry {
  const label = [...labels.keys()]
    .filter((l) => button.startsWith(`${l}: `))
    .sort((a, b) => b.length - a.length)[0];
  if (label === undefined) throw new Error(`no slot label starts the entry "${button}"`);
  const slot = labels.get(label) as Slot;
  let where = button.slice(label.length + 2);
  let workbook = onlyWorkbook;
  const bracket = /^\[([^\]]+)\] /.exec(where);
  if (bracket) {
    workbook = bracket[1] ?? null;
    where = where.slice(bracket[0].length);
  }
  const bang = where.lastIndexOf("!");
  if (bang < 0 || workbook === null) throw new Error(`cannot read the cell of the entry "${button}"`);
  return { workbook, ...slot, sheet: where.slice(0, bang), cell: where.slice(bang + 1) };
}

/** The mapping the pane shows, as the CLI's mapping entries (with the workbook's name). */
export async function shownMapping(
  page: Page,
  plan: Plan,
  workbooks: readonly string[],
): Promise<MappingEntry[]> {
  const labels = slotsByLabel(plan);
  const only = workbooks.length === 1 ? path.basename(workbooks[0] as string) : null;
  return (await shownEntries(page)).map((e) => parseEntryButton(e.button, labels, only));
}

/** How the person points at the cell: a click in the sheet preview, or the typed address. */
export type PickHow = "click" | "type";

/**
 * Chooses `slot` in "Số liệu cần gán", selects `at` in the preview (click) or by its typed address, presses
 * "Dùng ô đang chọn", and waits until the list shows the slot at the new cell.
 */
export async function assignCell(
  page: Page,
  plan: Plan,
  slot: Slot,
  at: { workbook: string; sheet: string; cell: string },
  how: PickHow,
  severalWorkbooks: boolean,
): Promise<void> {
  const label = slotLabel(plan, slot, "vi");
  await page.getByRole("combobox", { name: "Số liệu cần gán" }).selectOption({ label });
  if (severalWorkbooks) await page.getByRole("combobox", { name: "Sổ tính" }).selectOption(at.workbook);
  const name = `${at.sheet}!${at.cell}`;
  if (how === "click") {
    await page.getByRole("combobox", { name: "Trang", exact: true }).selectOption(at.sheet);
    const table = page.getByRole("table", { name: `Các ô của trang ${at.sheet}` });
    await table.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)}(: |$)`) }).click();
  } else {
    await page.getByRole("textbox", { name: /Địa chỉ ô/ }).fill(name);
    await page.getByRole("button", { name: "Chọn ô này", exact: true }).click();
  }
  await page.getByTestId("selected-cell").getByText(`Ô đang chọn: ${name}`, { exact: true }).waitFor();
  await page.getByRole("button", { name: "Dùng ô đang chọn", exact: true }).click();
  const where = severalWorkbooks ? `[${at.workbook}] ${name}` : name;
  await page.getByRole("button", { name: `${label}: ${where}`, exact: true }).waitFor();
}

/** Presses the summary button ("Tải bảng tổng hợp") and saves the download into `dir`; returns its path. */
export async function downloadSummary(
  page: Page,
  dir: string,
  button = "Tải bảng tổng hợp",
): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  const file = path.join(dir, `pane-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

/** What "Mức đạt chỉ tiêu" shows for each indicator: its accessible name and the status badge. */
export type ShownStatus = { label: string; status: string; text: string };

export async function shownStatuses(page: Page): Promise<ShownStatus[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('section[aria-labelledby="attainment-heading"] ul > li')).map(
      (li) => {
        const badge = li.querySelector("[data-status]");
        return {
          label: li.getAttribute("aria-label") ?? "",
          status: badge?.getAttribute("data-status") ?? "",
          text: badge?.textContent ?? "",
        };
      },
    ),
  );
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

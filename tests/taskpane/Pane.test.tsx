/** @jest-environment jsdom */
/**
 * The pane in jsdom, found by role and name, over a fake Excel host built on the real core (the generated
 * "sheet-per-agency" workbook read by the .xlsx adapter) and over the real browser-mode host.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExcelApiError } from "../../src/adapters/office/errors";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { type CellPosition, type Download, type EntryToSave, type ExcelHost } from "../../src/app/host";
import { slotLabel } from "../../src/app/slots";
import { builtInPlan } from "../../src/core/plan/catalogue";
import { buildSummaryLayout } from "../../src/core/layout/buildSummaryLayout";
import { message } from "../../src/core/i18n/messages";
import { buildSavedMapping } from "../../src/core/mapping/persisted";
import { type Workbook } from "../../src/core/workbook/model";
import { App } from "../../src/taskpane/App";
import { createBrowserHost } from "../../src/taskpane/hosts/browserHost";
import { type AppFixture, sheetPerAgency } from "../app/support/fixture";

// jsdom has no TextDecoder/TextEncoder; the .xlsx adapter (real, as in browser mode) needs them, as browsers have.
Object.assign(globalThis, { TextDecoder, TextEncoder });
// Nor ResizeObserver, which Fluent's MessageBar asks for (to reflow its actions); nothing here resizes.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(window, { ResizeObserver: NoResizeObserver });

// Role queries over the whole pane are slow in jsdom: room enough on a busy machine (not a timing check).
jest.setTimeout(60_000);

const TODAY = new Date("2026-11-26T00:00:00Z");
const today = () => TODAY;
let fx: AppFixture;

beforeAll(async () => {
  fx = await sheetPerAgency();
}, 60_000);

type FakeExcel = ExcelHost & {
  selection: CellPosition | null;
  shown: CellPosition[];
  saved: EntryToSave[][];
  sheets: string[];
  failSave?: Error;
};

function fakeExcel(model: Workbook): FakeExcel {
  const fake: FakeExcel = {
    kind: "excel",
    selection: null,
    shown: [],
    saved: [],
    sheets: [],
    readModels: () => Promise.resolve([model]),
    saveMapping(plan, workbook, entries) {
      if (fake.failSave) return Promise.reject(fake.failSave);
      buildSavedMapping(plan, entries, { savedBy: "test", savedAt: TODAY.toISOString() });
      fake.saved.push([...entries]);
      return Promise.resolve({ workbook, names: entries.length, warnings: [] });
    },
    writeSummary(request) {
      const layout = buildSummaryLayout(
        request.plan,
        request.report,
        { observations: request.observations, workbooks: request.workbooks },
        {
          language: request.language,
          generatedOn: request.generatedOn,
          host: model.name,
          sheetName: "Đánh giá chỉ tiêu",
        },
      );
      fake.sheets.push(layout.sheetName);
      return Promise.resolve({ sheetName: layout.sheetName, live: true, warnings: [] });
    },
    selectCell(at) {
      fake.shown.push(at);
      fake.selection = at;
      return Promise.resolve();
    },
    selectedCell: () => Promise.resolve(fake.selection),
  };
  return fake;
}

async function openedInExcel(language: "vi" | "en" = "vi") {
  const host = fakeExcel(fx.model);
  render(<App host={host} language={language} theme="light" today={today} deliver={() => undefined} />);
  await screen.findByText(language === "vi" ? /Đã đọc 1 sổ tính/ : /Read 1 workbook/);
  return host;
}

test("in Excel: find, assign the selected cell, save — the saved mapping holds the person's cell", async () => {
  const user = userEvent.setup();
  const host = await openedInExcel();
  expect(screen.getByRole("combobox", { name: "Kế hoạch" })).toHaveProperty("value", "lai-chau-3414");

  await user.click(screen.getByRole("button", { name: "Tìm chỉ tiêu" }));
  await screen.findByText(/Tìm thấy \d+ ô/);
  const removeButtons = screen.getAllByRole("button", { name: /^Bỏ ánh xạ / });
  expect(removeButtons.length).toBeGreaterThan(10);

  // Choose the value, select a cell "in Excel", use it.
  const target = screen.getByRole("combobox", { name: "Số liệu cần gán" });
  const option = within(target).getByRole<HTMLOptionElement>("option", {
    name: "Tổng doanh thu · Báo Lai Châu · 2025",
  });
  await user.selectOptions(target, option);
  host.selection = { workbook: fx.fileName, sheet: "Báo Lai Châu", cell: "K40" };
  await user.click(screen.getByRole("button", { name: "Dùng ô đang chọn" }));
  const entry = await screen.findByRole("button", {
    name: "Tổng doanh thu · Báo Lai Châu · 2025: Báo Lai Châu!K40",
  });
  expect(within(entry.closest("li") as HTMLElement).getByText("Đã xác nhận")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Lưu ánh xạ" }));
  await screen.findByText(/Đã lưu ánh xạ \(\d+ ô\)/);
  expect(host.saved).toHaveLength(1);
  expect(host.saved[0]).toContainEqual(
    expect.objectContaining({
      input: "revenue",
      unit: "bao-lai-chau",
      year: 2025,
      sheet: "Báo Lai Châu",
      cell: "K40",
      confirmed: true,
    }),
  );

  // Clicking an entry selects its cell in the grid.
  await user.click(entry);
  expect(host.shown.at(-1)).toEqual({ workbook: fx.fileName, sheet: "Báo Lai Châu", cell: "K40" });
});

test("removing a match moves it to the unmatched list, and the saved mapping no longer has it", async () => {
  const user = userEvent.setup();
  const host = await openedInExcel();
  await user.click(screen.getByRole("button", { name: "Tìm chỉ tiêu" }));
  await screen.findByText(/Tìm thấy \d+ ô/);
  const remove = screen.getAllByRole("button", { name: /^Bỏ ánh xạ / })[0] as HTMLElement;
  const slot = (remove.getAttribute("aria-label") ?? "").replace(/^Bỏ ánh xạ /, "");
  await user.click(remove);
  expect(screen.queryByRole("button", { name: `Bỏ ánh xạ ${slot}` })).toBeNull();
  const unmatched = screen.getByRole("list", { name: /^Chưa có ô/ });
  expect(within(unmatched).getByRole("button", { name: `Gán ô cho ${slot}` })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Lưu ánh xạ" }));
  await screen.findByText(/Đã lưu ánh xạ/);
  const saved = host.saved[0] ?? [];
  expect(saved.length).toBe(screen.getAllByRole("button", { name: /^Bỏ ánh xạ / }).length);
  const plan = builtInPlan("lai-chau-3414");
  expect(saved.map((e) => slotLabel(plan, e, "vi"))).not.toContain(slot);
  expect(screen.getByRole("list", { name: /^Chưa có ô/ }).textContent).toContain(slot);
});

test("attainment is shown per indicator with its status in words, and the summary button writes the sheet", async () => {
  const user = userEvent.setup();
  const host = await openedInExcel();
  await user.click(screen.getByRole("button", { name: "Tạo bảng tổng hợp" }));
  await screen.findByText('Đã tạo bảng tổng hợp ở trang "Đánh giá chỉ tiêu".');
  expect(host.sheets).toEqual(["Đánh giá chỉ tiêu"]);
  expect(host.saved).toHaveLength(1);
  const list = screen.getByRole("list", { name: "Mức đạt chỉ tiêu" });
  const items = within(list).getAllByRole("listitem");
  expect(items.length).toBeGreaterThan(3);
  for (const item of items)
    expect(item.getAttribute("aria-label")).toMatch(
      /: (Đạt|Chưa đạt|Thiếu số liệu|Đúng tiến độ|Chậm tiến độ)$/,
    );
});

test("Excel refusing to save shows its plain message, never a stack trace", async () => {
  const user = userEvent.setup();
  const host = await openedInExcel();
  host.failSave = new ExcelApiError(
    "office.cellEditMode",
    message("office.cellEditMode", { action: "lưu ánh xạ vào sổ tính" }),
    "InvalidOperationInCellEditMode",
  );
  await user.click(screen.getByRole("button", { name: "Tìm chỉ tiêu" }));
  await screen.findByText(/Tìm thấy/);
  await user.click(screen.getByRole("button", { name: "Lưu ánh xạ" }));
  const alert = await screen.findByRole("alert");
  await waitFor(() => expect(alert.textContent).toContain("Excel đang ở chế độ sửa ô"));
  expect(alert.textContent).not.toMatch(/\.tsx?:\d+|at Object\./);
});

test("a plan file with a mistake is refused with the field named", async () => {
  await openedInExcel();
  const input = screen.getByTestId("plan-file-input");
  const bad = new File([JSON.stringify({ schemaVersion: 1, id: "x" })], "ke-hoach.json", {
    type: "application/json",
  });
  act(() => {
    fireEvent.change(input, { target: { files: [bad] } });
  });
  const alert = await screen.findByRole("alert");
  await waitFor(() => expect(alert.textContent).toContain("ke-hoach.json"));
});

test("English display language: the pane speaks English", async () => {
  await openedInExcel("en");
  expect(screen.getByRole("button", { name: "Find indicators" })).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Plan" })).toBeTruthy();
});

test("browser mode: open a workbook, pick a cell in the preview, assign it, download the summary", async () => {
  const user = userEvent.setup();
  const downloads: Download[] = [];
  const host = createBrowserHost({ now: today });
  render(<App host={host} language="vi" theme="light" today={today} deliver={(d) => downloads.push(d)} />);
  expect(screen.getByRole("button", { name: "Mở sổ tính" })).toBeTruthy();

  const file = new File([fx.bytes as Uint8Array<ArrayBuffer>], fx.fileName);
  act(() => {
    fireEvent.change(screen.getByTestId("open-workbook-input"), { target: { files: [file] } });
  });
  await screen.findByText(/Đã đọc 1 sổ tính/, undefined, { timeout: 20_000 });

  await user.click(screen.getByRole("button", { name: "Tìm chỉ tiêu" }));
  await screen.findByText(/Tìm thấy \d+ ô/);
  await user.selectOptions(screen.getByRole("combobox", { name: "Trang" }), "Báo Lai Châu");
  const preview = screen.getByRole("table", { name: "Các ô của trang Báo Lai Châu" });
  await user.click(within(preview).getByRole("button", { name: /^Báo Lai Châu!B3(: |$)/ }));
  expect(screen.getAllByText("Ô đang chọn: Báo Lai Châu!B3").length).toBeGreaterThan(0);

  // Typing an address works the same way.
  await user.type(screen.getByRole("textbox", { name: /Địa chỉ ô/ }), "Báo Lai Châu!C4");
  await user.click(screen.getByRole("button", { name: "Chọn ô này" }));
  expect(screen.getAllByText("Ô đang chọn: Báo Lai Châu!C4").length).toBeGreaterThan(0);

  await user.selectOptions(
    screen.getByRole("combobox", { name: "Số liệu cần gán" }),
    "Tổng doanh thu · Báo Lai Châu · 2025",
  );
  await user.click(screen.getByRole("button", { name: "Dùng ô đang chọn" }));
  await screen.findByRole("button", { name: "Tổng doanh thu · Báo Lai Châu · 2025: Báo Lai Châu!C4" });

  await user.click(screen.getByRole("button", { name: "Tải bảng tổng hợp" }));
  await screen.findByText(/đang được tải xuống/, undefined, { timeout: 20_000 });
  expect(downloads).toHaveLength(1);
  const out = await readWorkbook(downloads[0]?.bytes ?? new Uint8Array(), "out.xlsx");
  expect(out.sheets.map((s) => s.name)).toContain("Đánh giá chỉ tiêu");
  // The download carries the mapping with the person's cell.
  expect(out.definedNames).toContainEqual({
    name: "chitieu.revenue.bao_lai_chau.y2025",
    ref: "'Báo Lai Châu'!$C$4",
  });
}, 60_000);

/**
 * The bad input tests/badInput.test.ts does not reach: a folder for a file, an output that cannot be written,
 * a plan file that is not JSON, mappings naming workbooks wrongly, and a workbook with a sheet of its own named
 * chitieu_meta. Each: the catalogue's message in both languages, exit 1, no stack trace.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_MAPPING, SAMPLE_WORKBOOK, sampleEntries } from "../../scripts/fixtures/hostile";
import { type Message, message } from "../../src/core/i18n/messages";
import { runCli } from "../support/runCli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-bad-more-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SAMPLES = path.dirname(SAMPLE_WORKBOOK);
const DAI = path.join(SAMPLES, "dai-ptth-lai-chau.xlsx");

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function expectMessage(argv: string[], text: Message, code = 1): Promise<void> {
  const run = await runCli(argv);
  expect(run.code).toBe(code);
  expect(run.err).toContain(`Lỗi: ${text.vi}\nError: ${text.en}\n`);
  expect(run.err + run.out).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

test("a folder given as a workbook", async () => {
  const folder = path.join(dir, "bao-cao.xlsx");
  fs.mkdirSync(folder);
  await expectMessage(
    ["summarize", folder, "--mapping", SAMPLE_MAPPING],
    message("file.unreadable", { path: folder, detail: "it is a folder / là thư mục" }),
  );
});

test("an output that cannot be written (its folder is a file)", async () => {
  const mapping = write("bao.json", JSON.stringify({ mappings: sampleEntries() }));
  const out = path.join(write("la-tep", "x"), "tong-hop.xlsx");
  const run = await runCli(["summarize", SAMPLE_WORKBOOK, "--mapping", mapping, "-o", out]);
  expect(run.code).toBe(1);
  const text = message("file.cannotWrite", { path: out, detail: "ENOTDIR" });
  expect(run.err.replace(/EEXIST/g, "ENOTDIR")).toContain(`Lỗi: ${text.vi}\nError: ${text.en}\n`);
  expect(run.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
});

test("a plan file that is not JSON", async () => {
  const plan = write("ke-hoach.json", "{ id: lai-chau }");
  const run = await runCli(["summarize", SAMPLE_WORKBOOK, "--mapping", SAMPLE_MAPPING, "--plan", plan]);
  expect(run.code).toBe(1);
  expect(run.err).toMatch(
    /^Lỗi: Tệp kế hoạch .*ke-hoach\.json không phải JSON hợp lệ \(.+\)\.\nError: Plan file /,
  );
});

test("several workbooks and a mapping entry that does not say which", async () => {
  const mapping = write("khong-ten-tep.json", JSON.stringify({ mappings: sampleEntries().slice(0, 1) }));
  await expectMessage(
    ["summarize", SAMPLE_WORKBOOK, DAI, "--mapping", mapping],
    message("mapping.workbookRequired", { index: 1 }),
  );
});

test("a mapping entry naming a workbook that was not given", async () => {
  const all = JSON.parse(fs.readFileSync(SAMPLE_MAPPING, "utf8")) as {
    mappings: Array<{ workbook: string }>;
  };
  const index = all.mappings.findIndex((m) => m.workbook === "tap-chi-van-nghe.xlsx") + 1;
  const entries = all.mappings.filter((m) => m.workbook !== "so-lieu-toan-tinh.xlsx");
  await expectMessage(
    [
      "summarize",
      SAMPLE_WORKBOOK,
      DAI,
      "--mapping",
      write("ba-tep.json", JSON.stringify({ mappings: entries })),
    ],
    message("mapping.unknownWorkbook", {
      index,
      workbook: "tap-chi-van-nghe.xlsx",
      known: "bao-lai-chau.xlsx, dai-ptth-lai-chau.xlsx",
    }),
  );
});

test("map --save on a workbook with a sheet of its own named chitieu_meta", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Báo cáo").getCell("A1").value = "Tổng doanh thu";
  wb.addWorksheet("Chitieu_Meta").getCell("A1").value = "ghi chú của cơ quan";
  const file = write("co-trang-meta.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
  const copy = path.join(dir, "ban-sao.xlsx");
  await expectMessage(
    ["map", file, "--save", copy],
    message("saveMapping.metaSheetTaken", { sheet: "Chitieu_Meta" }),
  );
  expect(fs.existsSync(copy)).toBe(false);
});

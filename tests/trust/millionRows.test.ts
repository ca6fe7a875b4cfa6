/**
 * SLOW (about 30 s alone, longer on a busy machine): a sheet with a million rows. A small report sits at the top of the sheet and a million
 * rows of raw numbers below it (15 MB on disk, 122 MB of XML once unpacked). `map` and `summarize` must either
 * read it, and still find the report, or refuse it with the "too large" message: never an out-of-memory crash,
 * an unexpected error or a stack trace. Which of the two depends on the memory Node may use (src/cli/files.ts,
 * unpackedBudget), so the installed command is run with a fixed heap: 4 GB, where it reads the file, and 300 MB,
 * where it must refuse it at once.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { millionRowWorkbook } from "../../scripts/fixtures/hostile";
import { message } from "../../src/core/i18n/messages";

const ROWS = 1_000_000;
const STACK = /\n\s+at .+:\d+:\d+/;
const BIN = path.join(__dirname, "..", "..", "bin", "chitieu.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-million-"));
const file = path.join(dir, "nhat-ky-truy-cap.xlsx");

type Run = { code: number; out: string; err: string; ms: number };

/** The installed command with a heap of `heapMb`, as a person's `node bin/chitieu.js …` would run. */
function chitieu(heapMb: number, argv: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, BIN, ...argv],
      // A safety stop, not a speed check: alone the runs take about 20–30 s; with the rest of the suite on the
      // same two cores, more than a minute has been seen.
      { maxBuffer: 64 * 1024 * 1024, timeout: 150_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, out: stdout, err: stderr, ms: Date.now() - started });
      },
    );
  });
}

let map: Run;
let summarize: Run;
let small: Run;

beforeAll(async () => {
  let started = Date.now();
  await millionRowWorkbook(file, ROWS);
  const mb = (fs.statSync(file).size / 1e6).toFixed(1);
  console.log(`millionRows.test.ts: wrote ${ROWS} rows (${mb} MB) in ${Date.now() - started} ms`);
  started = Date.now();
  [map, summarize, small] = await Promise.all([
    chitieu(4096, ["map", file, "--json"]),
    chitieu(4096, ["summarize", file, "--json"]),
    chitieu(300, ["map", file]),
  ]);
  console.log(
    `millionRows.test.ts: map exit ${map.code} in ${map.ms} ms, summarize exit ${summarize.code} in ` +
      `${summarize.ms} ms, map with 300 MB exit ${small.code} in ${small.ms} ms (${Date.now() - started} ms)`,
  );
}, 200_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectNoCrash(run: Run): void {
  expect(run.err + run.out).not.toMatch(STACK);
  expect(run.err).not.toMatch(/Lỗi không mong đợi|Unexpected error|FATAL ERROR|heap out of memory/);
}

// Once a bug: detection spread every candidate into one Math.max call, and the million raw rows were a million
// candidates ("Maximum call stack size exceeded", exit 70). It loops now, and a column of figures under one label
// with nothing on its rows is no longer a candidate at all.
test("with 4 GB, map reads the sheet and finds the report above the million rows", () => {
  expectNoCrash(map);
  expect(map.code).toBe(0);
  const found = (JSON.parse(map.out) as { mappings: Array<{ input: string; year?: number; cell: string }> })
    .mappings;
  expect(found.find((m) => m.input === "revenue" && m.year === 2025)?.cell).toBe("G2");
  expect(found.find((m) => m.input === "staff_total")?.cell).toBe("G3");
});

// The same run through summarize, which uses detection when no mapping is given.
test("with 4 GB, summarize without a mapping reads the sheet and reports", () => {
  expectNoCrash(summarize);
  expect(summarize.code).toBe(0);
  expect(JSON.parse(summarize.out)).toHaveProperty("indicators");
});

test("with 300 MB, map refuses the workbook at once, in two lines that say what to do, and exits 1", () => {
  expectNoCrash(small);
  expect(small.ms).toBeLessThan(15_000);
  expect(small.code).toBe(1);
  expect(small.out).toBe("");
  const lines = small.err.split("\n");
  expect(lines).toHaveLength(3);
  const template = message("file.tooLarge", { path: "nhat-ky-truy-cap.xlsx" });
  const [viHead = "", viTail = ""] = template.vi.split(/\{size\}.*\{limit\}/);
  const [enHead = "", enTail = ""] = template.en.split(/\{size\}.*\{limit\}/);
  expect(lines[0]?.startsWith(`Lỗi: ${viHead}`)).toBe(true);
  expect(lines[0]?.endsWith(viTail)).toBe(true);
  expect(lines[0]).toMatch(/khoảng 1\d\d MB dữ liệu khi giải nén, giới hạn ở đây là \d+ MB/);
  expect(lines[1]?.startsWith(`Error: ${enHead}`)).toBe(true);
  expect(lines[1]?.endsWith(enTail)).toBe(true);
});

import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { generateFixtures } from "../scripts/generate-fixtures";
import { runCli } from "./support/runCli";

let dir: string;
let good: string;
let mappingPath: string;

const write = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-bad-"));
  await generateFixtures(dir, { layout: "sheet-per-agency" });
  good = path.join(dir, "sheet-per-agency", "bao-cao-theo-don-vi.xlsx");
  mappingPath = path.join(dir, "sheet-per-agency", "mapping.json");
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const mappingWith = (
  change: (m: { plan: string; mappings: Array<Record<string, unknown>> }) => void,
): string => {
  const m = JSON.parse(fs.readFileSync(mappingPath, "utf8")) as {
    plan: string;
    mappings: Array<Record<string, unknown>>;
  };
  change(m);
  return write(`mapping-${crypto.randomUUID()}.json`, JSON.stringify(m));
};

type Case = [string, () => string[], number, RegExp, RegExp];

const cases: Case[] = [
  ["no command", () => [], 2, /chitieu/, /summarize/],
  ["an unknown command", () => ["tinh"], 2, /Không có lệnh "tinh"/, /No command "tinh"/],
  [
    "an unknown option",
    () => ["summarize", good, "--mappin", "x"],
    2,
    /Tham số không hợp lệ/,
    /Invalid option/,
  ],
  ["no workbook", () => ["summarize", "--mapping", mappingPath], 2, /Cần ít nhất một tệp/, /at least one/],
  [
    "a file that does not exist",
    () => ["summarize", path.join(dir, "khong-co.xlsx"), "--mapping", mappingPath],
    1,
    /Không tìm thấy tệp/,
    /File not found/,
  ],
  [
    "an empty file",
    () => ["summarize", write("rong.xlsx", ""), "--mapping", mappingPath],
    1,
    /tệp rỗng/,
    /empty/,
  ],
  [
    "random bytes",
    () => ["summarize", write("rac.xlsx", crypto.randomBytes(4096)), "--mapping", mappingPath],
    1,
    /không phải định dạng \.xlsx/,
    /not \.xlsx/,
  ],
  [
    "a .csv named .xlsx",
    () => ["summarize", write("csv.xlsx", "STT,Chỉ tiêu\n1,Doanh thu\n"), "--mapping", mappingPath],
    1,
    /\.csv/,
    /\.csv/,
  ],
  [
    "an .xls (or password-protected) file",
    () => [
      "summarize",
      write(
        "cu.xlsx",
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
      ),
      "--mapping",
      mappingPath,
    ],
    1,
    /\.xls cũ hoặc sổ tính có đặt mật khẩu/,
    /password-protected/,
  ],
  [
    "a truncated .xlsx",
    () => ["summarize", write("cut.xlsx", fs.readFileSync(good).subarray(0, 3000)), "--mapping", mappingPath],
    1,
    /hỏng hoặc không đầy đủ/,
    /damaged or truncated/,
  ],
  [
    "a mapping that is not JSON",
    () => ["summarize", good, "--mapping", write("m.json", "{mappings: [")],
    1,
    /không phải JSON/,
    /not valid JSON/,
  ],
  [
    "a mapping without mappings",
    () => ["summarize", good, "--mapping", write("m2.json", "{}")],
    1,
    /"mappings"/,
    /"mappings"/,
  ],
  [
    "a mapping naming an unknown unit",
    () => [
      "summarize",
      good,
      "--mapping",
      mappingWith((m) => (m.mappings[0] = { ...m.mappings[0], unit: "bao-ha-noi" })),
    ],
    1,
    /không có đơn vị "bao-ha-noi"/,
    /no unit "bao-ha-noi"/,
  ],
  [
    "a mapping naming an unknown input",
    () => [
      "summarize",
      good,
      "--mapping",
      mappingWith((m) => (m.mappings[0] = { ...m.mappings[0], input: "doanh_thu" })),
    ],
    1,
    /"doanh_thu"/,
    /no input "doanh_thu"/,
  ],
  [
    "a mapping to a sheet that does not exist",
    () => [
      "summarize",
      good,
      "--mapping",
      mappingWith((m) => (m.mappings[0] = { ...m.mappings[0], sheet: "Sheet9" })),
    ],
    1,
    /không có trang "Sheet9".*Báo Lai Châu/,
    /no sheet "Sheet9"/,
  ],
  [
    "a mapping to a cell outside the grid",
    () => [
      "summarize",
      good,
      "--mapping",
      mappingWith((m) => (m.mappings[0] = { ...m.mappings[0], cell: "XFE1" })),
    ],
    1,
    /"XFE1" không phải địa chỉ ô/,
    /not a valid cell address/,
  ],
  [
    "a yearly input mapped without a year",
    () => [
      "summarize",
      good,
      "--mapping",
      mappingWith((m) => delete m.mappings.find((x) => x.input === "revenue")?.year),
    ],
    1,
    /cần ghi "year"/,
    /needs a "year"/,
  ],
  [
    "the same value mapped twice",
    () => ["summarize", good, "--mapping", mappingWith((m) => m.mappings.push({ ...m.mappings[0] }))],
    1,
    /lặp lại/,
    /repeats/,
  ],
  [
    "a mapping for another plan",
    () => ["summarize", good, "--mapping", mappingWith((m) => (m.plan = "quoc-gia-348"))],
    1,
    /--plan quoc-gia-348/,
    /--plan quoc-gia-348/,
  ],
  [
    "an unknown plan id",
    () => ["summarize", good, "--mapping", mappingPath, "--plan", "ha-noi"],
    1,
    /Không có kế hoạch "ha-noi"/,
    /No plan "ha-noi"/,
  ],
  [
    "a plan file failing the schema",
    () => [
      "summarize",
      good,
      "--mapping",
      mappingPath,
      "--plan",
      write("kh.json", JSON.stringify({ schemaVersion: 1, id: "x" })),
    ],
    1,
    /kh\.json.*"version"/,
    /field "version"/,
  ],
  [
    "a bad year",
    () => ["summarize", good, "--mapping", mappingPath, "--year", "25"],
    2,
    /Năm "25"/,
    /Year "25"/,
  ],
  [
    "a baseline for an indicator without one",
    () => ["summarize", good, "--mapping", mappingPath, "--baseline", "autonomy=2023"],
    2,
    /revenue-growth/,
    /indicator=year/,
  ],
  [
    "the output is the input",
    () => ["summarize", good, "--mapping", mappingPath, "-o", good],
    2,
    /không bao giờ ghi đè/,
    /never overwrites/,
  ],
];

describe("bad input gets a short message in Vietnamese and English and a non-zero exit", () => {
  test.each(cases)("%s", async (_name, argv, code, vi, en) => {
    const before = fs.readFileSync(good);
    const run = await runCli(argv());
    expect(run.code).toBe(code);
    const said = run.err + run.out;
    expect(said).toMatch(vi);
    expect(said).toMatch(en);
    expect(said).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(fs.readFileSync(good).equals(before)).toBe(true);
  });
});

describe("the installed command", () => {
  const bin = path.join(__dirname, "..", "bin", "chitieu.js");
  const exec = promisify(execFile);

  test("runs from the checkout with no build step and exits 1 with no stack trace on a missing file", async () => {
    const err = await exec(process.execPath, [
      bin,
      "summarize",
      path.join(dir, "nope.xlsx"),
      "--mapping",
      mappingPath,
    ]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/^Lỗi: Không tìm thấy tệp .*nope\.xlsx\.\nError: File not found/);
    expect(err?.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  }, 30_000);

  test("summarize -o writes a new workbook and leaves the input byte for byte as it was", async () => {
    const before = crypto.createHash("sha256").update(fs.readFileSync(good)).digest("hex");
    const out = path.join(dir, "out", "tong-hop.xlsx");
    const { stdout } = await exec(process.execPath, [
      bin,
      "summarize",
      good,
      "--mapping",
      mappingPath,
      "-o",
      out,
    ]);
    expect(stdout).toContain("Đánh giá");
    expect(fs.existsSync(out)).toBe(true);
    expect(crypto.createHash("sha256").update(fs.readFileSync(good)).digest("hex")).toBe(before);
  }, 30_000);
});

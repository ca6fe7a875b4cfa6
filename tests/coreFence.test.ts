import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The core stays pure: the lint rule refuses Excel, files and the DOM in src/core, and this proves it bites. */
const root = path.join(__dirname, "..");
const probeDir = path.join(root, "src", "core", "__fence_probe__");

const probes: Array<[string, string, RegExp]> = [
  [
    "exceljs.ts",
    'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
    /ExcelJS belongs in src\/adapters/,
  ],
  ["fs.ts", 'import fs from "node:fs";\nexport const x = fs;\n', /file access belongs/],
  [
    "adapter.ts",
    'import { readWorkbook } from "../../adapters/xlsx/readWorkbook";\nexport const x = readWorkbook;\n',
    /core imports only the core/,
  ],
  ["process.ts", "export const x = process.env.HOME;\n", /process/],
  ["clean.ts", "export const x = 1;\n", /^$/],
];

type LintResult = { filePath: string; messages: Array<{ ruleId: string | null; message: string }> };
let results: LintResult[];

beforeAll(() => {
  fs.mkdirSync(probeDir, { recursive: true });
  for (const [name, source] of probes) fs.writeFileSync(path.join(probeDir, name), source);
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [path.join(root, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", probeDir],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  results = JSON.parse(out) as LintResult[];
}, 120_000);

afterAll(() => fs.rmSync(probeDir, { recursive: true, force: true }));

test.each(probes)("a core file %s is judged by the fence", (name, _source, expected) => {
  const result = results.find((r) => r.filePath.endsWith(name));
  const fence = (result?.messages ?? []).filter((m) => m.ruleId?.startsWith("no-restricted") === true);
  expect(fence.map((m) => m.message).join("\n")).toMatch(expected);
});

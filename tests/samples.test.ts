import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateFixtures } from "../scripts/generate-fixtures";

/** The bundled samples are what the fixture script makes today: regenerate with `npm run samples`. */
const samples = path.join(__dirname, "..", "samples");
let fresh: string;

beforeAll(async () => {
  fresh = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-samples-"));
  await generateFixtures(fresh);
}, 60_000);

afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

async function content(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const cells: Array<[string, unknown, string | undefined]> = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value, c.font?.name])));
    return { name: ws.name, state: ws.state, cells };
  });
}

test("every bundled sample equals the generator's output", async () => {
  const files = fs
    .readdirSync(fresh, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".xlsx") || f.endsWith(".json"))
    .sort();
  expect(files.length).toBeGreaterThanOrEqual(11);
  for (const f of files) {
    const bundled = path.join(samples, f);
    expect(fs.existsSync(bundled)).toBe(true);
    if (f.endsWith(".json"))
      expect(fs.readFileSync(bundled, "utf8")).toBe(fs.readFileSync(path.join(fresh, f), "utf8"));
    else expect(await content(bundled)).toEqual(await content(path.join(fresh, f)));
  }
});

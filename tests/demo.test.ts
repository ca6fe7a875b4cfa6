import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./support/runCli";

test("the README's main job: demo summarizes the bundled sample into a copy with a live summary sheet", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-demo-"));
  const out = path.join(dir, "demo.xlsx");
  try {
    const run = await runCli(["demo", "-o", out]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Đánh giá/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Báo Lai Châu", "Đài PT-TH", "Tạp chí VNLC", "Toàn tỉnh"]));
    let formulas = 0;
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => (formulas += c.formula ? 1 : 0)));
    expect(formulas).toBeGreaterThan(20);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

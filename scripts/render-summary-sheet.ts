/**
 * LibreOffice, headless, on a summary workbook: recalculate (optionally after editing source cells), save as
 * .xlsx, and export the summary sheet to PDF and PNG. Used by the tests and to render docs/summary-sheet.png:
 *
 *   node scripts/run-ts.js scripts/render-summary-sheet.ts [docs/summary-sheet.png]
 *
 * Needs `soffice` with Python-UNO, and `pdftoppm` (poppler-utils) for the PNG.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main as cli } from "../src/cli/main";
import { generateFixtures } from "./generate-fixtures";
import { findLibreOffice, LIBREOFFICE_HINT, type LibreOffice, runUno } from "./libreoffice";

/** Loads the input, makes the edits, recalculates, saves as .xlsx and/or exports one sheet as PDF. */
const JOB_PY = String.raw`
job = json.load(open(args[0], encoding="utf-8"))
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["input"])), "_blank", 0,
    (prop("Hidden", True),))
for e in job.get("edits", []):
    cell = doc.Sheets.getByName(e["sheet"]).getCellRangeByName(e["cell"])
    if e["value"] is None:
        cell.setString("")
    elif isinstance(e["value"], str):
        cell.setString(e["value"])
    else:
        cell.setValue(e["value"])
doc.calculateAll()
if job.get("xlsx"):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["xlsx"])),
        (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
if job.get("pdf"):
    for i in range(doc.Sheets.getCount()):
        s = doc.Sheets.getByIndex(i)
        if s.Name != job["sheet"]:
            s.IsVisible = False
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["pdf"])),
        (prop("FilterName", "calc_pdf_Export"), prop("Overwrite", True)))
doc.close(True)
`;

export { findLibreOffice, LIBREOFFICE_HINT, type LibreOffice };

export type LibreOfficeJob = {
  input: string;
  edits?: Array<{ sheet: string; cell: string; value: number | string | null }>;
  /** Where to save the recalculated workbook as .xlsx. */
  xlsx?: string;
  /** Where to export `sheet` alone as PDF. */
  pdf?: string;
  sheet?: string;
};

/** Runs one job in a fresh headless LibreOffice; throws with LibreOffice's message when it fails. */
export function runLibreOffice(lo: LibreOffice, job: LibreOfficeJob): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-job-"));
  try {
    fs.writeFileSync(path.join(dir, "job.json"), JSON.stringify(job));
    runUno(lo, JOB_PY, [path.join(dir, "job.json")]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders the summary of the sample "sheet-per-agency" workbook to a PNG (first page). */
async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join("docs", "summary-sheet.png"));
  const lo = findLibreOffice();
  if ("missing" in lo) throw new Error(lo.missing);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-render-"));
  try {
    await generateFixtures(tmp, { layout: "sheet-per-agency", dataset: "sample" });
    const dir = path.join(tmp, "sheet-per-agency");
    const xlsx = path.join(tmp, "tong-hop.xlsx");
    const code = await cli(
      [
        "summarize",
        path.join(dir, "bao-cao-theo-don-vi.xlsx"),
        "--mapping",
        path.join(dir, "mapping.json"),
        "-o",
        xlsx,
      ],
      {
        out: () => undefined,
        err: (s) => process.stderr.write(s),
        today: () => new Date(),
        sampleDir: "samples",
      },
    );
    if (code !== 0) throw new Error(`chitieu summarize exited with ${code}`);
    const pdf = path.join(tmp, "tong-hop.pdf");
    runLibreOffice(lo, { input: xlsx, pdf, sheet: "Đánh giá chỉ tiêu" });
    const png = spawnSync("pdftoppm", [
      "-png",
      "-r",
      "110",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      out.replace(/\.png$/, ""),
    ]);
    if (png.status !== 0)
      throw new Error(`pdftoppm failed (apt-get install -y poppler-utils): ${String(png.stderr)}`);
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
